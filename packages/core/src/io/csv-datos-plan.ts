/**
 * Entity, plan and cut of a CSV: options first, then the columns repeated on every row (they must
 * agree, checked while reading rows); the plan years default to 2024–2027 and the cut, when nobody
 * says it, to the span up to the last year with an executed value — with a warning.
 */
import type { Idioma, Periodo } from '../schema/types.js';
import { etiquetaColumna, textoTramo, type CampoPlan } from './csv-columnas.js';
import { leerCeldaDivipola, leerCeldaPeriodo, leerCeldaTipoEntidad } from './csv-celdas.js';
import type { Col } from './csv-encabezado.js';
import type { ColectorCsv } from './csv-errores.js';
import type { OpcionesCsv } from './csv-leer.js';

export interface DatoPlan {
  valor: string;
  fila: number;
  columna: string;
}

export interface DatosPlan {
  entidad: Record<string, unknown>;
  plan: { nombre: string; inicio: number; fin: number };
  corte: Record<string, unknown>;
}

const ANIOS_PREDETERMINADOS = { inicio: 2024, fin: 2027 };

function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

export function construirDatosPlan(
  datosPlan: ReadonlyMap<CampoPlan, DatoPlan>,
  porPlan: ReadonlyMap<CampoPlan, Col>,
  metas: ReadonlyArray<Record<string, unknown>>,
  filaEnc: number,
  o: OpcionesCsv,
  E: ColectorCsv,
): DatosPlan {
  const lang = o.lang ?? 'es';
  const dato = (campo: CampoPlan) => datosPlan.get(campo);
  const ubicarPlan = (r: string, campo: CampoPlan) => {
    const d = dato(campo);
    if (d) E.ubicar(r, { fila: d.fila, columna: d.columna });
  };
  const errorPlan = (codigo: string, r: string, campo: CampoPlan, esperado: string) => {
    const d = dato(campo);
    E.agregar({ codigo, ruta: r, esperado, ...(d ? { valor: d.valor } : {}) }, d ? { fila: d.fila, columna: d.columna } : { fila: filaEnc, columna: porPlan.get(campo)?.encabezado ?? etiquetaColumna(campo, lang) });
  };
  const requerido = t(lang, 'un valor en al menos una fila (o la opción correspondiente)', 'a value on at least one row (or the matching option)');

  let entidad: Record<string, unknown>;
  if (o.entidad) {
    entidad = { nombre: o.entidad.nombre, tipo: o.entidad.tipo ?? (o.entidad.divipola.length === 5 ? 'municipio' : 'departamento'), divipola: o.entidad.divipola };
  } else {
    const nombre = dato('entidad')?.valor;
    if (!nombre) errorPlan('dato_faltante', 'entidad.nombre', 'entidad', requerido);
    ubicarPlan('entidad.nombre', 'entidad');
    ubicarPlan('entidad.divipola', 'divipolaEntidad');
    ubicarPlan('entidad.tipo', 'tipoEntidad');
    const dv = leerCeldaDivipola(dato('divipolaEntidad')?.valor, lang);
    if (!dv.ok) errorPlan('divipola_invalido', 'entidad.divipola', 'divipolaEntidad', dv.esperado);
    else if (dv.valor === null) errorPlan('dato_faltante', 'entidad.divipola', 'divipolaEntidad', requerido);
    const divipola = dv.ok ? (dv.valor ?? '') : '';
    const te = leerCeldaTipoEntidad(dato('tipoEntidad')?.valor, lang);
    if (!te.ok) errorPlan('valor_no_permitido', 'entidad.tipo', 'tipoEntidad', te.esperado);
    const tipo = (te.ok ? te.valor : null) ?? (divipola.length === 5 ? 'municipio' : 'departamento');
    entidad = { nombre: nombre ?? '', tipo, divipola };
  }

  const periodo = (campo: CampoPlan, r: string): Periodo | null => {
    ubicarPlan(r, campo);
    const l = leerCeldaPeriodo(dato(campo)?.valor, lang);
    if (!l.ok) {
      errorPlan('periodo_invalido', r, campo, l.esperado);
      return null;
    }
    return l.valor;
  };
  const pp = periodo('periodoPlan', 'plan');
  const inicio = o.plan?.inicio ?? pp?.desde ?? ANIOS_PREDETERMINADOS.inicio;
  const fin = o.plan?.fin ?? pp?.hasta ?? ANIOS_PREDETERMINADOS.fin;
  const nombrePlan = o.plan?.nombre ?? dato('plan')?.valor;
  ubicarPlan('plan.nombre', 'plan');
  if (!nombrePlan) errorPlan('dato_faltante', 'plan.nombre', 'plan', requerido);

  let corte: Record<string, unknown>;
  const fecha = o.corte?.fecha ?? dato('fechaCorte')?.valor ?? null;
  ubicarPlan('corte.fecha', 'fechaCorte');
  ubicarPlan('corte.nombre', 'nombreCorte');
  const pc = o.corte ?? periodo('corte', 'corte');
  if (pc) {
    corte = { nombre: o.corte?.nombre ?? dato('nombreCorte')?.valor ?? textoTramo(pc.desde, pc.hasta), desde: pc.desde, hasta: pc.hasta, ...(fecha !== null ? { fecha } : {}) };
  } else {
    // No cut given: up to the last year with an executed value, and say so.
    let hasta = inicio;
    for (const m of metas)
      for (const s of m.seguimiento as Array<{ hasta: number; ejecutado: number | null }>) if (s.ejecutado !== null && s.hasta > hasta && s.hasta <= fin) hasta = s.hasta;
    corte = { nombre: dato('nombreCorte')?.valor ?? textoTramo(inicio, hasta), desde: inicio, hasta, ...(fecha !== null ? { fecha } : {}) };
    if (!dato('corte') && metas.length > 0)
      E.agregar(
        {
          codigo: 'corte_supuesto',
          ruta: 'corte',
          valor: textoTramo(inicio, hasta),
          esperado: t(lang, 'una columna «Corte» (p. ej. 2024-2025) o la opción --corte; se supuso el periodo hasta el último año con ejecutado', 'a "Corte" column (e.g. 2024-2025) or the --corte option; the span up to the last year with executed values was assumed'),
          severidad: 'aviso',
        },
        { fila: filaEnc },
      );
  }

  return { entidad, plan: { nombre: nombrePlan ?? '', inicio, fin }, corte };
}
