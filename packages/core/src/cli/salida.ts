/**
 * What every command shares to talk to the person: the console, the refusal to overwrite a file, and
 * the error listing of a file that did not validate (exit code 1).
 */
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatearNumero } from '../format/numero.js';
import type { ResultadoImportacion } from '../io/importar.js';
import type { Idioma } from '../schema/types.js';
import type { Argumentos } from './argumentos.js';
import { textoErrores } from './presentar.js';

export interface Consola {
  salida: (texto: string) => void;
  error: (texto: string) => void;
}

export function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

export const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

/** Counts in messages go through the one formatter too (1.000, not 1000). */
export const n = (v: number | null, lang: Idioma) => formatearNumero(v, { lang });

/** False (and says why) when the file exists and --forzar was not given: checked before slow work too. */
export function puedeEscribir(ruta: string, forzar: boolean, c: Consola, lang: Idioma = 'es'): boolean {
  if (existsSync(ruta) && !forzar) {
    c.error(
      t(
        lang,
        `El archivo ${ruta} ya existe; no se sobrescribe. Use --forzar para reemplazarlo.\n`,
        `File ${ruta} already exists; it is not overwritten. Use --forzar to replace it.\n`,
      ),
    );
    return false;
  }
  return true;
}

/**
 * Writes a file unless it exists and `--forzar` was not given: nothing the user owns is overwritten.
 * `contenido` may come in parts (a large plan is never one string).
 */
export function escribirSalida(ruta: string, contenido: string | Iterable<string>, forzar: boolean, c: Consola, lang: Idioma = 'es'): boolean {
  if (!puedeEscribir(ruta, forzar, c, lang)) return false;
  try {
    mkdirSync(dirname(ruta), { recursive: true });
    if (typeof contenido === 'string') writeFileSync(ruta, contenido);
    else {
      const fd = openSync(ruta, 'w');
      try {
        for (const parte of contenido) writeSync(fd, parte);
      } finally {
        closeSync(fd);
      }
    }
  } catch (e) {
    const codigo = (e as NodeJS.ErrnoException).code ?? String(e);
    c.error(t(lang, `No se pudo escribir ${ruta} (${codigo}).\n`, `Could not write ${ruta} (${codigo}).\n`));
    return false;
  }
  return true;
}

/** Prints why a file is not valid; returns exit code 1. */
export function invalido(r: ResultadoImportacion, a: Argumentos, c: Consola): number {
  if (r.ok) return 0;
  if (a.json) c.salida(json({ ok: false, archivo: r.informe.archivo, formato: r.formato, errores: r.errores, avisos: r.avisos }));
  else
    c.error(
      t(a.lang, `✗ ${r.informe.archivo}: ${n(r.errores.length, a.lang)} error(es); no se puede continuar.\n`, `✗ ${r.informe.archivo}: ${n(r.errores.length, a.lang)} error(s); cannot continue.\n`) +
        textoErrores(r.errores, a.lang, ''),
    );
  return 1;
}

/** Writes to --salida (refusing to overwrite) or to standard output; content in parts is a JSON document. */
export function entregar(a: Argumentos, c: Consola, contenido: string | Iterable<string>, resumenJson: Record<string, unknown>): number {
  if (a.salida) {
    if (!escribirSalida(a.salida, contenido, a.forzar, c, a.lang)) return 1;
    if (a.json) c.salida(json({ ok: true, salida: a.salida, ...resumenJson }));
    else c.error(t(a.lang, `Escrito: ${a.salida}\n`, `Written: ${a.salida}\n`));
    return 0;
  }
  if (typeof contenido !== 'string') {
    for (const parte of contenido) c.salida(parte);
    return 0;
  }
  c.salida(a.json && !contenido.trimStart().startsWith('{') ? json({ ok: true, salida: null, ...resumenJson, contenido }) : contenido);
  return 0;
}

