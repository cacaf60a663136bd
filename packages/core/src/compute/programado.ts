/**
 * Share of the four-year target that was programmed through `hasta`: what "should" be done by the cut
 * (the per-level table's "% cumplimiento programado"). Same rules as avance (reglas.ts), on programmed
 * values. Programmed 0 is a real 0 here (nothing was due yet); programmed null is 'sin_dato'.
 */
import type { ConsolidacionFlujo, Meta } from '../schema/types.js';
import { evaluar } from './reglas.js';
import type { Porcentaje } from './tipos.js';

export function programadoAlCorte(
  meta: Meta,
  hasta: number,
  opciones: { consolidacionFlujo?: ConsolidacionFlujo } = {},
): Porcentaje {
  return evaluar(meta, 0, hasta, 'programado', opciones.consolidacionFlujo ?? 'promedio');
}
