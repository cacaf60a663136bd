/**
 * The targets of `npm run bench` for core and how a measurement is judged against them. Where each number
 * comes from is in bench/README.md.
 */
import type { ResultadoCompleto, ResultadoPequeno } from './resultados.js';

export const OBJETIVOS = {
  /** (a) A department's plan (1,000 metas), validate + summarise, median of warm runs. */
  pequenoMs: 10,
  /** (b) The whole country (500,000 metas) from the file, end to end. */
  completoMs: 10_000,
  /** (b) Peak resident memory, MB (1,000,000 bytes): 1.5 GB. */
  completoRssMB: 1_500,
  /**
   * (b) vs (a): time per meta of validate + summarise may grow at most this much from 1,000 to 500,000
   * metas. Linear work keeps it near 1; the margin absorbs the larger garbage-collection cost of a heap a
   * thousand times bigger. Above it, something grows faster than the data.
   */
  crecimientoPorMeta: 2,
} as const;

export interface Veredicto {
  id: string;
  descripcion: string;
  valor: number;
  unidad: 'ms' | 's' | 'MB' | '×';
  objetivo: number;
  cumple: boolean;
  /**
   * True for the interpreted check: the path of a page that cannot use the fast checker, shown for
   * information. The targets are judged on Node's default path (the fast checker).
   */
  informativo: boolean;
}

/**
 * Time per meta end to end from the file (read, parse, validate, summarise) in the large run divided by the
 * same for the small plan's file: like for like, the same function on both.
 */
export function crecimientoPorMeta(pequeno: Pick<ResultadoPequeno, 'archivo'>, completo: Pick<ResultadoCompleto, 'metas' | 'totalMs'>): number {
  if (!(pequeno.archivo.msPorMeta > 0)) throw new Error('crecimientoPorMeta: el tiempo por meta de (a) debe ser mayor que 0');
  if (!(completo.metas > 0)) throw new Error('crecimientoPorMeta: (b) debe tener metas');
  return completo.totalMs / completo.metas / pequeno.archivo.msPorMeta;
}

/** Verdicts for one validation mode; ids end with the mode ('a_tiempo_compilada'…). */
export function evaluar(pequeno: ResultadoPequeno | null, completo: ResultadoCompleto | null): Veredicto[] {
  if (pequeno && completo && pequeno.validacion !== completo.validacion) {
    throw new Error(`evaluar: (a) y (b) deben usar la misma validación (${pequeno.validacion} ≠ ${completo.validacion})`);
  }
  const modo = pequeno?.validacion ?? completo?.validacion ?? '';
  const v: Veredicto[] = [];
  const al = (id: string, descripcion: string, valor: number, unidad: Veredicto['unidad'], objetivo: number) =>
    v.push({ id: `${id}_${modo}`, descripcion: `${descripcion}, validación ${modo}`, valor, unidad, objetivo, cumple: valor <= objetivo, informativo: modo !== 'generada' });
  if (pequeno) al('a_tiempo', `(a) ${pequeno.metas} metas: validar + resumir (mediana)`, pequeno.medianaMs, 'ms', OBJETIVOS.pequenoMs);
  if (completo) {
    al('b_tiempo', `(b) ${completo.metas} metas desde el archivo: total`, completo.totalMs / 1000, 's', OBJETIVOS.completoMs / 1000);
    al('b_memoria', `(b) ${completo.metas} metas: memoria pico (maxRSS)`, completo.rssPicoMB, 'MB', OBJETIVOS.completoRssMB);
  }
  if (pequeno && completo) {
    al('crecimiento', '(b) frente a (a): tiempo por meta desde el archivo', crecimientoPorMeta(pequeno, completo), '×', OBJETIVOS.crecimientoPorMeta);
  }
  return v;
}
