/** Normalises free text for matching labels: lower case, no accents, words separated by one space. */
export function normalizarTexto(t: string): string {
  return t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/_x000d_/g, ' ')
    .replace(/[^a-z0-9ñ]+/g, ' ')
    .trim();
}
