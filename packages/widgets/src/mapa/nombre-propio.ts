/**
 * DANE writes names in capitals ("SAN JOSÉ DE CÚCUTA"): shown and read aloud that way they shout, and some
 * screen readers spell short capitalised words letter by letter. Spanish title case: particles stay lower
 * case except at the start; abbreviations with a dot ("D.C.") keep their capitals.
 */
const PARTICULAS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'en', 'al']);

export function nombrePropio(nombre: string): string {
  return nombre
    .trim()
    .toLocaleLowerCase('es')
    .split(/(\s+|-|\()/)
    .map((parte, i) => {
      if (parte === '' || /^\s+$/.test(parte) || parte === '-' || parte === '(') return parte;
      if (parte.includes('.')) return parte.toLocaleUpperCase('es');
      if (i > 0 && PARTICULAS.has(parte)) return parte;
      return parte.charAt(0).toLocaleUpperCase('es') + parte.slice(1);
    })
    .join('');
}
