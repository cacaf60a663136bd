/**
 * How long SheetJS may take to read a workbook before the file is declared damaged. SheetJS 0.20.3 never
 * returns on some files whose ZIP structure is intact but whose compressed data is corrupt; a limit that
 * is too short would refuse a legitimate big workbook, so it grows with the file's size above a floor.
 *
 * Measured (SheetJS alone, XLSX.read of the Chía samples, first and later reads in one process): about 0,4–1,5 s
 * of CPU per MB of .xlsx (the compressed size), on a shared 2-core machine. The defaults leave a margin of
 * at least 4× over the slowest measurement, and the floor covers starting the worker and loading SheetJS.
 */
import type { Idioma } from '../../schema/types.js';
import type { LecturaLibro } from './sheetjs.js';

export interface OpcionesLecturaXlsx {
  /** Run SheetJS in a worker thread with the time limit (Node). Default true; false reads in this thread. */
  enHilo?: boolean;
  /** Minimum time allowed, in milliseconds. Default PISO_MS. */
  pisoMs?: number;
  /** Time allowed per megabyte (10^6 bytes) of file. Default MS_POR_MB. */
  msPorMB?: number;
  /**
   * Reads the bytes somewhere else, with its own time limit (the Excel add-in: a Web Worker), once the ZIP
   * checks passed; null when it cannot (no worker here): then they are read as usual.
   */
  lector?: (bytes: Uint8Array, o: { archivo?: string; lang?: Idioma; lecturaXlsx?: OpcionesLecturaXlsx }) => Promise<LecturaLibro | null>;
}

export const PISO_MS = 15_000;
export const MS_POR_MB = 6_000;

/** The time limit for a file of `bytes` bytes: proportional to its size, never under the floor. */
export function limiteLecturaMs(bytes: number, o: OpcionesLecturaXlsx = {}): number {
  const piso = o.pisoMs ?? PISO_MS;
  const ritmo = o.msPorMB ?? MS_POR_MB;
  return Math.max(piso, Math.ceil((Math.max(0, bytes) / 1e6) * ritmo));
}
