/**
 * Readers of one CSV cell. Each returns the value or what was expected, in the chosen language, so
 * the caller can name row and column. An empty cell is null (never 0); "ND", "NA", "N/A", "sin dato"
 * are null too, but marked `explicito` (the cell was filled in: a follow-up entry exists).
 */
import { ACUMULACIONES, ALCANCES, TIPOS_META, TIPOS_ENTIDAD } from '../schema/plan.js';
import type { Acumulacion, Idioma, Periodo, TipoMeta } from '../schema/types.js';
import { leerNumero } from '../format/numero.js';
import { plegar } from '../format/plegar.js';

export type Lectura<T> = { ok: true; valor: T; explicito: boolean } | { ok: false; esperado: string };

const SIN_DATO = new Set(
  ['ND', 'NA', 'N/A', 'N.A.', 'N.D.', 'S/D', 'SD', 'sin dato', 'sin datos', 'no disponible', 'no reportado', 'no data', 'sin información'].map(plegar),
);

/** A value quoted inside a sentence, shortened: a 1 MB cell must not make a 1 MB message. */
export function corto(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A list of names inside a sentence: each shortened, at most five, then a count. */
export function lista(xs: readonly string[]): string {
  const resto = xs.length - 5;
  return xs.slice(0, 5).map((x) => corto(x, 40)).join(', ') + (resto > 0 ? ` (+${resto})` : '');
}

/** Text as a person left it: Excel's `_x000D_` artefact removed, spaces trimmed. */
export function limpiarCelda(celda: string | undefined): string {
  return (celda ?? '').replace(/_x000D_/g, '').trim();
}

/** Undoes the apostrophe the writer puts before a leading = + - @ (guard against formula injection). */
export function desproteger(c: string): string {
  return /^''*[=+\-@]/.test(c) ? c.slice(1) : c;
}

/** A cell that is text by nature (codes, names): cleaned and unguarded, sin-dato words kept as written. */
export function leerCeldaCruda(celda: string | undefined): string {
  return desproteger(limpiarCelda(celda));
}

export function esSinDato(celda: string): boolean {
  // The longest word of the list has 16 letters: a paragraph of evidence is never "sin dato".
  return celda.length <= 24 && SIN_DATO.has(plegar(celda));
}

function ok<T>(valor: T, explicito = true): Lectura<T> {
  return { ok: true, valor, explicito };
}

function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

/** A formula error exported as text ("#DIV/0!", "#N/A", "#¡REF!"): never a value, never silently null. */
function errorFormula(c: string, lang: Idioma): Lectura<never> | null {
  return c.startsWith('#')
    ? { ok: false, esperado: t(lang, 'un valor (la celda tiene un error de fórmula de la hoja de cálculo)', 'a value (the cell holds a spreadsheet formula error)') }
    : null;
}

export function leerCeldaNumero(celda: string | undefined, lang: Idioma): Lectura<number | null> {
  const c = limpiarCelda(celda);
  if (c === '') return ok(null, false);
  const f = errorFormula(c, lang);
  if (f) return f;
  if (esSinDato(c)) return ok(null);
  const n = leerNumero(c);
  if (n === null) return ok(null, false);
  if (Number.isNaN(n) || !Number.isFinite(n))
    return { ok: false, esperado: t(lang, 'un número (p. ej. 1.234,5), vacío o «ND»', 'a number (e.g. 1,234.5), empty or "ND"') };
  return ok(n);
}

/**
 * "66,7%" → 0.667 by moving the decimal point in the text: dividing 66.7 by 100 in binary can leave
 * artefacts (0,07 % would become 0.0007000000000000001), and the writer relies on an exact round trip.
 * Only the plain form (digits, an optional decimal comma, "%"); anything else goes through leerNumero.
 */
function porcentajeExacto(c: string): number | null {
  const m = /^(-?)(\d+)(?:,(\d+))?\s*%$/.exec(c);
  if (!m) return null;
  const entero = m[2]!.padStart(3, '0');
  return Number(`${m[1]}${entero.slice(0, -2)}.${entero.slice(-2)}${m[3] ?? ''}`);
}

/**
 * A percentage as a ratio: "66,7%" → 0.667, "0,667" → 0.667. A number above 2 without "%" is most
 * likely a percentage typed without its sign (66,7 meaning 66,7 %): reading it as 6.670 % would be a
 * silent wrong number, so it is an error asking for either form.
 */
export function leerCeldaPorcentaje(celda: string | undefined, lang: Idioma): Lectura<number | null> {
  const exacto = porcentajeExacto(limpiarCelda(celda));
  if (exacto !== null) return ok(exacto);
  const r = leerCeldaNumero(celda, lang);
  if (!r.ok || r.valor === null) return r;
  if (!limpiarCelda(celda).includes('%') && Math.abs(r.valor) > 2)
    return { ok: false, esperado: t(lang, 'una proporción (0,667) o un porcentaje con su signo (66,7\u00a0%)', 'a ratio (0.667) or a percentage with its sign (66.7%)') };
  return r;
}

export function leerCeldaTexto(celda: string | undefined): Lectura<string | null> {
  const c = limpiarCelda(celda).replace(/\r\n?/g, '\n');
  if (c === '') return ok(null, false);
  if (esSinDato(c)) return ok(null);
  return ok(desproteger(c));
}

function enumeracion<T extends string>(
  valores: readonly T[],
  sinonimos: Record<string, T>,
  celda: string | undefined,
  lang: Idioma,
  permitirVacio: boolean,
): Lectura<T | null> {
  const c = limpiarCelda(celda);
  if (c === '' && permitirVacio) return ok(null, false);
  const v = sinonimos[plegar(c)] ?? valores.find((x) => plegar(x) === plegar(c));
  if (v !== undefined) return ok(v);
  return { ok: false, esperado: (lang === 'es' ? 'uno de: ' : 'one of: ') + valores.join(', ') };
}

const SIN_TIPO: Record<string, TipoMeta> = {
  incremento: 'incremento', incremental: 'incremento', aumento: 'incremento', increase: 'incremento', increment: 'incremento',
  mantenimiento: 'mantenimiento', mantener: 'mantenimiento', maintenance: 'mantenimiento', maintain: 'mantenimiento',
  reduccion: 'reduccion', disminucion: 'reduccion', reduction: 'reduccion', decrease: 'reduccion',
};

export function leerCeldaTipo(celda: string | undefined, lang: Idioma): Lectura<TipoMeta | null> {
  return enumeracion(TIPOS_META, SIN_TIPO, celda, lang, false);
}

/** SisPT writes "Acumulativo" / "No acumulativo"; DNP's "Acumulativo" column says Sí / No. */
const SIN_ACUMULACION: Record<string, Acumulacion> = {
  acumulado: 'acumulado', acumulativo: 'acumulado', acumulada: 'acumulado', suma: 'acumulado', si: 'acumulado', cumulative: 'acumulado', accumulated: 'acumulado',
  flujo: 'flujo', 'no acumulativo': 'flujo', 'no acumulado': 'flujo', 'no acumulada': 'flujo', anual: 'flujo', no: 'flujo', flow: 'flujo', 'non cumulative': 'flujo',
  stock: 'stock', capacidad: 'stock', nivel: 'stock', level: 'stock', capacity: 'stock',
};

export function leerCeldaAcumulacion(celda: string | undefined, lang: Idioma): Lectura<Acumulacion | null> {
  return enumeracion(ACUMULACIONES, SIN_ACUMULACION, celda, lang, false);
}

export function leerCeldaAlcance(celda: string | undefined, lang: Idioma): Lectura<(typeof ALCANCES)[number] | null> {
  const c = limpiarCelda(celda);
  if (c !== '' && esSinDato(c)) return ok('sin_dato');
  return enumeracion(ALCANCES, { 'sin dato': 'sin_dato', municipality: 'municipal', department: 'departamental', departmental: 'departamental' }, celda, lang, true);
}

export function leerCeldaTipoEntidad(celda: string | undefined, lang: Idioma): Lectura<(typeof TIPOS_ENTIDAD)[number] | null> {
  return enumeracion(
    TIPOS_ENTIDAD,
    { gobernacion: 'departamento', department: 'departamento', alcaldia: 'municipio', distrito: 'municipio', municipality: 'municipio' },
    celda,
    lang,
    true,
  );
}

/** "2024", "2024-2025", "2024 a 2025", "2024–2025". */
export function leerCeldaPeriodo(celda: string | undefined, lang: Idioma): Lectura<Periodo | null> {
  const c = limpiarCelda(celda);
  if (c === '') return ok(null, false);
  if (esSinDato(c)) return ok(null);
  const m = /^(\d{4})(?:\s*(?:[-–—/]|a|al|to)\s*(\d{4}))?$/i.exec(c);
  if (!m) return { ok: false, esperado: t(lang, 'un año o un periodo como «2024-2025»', 'a year or a span such as "2024-2025"') };
  const desde = Number(m[1]);
  return ok({ desde, hasta: m[2] ? Number(m[2]) : desde });
}

/**
 * A DIVIPOLA code as a spreadsheet may have left it: numbers lose their leading zero ("5001" for
 * Medellín's 05001, "5" for Antioquia's 05), so one missing zero is restored.
 */
export function leerCeldaDivipola(celda: string | undefined, lang: Idioma): Lectura<string | null> {
  const c = limpiarCelda(celda).replace(/\.0+$/, '');
  if (c === '') return ok(null, false);
  if (/^\d{2}$|^\d{5}$/.test(c)) return ok(c);
  if (/^\d$|^\d{4}$/.test(c)) return ok(`0${c}`);
  return { ok: false, esperado: t(lang, 'un código DIVIPOLA de 2 dígitos (departamento) o 5 (municipio)', 'a 2-digit (department) or 5-digit (municipality) DIVIPOLA code') };
}

/** BPIN codes, separated by ";", "," or spaces; digits only (Excel's "2,02E+13" is a lost code). */
export function leerCeldaBpin(celda: string | undefined, lang: Idioma): Lectura<string[]> {
  const c = limpiarCelda(celda);
  if (c === '' || esSinDato(c)) return ok([], c !== '');
  const partes = c.split(/[\s,;]+/).filter((p) => p !== '');
  if (partes.every((p) => /^\d+$/.test(p))) return ok(partes);
  return {
    ok: false,
    esperado: t(
      lang,
      'códigos BPIN de solo dígitos, separados por «;» (si la hoja los muestra como 2,02E+13, dé a la columna formato de texto)',
      'BPIN codes of digits only, separated by ";" (if the sheet shows 2.02E+13, format the column as text)',
    ),
  };
}

/** Notes: one per line of the cell. */
export function leerCeldaNotas(celda: string | undefined): string[] {
  return limpiarCelda(celda)
    .split(/\r\n?|\n/)
    .map((s) => desproteger(s.trim()))
    .filter((s) => s !== '');
}

export type LecturaBeneficiarios =
  | { estado: 'reportado'; total: number }
  | { estado: 'sin_dato' | 'no_aplica'; total: null };

/** The total also carries the state: a number, empty / "sin dato" (no data), or "No aplica" / "N/A". */
export function leerCeldaBeneficiarios(celda: string | undefined, lang: Idioma): Lectura<LecturaBeneficiarios> {
  const c = limpiarCelda(celda);
  const p = plegar(c);
  if (p === 'na' || p === 'n a' || p.startsWith('no aplica') || p === 'not applicable') return ok({ estado: 'no_aplica', total: null });
  const n = leerCeldaNumero(c, lang);
  if (!n.ok) return { ok: false, esperado: t(lang, 'un número, vacío (sin dato) o «No aplica»', 'a number, empty (no data) or "No aplica"') };
  return n.valor === null ? ok({ estado: 'sin_dato', total: null }, n.explicito) : ok({ estado: 'reportado', total: n.valor });
}
