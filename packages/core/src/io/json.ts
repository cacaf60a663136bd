/** The canonical plan document as JSON: read (syntax errors with line and column, then validarPlan) and write. */
import { planSchema } from '../schema/plan.js';
import type { ErrorDato, Idioma, Plan, ResultadoValidacion } from '../schema/types.js';
import { validarPlan } from '../schema/validar.js';
import { posicionErrorJson } from './json-posicion.js';
import { quitarBom } from './texto.js';

export interface OpcionesJson {
  /** File name shown in every message. */
  archivo?: string;
  lang?: Idioma;
}

/** A few characters around the error, so the message shows what is there. */
export function fragmento(texto: string, offset: number): string {
  if (offset >= texto.length) return '';
  return texto.slice(Math.max(0, offset - 15), offset + 15).replace(/\s+/g, ' ');
}

/** What a syntax error says besides where: a truncated document is told apart from a wrong character. */
export interface LugarErrorJson {
  linea: number;
  columna: number;
  /** The document ends before it is complete. */
  alFinal: boolean;
  /** The characters around the error (ignored when alFinal). */
  trozo: string;
  /** Overrides "valid JSON at that position" (e.g. a text that is not UTF-8). */
  esperado?: { es: string; en: string };
}

/** The json_invalido error for a place in a file: shared by leerPlanJson and the reader by parts. */
export function errorSintaxisEn(l: LugarErrorJson, o: OpcionesJson = {}): ErrorDato {
  const es = (o.lang ?? 'es') === 'es';
  const esperado = l.esperado
    ? l.esperado[es ? 'es' : 'en']
    : l.alFinal
      ? es
        ? 'un documento JSON completo (el archivo termina antes de cerrar todas las llaves, corchetes o comillas)'
        : 'a complete JSON document (the file ends before every brace, bracket or quote is closed)'
      : es
        ? 'JSON válido en esa posición (revise comas, comillas, dos puntos y llaves)'
        : 'valid JSON at that position (check commas, quotes, colons and braces)';
  const valor = l.alFinal ? (es ? '(fin del archivo)' : '(end of file)') : JSON.stringify(l.trozo);
  const lugar = `${o.archivo ? `${o.archivo}, ` : ''}${es ? 'línea' : 'line'} ${l.linea}, ${es ? 'columna' : 'column'} ${l.columna}`;
  return {
    codigo: 'json_invalido',
    ...(o.archivo ? { archivo: o.archivo } : {}),
    fila: l.linea,
    columna: String(l.columna),
    ruta: '',
    valor,
    esperado,
    mensaje: es
      ? `${lugar}: JSON mal formado; se esperaba ${esperado}; se encontró ${valor}.`
      : `${lugar}: malformed JSON; expected ${esperado}; found ${valor}.`,
    severidad: 'error',
  };
}

export function errorSintaxisJson(texto: string, error: unknown, o: OpcionesJson = {}): ErrorDato {
  const p = posicionErrorJson(texto, error);
  return errorSintaxisEn({ linea: p.linea, columna: p.columna, alFinal: p.offset >= texto.length, trozo: fragmento(texto, p.offset) }, o);
}

/** Parses and validates a plan document. Never throws: bad input comes back as errors. */
export function leerPlanJson(texto: string, o: OpcionesJson = {}): ResultadoValidacion {
  const limpio = quitarBom(texto);
  let datos: unknown;
  try {
    datos = JSON.parse(limpio);
  } catch (e) {
    return { ok: false, errores: [errorSintaxisJson(limpio, e, o)], avisos: [] };
  }
  return validarPlan(datos, { lang: o.lang ?? 'es', ...(o.archivo ? { archivo: o.archivo } : {}) });
}

/**
 * Stable output: keys in the schema's order whatever order the object was built in (zod rebuilds
 * objects in shape order), 2-space indent, trailing newline — so diffs of a data set stay small.
 */
export function escribirPlanJson(plan: Plan): string {
  const r = planSchema.safeParse(plan);
  return JSON.stringify(r.success ? r.data : plan, null, 2) + '\n';
}
