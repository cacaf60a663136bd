/**
 * The CSV template's columns: the label written in Spanish and English, the spellings also read, and
 * the classification of any header a person typed ("  programado 2024-2025 " is a programmed value
 * for the span 2024–2025). Headers are compared folded (case, accents, punctuation, spacing).
 */
import type { Idioma } from '../schema/types.js';
import { fuenteCanonica, grupoCanonico } from './csv-catalogos.js';
import { plegar } from '../format/plegar.js';

/** One value per meta row. */
export type CampoFila =
  | 'codigo'
  | 'nombre'
  | 'indicador'
  | 'unidad'
  | 'secretaria'
  | 'lineaBase'
  | 'metaCuatrienio'
  | 'tipo'
  | 'acumulacion'
  | 'peso'
  | 'beneficiarios'
  | 'unidadBeneficiarios'
  | 'municipios'
  | 'alcance'
  | 'bpin'
  | 'queSeHizo'
  | 'como'
  | 'conQuien'
  | 'cuando'
  | 'impacto'
  | 'donde'
  | 'periodoReportado'
  | 'cumplimientoReportado'
  | 'avanceReportado'
  | 'inversionReportada'
  | 'beneficiariosReportados'
  | 'notas'
  | 'fuente';

/** Plan metadata, repeated on every row (or given as options). */
export type CampoPlan =
  | 'entidad'
  | 'divipolaEntidad'
  | 'tipoEntidad'
  | 'plan'
  | 'periodoPlan'
  | 'corte'
  | 'nombreCorte'
  | 'fechaCorte';

export interface Etiqueta {
  es: string;
  en: string;
  otros?: readonly string[];
}

/** In the order the template writes them (levels first, metadata last). */
export const COLUMNAS_FILA: Readonly<Record<CampoFila, Etiqueta>> = {
  codigo: { es: 'Código meta', en: 'Meta code', otros: ['código', 'código de la meta', 'código meta producto', 'código meta de producto', 'consecutivo', 'code', 'número meta', 'meta #', 'no meta'] },
  nombre: { es: 'Meta', en: 'Meta name', otros: ['nombre meta', 'nombre de la meta', 'meta de producto', 'meta producto', 'nombre', 'name', 'meta'] },
  indicador: { es: 'Indicador', en: 'Indicator', otros: ['indicador de producto', 'indicador producto', 'nombre del indicador'] },
  unidad: { es: 'Unidad', en: 'Unit', otros: ['unidad de medida', 'unit of measure'] },
  secretaria: { es: 'Secretaría', en: 'Office', otros: ['dependencia', 'dependencia responsable', 'secretaría responsable', 'responsable', 'responsible office'] },
  lineaBase: { es: 'Línea base', en: 'Baseline' },
  metaCuatrienio: { es: 'Meta cuatrienio', en: 'Four-year target', otros: ['meta del cuatrienio', 'meta cuatrenio', 'meta del cuatrenio', 'meta de cuatrienio', 'target'] },
  tipo: { es: 'Tipo', en: 'Type', otros: ['tipo de meta', 'tendencia', 'meta type'] },
  acumulacion: { es: 'Acumulación', en: 'Accumulation', otros: ['tipo de acumulación', 'acumulativo', 'accumulation type'] },
  peso: { es: 'Peso', en: 'Weight', otros: ['peso meta', 'peso de la meta', 'ponderación', 'ponderador', 'meta weight'] },
  beneficiarios: { es: 'Beneficiarios', en: 'Beneficiaries', otros: ['total beneficiarios', 'beneficiarios total', 'población atendida', 'total beneficiaries'] },
  unidadBeneficiarios: { es: 'Unidad beneficiarios', en: 'Beneficiaries unit', otros: ['unidad de beneficiarios', 'unidad de los beneficiarios'] },
  municipios: { es: 'Municipios', en: 'Municipalities', otros: ['municipio', 'códigos municipios', 'códigos DIVIPOLA', 'DIVIPOLA municipios', 'localización'] },
  alcance: { es: 'Alcance', en: 'Scope', otros: ['alcance territorial', 'cobertura'] },
  bpin: { es: 'BPIN', en: 'BPIN', otros: ['código BPIN', 'códigos BPIN', 'códigos BPIN asociados'] },
  queSeHizo: { es: '¿Qué se hizo?', en: 'What was done?' },
  como: { es: '¿Cómo?', en: 'How?', otros: ['¿Cómo se hizo?'] },
  conQuien: { es: '¿Con quién?', en: 'With whom?', otros: ['¿Con quién se ejecutó?'] },
  cuando: { es: '¿Cuándo?', en: 'When?', otros: ['¿Cuándo se realizó?'] },
  impacto: { es: 'Impacto', en: 'Impact', otros: ['¿Qué impacto y/o resultado se produjo?', 'impacto y resultado'] },
  donde: { es: '¿Dónde?', en: 'Where?', otros: ['¿Dónde se intervino?', 'localización texto'] },
  periodoReportado: { es: 'Periodo reportado', en: 'Reported period', otros: ['período reportado'] },
  cumplimientoReportado: { es: '% cumplimiento reportado', en: 'Reported % compliance', otros: ['cumplimiento reportado', 'reported compliance'] },
  avanceReportado: { es: '% avance reportado', en: 'Reported % progress', otros: ['avance reportado', 'reported progress'] },
  inversionReportada: { es: 'Inversión reportada', en: 'Reported investment' },
  beneficiariosReportados: { es: 'Beneficiarios reportados', en: 'Reported beneficiaries' },
  notas: { es: 'Notas', en: 'Notes', otros: ['observaciones', 'nota'] },
  fuente: { es: 'Fuente', en: 'Funding source', otros: ['fuente de financiación', 'fuente de financiamiento', 'source'] },
};

export const COLUMNAS_PLAN: Readonly<Record<CampoPlan, Etiqueta>> = {
  entidad: { es: 'Entidad', en: 'Entity', otros: ['entidad territorial', 'nombre entidad'] },
  divipolaEntidad: { es: 'DIVIPOLA entidad', en: 'Entity DIVIPOLA', otros: ['código DANE', 'código DIVIPOLA', 'DIVIPOLA', 'código DANE entidad'] },
  tipoEntidad: { es: 'Tipo de entidad', en: 'Entity type' },
  plan: { es: 'Plan', en: 'Plan', otros: ['nombre del plan', 'plan de desarrollo', 'plan name'] },
  periodoPlan: { es: 'Periodo del plan', en: 'Plan period', otros: ['período del plan', 'vigencia del plan'] },
  corte: { es: 'Corte', en: 'Cut', otros: ['periodo de corte', 'período de corte', 'periodo del informe', 'reporting period'] },
  nombreCorte: { es: 'Nombre del corte', en: 'Cut name' },
  fechaCorte: { es: 'Fecha de corte', en: 'Cut date', otros: ['fecha corte'] },
};

/** Level names that identify a level column without the "Nivel N:" prefix (SisPT's, the seed's, home-made). */
const NOMBRES_NIVEL = [
  'línea estratégica',
  'línea',
  'eje',
  'eje estratégico',
  'dimensión',
  'pilar',
  'componente',
  'sector',
  'apuesta',
  'programa',
  'subprograma',
  'producto',
].map(plegar);

export type Columna =
  | { tipo: 'fila'; campo: CampoFila }
  | { tipo: 'plan'; campo: CampoPlan }
  /** `nivel` is 0-based; `nombre` the level's name (null: "Nivel 2" with no name given). */
  | { tipo: 'nivel'; nivel: number; nombre: string | null; explicito: boolean }
  | { tipo: 'codigoNivel'; nivel: number | null; nombreNivel: string | null }
  | { tipo: 'pesoNivel'; nivel: number | null; nombreNivel: string | null }
  | { tipo: 'seguimiento'; medida: 'programado' | 'ejecutado'; desde: number; hasta: number }
  /** `fuente`: canonical id, the source as written when not canonical, null when the header names none. */
  | { tipo: 'inversion'; desde: number; hasta: number; fuente: string | null; canonica: boolean; total: boolean }
  | { tipo: 'grupo'; grupo: string; canonico: boolean };

function indiceEtiquetas<K extends string>(t: Readonly<Record<K, Etiqueta>>): Map<string, K> {
  const m = new Map<string, K>();
  for (const [k, e] of Object.entries(t) as Array<[K, Etiqueta]>) for (const s of [e.es, e.en, ...(e.otros ?? [])]) m.set(plegar(s), k);
  return m;
}

const INDICE_FILA = indiceEtiquetas(COLUMNAS_FILA);
const INDICE_PLAN = indiceEtiquetas(COLUMNAS_PLAN);

const PROGRAMADO = new Set(['programado', 'programada', 'programacion', 'meta', 'meta programada', 'programmed', 'planned']);
const EJECUTADO = new Set(['ejecutado', 'ejecutada', 'ejecucion', 'ejecucion fisica', 'avance', 'avance meta', 'logro', 'executed', 'actual', 'achieved']);
const INVERSION = new Set(['inversion', 'inversion ejecutada', 'investment']);
const BENEFICIARIOS = new Set(['beneficiarios', 'beneficiaries']);

/** "2024" or "2024 2025" at the end of a folded header. */
const ANIOS = /^(.*?)\s*\b(\d{4})(?:\s+(?:a\s+)?(\d{4}))?\b\s*(.*)$/;

/**
 * The text after the years in the header as written, on one line ("Inversión 2024-2025 Cooperación GIZ" →
 * "Cooperación GIZ"). With a line break left in, `(.*)$` failed and the regex backtracked over every year in
 * the header, quadratic in its length: callers pass `enUnaLinea` text. A span is read as ANIOS reads it on the
 * folded header ("2024-2025", "2024 a 2025", "2024 2025"), so both agree on where the source begins.
 */
function restoOriginal(unaLinea: string): string {
  const m = /^\s*\S+(?:\s+\S+)*?\s*\d{4}(?:(?:\s*[-–—/]\s*|\s+a\s+|\s+)\d{4})?\s*[-–—:]?\s*(.*)$/u.exec(unaLinea);
  return (m?.[1] ?? '').trim();
}

/** A header typed with line breaks (Alt+Enter in Excel, kept by a quoted CSV field) read as one line. */
function enUnaLinea(texto: string): string {
  return texto.replace(/\s+/gu, ' ').trim();
}

/** What a header holds, or null when the template does not know it (the column is then ignored, with a warning). */
export function clasificarEncabezado(encabezado: string): Columna | null {
  const h = plegar(encabezado);
  if (h === '') return null;
  const original = enUnaLinea(encabezado.normalize('NFC'));
  const explicito = /^(?:nivel|level)\s*(\d{1,2})\s*[:\-–—.)]?\s*(.*)$/iu.exec(original);
  if (explicito) {
    const nombre = explicito[2]!.trim();
    return { tipo: 'nivel', nivel: Number(explicito[1]) - 1, nombre: nombre === '' ? null : nombre, explicito: true };
  }
  const codNivel = /^(?:codigo|cod|code)\s+(?:nivel|level)\s+(\d{1,2})$/.exec(h);
  if (codNivel) return { tipo: 'codigoNivel', nivel: Number(codNivel[1]) - 1, nombreNivel: null };
  const pesoNivel = /^(?:peso|weight)\s+(?:nivel|level)\s+(\d{1,2})$/.exec(h);
  if (pesoNivel) return { tipo: 'pesoNivel', nivel: Number(pesoNivel[1]) - 1, nombreNivel: null };
  // Exact labels before patterns: "Meta cuatrienio" is not "Meta 2024".
  const campo = INDICE_FILA.get(h);
  if (campo) return { tipo: 'fila', campo };
  const campoPlan = INDICE_PLAN.get(h);
  if (campoPlan) return { tipo: 'plan', campo: campoPlan };
  if (NOMBRES_NIVEL.includes(h)) return { tipo: 'nivel', nivel: -1, nombre: original, explicito: false };
  const cod = /^(?:codigo|cod)\s+(.+)$/.exec(h);
  if (cod && NOMBRES_NIVEL.includes(cod[1]!)) return { tipo: 'codigoNivel', nivel: null, nombreNivel: cod[1]! };
  const peso = /^(?:peso|ponderacion|ponderador)\s+(.+)$/.exec(h);
  if (peso && NOMBRES_NIVEL.includes(peso[1]!)) return { tipo: 'pesoNivel', nivel: null, nombreNivel: peso[1]! };

  const a = ANIOS.exec(h);
  if (a) {
    const [, antes = '', d, hta, despues = ''] = a;
    const desde = Number(d);
    const hasta = hta ? Number(hta) : desde;
    if (despues === '' && PROGRAMADO.has(antes)) return { tipo: 'seguimiento', medida: 'programado', desde, hasta };
    if (despues === '' && EJECUTADO.has(antes)) return { tipo: 'seguimiento', medida: 'ejecutado', desde, hasta };
    if (INVERSION.has(antes)) {
      if (despues === '') return { tipo: 'inversion', desde, hasta, fuente: null, canonica: false, total: false };
      if (despues === 'total') return { tipo: 'inversion', desde, hasta, fuente: null, canonica: false, total: true };
      const f = fuenteCanonica(despues);
      return f
        ? { tipo: 'inversion', desde, hasta, fuente: f, canonica: true, total: false }
        : { tipo: 'inversion', desde, hasta, fuente: restoOriginal(original) || despues, canonica: false, total: false };
    }
  }
  const b = /^(\S+)\s+(.+)$/.exec(h);
  if (b && BENEFICIARIOS.has(b[1]!)) {
    const g = grupoCanonico(b[2]!);
    const escrito = original.replace(/^\S+\s+/u, '');
    return g ? { tipo: 'grupo', grupo: g, canonico: true } : { tipo: 'grupo', grupo: escrito, canonico: false };
  }
  return null;
}

/** The label written for a row or plan field. */
export function etiquetaColumna(campo: CampoFila | CampoPlan, lang: Idioma): string {
  const e = (COLUMNAS_FILA as Record<string, Etiqueta>)[campo] ?? (COLUMNAS_PLAN as Record<string, Etiqueta>)[campo];
  return e?.[lang] ?? campo;
}

/** "2024" or "2024-2025", as the template writes a span. */
export function textoTramo(desde: number, hasta: number): string {
  return desde === hasta ? String(desde) : `${desde}-${hasta}`;
}
