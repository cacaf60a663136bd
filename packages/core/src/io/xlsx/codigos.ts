/**
 * Codes that lost their leading zeros when someone typed or pasted them as numbers ("010101" became
 * 10101). A zero is restored only when the width is evident: a fixed-width code system (MGA, BPIN,
 * DIVIPOLA) or a column whose codes typed as text all share one width. The caller reports each one.
 */

/** MGA code widths (DNP): sector 2, programa 4, producto 7, indicador de producto 9; BPIN 13. */
export const ANCHOS_CODIGO = { sector: 2, programa: 4, producto: 7, indicador: 9, bpin: 13, municipio: 5, departamento: 2 } as const;

/** The code padded with zeros to `ancho`, or null when it is not all digits or not shorter. */
export function restaurarCeros(codigo: string, ancho: number): string | null {
  if (!/^\d+$/.test(codigo) || codigo.length >= ancho) return null;
  return codigo.padStart(ancho, '0');
}

/**
 * The width of a code column when evident: every code kept as text is made of digits and has the
 * same length, and at least one such code starts with 0 (the column does use leading zeros).
 */
export function anchoEvidente(codigos: ReadonlyArray<{ codigo: string; numerico: boolean }>): number | null {
  let ancho: number | null = null;
  let conCero = false;
  for (const k of codigos) {
    if (k.numerico) continue;
    if (!/^\d+$/.test(k.codigo)) return null;
    if (ancho === null) ancho = k.codigo.length;
    else if (ancho !== k.codigo.length) return null;
    if (k.codigo.startsWith('0')) conCero = true;
  }
  return conCero ? ancho : null;
}
