/**
 * A1 references as Excel writes them: the add-in names cells in every message ("Plan!F12") and
 * selects them, so the text must be exactly what Excel accepts back.
 */

// Column letters are core's (its spreadsheet reader names cells the same way).
import { indiceColumna, letraColumna } from '@tablero-pdd/core';

export { indiceColumna, letraColumna };

/**
 * A sheet name as a reference prefix: bare when Excel writes it bare (letters, digits, underscore and
 * not starting with a digit), otherwise quoted with inner quotes doubled: 'Plan 2024'!A1.
 */
export function prefijoHoja(hoja: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(hoja) && !/^[A-Za-z]{1,3}\d+$/.test(hoja) ? hoja : `'${hoja.replace(/'/g, "''")}'`;
}

/** "Plan!F12" from 0-based row and column. */
export function referenciaCelda(hoja: string, fila: number, columna: number): string {
  return `${prefijoHoja(hoja)}!${letraColumna(columna)}${fila + 1}`;
}

/** "Plan!B3:F20" from 0-based corners. */
export function referenciaRango(hoja: string, fila: number, columna: number, filas: number, columnas: number): string {
  const ini = `${letraColumna(columna)}${fila + 1}`;
  const fin = `${letraColumna(columna + columnas - 1)}${fila + filas}`;
  return `${prefijoHoja(hoja)}!${filas === 1 && columnas === 1 ? ini : `${ini}:${fin}`}`;
}

export interface DireccionAnalizada {
  hoja: string | null;
  /** 0-based top-left corner. */
  fila: number;
  columna: number;
}

/** Top-left corner of "Hoja1!B2:C5", "'Plan 2024'!F12" or "B2"; null when the text is not an A1 reference. */
export function analizarDireccion(direccion: string): DireccionAnalizada | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::.*)?$/.exec(direccion.trim());
  if (!m) return null;
  const columna = indiceColumna(m[3] as string);
  if (columna === null) return null;
  const hoja = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  return { hoja, fila: Number(m[4]) - 1, columna };
}
