import type * as z from 'zod/mini';
import type {
  afirmacionSchema,
  beneficiariosSchema,
  evidenciaSchema,
  indicadorResultadoSchema,
  inversionSchema,
  metaSchema,
  municipiosSchema,
  nodoSchema,
  periodoSchema,
  planSchema,
  reportadoSchema,
  seguimientoSchema,
  trazaSchema,
  TIPOS_META,
  ACUMULACIONES,
  DIRECCIONES,
  CONSOLIDACIONES_FLUJO,
} from './plan.js';

export type Plan = z.infer<typeof planSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Nodo = z.infer<typeof nodoSchema>;
export type Seguimiento = z.infer<typeof seguimientoSchema>;
export type Inversion = z.infer<typeof inversionSchema>;
export type Beneficiarios = z.infer<typeof beneficiariosSchema>;
export type Municipios = z.infer<typeof municipiosSchema>;
export type Evidencia = z.infer<typeof evidenciaSchema>;
export type Reportado = z.infer<typeof reportadoSchema>;
export type Traza = z.infer<typeof trazaSchema>;
export type Afirmacion = z.infer<typeof afirmacionSchema>;
export type IndicadorResultado = z.infer<typeof indicadorResultadoSchema>;
export type Periodo = z.infer<typeof periodoSchema>;
export type TipoMeta = (typeof TIPOS_META)[number];
export type Acumulacion = (typeof ACUMULACIONES)[number];
export type Direccion = (typeof DIRECCIONES)[number];
export type ConsolidacionFlujo = (typeof CONSOLIDACIONES_FLUJO)[number];
export type Idioma = 'es' | 'en';

/** One problem found in input data: enough to find and fix it without reading code. */
export interface ErrorDato {
  /** Stable machine code, e.g. `tipo_invalido`, `codigo_duplicado`. */
  codigo: string;
  archivo?: string;
  /** 1-based row (CSV line, or position of the meta in the JSON list). */
  fila?: number;
  /** Column header (CSV) or field name. */
  columna?: string;
  /** Path in the plan document, e.g. `metas[3].seguimiento[0].programado`. */
  ruta: string;
  /** The value found, shortened for display. */
  valor?: string;
  /** What was expected, in the chosen language. */
  esperado: string;
  /** The whole sentence, in the chosen language. */
  mensaje: string;
  severidad: 'error' | 'aviso';
}

export type ResultadoValidacion =
  | { ok: true; plan: Plan; avisos: ErrorDato[] }
  | { ok: false; errores: ErrorDato[]; avisos: ErrorDato[] };
