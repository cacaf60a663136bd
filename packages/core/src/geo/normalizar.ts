/**
 * The key under which a place name is looked up: reports write "Ocaña", "OCAÑA", "ocana" or
 * "Villa Del Rosario." for the same place, so accents, case, punctuation and spacing are folded away.
 */

/** Combining marks left by NFD: the accents of "Á", the tilde of "Ñ", the diaeresis of "Ü". */
const MARCAS = /[\u0300-\u036f]/g;
/** Anything that is not a letter or digit separates words ("D.C.", "PIENDAMÓ - TUNÍA", "Cúcuta,"). */
const SEPARADORES = /[^A-Z0-9]+/g;

/** "San José de Cúcuta" → "SAN JOSE DE CUCUTA"; "  Bogotá,  D.C. " → "BOGOTA D C". */
export function normalizarNombre(texto: string): string {
  return texto
    .normalize('NFD')
    .replace(MARCAS, '')
    .toUpperCase()
    .replace(SEPARADORES, ' ')
    .trim();
}
