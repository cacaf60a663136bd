/**
 * THE text folding of the project: the key under which people's free text is compared. Reports and
 * spreadsheets write "Línea Estratégica", "LINEA ESTRATEGICA", "linea  estrategica." or "Ocaña" / "OCANA"
 * for the same thing, so case, accents, punctuation and spacing are folded away. Lower case; a caller that
 * shows an upper-case key calls toUpperCase() on the result (comparisons just compare folded texts).
 */

/** Combining marks left by NFD: the accents of "Á", the tilde of "Ñ", the diaeresis of "Ü". */
const MARCAS = /[\u0300-\u036f]/g;
/** "_x000D_" is how Excel's XML escapes a carriage return typed in a cell; it is a separator, not text. */
const RETORNO_EXCEL = /_x000d_/g;
/** Anything that is not a letter or digit separates words ("D.C.", "PIENDAMÓ - TUNÍA", "% avance"). */
const SEPARADORES = /[^a-z0-9]+/g;

/** Short texts repeat on every row (level names, enum cells, headers): remembered, up to a bound. */
const memo = new Map<string, string>();
const MAX_MEMO = 5000;
const LARGO_MEMO = 120;

/** "  ¿Qué se HIZO? " → "que se hizo"; "San José de Cúcuta" → "san jose de cucuta"; "Bogotá, D.C." → "bogota d c". */
export function plegar(texto: string): string {
  const corto = texto.length <= LARGO_MEMO;
  const previo = corto ? memo.get(texto) : undefined;
  if (previo !== undefined) return previo;
  const r = texto.normalize('NFD').replace(MARCAS, '').toLowerCase().replace(RETORNO_EXCEL, ' ').replace(SEPARADORES, ' ').trim();
  if (corto) {
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(texto, r);
  }
  return r;
}
