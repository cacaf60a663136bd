/**
 * The accumulation rules, in one loop shared by cumplimiento, avance and programadoAlCorte so the three
 * figures can never disagree about which entries count. One pass over `meta.seguimiento`, no allocation
 * besides the result.
 *
 * | tipo \ acumulación | acumulado                  | flujo                         | stock                        |
 * |--------------------|----------------------------|-------------------------------|------------------------------|
 * | incremento         | suma: Σe/Σp; avance Σe/M   | por año e/p; avance e/M       | último: e/p; avance (e−b)/(M−b) |
 * | mantenimiento      | por año e/p; avance e/M    | por año e/p; avance e/M       | último: e/p; avance e/M      |
 * | reducción          | suma de lo reducido: Σe/Σp | por año (b−e)/(b−p); (b−e)/(b−M) | último: (b−e)/(b−p); (b−e)/(b−M) |
 *
 * e = ejecutado, p = programado, b = línea base, M = meta del cuatrienio. "por año" combines the yearly
 * ratios by the explicit option `consolidacionFlujo`: 'promedio' (mean, each entry weighted by the years it
 * spans) or 'ultimo' (the latest year). Why these choices:
 * - mantenimiento: every year must hold the level, so each year stands alone whatever the accumulation
 *   (except stock, where only the level at the end matters).
 * - reducción with acumulado: the yearly values are amounts reduced ("hectáreas recuperadas"), so they add
 *   up like an incremento. With flujo/stock they are levels (a rate, a ranking), measured from the baseline:
 *   "compliance = the share of the programmed reduction achieved". A level equal to the baseline means no
 *   reduction was programmed that year (→ no_programada when no year programs any).
 * - stock cumplimiento follows DNP's follow-up report (level reached ÷ level programmed, not from the
 *   baseline); stock avance is measured from the baseline, as DNP's Sinergia guide does.
 *
 * Ranges: cumplimiento uses the entries fully inside [desde, hasta]; avance and programado use every entry
 * that ends by `hasta`. An entry that straddles an edge cannot be split → no_calculable 'periodo_parcial'.
 * Missing years (no entry, or an entry with something programmed but nothing executed reported) do not stop
 * the computation: the figure uses the reported years and carries the aviso 'anios_sin_dato' (chosen so
 * a report cut mid-year still gets a figure, with the caveat attached).
 */
import type { ConsolidacionFlujo, Meta } from '../schema/types.js';
import {
  acotar01,
  porcentajeCalculado,
  porcentajeNoCalculable,
  porcentajeNoProgramada,
  porcentajeSinDato,
  redondear12,
} from './porcentaje.js';
import type { AvisoCalculo, Combinacion, EstadoCalculo, MotivoCalculo, Porcentaje } from './tipos.js';

export type Objetivo = 'cumplimiento' | 'avance' | 'programado';

/** How the yearly values of a meta become one figure (see the table above). */
export function combinacionDe(meta: Pick<Meta, 'tipo' | 'acumulacion'>, consolidacion: ConsolidacionFlujo): Combinacion {
  if (meta.acumulacion === 'stock') return 'ultimo';
  if (meta.acumulacion === 'acumulado' && meta.tipo !== 'mantenimiento') return 'suma';
  return consolidacion;
}

/** Whether the figure is measured from the baseline: (x − b) / (objetivo − b). */
export function respectoLineaBase(
  meta: Pick<Meta, 'tipo' | 'acumulacion'>,
  combinacion: Combinacion,
  objetivo: Objetivo,
): boolean {
  if (meta.tipo === 'reduccion' && combinacion !== 'suma') return true;
  return objetivo !== 'cumplimiento' && meta.tipo === 'incremento' && meta.acumulacion === 'stock';
}

/** Years tracked for gaps: 31 (a bit mask); longer ranges only check their last/first 31 years. */
const ANIOS_MASCARA = 31;

function mascaraCompleta(n: number): number {
  return n >= ANIOS_MASCARA ? 0x7fffffff : (1 << n) - 1;
}

/** Aviso bits of SalidaRegla (a bit mask: no array per call in the hot loop). */
export const BIT_ANIOS_SIN_DATO = 1;
export const BIT_SIN_PROGRAMAR = 2;

/** Reusable, mutable result of `calcular`: the allocation-free core of every figure. */
export interface SalidaRegla {
  estado: EstadoCalculo;
  /** Raw ratio when calculado (not rounded, not capped); NaN otherwise. */
  valor: number;
  motivo: MotivoCalculo | undefined;
  avisos: number;
  combinacion: Combinacion;
  respectoLineaBase: boolean;
}

export function nuevaSalida(): SalidaRegla {
  return { estado: 'sin_dato', valor: Number.NaN, motivo: undefined, avisos: 0, combinacion: 'suma', respectoLineaBase: false };
}

function fijar(out: SalidaRegla, estado: EstadoCalculo, motivo: MotivoCalculo | undefined, avisos = 0): void {
  out.estado = estado;
  out.valor = Number.NaN;
  out.motivo = motivo;
  out.avisos = avisos;
}

/**
 * Computes one figure of one meta into `out`. cumplimiento: [desde, hasta]; avance/programado: every
 * entry up to `hasta` (`desde` ignored).
 */
export function calcular(
  meta: Meta,
  desde: number,
  hasta: number,
  objetivo: Objetivo,
  consolidacion: ConsolidacionFlujo,
  out: SalidaRegla,
): void {
  const comb = combinacionDe(meta, consolidacion);
  const base = respectoLineaBase(meta, comb, objetivo);
  out.combinacion = comb;
  out.respectoLineaBase = base;
  const esCumplimiento = objetivo === 'cumplimiento';
  if (esCumplimiento && desde > hasta) return fijar(out, 'no_calculable', 'periodo_invalido');

  const b = meta.lineaBase ?? 0;
  let denFijo = 0;
  if (!esCumplimiento) {
    const m = meta.metaCuatrienio;
    if (m === null) return fijar(out, 'sin_dato', 'sin_meta_cuatrienio');
    if (base && meta.lineaBase === null) return fijar(out, 'sin_dato', 'sin_linea_base');
    denFijo = base ? m - b : m;
    if (base && denFijo === 0) return fijar(out, 'no_calculable', 'meta_igual_linea_base');
    if (!base && denFijo <= 0) return fijar(out, 'no_calculable', 'meta_no_positiva');
  } else if (base && meta.lineaBase === null) {
    return fijar(out, 'sin_dato', 'sin_linea_base');
  }

  const usarProgramado = objetivo === 'programado';
  let parcial = false;
  let hay = false;
  let mascara = 0;
  let minDesde = Infinity;
  let faltantes = false;
  let algoProgramado = false;
  let sinProgramar = false;
  let usados = 0;
  let sumaNum = 0;
  let sumaDen = 0;
  let sumaRazon = 0;
  let sumaPeso = 0;
  let ultimoHasta = -Infinity;
  let ultimaRazon = 0;

  const seguimiento = meta.seguimiento;
  for (let q = 0; q < seguimiento.length; q++) {
    const s = seguimiento[q] as Meta['seguimiento'][number];
    if (s.desde > hasta) continue;
    if (esCumplimiento) {
      if (s.hasta < desde) continue;
      if (s.desde < desde || s.hasta > hasta) {
        parcial = true;
        continue;
      }
    } else if (s.hasta > hasta) {
      parcial = true;
      continue;
    }
    hay = true;
    if (s.desde < minDesde) minDesde = s.desde;
    for (let y = s.desde; y <= s.hasta; y++) {
      const o = esCumplimiento ? y - desde : hasta - y;
      if (o < ANIOS_MASCARA) mascara |= 1 << o;
    }
    const anios = s.hasta - s.desde + 1;
    const x = usarProgramado ? s.programado : s.ejecutado;

    if (esCumplimiento) {
      const p = s.programado;
      const den = p === null ? 0 : base ? p - b : p;
      const programado = base ? den !== 0 : den > 0;
      if (programado) algoProgramado = true;
      if (x === null) {
        if (programado) faltantes = true;
        continue;
      }
      const num = base ? x - b : x;
      if (!programado) {
        // Execution where nothing was programmed: flagged; in a sum it still counts as done.
        if (base ? num < 0 : num > 0) sinProgramar = true;
        if (comb === 'suma') sumaNum += num;
        continue;
      }
      usados++;
      if (comb === 'suma') {
        sumaNum += num;
        sumaDen += den;
      } else {
        const r = num / den;
        sumaRazon += r * anios;
        sumaPeso += anios;
        if (s.hasta > ultimoHasta) {
          ultimoHasta = s.hasta;
          ultimaRazon = r;
        }
      }
    } else {
      if (x === null) {
        // For avance a null execution matters only where something was due; for programado always.
        if (usarProgramado || (s.programado ?? 0) > 0) faltantes = true;
        continue;
      }
      usados++;
      const num = base ? x - b : x;
      if (comb === 'suma') sumaNum += num;
      else {
        const r = num / denFijo;
        sumaRazon += r * anios;
        sumaPeso += anios;
        if (s.hasta > ultimoHasta) {
          ultimoHasta = s.hasta;
          ultimaRazon = r;
        }
      }
    }
  }

  if (parcial) return fijar(out, 'no_calculable', 'periodo_parcial');
  if (!hay) return fijar(out, 'sin_dato', 'sin_seguimiento');
  const n = esCumplimiento ? hasta - desde + 1 : hasta - minDesde + 1;
  const completa = mascaraCompleta(n);
  let avisos = faltantes || (mascara & completa) !== completa ? BIT_ANIOS_SIN_DATO : 0;

  let valor: number;
  if (esCumplimiento) {
    if (sinProgramar) avisos |= BIT_SIN_PROGRAMAR;
    if (!algoProgramado) return fijar(out, 'no_programada', 'nada_programado', avisos);
    if (usados === 0) return fijar(out, 'sin_dato', 'sin_ejecutado', avisos);
    valor = comb === 'suma' ? sumaNum / sumaDen : comb === 'promedio' ? sumaRazon / sumaPeso : ultimaRazon;
  } else {
    if (usados === 0) return fijar(out, 'sin_dato', usarProgramado ? 'sin_programado' : 'sin_ejecutado', avisos);
    valor = comb === 'suma' ? sumaNum / denFijo : comb === 'promedio' ? sumaRazon / sumaPeso : ultimaRazon;
  }
  if (!Number.isFinite(valor)) return fijar(out, 'no_calculable', 'valor_no_finito', avisos);
  out.estado = 'calculado';
  out.valor = valor;
  out.motivo = undefined;
  out.avisos = avisos;
}

const salidaCompartida = nuevaSalida();

/** The Porcentaje of one figure of one meta (see `calcular`). */
export function evaluar(
  meta: Meta,
  desde: number,
  hasta: number,
  objetivo: Objetivo,
  consolidacion: ConsolidacionFlujo,
): Porcentaje {
  const out = salidaCompartida;
  calcular(meta, desde, hasta, objetivo, consolidacion, out);
  const avisos: AvisoCalculo[] = [];
  if (out.avisos & BIT_ANIOS_SIN_DATO) avisos.push('anios_sin_dato');
  if (out.avisos & BIT_SIN_PROGRAMAR) avisos.push('avance_sin_meta_programada');
  const regla = { combinacion: out.combinacion, respectoLineaBase: out.respectoLineaBase };
  switch (out.estado) {
    case 'calculado':
      return porcentajeCalculado(out.valor, avisos, regla);
    case 'no_programada':
      return porcentajeNoProgramada(avisos, regla);
    case 'sin_dato':
      return porcentajeSinDato(out.motivo ?? 'sin_seguimiento', avisos, regla);
    default:
      return porcentajeNoCalculable(out.motivo ?? 'valor_no_finito', avisos, regla);
  }
}

/**
 * evaluar's estado, valor and valorTope written into `p` (returned), with no allocation: what the semáforo
 * and the roll-ups read, for the per-meta loops that need no more. `p.avisos` and `p.motivo` are left as
 * they are (not this figure's): callers that show a figure use evaluar.
 */
export function evaluarEn(
  meta: Meta,
  desde: number,
  hasta: number,
  objetivo: Objetivo,
  consolidacion: ConsolidacionFlujo,
  p: Porcentaje,
): Porcentaje {
  const out = salidaCompartida;
  calcular(meta, desde, hasta, objetivo, consolidacion, out);
  let estado = out.estado;
  let valor: number | null = null;
  let tope: number | null = null;
  if (estado === 'calculado') {
    // As porcentajeCalculado: rounded to 12 digits, and a non-finite result is no_calculable.
    const v = redondear12(out.valor);
    if (Number.isFinite(v)) {
      valor = v;
      tope = acotar01(v);
    } else estado = 'no_calculable';
  }
  p.estado = estado;
  p.valor = valor;
  p.valorTope = tope;
  return p;
}

/**
 * Capped value of one figure (NaN when not calculado), without building a Porcentaje: for roll-ups. Rounded
 * as a Porcentaje's valorTope is, so a roll-up from these equals the one resumir builds from the Porcentajes.
 */
export function valorTope(
  meta: Meta,
  desde: number,
  hasta: number,
  objetivo: Objetivo,
  consolidacion: ConsolidacionFlujo,
  out: SalidaRegla,
): number {
  calcular(meta, desde, hasta, objetivo, consolidacion, out);
  if (out.estado !== 'calculado') return Number.NaN;
  const v = redondear12(out.valor);
  return Number.isFinite(v) ? acotar01(v) : Number.NaN;
}
