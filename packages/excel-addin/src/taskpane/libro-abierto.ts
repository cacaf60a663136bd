/// <reference types="office-js" />
/**
 * The workbook open in Excel as core's `Libro` (the structure SheetJS gives `importarLibro`): every sheet's
 * used range with values, shown text, number formats and value types, and its merged ranges. So a SisPT
 * export or DNP's Informe de Seguimiento open in Excel goes through the SAME core import as the file
 * (`importarArchivo` / `importarArchivos`), with no header mapping of the pane's own.
 *
 * Requests, whatever the size: 1) the workbook's name and its sheets; 2) each sheet's used range size
 * (and merged areas where ExcelApi 1.13 exists); 3) the cells, in requests of at most CELDAS_POR_LECTURA
 * cells (several sheets share a request; a big sheet is split by rows).
 */
import type { Celda, Hoja, Libro, Rango } from '@tablero-pdd/core';
import { analizarDireccion } from '../comun/direcciones.js';
import { CELDAS_POR_LECTURA } from './leer-libro.js';

/** One sheet's block as office.js gives it. */
export interface HojaDeExcel {
  nombre: string;
  /** 0-based row and column of the used range's top-left cell. */
  fila0: number;
  columna0: number;
  valores: unknown[][];
  textos: string[][];
  formatos: string[][];
  /** range.valueTypes: "Empty", "String", "Double", "Boolean", "Error", "Integer"… */
  tipos: string[][];
  /** RangeAreas.address of the merged areas ("Hoja!A1:C1, Hoja!D4:D6"), null when none or unknown. */
  combinadas: string | null;
}

function celdaDeExcel(v: unknown, texto: string | undefined, formato: string | undefined, tipo: string | undefined): Celda | undefined {
  if (tipo === 'Error') return { v: null, error: texto || String(v) };
  if (v === null || v === undefined || v === '' || tipo === 'Empty') return undefined;
  if (typeof v === 'number') {
    // Like SheetJS: the number, its format, and the text shown (leading zeros of "000000"). A "General"
    // number's text follows the PC's locale ("0,283" in Colombia), so it is left out: the readers use the value.
    if (!formato || formato === 'General') return { v };
    return texto !== undefined ? { v, z: formato, w: texto } : { v, z: formato };
  }
  if (typeof v === 'string' || typeof v === 'boolean') return { v };
  return undefined;
}

/** "'Plan indicativo - Productos'!A1:C1, 'Plan…'!D4" → 0-based ranges. */
export function rangosCombinados(direcciones: string | null): Rango[] {
  if (!direcciones) return [];
  const out: Rango[] = [];
  // Split on commas outside quoted sheet names.
  for (const parte of direcciones.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? []) {
    const local = parte.slice(parte.lastIndexOf('!') + 1).trim();
    const [a, b] = local.split(':');
    const s = a ? analizarDireccion(a) : null;
    const e = b ? analizarDireccion(b) : s;
    if (s && e) out.push({ s: { r: s.fila, c: s.columna }, e: { r: e.fila, c: e.columna } });
  }
  return out;
}

/** The blocks read from Excel → core's Libro (rows and columns at their place in the sheet, from A1). */
export function libroDesdeExcel(hojas: readonly HojaDeExcel[]): Libro {
  return {
    hojas: hojas.map((h): Hoja => {
      const filas: Array<Array<Celda | undefined> | undefined> = new Array<Array<Celda | undefined> | undefined>(h.fila0).fill(undefined);
      h.valores.forEach((fila, i) => {
        const out: Array<Celda | undefined> = new Array<Celda | undefined>(h.columna0).fill(undefined);
        let ultima = -1;
        fila.forEach((v, j) => {
          const c = celdaDeExcel(v, h.textos[i]?.[j], h.formatos[i]?.[j], h.tipos[i]?.[j]);
          out.push(c);
          if (c) ultima = h.columna0 + j;
        });
        out.length = ultima + 1;
        filas.push(ultima >= 0 ? out : undefined);
      });
      while (filas.length > 0 && filas[filas.length - 1] === undefined) filas.pop();
      return { nombre: h.nombre, filas, combinadas: rangosCombinados(h.combinadas) };
    }),
  };
}

export interface LibroAbierto {
  /** The workbook's name as Excel shows it ("chia-sispt.xlsx"), the name errors and the report use. */
  nombre: string;
  libro: Libro;
}

/**
 * Reads every sheet of the open workbook into a Libro. `combinadas`: read merged areas (ExcelApi 1.13,
 * `Office.context.requirements.isSetSupported('ExcelApi', '1.13')`); without them the readers still work,
 * home-made workbooks lose the fill-down of merged level cells.
 */
export async function leerLibroAbierto(context: Excel.RequestContext, o: { combinadas?: boolean } = {}): Promise<LibroAbierto> {
  const wb = context.workbook;
  wb.load('name');
  const hojasCol = wb.worksheets;
  hojasCol.load('items/name');
  await context.sync();

  const usados = hojasCol.items.map((h) => {
    const u = h.getUsedRangeOrNullObject(true);
    u.load('rowIndex,columnIndex,rowCount,columnCount');
    const m = o.combinadas ? u.getMergedAreasOrNullObject() : null;
    m?.load('address');
    return { nombre: h.name, hoja: h, u, m };
  });
  await context.sync();

  const hojas: HojaDeExcel[] = [];
  type Lote = { destino: HojaDeExcel; rango: Excel.Range };
  let pendientes: Lote[] = [];
  let celdas = 0;
  const leerPendientes = async () => {
    if (pendientes.length === 0) return;
    await context.sync();
    for (const { destino, rango } of pendientes) {
      destino.valores.push(...(rango.values as unknown[][]));
      destino.textos.push(...(rango.text as string[][]));
      destino.formatos.push(...(rango.numberFormat as string[][]));
      destino.tipos.push(...(rango.valueTypes as string[][]));
    }
    pendientes = [];
    celdas = 0;
  };
  for (const { nombre, u, m } of usados) {
    const combinadas = m && !m.isNullObject ? m.address : null;
    if (u.isNullObject) {
      hojas.push({ nombre, fila0: 0, columna0: 0, valores: [], textos: [], formatos: [], tipos: [], combinadas });
      continue;
    }
    const h: HojaDeExcel = { nombre, fila0: u.rowIndex, columna0: u.columnIndex, valores: [], textos: [], formatos: [], tipos: [], combinadas };
    hojas.push(h);
    const porLote = Math.max(1, Math.floor(CELDAS_POR_LECTURA / Math.max(1, u.columnCount)));
    for (let desde = 0; desde < u.rowCount; desde += porLote) {
      const n = Math.min(porLote, u.rowCount - desde);
      if (celdas + n * u.columnCount > CELDAS_POR_LECTURA) await leerPendientes();
      const rango = u.getRow(desde).getResizedRange(n - 1, 0);
      rango.load('values,text,numberFormat,valueTypes');
      pendientes.push({ destino: h, rango });
      celdas += n * u.columnCount;
    }
  }
  await leerPendientes();
  return { nombre: wb.name, libro: libroDesdeExcel(hojas) };
}
