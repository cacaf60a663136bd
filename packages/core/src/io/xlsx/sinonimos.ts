/**
 * Header synonyms of home-made follow-up workbooks: the words secretarías use for each field of the plan
 * ("META CUATRENIO", "L.B", "% CUMPLIMIENTO P.A 2024", "DEPENDENCIA RESPONSABLE", "TENDENCIA"…). Headers
 * are compared after normalisation: case, accents, punctuation and line breaks do not matter; a "%" sign
 * counts as the word "porcentaje" (it tells a reported percentage from an executed value); a year is taken
 * out and kept apart ("AVANCE META 2024" → ejecutado, 2024). Exported for the Excel add-in's task pane.
 */
import { plegar } from '../../format/plegar.js';

export type CampoNivel = 'linea' | 'componente' | 'sector' | 'programa' | 'subprograma';
export type CampoCodigoNivel = 'codigoLinea' | 'codigoComponente' | 'codigoSector' | 'codigoPrograma' | 'codigoSubprograma';
export type CampoMetaCasero =
  | 'codigo'
  | 'nombre'
  | 'indicador'
  | 'unidad'
  | 'lineaBase'
  | 'metaCuatrienio'
  | 'tipo'
  | 'acumulacion'
  | 'secretaria'
  | 'bpin'
  | 'peso';
/** Fields with one column per year. */
export type CampoAnual = 'programado' | 'ejecutado' | 'cumplimiento' | 'avance' | 'inversion';
export type CampoCasero = CampoNivel | CampoCodigoNivel | CampoMetaCasero | CampoAnual;

export interface DescripcionCampo {
  campo: CampoCasero;
  /** One column per year ("META 2024", "META 2025"…). */
  anual: boolean;
  es: string;
  en: string;
  /** Headers as people write them (matched normalised). */
  sinonimos: readonly string[];
}

export const NIVELES_CASERO: readonly CampoNivel[] = ['linea', 'componente', 'sector', 'programa', 'subprograma'];

export const CODIGO_DE_NIVEL: Readonly<Record<CampoNivel, CampoCodigoNivel>> = {
  linea: 'codigoLinea',
  componente: 'codigoComponente',
  sector: 'codigoSector',
  programa: 'codigoPrograma',
  subprograma: 'codigoSubprograma',
};

export const CAMPOS_CASERO: readonly DescripcionCampo[] = [
  { campo: 'linea', anual: false, es: 'Línea estratégica / eje', en: 'Strategic line / axis', sinonimos: ['Eje', 'Línea', 'Eje / Línea', 'Línea estratégica', 'Eje estratégico', 'Líneas estratégicas', 'Dimensión', 'Pilar', 'Eje temático'] },
  { campo: 'componente', anual: false, es: 'Componente', en: 'Component', sinonimos: ['Componente', 'Componentes', 'Apuesta', 'Apuesta estratégica'] },
  { campo: 'sector', anual: false, es: 'Sector', en: 'Sector', sinonimos: ['Sector', 'Sector MGA', 'Sector de inversión'] },
  { campo: 'programa', anual: false, es: 'Programa', en: 'Programme', sinonimos: ['Programa', 'Programa MGA', 'Programa presupuestal', 'Nombre del programa'] },
  { campo: 'subprograma', anual: false, es: 'Subprograma', en: 'Sub-programme', sinonimos: ['Subprograma', 'Sub programa'] },
  { campo: 'codigoLinea', anual: false, es: 'Código de la línea', en: 'Line code', sinonimos: ['Código línea', 'Cód. línea', 'Código eje', 'Cód. eje', 'Código línea estratégica'] },
  { campo: 'codigoComponente', anual: false, es: 'Código del componente', en: 'Component code', sinonimos: ['Código componente', 'Cód. componente'] },
  { campo: 'codigoSector', anual: false, es: 'Código del sector', en: 'Sector code', sinonimos: ['Código sector', 'Cód. sector', 'Código del sector'] },
  { campo: 'codigoPrograma', anual: false, es: 'Código del programa', en: 'Programme code', sinonimos: ['Código programa', 'Cód. programa', 'Código del programa', 'Código programa MGA'] },
  { campo: 'codigoSubprograma', anual: false, es: 'Código del subprograma', en: 'Sub-programme code', sinonimos: ['Código subprograma', 'Cód. subprograma'] },
  { campo: 'codigo', anual: false, es: 'Código de la meta', en: 'Meta code', sinonimos: ['Código', 'Cód.', 'Código meta', 'Cód. meta', 'Código de la meta', 'Código meta producto', 'No. meta', 'N° meta', 'Número meta', 'Nro. meta', 'Consecutivo', 'ID meta', 'Código indicador de producto'] },
  { campo: 'nombre', anual: false, es: 'Meta de producto', en: 'Product meta', sinonimos: ['Meta de producto', 'Meta producto', 'Metas de producto', 'Descripción de la meta', 'Descripción meta', 'Nombre de la meta', 'Nombre meta', 'Meta de producto cuatrienio'] },
  { campo: 'indicador', anual: false, es: 'Indicador', en: 'Indicator', sinonimos: ['Indicador', 'Indicador de producto', 'Indicador producto', 'Nombre del indicador', 'Indicador de meta'] },
  { campo: 'unidad', anual: false, es: 'Unidad de medida', en: 'Unit', sinonimos: ['Unidad', 'Unidad de medida', 'U. medida', 'U.M.', 'Unidad medida'] },
  { campo: 'lineaBase', anual: false, es: 'Línea base', en: 'Baseline', sinonimos: ['Línea base', 'L.B', 'L.B.', 'LB', 'Línea de base', 'Valor línea base'] },
  { campo: 'metaCuatrienio', anual: false, es: 'Meta del cuatrienio', en: 'Four-year target', sinonimos: ['Meta cuatrienio', 'Meta cuatrenio', 'Meta del cuatrienio', 'Meta del cuatrenio', 'Meta cuatrienal', 'Meta total', 'Meta plan', 'Meta plan de desarrollo', 'Valor meta cuatrienio'] },
  { campo: 'tipo', anual: false, es: 'Tendencia (incremento, mantenimiento, reducción)', en: 'Direction', sinonimos: ['Tendencia', 'Tipo de meta', 'Tipo meta', 'Comportamiento', 'Sentido de la meta'] },
  { campo: 'acumulacion', anual: false, es: 'Tipo de acumulación', en: 'Accumulation', sinonimos: ['Tipo de acumulación', 'Acumulación', 'Acumulativo', 'Tipo acumulación', 'Tipo de anualización', 'Anualización'] },
  { campo: 'secretaria', anual: false, es: 'Dependencia responsable', en: 'Responsible office', sinonimos: ['Dependencia responsable', 'Dependencia', 'Secretaría', 'Secretaría responsable', 'Responsable', 'Sectorial responsable', 'Entidad responsable', 'Oficina responsable'] },
  { campo: 'bpin', anual: false, es: 'BPIN', en: 'BPIN', sinonimos: ['BPIN', 'Código BPIN', 'Proyecto BPIN', 'No. BPIN', 'Códigos BPIN'] },
  { campo: 'peso', anual: false, es: 'Peso / ponderación', en: 'Weight', sinonimos: ['Peso', 'Ponderación', 'Ponderador', 'Peso meta', 'Ponderador meta', 'Peso de la meta'] },
  { campo: 'programado', anual: true, es: 'Meta programada del año', en: 'Programmed for the year', sinonimos: ['Meta', 'Meta programada', 'Programado', 'Programación', 'Meta anual', 'Meta vigencia', 'Valor programado', 'Programación meta', 'Meta física'] },
  { campo: 'ejecutado', anual: true, es: 'Avance (ejecutado) del año', en: 'Executed in the year', sinonimos: ['Avance meta', 'Avance', 'Ejecutado', 'Ejecución', 'Logro', 'Valor ejecutado', 'Avance físico', 'Meta ejecutada', 'Avance de la meta', 'Ejecución meta', 'Resultado', 'Valor alcanzado', 'Avance meta física'] },
  { campo: 'cumplimiento', anual: true, es: '% de cumplimiento del año (reportado)', en: 'Reported % compliance of the year', sinonimos: ['% cumplimiento', '% cumplimiento P.A', '% de cumplimiento', '% cumplimiento plan de acción', '% cumplimiento meta', '% avance P.A', '% ejecución', '% cumplimiento anual', 'Porcentaje de cumplimiento', 'Cumplimiento'] },
  { campo: 'avance', anual: true, es: '% de avance del cuatrienio (reportado)', en: 'Reported four-year % progress', sinonimos: ['% avance P.D', '% avance P.D.', '% avance PD', '% avance plan de desarrollo', '% avance cuatrienio', '% avance', 'Avance P.D', 'Porcentaje de avance', '% avance acumulado'] },
  { campo: 'inversion', anual: true, es: 'Inversión ejecutada del año', en: 'Investment executed in the year', sinonimos: ['Inversión', 'Inversión ejecutada', 'Recursos ejecutados', 'Ejecución presupuestal', 'Valor ejecutado inversión', 'Recursos invertidos', 'Presupuesto ejecutado'] },
];

/** Field → synonyms as written (the table the add-in shows). */
export const SINONIMOS_ENCABEZADO: Readonly<Record<CampoCasero, readonly string[]>> = Object.fromEntries(
  CAMPOS_CASERO.map((c) => [c.campo, c.sinonimos]),
) as Record<CampoCasero, readonly string[]>;

export const ES_ANUAL: ReadonlySet<CampoCasero> = new Set(CAMPOS_CASERO.filter((c) => c.anual).map((c) => c.campo));

/** Words that add nothing to a yearly header ("META VIGENCIA 2024" is "META 2024"). */
const RELLENO = new Set(['vigencia', 'ano', 'anio', 'del', 'de', 'la', 'el']);

export interface EncabezadoNormalizado {
  /** Folded words, years and filler taken out. */
  clave: string;
  /** Years written in the header, in order. */
  anios: number[];
}

export function normalizarEncabezado(texto: string): EncabezadoNormalizado {
  const plegado = plegar(texto.replace(/%/g, ' porcentaje '));
  const anios: number[] = [];
  const palabras: string[] = [];
  for (const w of plegado.split(' ')) {
    if (w === '') continue;
    if (/^(19|20)\d\d$/.test(w)) anios.push(Number(w));
    else palabras.push(w);
  }
  // Filler words only go when something else remains ("de" alone is not a header).
  const utiles = palabras.filter((w) => !RELLENO.has(w));
  return { clave: (utiles.length > 0 ? utiles : palabras).join(' '), anios };
}

const INDICE = (() => {
  const m = new Map<string, CampoCasero>();
  for (const c of CAMPOS_CASERO) for (const s of [c.es, ...c.sinonimos]) {
    const k = normalizarEncabezado(s).clave;
    if (!m.has(k)) m.set(k, c.campo);
  }
  return m;
})();

export interface Reconocido {
  campo: CampoCasero;
  /** The year of a yearly field, when the header (or its band) writes one. */
  anio: number | null;
}

/**
 * The field a header designates, or null. "META 2024" → programado 2024; "META 2024-2027" → the four-year
 * target; "META" alone → null (it could be the meta's text or its target: the person decides).
 */
export function reconocerEncabezado(texto: string): Reconocido | null {
  const n = normalizarEncabezado(texto);
  if (n.clave === '') return null;
  const campo = INDICE.get(n.clave);
  if (!campo) return null;
  if (!ES_ANUAL.has(campo)) return { campo, anio: null };
  if (n.anios.length === 2 && campo === 'programado' && n.anios[1]! - n.anios[0]! >= 3) return { campo: 'metaCuatrienio', anio: null };
  if (n.anios.length > 1) return null;
  if (n.anios.length === 0 && campo === 'programado' && n.clave === 'meta') return null;
  return { campo, anio: n.anios[0] ?? null };
}

export function describirCampo(campo: string): DescripcionCampo | undefined {
  return CAMPOS_CASERO.find((c) => c.campo === campo);
}
