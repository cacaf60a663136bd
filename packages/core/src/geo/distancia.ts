/**
 * Edit distance (Levenshtein) between two folded names, used only to SUGGEST a municipality for an unknown
 * name ("Cácuta" → Cácota? Cúcuta?), never to pick one: a one-letter slip can be another real place.
 */

/** Number of single-letter insertions, deletions or substitutions turning `a` into `b`, or `tope + 1`
 * when it exceeds `tope` (then it stops early: names are compared by the thousand). */
export function distanciaEdicion(a: string, b: string, tope = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > tope) return tope + 1;
  let previa = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const actual = [i];
    let minimo = i;
    for (let j = 1; j <= b.length; j++) {
      const sustitucion = previa[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const valor = Math.min(previa[j]! + 1, actual[j - 1]! + 1, sustitucion);
      actual.push(valor);
      if (valor < minimo) minimo = valor;
    }
    if (minimo > tope) return tope + 1;
    previa = actual;
  }
  return Math.min(previa[b.length]!, tope + 1);
}
