/** Result types shared by the computations. Every percentage is a ratio (1 = 100 %). */
import type { ConsolidacionFlujo, Periodo } from '../schema/types.js';

/**
 * calculado: a number exists. no_programada: nothing programmed in the range ("NP no es 0").
 * sin_dato: an input needed is not reported. no_calculable: inputs exist but the rule cannot apply
 * (target equal to baseline, partial overlap of a reported span…); `motivo` says why.
 */
export type EstadoCalculo = 'calculado' | 'no_programada' | 'sin_dato' | 'no_calculable';

/** Machine codes of notes attached to a result (translated by the formatter's dictionaries). */
export type AvisoCalculo =
  | 'sobre_ejecucion'
  | 'retroceso'
  | 'avance_sin_meta_programada'
  | 'meta_igual_linea_base'
  | 'periodo_parcial'
  | 'anios_sin_dato';

export interface Porcentaje {
  estado: EstadoCalculo;
  /** Raw ratio, never capped: 1.15 = 115 %; negative = retroceso. null unless `calculado`. */
  valor: number | null;
  /** For bands and roll-ups: clamped to [0, 1]. null unless `calculado`. */
  valorTope: number | null;
  avisos: AvisoCalculo[];
  /** Human-readable reason when not `calculado` (Spanish; the formatter can translate codes). */
  motivo?: string;
}

export interface OpcionesAvance {
  /** Last year counted (defaults to the plan's cut). */
  hasta?: number;
  consolidacionFlujo?: ConsolidacionFlujo;
}

export type MetodoPeso = 'iguales' | 'declarados' | 'inversion';

export interface OpcionesNiveles {
  periodo?: Periodo;
  metodo?: MetodoPeso;
}
