/** Result types shared by the computations. Every percentage is a ratio (1 = 100 %). */
import type { ConsolidacionFlujo, Idioma, Periodo } from '../schema/types.js';
import type { ConfigBandas } from './semaforo.js';

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

/** Machine codes held in `Porcentaje.motivo` (texts in compute/textos.ts, TEXTOS_MOTIVO). */
export type MotivoCalculo =
  | 'periodo_parcial'
  | 'sin_seguimiento'
  | 'sin_ejecutado'
  | 'sin_programado'
  | 'nada_programado'
  | 'sin_meta_cuatrienio'
  | 'sin_linea_base'
  | 'meta_igual_linea_base'
  | 'meta_no_positiva'
  | 'valor_no_finito'
  | 'periodo_invalido';

/**
 * How yearly values became one figure: `suma` (Σ executed / Σ programmed or target), `promedio`
 * (mean of yearly ratios, weighted by the years each entry spans), `ultimo` (the latest year's ratio).
 */
export type Combinacion = 'suma' | 'promedio' | 'ultimo';

export interface Porcentaje {
  estado: EstadoCalculo;
  /** Raw ratio, never capped: 1.15 = 115 %; negative = retroceso. null unless `calculado`. */
  valor: number | null;
  /** For bands and roll-ups: clamped to [0, 1]. null unless `calculado`. */
  valorTope: number | null;
  avisos: AvisoCalculo[];
  /** Why it is not `calculado`: a MotivoCalculo code (see TEXTOS_MOTIVO for es/en sentences). */
  motivo?: string;
  /** The rule applied, so a presenter can state it ("promedio de los años", "último año"…). */
  combinacion?: Combinacion;
  /** True when the figure is measured from the baseline: (valor − base) / (meta − base). */
  respectoLineaBase?: boolean;
}

export interface OpcionesAvance {
  /** Last year counted. Default: the last year with an executed value reported. */
  hasta?: number;
  /** flujo (and mantenimiento) metas: mean of the yearly ratios (default) or the last year's. */
  consolidacionFlujo?: ConsolidacionFlujo;
}

export interface OpcionesCumplimiento {
  /** flujo (and mantenimiento) metas: mean of the yearly ratios (default) or the last year's. */
  consolidacionFlujo?: ConsolidacionFlujo;
}

export type MetodoPeso = 'iguales' | 'declarados' | 'inversion';

export interface OpcionesNiveles {
  /** Default: the plan's cut (plan.corte). */
  periodo?: Periodo;
  /** Default 'iguales' (plain mean of capped values, the common practice). */
  metodo?: MetodoPeso;
  /** Default: plan.opciones.consolidacionFlujo, else 'promedio'. */
  consolidacionFlujo?: ConsolidacionFlujo;
  /** Bands for the `banda*` fields. Default BANDAS_PREDETERMINADAS. */
  bandas?: ConfigBandas;
  /** Language of the avisos' sentences. Default 'es'. */
  lang?: Idioma;
}

/** A text in both languages of the product. */
export interface TextoBilingue {
  es: string;
  en: string;
}
