/**
 * SisPT's composite texts: "LE-10-RUTA EN ACCIÓN AL PROGRESO" (code and name of a línea estratégica,
 * sometimes several joined by commas) and the "Personalización de Indicador de Producto" column, where
 * entities wrote their own wording of the meta around SisPT's boilerplate ("META.80Pesonalizado: …").
 */

export interface LineaSispt {
  codigo: string;
  nombre: string | null;
}

/** "LE-6-VIDA PLENA,LE-8-VIDA PLENA" → [{LE-6, VIDA PLENA}, {LE-8, VIDA PLENA}]. Text without a code → []. */
export function leerLineas(texto: string | null): LineaSispt[] {
  if (!texto) return [];
  const out: LineaSispt[] = [];
  for (const parte of texto.split(/,\s*(?=LE\s*-\s*\d)/i)) {
    const m = /^\s*(LE)\s*-\s*(\d+)\s*(?:-\s*(.*))?$/is.exec(parte);
    if (!m) continue;
    const nombre = (m[3] ?? '').replace(/\s+/g, ' ').trim();
    out.push({ codigo: `LE-${Number(m[2])}`, nombre: nombre === '' ? null : nombre });
  }
  return out;
}

const BOILERPLATE = [
  // `\s*(?:\.\s*)?`, not `\s*\.?\s*`: two spans of spaces side by side split a long run every way (quadratic).
  /META\s*(?:\.\s*)?\d+/giu,
  /\b(?:no|si|sí)?\s*pe?r?sonaliza(?:do|da|ci[oó]n)\b\s*[.:]?/giu,
];

/**
 * The entity's own wording of the meta inside the personalization text, or null when the cell only holds
 * SisPT's boilerplate ("META.78No personalizado", "NO PERSONALIZACIÓN.META47").
 */
export function nombrePersonalizado(texto: string | null): string | null {
  if (!texto) return null;
  let s = texto;
  for (const re of BOILERPLATE) s = s.replace(re, ' ');
  s = sinBordeFinal(s.replace(/\s+/g, ' ').replace(/^[\s.:;,\-–]+/, '')).trim();
  return s.length >= 8 ? s : null;
}

const BORDE = /[\s.:;,\-–]/;

/**
 * Without the trailing run of spaces and punctuation. A loop, because an unanchored `[…]+$` starts again
 * at every character of a long run that does not reach the end (quadratic).
 */
function sinBordeFinal(s: string): string {
  let fin = s.length;
  while (fin > 0 && BORDE.test(s.charAt(fin - 1))) fin--;
  return s.slice(0, fin);
}
