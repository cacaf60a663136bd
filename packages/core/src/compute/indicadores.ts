/**
 * Progress of a result indicator from its baseline to its target, direction-aware. progreso =
 * (comparable − base) / (meta − base): the share of the way covered, which works for rankings too
 * (menor_es_mejor: 23 → 22 with target 20 is 1/3; 23 → 27 is −4/3). For an `actual` reported as an
 * increment over the baseline, the comparable level is base + increment.
 */
import type { IndicadorResultado } from '../schema/types.js';
import { acotar01, redondear12 } from './porcentaje.js';
import type { TextoBilingue } from './tipos.js';

export type EstadoIndicador = 'avance' | 'retroceso' | 'sin_cambio' | 'meta_alcanzada' | 'no_calculable' | 'sin_dato';

/** Each state's name, as every presentation prints it (widgets, the Excel summary sheet). */
export const NOMBRES_ESTADO_INDICADOR: Readonly<Record<EstadoIndicador, TextoBilingue>> = {
  avance: { es: 'Avance', en: 'Progress' },
  retroceso: { es: 'Retroceso', en: 'Regression' },
  sin_cambio: { es: 'Sin cambio', en: 'No change' },
  meta_alcanzada: { es: 'Meta alcanzada', en: 'Target reached' },
  no_calculable: { es: 'No calculable', en: 'Not computable' },
  sin_dato: { es: 'Sin dato', en: 'No data' },
};

/** Each direction's name, lower case (it is read inside a sentence: "Puesto en el ranking — menor es mejor"). */
export const NOMBRES_DIRECCION: Readonly<Record<IndicadorResultado['direccion'], TextoBilingue>> = {
  mayor_es_mejor: { es: 'mayor es mejor', en: 'higher is better' },
  menor_es_mejor: { es: 'menor es mejor', en: 'lower is better' },
};

export type MotivoIndicador =
  | 'sin_linea_base'
  | 'sin_valor_actual'
  | 'sin_meta'
  | 'meta_igual_linea_base'
  | 'direccion_contradice_meta';

export interface ProgresoIndicador {
  estado: EstadoIndicador;
  /** Raw share of the way from baseline to target (negative = retroceso, > 1 = beyond the target). */
  progreso: number | null;
  /** Clamped to [0, 1]. */
  progresoTope: number | null;
  /** The level comparable with baseline and target (base + increment when actual.tipo is 'incremento'). */
  valorComparable: number | null;
  motivo?: MotivoIndicador;
}

export function progresoIndicador(ind: IndicadorResultado): ProgresoIndicador {
  const base = ind.lineaBase.valor;
  const meta = ind.meta.valor;
  const actual = ind.actual.valor;
  const comparable = actual === null ? null : ind.actual.tipo === 'incremento' ? (base === null ? null : base + actual) : actual;
  const nulo = (estado: EstadoIndicador, motivo: MotivoIndicador): ProgresoIndicador => ({
    estado,
    progreso: null,
    progresoTope: null,
    valorComparable: comparable,
    motivo,
  });
  if (base === null) return nulo('sin_dato', 'sin_linea_base');
  if (actual === null || comparable === null) return nulo('sin_dato', 'sin_valor_actual');
  if (meta === null) return nulo('sin_dato', 'sin_meta');
  if (meta === base) return nulo('no_calculable', 'meta_igual_linea_base');
  // A target on the wrong side of the baseline for the stated direction is a data error, not progress.
  if ((ind.direccion === 'menor_es_mejor') !== meta < base) return nulo('no_calculable', 'direccion_contradice_meta');
  const progreso = redondear12((comparable - base) / (meta - base));
  const estado: EstadoIndicador =
    progreso >= 1 ? 'meta_alcanzada' : progreso > 0 ? 'avance' : progreso < 0 ? 'retroceso' : 'sin_cambio';
  return { estado, progreso, progresoTope: acotar01(progreso), valorComparable: comparable };
}
