/** Workbooks written by SheetJS WITH deflate (it writes "stored" entries unless asked), for the ZIP content checks. */
import * as XLSX from '@e965/xlsx';
import { libroSispt } from './generar.js';

/** A SisPT workbook with `n` products, every part deflated. */
export function sisptComprimido(n: number): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const h of libroSispt(n)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(h.filas), h.nombre);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
