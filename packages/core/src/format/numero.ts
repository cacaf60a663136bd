/**
 * The one number formatter of the project: es-CO (default) or English, on Intl.NumberFormat, memoised
 * because building a formatter is costly. es-CO writes 1.234,5 and "66,7 %"; `es` alone would not group
 * four-digit numbers and es-419 uses a decimal point, hence the explicit locale.
 */
import type { Idioma } from '../schema/types.js';

const LOCALES: Record<Idioma, string> = { es: 'es-CO', en: 'en-US' };
const cache = new Map<string, Intl.NumberFormat>();

function formateador(lang: Idioma, min: number, max: number) {
  const clave = `${lang}|${min}|${max}`;
  let f = cache.get(clave);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    cache.set(clave, f);
  }
  return f;
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
  return formateador(lang, o.minDecimales ?? 0, o.decimales ?? 2).format(v);
}

/**
 * A ratio as a percentage: 0.667 → "66,7 %" (Spanish typography: a non-breaking space before %),
 * "66.7%" in English. One decimal by default, as the report prints.
 */
export function formatearPorcentaje(ratio: number | null | undefined, o: OpcionesFormato = {}): string {
  const lang = o.lang ?? 'es';
  if (vacio(ratio)) return o.sinDato ?? TEXTO_SIN_DATO[lang];
  // Scale by 100 in decimal space to avoid binary artefacts such as 0.575 * 100 = 57.49999.
  const n = formateador(lang, o.minDecimales ?? 0, o.decimales ?? 1).format(Number((ratio * 100).toPrecision(12)));
  return lang === 'es' ? `${n}\u00a0%` : `${n}%`;
}

/** Pesos in millones: 776_000_000 → "$ 776 millones"; 13_842_400_000 → "$ 13.842,4 millones". */
export function formatearMillones(pesos: number | null | undefined, o: OpcionesFormato = {}): string {
  const lang = o.lang ?? 'es';
  if (vacio(pesos)) return o.sinDato ?? TEXTO_SIN_DATO[lang];
  const n = formateador(lang, o.minDecimales ?? 0, o.decimales ?? 1).format(pesos / 1e6);
  return lang === 'es' ? `$\u00a0${n} millones` : `COP ${n} million`;
}

/** Full pesos: 1234567 → "$ 1.234.567". */
export function formatearPesos(pesos: number | null | undefined, o: OpcionesFormato = {}): string {
  const lang = o.lang ?? 'es';
  if (vacio(pesos)) return o.sinDato ?? TEXTO_SIN_DATO[lang];
  const n = formateador(lang, o.minDecimales ?? 0, o.decimales ?? 0).format(pesos);
  return lang === 'es' ? `$\u00a0${n}` : `COP ${n}`;
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
