/**
 * Which separator a CSV uses. A Spanish-locale Excel saves with ";" (the comma is its decimal mark),
 * Google Sheets and most tools with ","; Excel also understands a first line "sep=;", which it hides.
 */
export interface Separacion {
  separador: string;
  /** The text without a leading "sep=X" line (Excel hides it: the header is still row 1). */
  texto: string;
}

const CANDIDATOS = [';', ',', '\t'] as const;

export function detectarSeparador(texto: string): Separacion {
  const sep = /^sep=(.)\r?\n/i.exec(texto);
  if (sep) return { separador: sep[1]!, texto: texto.slice(sep[0].length) };
  // Count in the header line only, outside quotes: data cells hold decimal commas and free text.
  const cuenta = new Map<string, number>(CANDIDATOS.map((c) => [c, 0]));
  let comillas = false;
  for (let i = 0; i < texto.length; i++) {
    const c = texto[i]!;
    if (c === '"') comillas = !comillas;
    else if (!comillas && (c === '\n' || c === '\r')) break;
    else if (!comillas && cuenta.has(c)) cuenta.set(c, cuenta.get(c)! + 1);
  }
  let mejor = ',';
  let max = 0;
  for (const c of CANDIDATOS) {
    const n = cuenta.get(c)!;
    if (n > max) {
      mejor = c;
      max = n;
    }
  }
  return { separador: mejor, texto };
}
