/// <reference types="office-js" />
/**
 * Writes the "Resumen PDD" sheet: a NEW sheet (its name made free of the workbook's), values as 2-D
 * arrays, numbers with number formats, one Excel table per block (names made free too), conditional
 * formats that colour the semáforo states with core's colours, and native charts (compliance and progress
 * by level, investment by source). Nothing of the person's is touched: no existing sheet, table or cell.
 *
 * Requests: one to read the names in use, one to write everything (calculation suspended until then).
 * Only a summary larger than LIMITE_BYTES_ESCRITURA (Excel on the web caps a request at 5 MB) is split
 * into more requests, by size, never per meta.
 */
import { letraColumna } from '../comun/direcciones.js';
import { guardarMapeo } from './ajustes.js';
import type { MapeoGuardado } from './mapeo.js';
import { nombreHojaLibre, nombreTablaLibre } from './nombres-libres.js';
import type { BloqueResumen, ContenidoResumen } from './resumen-hoja.js';

export { NOMBRE_HOJA_RESUMEN } from './resumen-hoja.js';

export const LIMITE_BYTES_ESCRITURA = 4_000_000;

export interface ResultadoResumen {
  hoja: string;
  tablas: string[];
  graficos: number;
  /** context.sync() calls made. */
  solicitudes: number;
}

/** Rough size of a request's payload: the JSON of what is written. */
function bytes(x: unknown): number {
  return JSON.stringify(x).length;
}

function direccion(fila: number, columna: number, filas: number, columnas: number): string {
  const ini = `${letraColumna(columna)}${fila + 1}`;
  return filas === 1 && columnas === 1 ? ini : `${ini}:${letraColumna(columna + columnas - 1)}${fila + filas}`;
}

export async function escribirResumen(
  context: Excel.RequestContext,
  contenido: ContenidoResumen,
  o: { mapeo?: MapeoGuardado | null; nombreHoja?: string } = {},
): Promise<ResultadoResumen> {
  let solicitudes = 0;
  const sync = async () => {
    solicitudes++;
    await context.sync();
  };
  const wb = context.workbook;
  const hojasCol = wb.worksheets;
  hojasCol.load('items/name');
  const tablasCol = wb.tables;
  tablasCol.load('items/name');
  await sync();

  const nombreHoja = nombreHojaLibre(o.nombreHoja ?? contenido.hoja, hojasCol.items.map((h) => h.name));
  const tablasUsadas = tablasCol.items.map((t) => t.name);
  context.application.suspendApiCalculationUntilNextSync();
  const hoja = wb.worksheets.add(nombreHoja);

  let pendientes = 0;
  const escribir = async (fila: number, columna: number, valores: Array<Array<string | number>>, formatos?: Array<Array<string>>) => {
    const b = bytes(valores) + (formatos ? bytes(formatos) : 0);
    if (pendientes > 0 && pendientes + b > LIMITE_BYTES_ESCRITURA) {
      await sync();
      pendientes = 0;
    }
    pendientes += b;
    const r = hoja.getRange(direccion(fila, columna, valores.length, valores[0]?.length ?? 1));
    r.values = valores;
    if (formatos) r.numberFormat = formatos;
    return r;
  };

  const titulo = await escribir(0, 0, [[contenido.titulo]]);
  titulo.format.font.bold = true;
  titulo.format.font.size = 14;
  let fila = 1;
  for (const l of contenido.lineas) await escribir(fila++, 0, [[l]]);
  fila++;

  const tablas: string[] = [];
  let graficos = 0;
  const anchoMaximo = Math.max(...contenido.bloques.map((b) => b.encabezados.length));
  const columnaGraficos = letraColumna(anchoMaximo + 1);
  let filaGrafico = fila;

  for (const b of contenido.bloques) {
    const t = await escribir(fila++, 0, [[b.titulo]]);
    t.format.font.bold = true;
    t.format.font.size = 12;
    for (const n of b.notas) await escribir(fila++, 0, [[n]]);
    const filaTabla = fila;
    const formatos = b.filas.map(() => b.formatos.map((f) => f ?? 'General'));
    await escribir(filaTabla, 0, [b.encabezados, ...b.filas], [b.encabezados.map(() => '@'), ...formatos]);
    const dir = direccion(filaTabla, 0, b.filas.length + 1, b.encabezados.length);
    const tabla = hoja.tables.add(dir, true);
    const nombreTabla = nombreTablaLibre(b.tabla, tablasUsadas);
    tablasUsadas.push(nombreTabla);
    tabla.name = nombreTabla;
    tabla.style = 'TableStyleLight9';
    tablas.push(nombreTabla);
    colorearEstados(hoja, b, filaTabla + 1, contenido);
    if (b.grafico) {
      const g = b.grafico;
      const origen = hoja.getRange(direccion(filaTabla, g.desde, b.filas.length + 1, g.hasta - g.desde + 1));
      const grafico = hoja.charts.add(g.tipo, origen, 'Columns');
      grafico.title.text = g.titulo;
      grafico.setPosition(`${columnaGraficos}${filaGrafico + 1}`, `${letraColumna(anchoMaximo + 8)}${filaGrafico + 18}`);
      filaGrafico += 20;
      graficos++;
    }
    fila = filaTabla + b.filas.length + 2;
  }
  hoja.getRange(`A:${letraColumna(anchoMaximo - 1)}`).format.autofitColumns();
  hoja.activate();
  if (o.mapeo) guardarMapeo(context, o.mapeo);
  await sync();
  return { hoja: nombreHoja, tablas, graficos, solicitudes };
}

/** One conditional format per semáforo state and state column: a fixed number, whatever the rows. */
function colorearEstados(hoja: Excel.Worksheet, b: BloqueResumen, filaDatos: number, contenido: ContenidoResumen): void {
  if (b.filas.length === 0) return;
  for (const c of b.columnasEstado) {
    const rango = hoja.getRange(direccion(filaDatos, c, b.filas.length, 1));
    for (const e of contenido.estados) {
      const cf = rango.conditionalFormats.add('ContainsText');
      cf.textComparison.format.fill.color = e.color;
      cf.textComparison.format.font.color = e.colorTexto;
      cf.textComparison.rule = { operator: 'Contains', text: e.nombre };
    }
  }
}
