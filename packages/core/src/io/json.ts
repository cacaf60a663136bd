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
function fragmento(texto: string, offset: number): string {
  if (offset >= texto.length) return '';
  return texto.slice(Math.max(0, offset - 15), offset + 15).replace(/\s+/g, ' ');
}

export function errorSintaxisJson(texto: string, error: unknown, o: OpcionesJson = {}): ErrorDato {
  const es = (o.lang ?? 'es') === 'es';
  const p = posicionErrorJson(texto, error);
  const alFinal = p.offset >= texto.length;
  const esperado = alFinal
    ? es
      ? 'un documento JSON completo (el archivo termina antes de cerrar todas las llaves, corchetes o comillas)'
      : 'a complete JSON document (the file ends before every brace, bracket or quote is closed)'
    : es
      ? 'JSON válido en esa posición (revise comas, comillas, dos puntos y llaves)'
      : 'valid JSON at that position (check commas, quotes, colons and braces)';
  const valor = alFinal ? (es ? '(fin del archivo)' : '(end of file)') : JSON.stringify(fragmento(texto, p.offset));
  const lugar = `${o.archivo ? `${o.archivo}, ` : ''}${es ? 'línea' : 'line'} ${p.linea}, ${es ? 'columna' : 'column'} ${p.columna}`;
  return {
    codigo: 'json_invalido',
    ...(o.archivo ? { archivo: o.archivo } : {}),
    fila: p.linea,
    columna: String(p.columna),
    ruta: '',
    valor,
    esperado,
    mensaje: es
      ? `${lugar}: JSON mal formado; se esperaba ${esperado}; se encontró ${valor}.`
      : `${lugar}: malformed JSON; expected ${esperado}; found ${valor}.`,
    severidad: 'error',
  };
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
