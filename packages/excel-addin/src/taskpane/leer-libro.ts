/// <reference types="office-js" />
/**
 * Reads the plan's cells from the open workbook with few requests, whatever the number of metas:
 * 1) every table and sheet name, the active sheet, the saved mapping and the active sheet's used range
 *    size; 2) the chosen block's size when it is not the active sheet's; 3) its cells, in requests of at
 *    most CELDAS_POR_LECTURA cells (Excel on the web caps a request at 5 MB; a 1,000-meta Plan
 *    Indicativo of up to 60 columns is one request). No load() per row or per meta.
 */
import { mapeoDeAjuste, pedirMapeoGuardado } from './ajustes.js';
import type { MapeoGuardado } from './mapeo.js';
import type { RangoLeido } from './rango-leido.js';

/** values + text + numberFormat of 60,000 cells stay well under 5 MB with ordinary cell texts. */
export const CELDAS_POR_LECTURA = 60_000;

export interface FuentePlan {
  hoja: string;
  tabla: string | null;
}

export interface TablaDelLibro {
  nombre: string;
  hoja: string;
}

export interface LibroLeido {
  rango: RangoLeido;
  tablas: TablaDelLibro[];
  hojas: string[];
  guardado: MapeoGuardado | null;
}

export type ResultadoLectura = { ok: true; libro: LibroLeido } | { ok: false; mensaje: string; tablas: TablaDelLibro[]; hojas: string[] };

/**
 * The block to read: the one asked for, else the saved one when it still exists, else the first table on
 * the active sheet, else the first table of the workbook, else the active sheet's used range.
 */
export function elegirFuente(
  pedida: FuentePlan | null,
  guardado: MapeoGuardado | null,
  tablas: readonly TablaDelLibro[],
  hojas: readonly string[],
  activa: string,
): FuentePlan {
  const existe = (f: FuentePlan) => (f.tabla ? tablas.some((t) => t.nombre === f.tabla) : hojas.includes(f.hoja));
  if (pedida && existe(pedida)) return pedida;
  if (guardado && existe(guardado)) return { hoja: guardado.hoja, tabla: guardado.tabla };
  const enActiva = tablas.find((t) => t.hoja === activa);
  const t = enActiva ?? tablas[0];
  if (t) return { hoja: t.hoja, tabla: t.nombre };
  return { hoja: activa, tabla: null };
}

export async function leerLibro(context: Excel.RequestContext, pedida: FuentePlan | null = null): Promise<ResultadoLectura> {
  const wb = context.workbook;
  const tablasCol = wb.tables;
  tablasCol.load('items/name,items/worksheet/name');
  const hojasCol = wb.worksheets;
  hojasCol.load('items/name');
  const activa = wb.worksheets.getActiveWorksheet();
  activa.load('name');
  const usadoActiva = activa.getUsedRangeOrNullObject(true);
  usadoActiva.load('rowIndex,columnIndex,rowCount,columnCount');
  const ajuste = pedirMapeoGuardado(context);
  await context.sync();

  const tablas = tablasCol.items.map((t) => ({ nombre: t.name, hoja: t.worksheet.name }));
  const hojas = hojasCol.items.map((h) => h.name);
  const guardado = mapeoDeAjuste(ajuste);
  const fuente = elegirFuente(pedida, guardado, tablas, hojas, activa.name);

  let rango: Excel.Range;
  let dims: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
  if (!fuente.tabla && fuente.hoja === activa.name) {
    if (usadoActiva.isNullObject) return { ok: false, mensaje: `La hoja «${fuente.hoja}» está vacía: abra la hoja del plan o conviértalo en una tabla de Excel.`, tablas, hojas };
    rango = activa.getUsedRange(true);
    dims = usadoActiva;
  } else {
    const r = fuente.tabla ? wb.tables.getItem(fuente.tabla).getRange() : wb.worksheets.getItem(fuente.hoja).getUsedRangeOrNullObject(true);
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (r.isNullObject) return { ok: false, mensaje: `La hoja «${fuente.hoja}» está vacía.`, tablas, hojas };
    rango = r;
    dims = r;
  }

  const { rowIndex, columnIndex, rowCount, columnCount } = dims;
  const filasPorLote = Math.max(1, Math.floor(CELDAS_POR_LECTURA / Math.max(1, columnCount)));
  const valores: unknown[][] = [];
  const textos: string[][] = [];
  const formatos: string[][] = [];
  for (let desde = 0; desde < rowCount; desde += filasPorLote) {
    const filas = Math.min(filasPorLote, rowCount - desde);
    const lote = rango.getRow(desde).getResizedRange(filas - 1, 0);
    lote.load('values,text,numberFormat');
    await context.sync();
    valores.push(...(lote.values as unknown[][]));
    textos.push(...(lote.text as string[][]));
    formatos.push(...(lote.numberFormat as string[][]));
  }
  return {
    ok: true,
    libro: {
      rango: { hoja: fuente.hoja, tabla: fuente.tabla, fila0: rowIndex, columna0: columnIndex, valores, textos, formatos },
      tablas,
      hojas,
      guardado,
    },
  };
}
