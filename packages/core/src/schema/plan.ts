/**
 * The one schema of a plan document (version 1). Every importer produces it, every computation reads it.
 *
 * Conventions (also in docs/modelo.md):
 * - `null` means "no reportado": never read it as 0.
 * - Percentages are ratios (1 = 100 %), as DNP's follow-up report writes them.
 * - Money is in pesos (not millones).
 * - Years are spans `{ desde, hasta }` because reports often give a figure for a period ("2024–2025"),
 *   not per year; a yearly value has `desde === hasta`.
 *
 * zod/mini keeps the browser bundle small (see the performance notes); the shape is the same as full zod.
 */
import * as z from 'zod/mini';

export const VERSION_ESQUEMA = 1 as const;

const texto = z.string();
const textoONulo = z.nullable(z.string());
/** zod 4 numbers are finite: NaN and Infinity are rejected. */
const numeroONulo = z.nullable(z.number());
const noNegativoONulo = z.nullable(z.number().check(z.gte(0)));
const anio = z.int().check(z.gte(1900), z.lte(2200));

export const TIPOS_META = ['incremento', 'mantenimiento', 'reduccion'] as const;
/** acumulado (suma), flujo (no acumulado: cada año por sí solo), stock (nivel/capacidad). */
export const ACUMULACIONES = ['acumulado', 'flujo', 'stock'] as const;
export const CONSOLIDACIONES_FLUJO = ['promedio', 'ultimo'] as const;
export const ESTADOS_BENEFICIARIOS = ['reportado', 'sin_dato', 'no_aplica'] as const;
export const ALCANCES = ['municipal', 'departamental', 'sin_dato'] as const;
export const DIRECCIONES = ['mayor_es_mejor', 'menor_es_mejor'] as const;
export const RELACIONES_AFIRMACION = ['mas_de', 'igual', 'aprox', 'menos_de'] as const;
export const MAGNITUDES_AFIRMACION = ['inversion', 'beneficiarios', 'metas'] as const;
export const TIPOS_ENTIDAD = ['departamento', 'municipio'] as const;

/** Where a figure stands in its source, and the rule used when it had to be inferred. */
export const trazaSchema = z.object({
  fuente: texto,
  cita: z.optional(textoONulo),
  inferido: z.optional(textoONulo),
});

export const periodoSchema = z.object({ desde: anio, hasta: anio });

export const seguimientoSchema = z.object({
  desde: anio,
  hasta: anio,
  programado: noNegativoONulo,
  ejecutado: noNegativoONulo,
});

export const inversionSchema = z.object({
  desde: anio,
  hasta: anio,
  /** Canonical id (see FUENTES_CANONICAS) or any other source name: the list is open. */
  fuente: z.string().check(z.minLength(1)),
  /** The source as the document wrote it. */
  texto: z.optional(textoONulo),
  valor: noNegativoONulo,
});

export const grupoBeneficiarioSchema = z.object({
  grupo: z.string().check(z.minLength(1)),
  valor: noNegativoONulo,
});

export const beneficiariosSchema = z.object({
  estado: z.enum(ESTADOS_BENEFICIARIOS),
  total: noNegativoONulo,
  /** What is counted: personas, empresas, organizaciones… Totals of different units are never added. */
  unidad: z.optional(textoONulo),
  grupos: z.array(grupoBeneficiarioSchema),
});

export const municipiosSchema = z.object({
  alcance: z.enum(ALCANCES),
  /** DIVIPOLA, five digits as text. */
  codigos: z.array(z.string().check(z.regex(/^\d{5}$/))),
});

export const evidenciaSchema = z.object({
  queSeHizo: textoONulo,
  como: textoONulo,
  conQuien: textoONulo,
  cuando: textoONulo,
  impacto: textoONulo,
  donde: textoONulo,
});

/** Figures as the report printed them, kept apart from the inputs so core can reconcile them. */
export const reportadoSchema = z.object({
  periodo: z.nullable(periodoSchema),
  cumplimiento: numeroONulo,
  avance: numeroONulo,
  inversion: noNegativoONulo,
  beneficiarios: noNegativoONulo,
});

export const metaSchema = z.object({
  codigo: z.string().check(z.minLength(1)),
  nombre: z.string().check(z.minLength(1)),
  indicador: textoONulo,
  unidad: textoONulo,
  /** Code of the level node the meta hangs from. */
  nodo: z.string().check(z.minLength(1)),
  secretaria: textoONulo,
  lineaBase: numeroONulo,
  metaCuatrienio: numeroONulo,
  tipo: z.enum(TIPOS_META),
  acumulacion: z.enum(ACUMULACIONES),
  peso: z.optional(noNegativoONulo),
  seguimiento: z.array(seguimientoSchema),
  inversion: z.array(inversionSchema),
  beneficiarios: beneficiariosSchema,
  municipios: municipiosSchema,
  bpin: z.array(z.string()),
  evidencia: evidenciaSchema,
  reportado: reportadoSchema,
  /** Field path (e.g. `seguimiento[0].programado`) → where it comes from. */
  trazas: z.optional(z.record(z.string(), trazaSchema)),
  notas: z.optional(z.array(z.string())),
});

/** A narrative claim of the report about a level ("inversión superior a $2.181 millones"). */
export const afirmacionSchema = z.object({
  magnitud: z.enum(MAGNITUDES_AFIRMACION),
  relacion: z.enum(RELACIONES_AFIRMACION),
  valor: z.number(),
  unidad: z.optional(textoONulo),
  texto: z.string(),
  traza: z.optional(trazaSchema),
});

export const nodoSchema = z.object({
  codigo: z.string().check(z.minLength(1)),
  /** null: the source does not name this level node (never invent a name). */
  nombre: textoONulo,
  /** Index into `niveles` (0 = top level). */
  nivel: z.int().check(z.gte(0)),
  padre: textoONulo,
  peso: z.optional(noNegativoONulo),
  afirmaciones: z.optional(z.array(afirmacionSchema)),
  trazas: z.optional(z.record(z.string(), trazaSchema)),
});

export const valorFechadoSchema = z.object({
  valor: numeroONulo,
  anio: z.nullable(anio),
});

export const indicadorResultadoSchema = z.object({
  codigo: z.string().check(z.minLength(1)),
  nombre: z.string().check(z.minLength(1)),
  unidad: textoONulo,
  nodo: z.optional(textoONulo),
  lineaBase: valorFechadoSchema,
  actual: z.object({
    valor: numeroONulo,
    anio: z.nullable(anio),
    /** Free text date or cut of the measurement ("septiembre-2025"). */
    fecha: z.optional(textoONulo),
    /** nivel: the value itself; incremento: what was added over the baseline. */
    tipo: z.enum(['nivel', 'incremento']),
  }),
  meta: valorFechadoSchema,
  direccion: z.enum(DIRECCIONES),
  fuente: z.optional(textoONulo),
  notas: z.optional(z.array(z.string())),
  trazas: z.optional(z.record(z.string(), trazaSchema)),
});

export const ausenteSchema = z.object({ codigo: z.string(), motivo: z.string() });

export const planSchema = z.object({
  version: z.literal(VERSION_ESQUEMA),
  entidad: z.object({
    nombre: z.string().check(z.minLength(1)),
    tipo: z.enum(TIPOS_ENTIDAD),
    /** DIVIPOLA: 2 digits for a department, 5 for a municipality. */
    divipola: z.string().check(z.regex(/^(\d{2}|\d{5})$/)),
  }),
  plan: z.object({
    nombre: z.string().check(z.minLength(1)),
    inicio: anio,
    fin: anio,
  }),
  corte: z.object({
    nombre: z.string(),
    desde: anio,
    hasta: anio,
    fecha: z.optional(textoONulo),
  }),
  secretaria: z.optional(textoONulo),
  /** Names of the levels, top first: ["Línea estratégica", "Componente", "Apuesta"]. Any depth. */
  niveles: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  nodos: z.array(nodoSchema),
  metas: z.array(metaSchema),
  /** Metas known to exist but absent from the source (e.g. numbering gaps), recorded rather than invented. */
  ausentes: z.optional(z.array(ausenteSchema)),
  indicadoresResultado: z.optional(z.array(indicadorResultadoSchema)),
  opciones: z.optional(
    z.object({
      /** How a flujo meta's four-year figure is built: mean of yearly compliances, or the last year. */
      consolidacionFlujo: z.optional(z.enum(CONSOLIDACIONES_FLUJO)),
    }),
  ),
  fuente: z.optional(
    z.object({
      documento: z.string(),
      fecha: z.optional(textoONulo),
      notas: z.optional(z.array(z.string())),
    }),
  ),
});
