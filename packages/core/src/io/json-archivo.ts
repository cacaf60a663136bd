/**
 * Node only (node:fs): plan files of any size read and written by parts, for the CLI and Node programs
 * (`import { leerPlanJsonArchivo } from '@tablero-pdd/core/node'`). Browsers use leerPlanJsonPorPartes on a
 * fetch body or a File's stream, and escribirPlanJsonPorPartes.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plan, ResultadoValidacion } from '../schema/types.js';
import { escribirPlanJsonPorPartes } from './json-escribir.js';
import { leerPlanJsonPorPartes, type OpcionesJsonFlujo } from './json-flujo.js';
import { resumirPlanJsonPorPartes, type OpcionesResumenPorPartes, type ResultadoResumenPorPartes } from './json-resumen.js';

/**
 * Bytes per read. Measured on the 576 MB bench file (CPU time of the parse by parts): 16 KiB 7.2 s, 32 KiB 6.7 s,
 * 48 KiB 6.3–6.8 s, 64 KiB 7.0 s, 1 MiB 7.4–7.7 s. Small batches die young: their text (twice the bytes as
 * UTF-16) stays under V8's large-object size, so it never pushes the old generation toward a full collection.
 */
export const TAMANO_TROZO = 48 * 1024;

/**
 * The bytes of a file in chunks, each a new buffer (a caller may keep them). Reads are synchronous: a
 * chunk is ready when asked for, with no round trip through the thread pool (the plan is parsed on this
 * thread anyway). Throws the file system's error (ENOENT…) on the first read.
 */
export function* trozosArchivo(ruta: string, tamano = TAMANO_TROZO): Generator<Uint8Array> {
  const fd = openSync(ruta, 'r');
  try {
    for (;;) {
      const b = Buffer.allocUnsafe(tamano);
      const n = readSync(fd, b, 0, tamano, null);
      if (n === 0) return;
      yield n === tamano ? b : b.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and validates a plan file of any size (see leerPlanJsonPorPartes). Data problems come back as
 * errors naming the file (its base name unless o.archivo says otherwise); a file that cannot be opened
 * throws the file system's error.
 */
export function leerPlanJsonArchivo(ruta: string, o: OpcionesJsonFlujo = {}): Promise<ResultadoValidacion> {
  return leerPlanJsonPorPartes(trozosArchivo(ruta), { ...o, archivo: o.archivo ?? basename(ruta) });
}

/**
 * Reads, validates and summarises a plan file of any size while reading it (see resumirPlanJsonPorPartes);
 * the file is read a second time only when it must be handled whole. Errors as leerPlanJsonArchivo's.
 */
export function resumirPlanJsonArchivo(ruta: string, o: OpcionesResumenPorPartes = {}): Promise<ResultadoResumenPorPartes> {
  return resumirPlanJsonPorPartes(() => trozosArchivo(ruta), { ...o, archivo: o.archivo ?? basename(ruta) });
}

/** Writes the plan as escribirPlanJson would, by parts (never one string). Returns the bytes written. */
export function escribirPlanJsonArchivo(ruta: string, plan: Plan): number {
  const fd = openSync(ruta, 'w');
  let bytes = 0;
  try {
    for (const parte of escribirPlanJsonPorPartes(plan)) bytes += writeSync(fd, parte);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
