/**
 * THE alphabetical order of people's texts (meta names, municipalities, secretarías): the order of
 * Intl.Collator('es', { sensitivity: 'base', numeric: true }), written out so that no Collator is built. The
 * first Intl object of a page loads ICU's data, 30–45 ms at 4× CPU slowdown while the widgets' script runs.
 *
 * Case and accents do not count ("Cúcuta" = "CUCUTA"); ñ is a letter of its own, after n; runs of digits
 * compare by value ("Meta 2" before "Meta 10"; "01" = "1"); a space sorts before any sign, signs before digits,
 * digits before letters, and the signs below in ICU's order. ordenar-texto.test.ts compares this with
 * Intl.Collator over every DIVIPOLA name, every text of the seed and random texts of Spanish letters, digits
 * and the signs of the table. Outside it (arrows, maths, pictographs, other scripts) the order stays total and
 * stable but is not ICU's: other signs after those of the table, other letters after z, each by code point.
 */

/**
 * Signs in ICU's root order, separated by spaces (the signs of one entry weigh the same): ASCII, Latin-1,
 * dashes, quotes, € and a few more.
 */
const SIGNOS = (
  '_ - ‐ ‒ – — ― , ; : ! ¡ ? ¿ . · \'‘’‚‛ ‹ › "“”„‟ « » ( ) [ ] { }' +
  ' § ¶ @ * / \\ & # % ‰ † ‡ • ` ^ ° © ® + ± ÷ × < = > ¬ | ¦ ~ ¤ ¢ $ £ ¥ €'
).split(' ');

// A key is compared code unit by code unit; each class lives in its own range so that the classes keep
// ICU's order: space < signs of the table < other signs < digit runs < a–z with ñ < other letters.
const ESPACIO = ' ';
const SIGNO = 0x100;
const OTRO_SIGNO = '\u01ff';
const NUMERO = 0x300;
const LETRA = 0x500;
const OTRA_LETRA = '\u05ff';

let pesos: Map<string, string> | undefined;

/** The key of one character (already folded: lower case, no accents, ñ kept); '' when ICU ignores it. */
function pesoDe(ch: string): string {
  pesos ??= new Map(SIGNOS.flatMap((grupo, i) => [...grupo].map((s) => [s, String.fromCharCode(SIGNO + i)] as const)));
  const p = pesos.get(ch);
  if (p !== undefined) return p;
  let r: string;
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) r = String.fromCharCode(LETRA + (c <= 110 ? c - 97 : c - 96));
  else if (ch === 'ñ') r = String.fromCharCode(LETRA + 14);
  else if (/\s/.test(ch)) r = ESPACIO;
  else if (/[\p{M}\p{Cc}\p{Cf}]/u.test(ch)) r = '';
  else if (/\p{L}/u.test(ch)) r = OTRA_LETRA + ch;
  else r = OTRO_SIGNO + ch;
  pesos.set(ch, r);
  return r;
}

/** Letters ICU treats as two at the base level. */
const DOBLES: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss', ĳ: 'ij' };
/** Letters with a stroke, the base letter at the base level. */
const SIMPLES: Record<string, string> = { ø: 'o', đ: 'd', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't' };

const MARCAS = /[\u0300-\u036f]/g;
const memo = new Map<string, string>();
const MAX_MEMO = 5000;

/** A text's sort key: two texts compare as their keys compare with < and >. */
export function claveOrden(texto: string): string {
  const previa = memo.get(texto);
  if (previa !== undefined) return previa;
  // NFKD splits accents off and writes compatibility forms plainly ("ª" → "a", "…" → "..."); the tilde of ñ is
  // put back, since in Spanish ñ is a letter.
  const t = texto.normalize('NFKD').toLowerCase().replace(/n\u0303/g, 'ñ').replace(MARCAS, '');
  let clave = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let fin = i + 1;
      while (fin < t.length && t.charCodeAt(fin) >= 48 && t.charCodeAt(fin) <= 57) fin++;
      let desde = i;
      while (desde < fin - 1 && t.charCodeAt(desde) === 48) desde++;
      // The length first, so that a longer number (without leading zeros) is a larger one.
      clave += String.fromCharCode(NUMERO + Math.min(fin - desde, 0xff)) + t.slice(desde, fin);
      i = fin - 1;
      continue;
    }
    const ch = t.charAt(i);
    const plano = DOBLES[ch] ?? SIMPLES[ch];
    if (plano) for (const x of plano) clave += pesoDe(x);
    else clave += pesoDe(ch);
  }
  if (texto.length <= 200) {
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(texto, clave);
  }
  return clave;
}

/** Negative, zero or positive as `a` sorts before, with or after `b` (a comparator for Array.prototype.sort). */
export function compararTexto(a: string, b: string): number {
  const x = claveOrden(a);
  const y = claveOrden(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
