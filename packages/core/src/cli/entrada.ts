/**
 * Input files of the CLI: read from disk (a missing file is a usage error) and the import options every
 * command shares, including the --mapeo file checked by `validarMapeo` before any workbook is read.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ArchivoEntrada, OpcionesImportacion } from '../io/importar.js';
import { validarMapeo } from '../io/xlsx/mapeo.js';
import { ErrorUso, type Argumentos } from './argumentos.js';
import { t } from './salida.js';

/** Reads one input file; a missing or unreadable file is a usage error. */
export function leerEntrada(ruta: string, a: Argumentos): ArchivoEntrada {
  try {
    return { nombre: basename(ruta), contenido: readFileSync(ruta) };
  } catch (e) {
    const codigo = (e as NodeJS.ErrnoException).code;
    throw new ErrorUso(
      codigo === 'ENOENT'
        ? t(a.lang, `No existe el archivo ${ruta}.`, `File ${ruta} does not exist.`)
        : codigo === 'EISDIR'
          ? t(a.lang, `${ruta} es una carpeta, no un archivo.`, `${ruta} is a folder, not a file.`)
          : t(a.lang, `No se pudo leer ${ruta} (${codigo ?? 'error'}).`, `Could not read ${ruta} (${codigo ?? 'error'}).`),
    );
  }
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

