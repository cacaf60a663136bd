/**
 * "% de avance frente al cuatrienio": what was executed through `hasta` against the four-year target, by
 * the meta's accumulation rule (table in reglas.ts): acumulado Σe/M; flujo each year e/M combined by the
 * option (default 'promedio', stated in `combinacion`); stock (e − b)/(M − b); mantenimiento e/M;
 * reducción of a level (b − e)/(b − M). Target equal to baseline where the rule needs the difference →
 * no_calculable + aviso 'meta_igual_linea_base'; negative → aviso 'retroceso' (raw kept, tope 0).
 */
import type { Meta } from '../schema/types.js';
import { porcentajeSinDato } from './porcentaje.js';
import { evaluar } from './reglas.js';
import type { OpcionesAvance, Porcentaje } from './tipos.js';

/** The last year with an executed value reported, or null. */
export function ultimoAnioEjecutado(meta: Meta): number | null {
  let u: number | null = null;
  for (const s of meta.seguimiento) if (s.ejecutado !== null && (u === null || s.hasta > u)) u = s.hasta;
  return u;
}

export function avance(meta: Meta, opciones: OpcionesAvance = {}): Porcentaje {
  const consolidacion = opciones.consolidacionFlujo ?? 'promedio';
  let hasta = opciones.hasta ?? ultimoAnioEjecutado(meta);
  if (hasta === null) {
    // Nothing executed anywhere: evaluate up to the last entry so a missing target or baseline is
    // named first, and otherwise the result is sin_dato 'sin_ejecutado' (or 'sin_seguimiento').
    for (const s of meta.seguimiento) if (hasta === null || s.hasta > hasta) hasta = s.hasta;
    if (hasta === null) return porcentajeSinDato('sin_seguimiento');
  }
  return evaluar(meta, 0, hasta, 'avance', consolidacion);
}
