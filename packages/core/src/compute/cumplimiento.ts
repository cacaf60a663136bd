/**
 * "% de cumplimiento frente a lo programado en el periodo": executed against programmed over the years of
 * the period, by the meta's accumulation rule (table in reglas.ts). Never NaN: nothing programmed is
 * 'no_programada', a missing execution is 'sin_dato'; over-execution keeps the raw value (1.15) and caps
 * `valorTope` at 1.
 */
import type { Meta, Periodo } from '../schema/types.js';
import { evaluar } from './reglas.js';
import type { OpcionesCumplimiento, Porcentaje } from './tipos.js';

export function cumplimiento(meta: Meta, periodo: Periodo, opciones: OpcionesCumplimiento = {}): Porcentaje {
  return evaluar(meta, periodo.desde, periodo.hasta, 'cumplimiento', opciones.consolidacionFlujo ?? 'promedio');
}
