/**
 * Several files of the same entity → one plan, metas matched by code (SisPT's consecutivo IP). The first
 * SisPT export (else the first file) is the base: it gives the tree, the targets and the programming;
 * the other files add what the base lacks (execution, DNP's reported figures). When both files give a
 * different value for the same figure, the conflict is reported with both values and files; the merged
 * plan keeps the base's value and says so (or the merge fails, with `conflictos: 'error'`).
 */
import { plegar } from '../../format/plegar.js';
import { formatearNumero } from '../../format/numero.js';
import type { Idioma, Meta, Plan } from '../../schema/types.js';
import { Diagnostico } from './diagnostico.js';
import { separarConsecutivos } from './dnp-detalle.js';
import { finalizarLectura } from './finalizar.js';
import { lugarDeCita, type LecturaPlan } from './lectura.js';
import { reporteVacio, type Conflicto, type ReporteXlsx, type ResultadoXlsx } from './reporte.js';

export interface EntradaFusion {
  archivo: string;
  plan: Plan;
  reporte: ReporteXlsx;
}

export interface OpcionesFusion {
  lang?: Idioma;
  /** 'aviso' (default): keep the base's value and warn. 'error': a conflict makes the merge fail. */
  conflictos?: 'aviso' | 'error';
}

type Escalar = string | number | null;

function iguales(a: Escalar, b: Escalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === 'string' && typeof b === 'string') return plegar(a) === plegar(b);
  return a === b;
}

class Fusion {
  readonly conflictos: Conflicto[] = [];
  /** Messages name the other file, and the sheet and row of its meta. */
  d: Diagnostico;
  constructor(
    d: Diagnostico,
    readonly o: OpcionesFusion,
    readonly base: EntradaFusion,
  ) {
    this.d = d;
  }

  conflicto(meta: Meta, indice: number, campo: string, ruta: string, a: Escalar, b: Escalar, otro: EntradaFusion, anio?: number) {
    const resolucion = this.d.t(`se conserva el valor de ${this.base.archivo}`, `the value of ${this.base.archivo} is kept`);
    this.conflictos.push({
      meta: meta.codigo,
      campo,
      ...(anio !== undefined ? { anio } : {}),
      valores: [
        { archivo: this.base.archivo, valor: a },
        { archivo: otro.archivo, valor: b },
      ],
      resolucion,
    });
    const que = anio !== undefined ? `${campo} ${anio}` : campo;
    const lugar = lugarDeCita(otro.plan.metas.find((m) => m.codigo === meta.codigo)?.trazas?.codigo?.fuente);
    this.d.agregar({
      ...(lugar ?? {}),
      codigo: 'conflicto_entre_archivos',
      severidad: this.o.conflictos === 'error' ? 'error' : 'aviso',
      ruta: `metas[${indice}].${ruta}`,
      valor: b,
      esperado: this.d.t(
        `el mismo valor que ${this.base.archivo} (${String(a)}) en la meta ${meta.codigo}, ${que}`,
        `the same value as ${this.base.archivo} (${String(a)}) for meta ${meta.codigo}, ${que}`,
      ),
      detalle: this.d.t(`${otro.archivo} dice otra cosa; ${resolucion}.`, `${otro.archivo} says otherwise; ${resolucion}.`),
    });
  }

  /** A scalar field: missing in the base → taken; different → conflict. */
  escalar<K extends 'metaCuatrienio' | 'unidad' | 'lineaBase' | 'secretaria' | 'indicador'>(a: Meta, i: number, b: Meta, k: K, otro: EntradaFusion) {
    const va = a[k] as Escalar;
    const vb = b[k] as Escalar;
    if (vb === null) return;
    if (va === null) (a as Record<K, Escalar>)[k] = vb;
    else if (!iguales(va, vb)) this.conflicto(a, i, k, k, va, vb, otro);
  }

  meta(a: Meta, i: number, b: Meta, otro: EntradaFusion) {
    this.escalar(a, i, b, 'metaCuatrienio', otro);
    this.escalar(a, i, b, 'unidad', otro);
    this.escalar(a, i, b, 'lineaBase', otro);
    this.escalar(a, i, b, 'secretaria', otro);
    // Accumulation and direction: an inferred value gives way to a written one; two written ones must agree.
    for (const k of ['acumulacion', 'tipo'] as const) {
      const infA = Boolean(a.trazas?.[k]?.inferido);
      const infB = Boolean(b.trazas?.[k]?.inferido);
      if (infB) continue;
      if (infA) {
        // The other file writes what the base had to deduce: its value (and trace) replace the deduction.
        (a as Record<typeof k, string>)[k] = b[k];
        if (a.trazas && b.trazas?.[k]) a.trazas[k] = b.trazas[k];
        else if (a.trazas) delete a.trazas[k];
      } else if (a[k] !== b[k]) this.conflicto(a, i, k, k, a[k], b[k], otro);
    }
    for (const s of b.seguimiento) {
      const j = a.seguimiento.findIndex((x) => x.desde === s.desde && x.hasta === s.hasta);
      if (j < 0) {
        if (a.seguimiento.some((x) => x.desde <= s.hasta && s.desde <= x.hasta)) this.conflicto(a, i, 'seguimiento', 'seguimiento', null, `${s.desde}-${s.hasta}`, otro);
        else a.seguimiento.push({ ...s });
        continue;
      }
      const x = a.seguimiento[j]!;
      for (const campo of ['programado', 'ejecutado'] as const) {
        if (s[campo] === null) continue;
        if (x[campo] === null) x[campo] = s[campo];
        else if (!iguales(x[campo], s[campo])) this.conflicto(a, i, campo, `seguimiento[${j}].${campo}`, x[campo], s[campo], otro, s.desde === s.hasta ? s.desde : undefined);
      }
    }
    a.seguimiento.sort((p, q) => p.desde - q.desde);
    for (const e of b.inversion) {
      const x = a.inversion.find((y) => y.desde === e.desde && y.hasta === e.hasta && y.fuente === e.fuente);
      if (!x) a.inversion.push({ ...e });
      else if (x.valor === null) x.valor = e.valor;
      else if (e.valor !== null && !iguales(x.valor, e.valor)) this.conflicto(a, i, `inversion ${e.fuente}`, 'inversion', x.valor, e.valor, otro, e.desde === e.hasta ? e.desde : undefined);
    }
    for (const bp of b.bpin) if (!a.bpin.includes(bp)) a.bpin.push(bp);
    if (a.reportado.periodo === null && b.reportado.periodo !== null) a.reportado = { ...b.reportado };
    if (a.beneficiarios.estado === 'sin_dato' && b.beneficiarios.estado !== 'sin_dato') a.beneficiarios = b.beneficiarios;
    for (const k of Object.keys(a.evidencia) as Array<keyof Meta['evidencia']>) if (a.evidencia[k] === null) a.evidencia[k] = b.evidencia[k];
    if (b.notas?.length) a.notas = [...(a.notas ?? []), ...b.notas];
    if (b.trazas) {
      a.trazas ??= {};
      for (const [k, v] of Object.entries(b.trazas)) {
        const clave = a.trazas[k] ? `${k} (${otro.archivo})` : k;
        a.trazas[clave] = v;
      }
    }
  }
}

/** Merges already-imported plans of one entity. The result is validated like any import. */
export function fusionarPlanes(entradas: readonly EntradaFusion[], o: OpcionesFusion = {}): ResultadoXlsx {
  const lang = o.lang ?? 'es';
  const d = new Diagnostico(undefined, lang);
  const reporte = reporteVacio('fusion', entradas.map((e) => e.archivo));
  const base = entradas.find((e) => e.reporte.formato === 'sispt-plan-indicativo') ?? entradas[0];
  if (!base) {
    d.error({ codigo: 'sin_archivos', esperado: d.t('al menos un archivo', 'at least one file') });
    return { ok: false, ...d.cerrar(), reporte };
  }
  const otros = entradas.filter((e) => e !== base);
  for (const e of otros) {
    if (e.plan.entidad.divipola !== base.plan.entidad.divipola)
      d.error({ codigo: 'entidades_distintas', ruta: 'entidad.divipola', valor: `${e.archivo}: ${e.plan.entidad.divipola}`, esperado: d.t(`archivos de la misma entidad (${base.archivo}: ${base.plan.entidad.divipola})`, `files of the same entity (${base.archivo}: ${base.plan.entidad.divipola})`) });
    if (e.plan.plan.inicio !== base.plan.plan.inicio || e.plan.plan.fin !== base.plan.plan.fin)
      d.error({ codigo: 'periodos_distintos', ruta: 'plan', valor: `${e.archivo}: ${e.plan.plan.inicio}–${e.plan.plan.fin}`, esperado: d.t(`el mismo periodo de plan (${base.plan.plan.inicio}–${base.plan.plan.fin})`, `the same plan period (${base.plan.plan.inicio}–${base.plan.plan.fin})`) });
  }
  if (d.hayErrores) return { ok: false, ...d.cerrar(), reporte };

  const plan: Plan = structuredClone(base.plan);
  const f = new Fusion(d, o, base);
  const indice = new Map(plan.metas.map((m, i) => [m.codigo, i]));
  const ausentes = new Map((plan.ausentes ?? []).map((a) => [a.codigo, a]));
  const porArchivo: Diagnostico[] = [];
  for (const otro of otros) {
    const dOtro = new Diagnostico(otro.archivo, lang);
    porArchivo.push(dOtro);
    f.d = dOtro;
    const tocadas = new Set<string>();
    for (const b of otro.plan.metas) {
      const lugarB = lugarDeCita(b.trazas?.codigo?.fuente) ?? {};
      const codigos = separarConsecutivos(b.codigo);
      const presentes = codigos.filter((c) => indice.has(c));
      if (codigos.length === 1 && presentes.length === 1) {
        const i = indice.get(codigos[0]!)!;
        f.meta(plan.metas[i]!, i, b, otro);
        tocadas.add(codigos[0]!);
        continue;
      }
      if (codigos.length > 1 && presentes.length > 0) {
        // DNP added duplicated products up: the figures cannot be split, so they go to each meta's notes.
        for (const c of presentes) {
          const m = plan.metas[indice.get(c)!]!;
          m.notas = [...(m.notas ?? []), ...(b.notas ?? [])];
          tocadas.add(c);
        }
        dOtro.aviso({
          ...lugarB,
          codigo: 'fila_agrupada',
          ruta: `metas[${indice.get(presentes[0]!)!}]`,
          valor: b.codigo,
          esperado: d.t('una fila por meta', 'one row per meta'),
          detalle: d.t(
            `${otro.archivo} suma ${b.codigo} en una fila: su ejecución no se reparte entre metas (queda sin dato); las cifras del DNP quedan en las notas de cada una.`,
            `${otro.archivo} adds ${b.codigo} up in one row: its execution is not split between metas (left as no data); DNP's figures stay in each meta's notes.`,
          ),
        });
      }
      for (const c of codigos.filter((x) => !indice.has(x))) {
        if (ausentes.has(c)) continue;
        ausentes.set(c, { codigo: c, motivo: `Está en ${otro.archivo} (${b.nombre}) pero no en ${base.archivo}: sin su línea estratégica no se puede ubicar en el árbol.` });
        dOtro.aviso({ ...lugarB, codigo: 'meta_solo_en_un_archivo', ruta: 'ausentes', valor: c, esperado: d.t(`la meta también en ${base.archivo}`, `the meta also in ${base.archivo}`), detalle: d.t('Se registra en `ausentes`, no se inventa su ubicación.', 'Recorded in `ausentes`; its place is not invented.') });
      }
    }
    const sinSeguimiento = plan.metas.filter((m) => !tocadas.has(m.codigo)).map((m) => m.codigo);
    if (sinSeguimiento.length > 0)
      dOtro.aviso({
        codigo: 'metas_sin_datos_en_archivo',
        ruta: 'metas',
        valor: sinSeguimiento.slice(0, 20).join(', ') + (sinSeguimiento.length > 20 ? '…' : ''),
        esperado: d.t(`todas las metas de ${base.archivo} en ${otro.archivo}`, `every meta of ${base.archivo} in ${otro.archivo}`),
        detalle:
          sinSeguimiento.length === 1
            ? d.t(`1 meta no aparece en ${otro.archivo}: conserva solo los datos de ${base.archivo}.`, `1 meta is not in ${otro.archivo}: it keeps ${base.archivo}'s data only.`)
            : d.t(`${formatearNumero(sinSeguimiento.length, { lang: 'es' })} metas no aparecen en ${otro.archivo}: conservan solo los datos de ${base.archivo}.`, `${formatearNumero(sinSeguimiento.length, { lang: 'en' })} metas are not in ${otro.archivo}: they keep ${base.archivo}'s data only.`),
      });
    // The cut: the latest follow-up among the files (the SisPT export has none).
    if (otro.reporte.formato !== 'sispt-plan-indicativo' && (base.reporte.formato === 'sispt-plan-indicativo' || otro.plan.corte.hasta > plan.corte.hasta)) plan.corte = { ...otro.plan.corte };
    plan.fuente = {
      documento: `${plan.fuente?.documento ?? base.archivo} + ${otro.plan.fuente?.documento ?? otro.archivo}`,
      fecha: otro.plan.fuente?.fecha ?? plan.fuente?.fecha ?? null,
      notas: [...(plan.fuente?.notas ?? []), ...(otro.plan.fuente?.notas ?? [])],
    };
  }
  if (ausentes.size > 0) plan.ausentes = [...ausentes.values()];
  for (const x of porArchivo) {
    const { errores, avisos } = x.cerrar();
    d.sumar([...errores, ...avisos]);
  }

  reporte.hojas = entradas.flatMap((e) => e.reporte.hojas.map((h) => ({ ...h, archivo: e.archivo })));
  reporte.filasOmitidas = entradas.flatMap((e) => e.reporte.filasOmitidas);
  reporte.notas = [
    d.t(`Base: ${base.archivo} (árbol, metas, programación); los demás archivos completan lo que falta.`, `Base: ${base.archivo} (tree, metas, programming); the other files fill in what is missing.`),
    ...entradas.flatMap((e) => e.reporte.notas),
  ];
  const dnp = entradas.find((e) => e.reporte.dnp)?.reporte.dnp;
  if (dnp) reporte.dnp = dnp;
  reporte.conflictos = f.conflictos;
  const lectura: LecturaPlan = { plan, diag: d, reporte, origenMetas: [], columnas: {} };
  return finalizarLectura(lectura, { lang });
}
