/**
 * Workbooks for tests, written with SheetJS itself (so the bytes are what Excel-like tools produce), and
 * Libro objects built by hand for the readers' unit tests. Cells: plain values, or
 * { f: '#DIV/0!' } for a formula error, { v, z } for a value with a number format.
 */
import * as XLSX from '@e965/xlsx';
import type { Celda, Hoja, Libro, Rango } from '../libro.js';

export type ValorPrueba = string | number | boolean | null | undefined | { error: string } | { v: number | string; z: string };

export interface HojaPrueba {
  nombre: string;
  filas: ValorPrueba[][];
  /** "A1:E1" ranges. */
  combinadas?: string[];
}

const CODIGOS_ERROR: Record<string, number> = { '#NULL!': 0x00, '#DIV/0!': 0x07, '#VALUE!': 0x0f, '#REF!': 0x17, '#NAME?': 0x1d, '#NUM!': 0x24, '#N/A': 0x2a };

/** The bytes of an .xlsx workbook with these sheets. */
export function escribirXlsx(hojas: readonly HojaPrueba[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const h of hojas) {
    const ws: XLSX.WorkSheet = {};
    let maxC = 0;
    h.filas.forEach((fila, r) => {
      fila.forEach((v, c) => {
        if (v === null || v === undefined) return;
        maxC = Math.max(maxC, c);
        const dir = XLSX.utils.encode_cell({ r, c });
        if (typeof v === 'object' && 'error' in v) ws[dir] = { t: 'e', v: CODIGOS_ERROR[v.error] ?? 0x07, w: v.error };
        else if (typeof v === 'object') ws[dir] = typeof v.v === 'number' ? { t: 'n', v: v.v, z: v.z } : { t: 's', v: v.v, z: v.z };
        else if (typeof v === 'number') ws[dir] = { t: 'n', v };
        else if (typeof v === 'boolean') ws[dir] = { t: 'b', v };
        else ws[dir] = { t: 's', v };
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, h.filas.length - 1), c: maxC } });
    if (h.combinadas) ws['!merges'] = h.combinadas.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, h.nombre);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A Libro built by hand, without SheetJS (readers' unit tests). */
export function libroDe(hojas: readonly HojaPrueba[]): Libro {
  return {
    hojas: hojas.map((h): Hoja => ({
      nombre: h.nombre,
      filas: h.filas.map((fila) =>
        fila.map((v): Celda | undefined => {
          if (v === null || v === undefined) return undefined;
          if (typeof v === 'object' && 'error' in v) return { v: null, error: v.error };
          if (typeof v === 'object') return { v: v.v, z: v.z };
          return { v };
        }),
      ),
      combinadas: (h.combinadas ?? []).map((m) => XLSX.utils.decode_range(m) as Rango),
    })),
  };
}
