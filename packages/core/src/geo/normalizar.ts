/**
 * The key under which a place name is looked up, in upper case as DIVIPOLA writes names. Kept for the
 * Excel add-in, which imports it; the folding itself is format/plegar.ts (the one function), so this is
 * only its upper-case form and cannot drift from it.
 */
import { plegar } from '../format/plegar.js';

/** "San José de Cúcuta" → "SAN JOSE DE CUCUTA"; "  Bogotá,  D.C. " → "BOGOTA D C". */
export function normalizarNombre(texto: string): string {
  return plegar(texto).toUpperCase();
}
