/** A plain-text table for the terminal: columns padded to their widest cell, numbers aligned right. */

/** Width as a terminal shows it: one column per code point (accents here are precomposed). */
function ancho(s: string): number {
  return [...s].length;
}

function rellenar(s: string, n: number, derecha: boolean): string {
  const falta = Math.max(0, n - ancho(s));
  return derecha ? ' '.repeat(falta) + s : s + ' '.repeat(falta);
}

/** Cuts a long cell so one name does not push the table off the screen. */
export function recortar(s: string, max: number): string {
  const cp = [...s];
  return cp.length > max ? `${cp.slice(0, max - 1).join('')}…` : s;
}

/**
 * `derecha[i]` aligns column i to the right (numbers). The header is underlined with dashes.
 */
export function tabla(encabezado: string[], filas: string[][], derecha: boolean[] = []): string {
  // A loop, not Math.max(...filas): a country-sized plan has 100,000+ rows, more arguments than a call takes.
  const anchos = encabezado.map((h, i) => {
    let m = ancho(h);
    for (const f of filas) m = Math.max(m, ancho(f[i] ?? ''));
    return m;
  });
  const linea = (f: string[]) =>
    anchos
      .map((a, i) => rellenar(f[i] ?? '', a, derecha[i] === true))
      .join('  ')
      .trimEnd();
  return [linea(encabezado), anchos.map((a) => '-'.repeat(a)).join('  '), ...filas.map(linea)].join('\n') + '\n';
}
