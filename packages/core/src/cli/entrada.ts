/**
 * Input files of the CLI: read from disk (a missing file is a usage error) and the import options every
 * command shares, including the --mapeo file checked by `validarMapeo` before any workbook is read.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { importarArchivo, type ArchivoEntrada, type OpcionesImportacion, type ResultadoImportacion } from '../io/importar.js';
import { construirInforme } from '../io/informe.js';
import { leerPlanJsonArchivo, resumirPlanJsonArchivo } from '../io/json-archivo.js';
import type { OpcionesResumir, Resumen } from '../compute/resumir.js';
import type { ErrorDato } from '../schema/types.js';
import { validarMapeo } from '../io/xlsx/mapeo.js';
import { ErrorUso, type Argumentos } from './argumentos.js';
import { t } from './salida.js';

/** A file that cannot be read is a usage error, said in the person's language. */
function errorArchivo(e: unknown, ruta: string, a: Argumentos): ErrorUso {
  const codigo = (e as NodeJS.ErrnoException).code;
  return new ErrorUso(
    codigo === 'ENOENT'
      ? t(a.lang, `No existe el archivo ${ruta}.`, `File ${ruta} does not exist.`)
      : codigo === 'EISDIR'
        ? t(a.lang, `${ruta} es una carpeta, no un archivo.`, `${ruta} is a folder, not a file.`)
        : t(a.lang, `No se pudo leer ${ruta} (${codigo ?? 'error'}).`, `Could not read ${ruta} (${codigo ?? 'error'}).`),
  );
}

/** Reads one input file; a missing or unreadable file is a usage error. */
export function leerEntrada(ruta: string, a: Argumentos): ArchivoEntrada {
  try {
    return { nombre: basename(ruta), contenido: readFileSync(ruta) };
  } catch (e) {
    throw errorArchivo(e, ruta, a);
  }
}

/**
 * JSON files from this size on are read by parts (leerPlanJsonArchivo): never one string, never all the bytes
 * at once, so a plan of the whole country (≈600 MB) can be read. Smaller files take the one import path.
 */
export const UMBRAL_POR_PARTES = 64 * 1024 * 1024;

/**
 * Reads and imports one input file: a large JSON plan by parts (UTF-8; the result and its informe are
 * those of the import path), anything else through importarArchivo. `umbral` is for tests.
 */
export async function importarRuta(ruta: string, a: Argumentos, o: OpcionesImportacion, umbral = UMBRAL_POR_PARTES): Promise<ResultadoImportacion> {
  if (esJsonGrande(ruta, a, o, umbral)) {
    const archivo = basename(ruta);
    let resultado;
    try {
      resultado = await leerPlanJsonArchivo(ruta, { archivo, lang: a.lang });
    } catch (e) {
      throw errorArchivo(e, ruta, a);
    }
    return { ...resultado, formato: 'json', informe: informeJson(resultado, archivo, a), reporte: null };
  }
  return importarArchivo(leerEntrada(ruta, a), o);
}

/** Whether the file is read by parts: a JSON plan (by --formato or its extension) of `umbral` bytes or more. */
function esJsonGrande(ruta: string, a: Argumentos, o: OpcionesImportacion, umbral: number): boolean {
  const json = o.formato === 'json' || (o.formato === undefined && extname(ruta).toLowerCase() === '.json');
  if (!json) return false;
  try {
    const s = statSync(ruta);
    if (s.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    return s.size >= umbral;
  } catch (e) {
    throw errorArchivo(e, ruta, a);
  }
}

function informeJson(resultado: Parameters<typeof construirInforme>[0], archivo: string, a: Argumentos) {
  return construirInforme(resultado, { archivo, formato: 'json', filasOmitidas: [], filasVacias: 0, lang: a.lang });
}

export type ResumenRuta = { ok: true; resumen: Resumen; avisos: ErrorDato[]; archivo: string } | (ResultadoImportacion & { ok: false });

/**
 * The summary of a large JSON plan, made while the file is read (resumirPlanJsonArchivo): the metas never
 * pile up in memory, and a country-sized plan takes a fraction of the time and memory of importing it
 * whole. null for any other file (the caller imports it).
 */
export async function resumirRuta(ruta: string, a: Argumentos, o: OpcionesImportacion, or: OpcionesResumir, umbral = UMBRAL_POR_PARTES): Promise<ResumenRuta | null> {
  if (!esJsonGrande(ruta, a, o, umbral)) return null;
  const archivo = basename(ruta);
  let r;
  try {
    r = await resumirPlanJsonArchivo(ruta, { archivo, lang: a.lang, resumir: or, ...(a.seleccion ? { seleccion: a.seleccion } : {}) });
  } catch (e) {
    throw errorArchivo(e, ruta, a);
  }
  if (r.ok) return { ok: true, resumen: r.resumen, avisos: r.avisos, archivo };
  return { ...r, formato: 'json', informe: informeJson(r, archivo, a), reporte: null };
}

/** The import options of every command: --lang, --entidad…, --formato-xlsx and the --mapeo file, checked. */
export function opcionesImportacion(a: Argumentos): OpcionesImportacion {
  const o: OpcionesImportacion = { lang: a.lang, ...a.importacion };
  if (a.mapeo === undefined) return o;
  const { contenido } = leerEntrada(a.mapeo, a);
  let datos: unknown;
  try {
    datos = JSON.parse(new TextDecoder().decode(contenido as Uint8Array).replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ErrorUso(t(a.lang, `--mapeo ${a.mapeo}: no es JSON válido (${(e as Error).message}).`, `--mapeo ${a.mapeo}: not valid JSON (${(e as Error).message}).`));
  }
  const m = validarMapeo(datos, a.lang);
  if (!m.ok)
    throw new ErrorUso(
      t(a.lang, `--mapeo ${a.mapeo} no es un mapeo válido:`, `--mapeo ${a.mapeo} is not a valid mapping:`) +
        m.problemas
          .map((p) => `\n  ${p.clave || t(a.lang, '(raíz)', '(root)')}: ${t(a.lang, 'se esperaba', 'expected')} ${p.esperado}; ${t(a.lang, 'se encontró', 'found')} ${JSON.stringify(p.valor) ?? 'undefined'}`)
          .join(''),
    );
  return { ...o, mapeo: m.mapeo };
}

