/**
 * DNP SisPT's Plan Indicativo export → the canonical plan. Sheets are found by name and headers by
 * label (row 2 in SisPT's files, but a row more or less still reads). Hierarchy: línea estratégica →
 * sector → programa (MGA) → producto (MGA); the metas (indicadores de producto) hang from producto nodes.
 */
import type { Meta, Plan } from '../../schema/types.js';
import { ArbolNodos } from './arbol-nodos.js';
import { Diagnostico } from './diagnostico.js';
import { buscarFilaEncabezado, buscarHoja, filaVacia, leerEncabezados } from './encabezados.js';
import { entidadDesdeCodigo, type Entidad } from './entidad.js';
import type { LecturaPlan, OpcionesLectura } from './lectura.js';
import { LectorHoja } from './lector.js';
import type { Libro } from './libro.js';
import { reporteVacio, type HojaReporte } from './reporte.js';
import { COL_SISPT, HOJAS_SISPT } from './sispt-columnas.js';
import { leerProductos, type ContextoSispt } from './sispt-productos.js';
import { leerResultados } from './sispt-resultados.js';
import { leerIniciativas, leerProductosSgr } from './sispt-sgr.js';
import { leerLineas } from './sispt-textos.js';

export const NIVELES_SISPT = ['Línea estratégica', 'Sector', 'Programa', 'Producto'] as const;

export function esLibroSispt(libro: Libro): boolean {
  return buscarHoja(libro.hojas, [HOJAS_SISPT.productos]) !== undefined;
}

export function leerSispt(libro: Libro, o: OpcionesLectura = {}): LecturaPlan {
  const lang = o.lang ?? 'es';
  const d = new Diagnostico(o.archivo, lang);
  const reporte = reporteVacio('sispt-plan-indicativo', o.archivo ? [o.archivo] : []);
  const vacio: LecturaPlan = { plan: null, diag: d, reporte, origenMetas: [], columnas: {} };
  const hojas: HojaReporte[] = [];
  const arbol = new ArbolNodos();
  const ctx: ContextoSispt = { archivo: o.archivo, d, arbol, nombresLinea: new Map(), omitidas: reporte.filasOmitidas, entidades: [] };

  const hProductos = buscarHoja(libro.hojas, [HOJAS_SISPT.productos]);
  if (!hProductos) {
    d.error({ codigo: 'hoja_faltante', valor: libro.hojas.map((h) => h.nombre).join(' | '), esperado: d.t(`la hoja «${HOJAS_SISPT.productos}» del Plan Indicativo de SisPT`, `SisPT's "${HOJAS_SISPT.productos}" sheet`) });
    return vacio;
  }

  // Líneas estratégicas first: they give the top nodes their names and order.
  const hLineas = buscarHoja(libro.hojas, [HOJAS_SISPT.lineas]);
  if (hLineas) {
    const r0 = buscarFilaEncabezado(hLineas, [COL_SISPT.consecutivo, COL_SISPT.linea]);
    let filas = 0;
    if (r0 !== null) {
      const enc = leerEncabezados(hLineas, r0);
      const lector = new LectorHoja(d, hLineas, enc.texto);
      for (let r = r0 + 1; r < hLineas.filas.length; r++) {
        if (filaVacia(hLineas, r)) continue;
        filas++;
        const cod = lector.texto(r, enc.col(COL_SISPT.consecutivo));
        const nombre = lector.texto(r, enc.col(COL_SISPT.linea));
        const l = leerLineas(cod)[0];
        if (!l) {
          reporte.filasOmitidas.push({ archivo: o.archivo, hoja: hLineas.nombre, fila: r + 1, codigo: 'linea_sin_codigo', motivo: d.t('línea sin consecutivo «LE-n»', 'line without an "LE-n" consecutivo') });
          continue;
        }
        ctx.entidades.push({ dane: lector.texto(r, enc.col(COL_SISPT.dane)), nombre: lector.texto(r, enc.col(COL_SISPT.entidad)), plan: lector.texto(r, enc.col(COL_SISPT.plan)), hoja: hLineas.nombre, r });
        if (nombre) ctx.nombresLinea.set(l.codigo, nombre);
        arbol.asegurar(l.codigo, nombre, 0, null);
      }
    }
    hojas.push({ nombre: hLineas.nombre, uso: 'leida', filas });
  }

  const rProd = buscarFilaEncabezado(hProductos, [COL_SISPT.ip, COL_SISPT.linea]);
  if (rProd === null) {
    d.error({ codigo: 'encabezado_no_encontrado', hoja: hProductos.nombre, esperado: d.t('una fila de encabezados con «Código de indicador de producto (SisPT)» y «Línea estratégica» (fila 2 en SisPT)', 'a header row with "Código de indicador de producto (SisPT)" and "Línea estratégica" (row 2 in SisPT)') });
    return vacio;
  }
  const productos = leerProductos(hProductos, rProd, ctx);
  hojas.push({ nombre: hProductos.nombre, uso: 'leida', filas: productos.filas });
  const inicio = o.plan?.inicio ?? productos.anios[0];
  const fin = o.plan?.fin ?? productos.anios[productos.anios.length - 1];
  if (inicio === undefined || fin === undefined) return vacio;

  const metas: Meta[] = [...productos.metas];
  const origen = [...productos.origen];

  const hIr = buscarHoja(libro.hojas, [HOJAS_SISPT.resultados]);
  let indicadores: Plan['indicadoresResultado'] = [];
  if (hIr) {
    const r0 = buscarFilaEncabezado(hIr, [COL_SISPT.consecutivo, COL_SISPT.resultado]);
    if (r0 !== null) {
      const ir = leerResultados(hIr, r0, { archivo: o.archivo, d, arbol, omitidas: reporte.filasOmitidas, fin });
      indicadores = ir.indicadores;
      hojas.push({ nombre: hIr.nombre, uso: 'leida', filas: ir.filas });
    } else hojas.push({ nombre: hIr.nombre, uso: 'omitida', filas: 0, motivo: d.t('sin fila de encabezados reconocible', 'no recognisable header row') });
  }

  const hIni = buscarHoja(libro.hojas, [HOJAS_SISPT.iniciativas]);
  let iniciativas = new Map<string, string>();
  if (hIni) {
    const r0 = buscarFilaEncabezado(hIni, [COL_SISPT.iniciativa, COL_SISPT.linea]);
    if (r0 !== null) {
      const ini = leerIniciativas(hIni, r0, d);
      iniciativas = ini.lineas;
      hojas.push({ nombre: hIni.nombre, uso: 'leida', filas: ini.filas, motivo: d.t('solo para ubicar los productos SGR en su línea; el esquema no guarda iniciativas', 'only to place SGR products in their line; the schema keeps no initiatives') });
    }
  }
  const hSgr = buscarHoja(libro.hojas, [HOJAS_SISPT.sgr]);
  if (hSgr) {
    const r0 = buscarFilaEncabezado(hSgr, [COL_SISPT.ipSgr]);
    if (r0 !== null) {
      const sgr = leerProductosSgr(hSgr, r0, iniciativas, { archivo: o.archivo, d, arbol, nombresLinea: ctx.nombresLinea, omitidas: reporte.filasOmitidas, inicio, fin });
      metas.push(...sgr.metas);
      origen.push(...sgr.origen);
      hojas.push({ nombre: hSgr.nombre, uso: 'leida', filas: sgr.filas });
    }
  }
  for (const h of libro.hojas) if (!hojas.some((x) => x.nombre === h.nombre)) hojas.push({ nombre: h.nombre, uso: 'omitida', filas: 0, motivo: d.t('no es una hoja del Plan Indicativo de SisPT', "not a SisPT Plan Indicativo sheet") });
  reporte.hojas = hojas;

  const entidad = entidadDeFilas(ctx, o, d);
  const nombrePlan = o.plan?.nombre ?? ctx.entidades.find((e) => e.plan)?.plan ?? null;
  if (nombrePlan === null) d.error({ codigo: 'plan_sin_nombre', hoja: hProductos.nombre, esperado: d.t('la columna «Nombre del plan» con el nombre del plan', 'the "Nombre del plan" column with the plan name') });
  if (!entidad || nombrePlan === null) return { ...vacio, origenMetas: origen, columnas: productos.columnas };

  const notas = [
    'La inversión por fuente es la programada en el Plan Indicativo (SisPT), no la ejecutada.',
    'El Plan Indicativo no trae seguimiento: lo ejecutado queda sin dato (null).',
    'SisPT no registra la dirección de las metas: se importan como incremento (revise las de mantenimiento o reducción).',
  ];
  reporte.notas.push(
    ...(lang === 'es'
      ? notas
      : [
          "Investment by source is the Plan Indicativo's programmed investment (SisPT), not executed.",
          'The Plan Indicativo has no follow-up: executed values are left as no data (null).',
          "SisPT does not record the metas' direction: they are imported as incremento (check maintenance or reduction metas).",
        ]),
  );
  const plan: Plan = {
    version: 1,
    entidad,
    plan: { nombre: nombrePlan, inicio, fin },
    corte: { nombre: 'Plan Indicativo (programación, sin seguimiento)', desde: inicio, hasta: fin, fecha: null },
    niveles: [...NIVELES_SISPT],
    nodos: arbol.nodos,
    metas,
    indicadoresResultado: indicadores,
    fuente: { documento: 'Plan Indicativo exportado de SisPT (DNP)', fecha: null, notas },
  };
  return { plan, diag: d, reporte, origenMetas: origen, columnas: productos.columnas };
}

function entidadDeFilas(ctx: ContextoSispt, o: OpcionesLectura, d: Diagnostico): Entidad | null {
  const codigos = new Map<string, { hoja: string; r: number; nombre: string | null }>();
  for (const e of ctx.entidades) if (e.dane && !codigos.has(e.dane)) codigos.set(e.dane, { hoja: e.hoja, r: e.r, nombre: e.nombre });
  if (codigos.size > 1) {
    const [primero, ...otros] = [...codigos];
    const [cod, lugar] = otros[0]!;
    d.error({ codigo: 'entidad_inconsistente', hoja: lugar.hoja, r: lugar.r, valor: cod, esperado: d.t(`el mismo «Código DANE» en todas las filas (${primero![0]})`, `the same "Código DANE" on every row (${primero![0]})`) });
    return null;
  }
  const [hallado] = [...codigos];
  if (hallado) {
    const [cod, lugar] = hallado;
    const e = entidadDesdeCodigo(cod, lugar.nombre);
    if (!e) {
      d.error({ codigo: 'divipola_desconocido', hoja: lugar.hoja, r: lugar.r, valor: cod, esperado: d.t('un código DIVIPOLA de municipio (5 dígitos) o departamento (2) existente', 'an existing DIVIPOLA municipality (5 digits) or department (2) code') });
      return null;
    }
    if (o.entidad && o.entidad.divipola !== e.divipola) {
      d.error({ codigo: 'entidad_distinta', hoja: lugar.hoja, r: lugar.r, valor: cod, esperado: d.t(`la entidad indicada (${o.entidad.divipola})`, `the entity given (${o.entidad.divipola})`) });
      return null;
    }
    return e;
  }
  if (o.entidad) {
    const e = entidadDesdeCodigo(o.entidad.divipola, o.entidad.nombre);
    if (e) return e;
  }
  d.error({ codigo: 'entidad_faltante', esperado: d.t('el «Código DANE» de la entidad en el archivo o la opción entidad', 'the entity\'s "Código DANE" in the file or the entidad option') });
  return null;
}
