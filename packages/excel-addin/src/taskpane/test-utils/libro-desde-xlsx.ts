/**
 * A workbook file as office-addin-mock's LibroSimulado holds it, read with SheetJS: for each cell the value
 * Excel's range.values gives (an error cell gives its text, "#DIV/0!"), the text shown and the number
 * format, and each sheet's merged ranges. So the pane's tests run on the real samples as if open in Excel.
 */
import * as XLSX from '@e965/xlsx';
import type { HojaInicial } from './libro-simulado.js';

export function hojasDesdeXlsx(bytes: Uint8Array): HojaInicial[] {
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true });
  return wb.SheetNames.map((nombre) => {
    const ws = wb.Sheets[nombre] as XLSX.WorkSheet & { '!data'?: Array<Array<XLSX.CellObject | undefined> | undefined> };
    const datos = ws['!data'] ?? [];
    const ancho = Math.max(0, ...datos.map((f) => f?.length ?? 0));
    const celdas: unknown[][] = [];
    const textos: string[][] = [];
    const formatos: string[][] = [];
    datos.forEach((fila, r) => {
      celdas[r] = [];
      textos[r] = [];
      formatos[r] = [];
      for (let c = 0; c < ancho; c++) {
        const k = fila?.[c];
        const v = k === undefined || k.t === 'z' ? '' : k.t === 'e' ? (k.w ?? '#N/A') : k.v instanceof Date ? k.v.toISOString().slice(0, 10) : (k.v ?? '');
        celdas[r]![c] = v;
        textos[r]![c] = k?.w ?? (v === '' ? '' : String(v));
        formatos[r]![c] = typeof k?.z === 'string' ? k.z : 'General';
      }
    });
    const combinadas = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    return { nombre, celdas, textos, formatos, combinadas };
  });
}
