/**
 * Readers of one spreadsheet cell. Empty is null (never 0); a single space, "ND", "N/A" are null too.
 * A formula error (#DIV/0!) is null with a warning; text that is not a number is an error, never a guess.
 */
import { leerNumero } from '../../format/numero.js';
import { plegar } from '../../format/plegar.js';
import type { Celda } from './libro.js';

/** Excel writes a carriage return inside text as `_x000D_` when the file went through some exporters. */
export function limpiarTexto(s: string): string {
  return s.replace(/_x000D_/gi, '').replace(/\r/g, '').trim();
}

/** Text of a cell, whitespace collapsed (names, labels). null when empty. */
export function textoDe(c: Celda | undefined): string | null {
  if (!c || c.error !== undefined || c.v === null) return null;
  const s = typeof c.v === 'string' ? limpiarTexto(c.v) : typeof c.v === 'number' ? (c.w ?? String(c.v)) : String(c.v);
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Text keeping line breaks (explanations, free text). */
export function textoLargoDe(c: Celda | undefined): string | null {
  if (!c || c.error !== undefined || c.v === null) return null;
  const s = typeof c.v === 'string' ? limpiarTexto(c.v) : String(c.v);
  return s === '' ? null : s;
}

const SIN_DATO = new Set(['nd', 'n d', 'na', 'n a', 'sin dato', 'sin datos', 'no disponible', 'no reportado', 's d', 'sd', 'no aplica']);

export type LecturaNumero =
  | { tipo: 'valor'; valor: number | null }
  /** A formula error: null, to be reported as a warning. */
  | { tipo: 'error_formula'; texto: string }
  | { tipo: 'no_numero'; texto: string };

export function numeroDe(c: Celda | undefined): LecturaNumero {
  if (!c) return { tipo: 'valor', valor: null };
  if (c.error !== undefined) return { tipo: 'error_formula', texto: c.error };
  const v = c.v;
  if (v === null) return { tipo: 'valor', valor: null };
  if (typeof v === 'number') return Number.isFinite(v) ? { tipo: 'valor', valor: v } : { tipo: 'no_numero', texto: String(v) };
  if (typeof v === 'boolean') return { tipo: 'no_numero', texto: String(v) };
  const s = limpiarTexto(v);
  if (s === '') return { tipo: 'valor', valor: null };
  if (/^#/.test(s)) return { tipo: 'error_formula', texto: s };
  if (SIN_DATO.has(plegar(s))) return { tipo: 'valor', valor: null };
  const n = leerNumero(s);
  if (n === null) return { tipo: 'valor', valor: null };
  return Number.isFinite(n) ? { tipo: 'valor', valor: n } : { tipo: 'no_numero', texto: s };
}

/** True when the number format shows a percentage (the stored value is already a fraction). */
export function formatoPorcentaje(c: Celda | undefined): boolean {
  return typeof c?.z === 'string' && c.z.includes('%');
}

/** True when the text as typed carries a % sign ("66,7%"): leerNumero already divided it by 100. */
export function textoConPorcentaje(c: Celda | undefined): boolean {
  return typeof c?.v === 'string' && c.v.includes('%');
}

/**
 * A code cell as text, keeping leading zeros: text as written; a number shown through a zero-padded
 * format ("000000") as Excel shows it; any other number as its integer digits (zeros may be lost: the
 * caller restores them when the column's width is evident).
 */
export function codigoDe(c: Celda | undefined): { codigo: string; numerico: boolean } | null {
  if (!c || c.error !== undefined || c.v === null) return null;
  if (typeof c.v === 'number') {
    if (typeof c.z === 'string' && /^0+$/.test(c.z) && typeof c.w === 'string' && /^\d+$/.test(c.w)) return { codigo: c.w, numerico: false };
    const s = Number.isInteger(c.v) ? String(c.v) : (c.w ?? String(c.v));
    return { codigo: s, numerico: true };
  }
  const s = limpiarTexto(String(c.v)).replace(/\s+/g, ' ');
  return s === '' ? null : { codigo: s, numerico: false };
}

/** "2024251750070, 2024251750071" / "2024251750070\n2024…" → the list of codes (BPIN, IP). */
export function separarCodigos(texto: string | null): string[] {
  if (!texto) return [];
  const partes = texto
    .split(/[,;\n/|]+|\s{2,}|\s+y\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // "2024251750070 2024251750071": digits separated by single spaces are several codes, not one.
  return partes.flatMap((p) => (/^\d{5,}(\s\d{5,})+$/.test(p) ? p.split(' ') : [p]));
}
