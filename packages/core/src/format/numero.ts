/**
 * The one number formatter of the project: es-CO (default) or English. It writes what Intl.NumberFormat
 * writes for es-CO and en-US (numero.test.ts compares the two over many values) without building one: the
 * first Intl.NumberFormat of a page loads the locale's data, 10 to 50 ms at 4× CPU slowdown, paid between
 * "the plan arrived" and "the widgets are drawn". es-CO writes 1.234,5 and "66,7 %" (grouping from four
 * digits: `es` alone would not group them, and es-419 uses a decimal point).
 */
import type { Idioma } from '../schema/types.js';

const SEPARADORES: Record<Idioma, { miles: string; decimal: string }> = {
  es: { miles: '.', decimal: ',' },
  en: { miles: ',', decimal: '.' },
};

/** "129" → "130", "999" → "1000": adds one to a string of digits. */
function sumarUno(digitos: string): string {
  let i = digitos.length - 1;
  while (i >= 0 && digitos[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digitos.length)}`;
  return digitos.slice(0, i) + String.fromCharCode(digitos.charCodeAt(i) + 1) + '0'.repeat(digitos.length - i - 1);
}

/** "1234567" → "1.234.567". */
function agrupar(entero: string, miles: string): string {
  const n = entero.length;
  if (n <= 3) return entero;
  let i = n % 3 || 3;
  let r = entero.slice(0, i);
  for (; i < n; i += 3) r += miles + entero.slice(i, i + 3);
  return r;
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": the same digits, written out. */
function sinExponente(texto: string): string {
  const e = texto.indexOf('e');
  if (e < 0) return texto;
  const mantisa = texto.slice(0, e);
  const exponente = Number(texto.slice(e + 1));
  const punto = mantisa.indexOf('.');
  const digitos = punto < 0 ? mantisa : mantisa.slice(0, punto) + mantisa.slice(punto + 1);
  const enteros = (punto < 0 ? mantisa.length : punto) + exponente;
  if (enteros <= 0) return `0.${'0'.repeat(-enteros)}${digitos}`;
  if (enteros >= digitos.length) return digitos + '0'.repeat(enteros - digitos.length);
  return `${digitos.slice(0, enteros)}.${digitos.slice(enteros)}`;
}

/**
 * `v` (finite) with `min` to `max` fraction digits, as Intl.NumberFormat writes it: rounded half away from
 * zero on the number's shortest decimal form (1.005 → "1,01", not the binary value's "1,00"), thousands
 * grouped, "-" before a negative, also one that rounds to zero ("-0").
 */
function escribir(v: number, lang: Idioma, min: number, max: number): string {
  const { miles, decimal } = SEPARADORES[lang];
  const signo = v < 0 || Object.is(v, -0) ? '-' : '';
  // Shortest round-trip decimal form: "1234.5", "0.045", written out when JavaScript uses an exponent.
  const texto = sinExponente(String(Math.abs(v)));
  const punto = texto.indexOf('.');
  let entero = punto < 0 ? texto : texto.slice(0, punto);
  let fraccion = punto < 0 ? '' : texto.slice(punto + 1);
  if (fraccion.length > max) {
    const sube = fraccion.charCodeAt(max) >= 53; // '5'
    fraccion = fraccion.slice(0, max);
    if (sube) {
      const todo = sumarUno(entero + fraccion);
      entero = todo.slice(0, todo.length - max);
      fraccion = todo.slice(todo.length - max);
    }
  }
  let fin = fraccion.length;
  while (fin > min && fraccion.charCodeAt(fin - 1) === 48) fin--; // '0'
  if (fin < fraccion.length) fraccion = fraccion.slice(0, fin);
  else if (fin < min) fraccion += '0'.repeat(min - fin);
  return fraccion ? `${signo}${agrupar(entero, miles)}${decimal}${fraccion}` : `${signo}${agrupar(entero, miles)}`;
}

/** Fraction digits as Intl accepts them (whole, 0–100); a maximum below the minimum is raised to it. */
function cifra(v: number, lang: Idioma, min: number, max: number): string {
  const acotar = (n: number) => Math.min(100, Math.max(0, Math.trunc(n) || 0));
  const mn = acotar(min);
  return escribir(v, lang, mn, Math.max(mn, acotar(max)));
}

export interface OpcionesFormato {
  lang?: Idioma;
  /** Maximum fraction digits (default depends on the function). */
  decimales?: number;
  /** Minimum fraction digits (default 0). */
  minDecimales?: number;
  /** Text for "no reportado" (default "sin dato" / "no data"). */
  sinDato?: string;
}

export const TEXTO_SIN_DATO: Record<Idioma, string> = { es: 'sin dato', en: 'no data' };

function vacio(v: number | null | undefined): v is null | undefined {
  return v === null || v === undefined || !Number.isFinite(v);
}

/** 1234.5 → "1.234,5" (es) / "1,234.5" (en). null → "sin dato", never "0". */
export function formatearNumero(v: number | null | undefined, o: OpcionesFormato = {}): string {
  const lang = o.lang ?? 'es';
  if (vacio(v)) return o.sinDato ?? TEXTO_SIN_DATO[lang];
  return cifra(v, lang, o.minDecimales ?? 0, o.decimales ?? 2);
}

/**
 * A ratio as a percentage: 0.667 → "66,7 %" (Spanish typography: a non-breaking space before %),
 * "66.7%" in English. One decimal by default, as the report prints.
 */
export function formatearPorcentaje(ratio: number | null | undefined, o: OpcionesFormato = {}): string {
  const lang = o.lang ?? 'es';
  if (vacio(ratio)) return o.sinDato ?? TEXTO_SIN_DATO[lang];
  // Scale by 100 in decimal space to avoid binary artefacts such as 0.575 * 100 = 57.49999.
  const n = cifra(Number((ratio * 100).toPrecision(12)), lang, o.minDecimales ?? 0, o.decimales ?? 1);
  return lang === 'es' ? `${n}\u00a0%` : `${n}%`;
}

/**
 * A difference between two percentages, in percentage points, signed: 0.91 against 0.99 is -0.08 →
 * "-8 p. p." ("-8 pp" in English), never "-8 %", which would read as a share of the reported figure. One decimal
 * by default; a rise carries its "+".
 */
export function formatearPuntosPorcentuales(diferencia: number | null | undefined, o: OpcionesFormato = {}): string {
  const lang = o.lang ?? 'es';
  if (vacio(diferencia)) return o.sinDato ?? TEXTO_SIN_DATO[lang];
  const escrito = cifra(Number((diferencia * 100).toPrecision(12)), lang, o.minDecimales ?? 0, o.decimales ?? 1);
  // What rounds to zero is no change: neither "+0" nor Intl's "-0".
  const cero = !/[1-9]/.test(escrito);
  const n = cero ? escrito.replace('-', '') : escrito;
  const signo = diferencia > 0 && !cero ? '+' : '';
  return lang === 'es' ? `${signo}${n}\u00a0p.\u00a0p.` : `${signo}${n} pp`;
}

/** "-0,6" → ["-", "0,6"]: the sign goes before the currency, as Intl writes it ("-$ 600.000"). */
function separarSigno(n: string): [string, string] {
  return n.startsWith('-') ? ['-', n.slice(1)] : ['', n];
}

/**
 * Pesos in millones: 776_000_000 → "$ 776 millones"; 13_842_400_000 → "$ 13.842,4 millones"; a negative
 * difference -600_000 → "-$ 0,6 millones".
 */
export function formatearMillones(pesos: number | null | undefined, o: OpcionesFormato = {}): string {
  const lang = o.lang ?? 'es';
  if (vacio(pesos)) return o.sinDato ?? TEXTO_SIN_DATO[lang];
  const [signo, n] = separarSigno(cifra(pesos / 1e6, lang, o.minDecimales ?? 0, o.decimales ?? 1));
  return lang === 'es' ? `${signo}$\u00a0${n} millones` : `${signo}COP ${n} million`;
}

/** Full pesos: 1234567 → "$ 1.234.567"; -600000 → "-$ 600.000". */
export function formatearPesos(pesos: number | null | undefined, o: OpcionesFormato = {}): string {
  const lang = o.lang ?? 'es';
  if (vacio(pesos)) return o.sinDato ?? TEXTO_SIN_DATO[lang];
  const [signo, n] = separarSigno(cifra(pesos, lang, o.minDecimales ?? 0, o.decimales ?? 0));
  return lang === 'es' ? `${signo}$\u00a0${n}` : `${signo}COP ${n}`;
}

/**
 * Reads a number written by a person: "1.234,5", "66,7%", "66,7 %", "0,667", "1234.5", " 12 ".
 * Returns null for blank text. A percent sign divides by 100 (the model stores ratios).
 * Returns NaN when the text is not a number, so callers can report it.
 */
export function leerNumero(texto: string | number | null | undefined): number | null {
  if (texto === null || texto === undefined) return null;
  if (typeof texto === 'number') return Number.isFinite(texto) ? texto : Number.NaN;
  let t = texto.replace(/_x000D_/g, '').replace(/[\s\u00a0\u202f$]/g, '');
  if (t === '' || t === '-') return null;
  let porcentaje = false;
  if (t.endsWith('%')) {
    porcentaje = true;
    t = t.slice(0, -1);
  }
  const comas = (t.match(/,/g) ?? []).length;
  const puntos = (t.match(/\./g) ?? []).length;
  if (comas > 0 && puntos > 0) {
    // The separator written last is the decimal one: 1.234,5 (es) or 1,234.5 (en).
    t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (comas === 1) {
    t = t.replace(',', '.');
  } else if (comas > 1) {
    t = t.replace(/,/g, '');
  } else if (puntos > 1) {
    t = t.replace(/\./g, '');
  } else if (puntos === 1 && /^-?[1-9]\d{0,2}\.\d{3}$/.test(t)) {
    // "2.378" in a Colombian document is two thousand three hundred seventy-eight.
    t = t.replace('.', '');
  }
  // Digits after the point only inside the optional group: with `\d+\.?\d*` both runs could take the
  // same digits, and a long run that is not a number was retried split by split (quadratic time).
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(t)) return Number.NaN;
  const n = Number(t);
  return porcentaje ? n / 100 : n;
}
