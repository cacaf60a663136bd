/**
 * The .xlsx Plan Indicativo fixture (test/fixtures/plan-indicativo-norte-de-santander.xlsx): the seed data
 * set laid out as a home-made workbook (libroPropio: title rows, merged bands over the year columns,
 * Spanish variants, extra columns), written by SheetJS as a real Excel file, and read back into the shape
 * the task pane gets from office.js (values, shown text, number formats).
 *
 * Regenerate: npx tsx packages/excel-addin/src/taskpane/test-utils/fixture-xlsx.ts
 */
import * as XLSX from '@e965/xlsx';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plan } from '@tablero-pdd/core';
import type { RangoLeido } from '../rango-leido.js';
import { libroPropio, planSemilla } from './libros-prueba.js';

export const HOJA_FIXTURE = 'Plan Indicativo';
export const RUTA_FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/plan-indicativo-norte-de-santander.xlsx');

export function crearFixtureXlsx(plan: Plan): Uint8Array {
  const l = libroPropio(plan);
  const hoja = XLSX.utils.aoa_to_sheet(l.celdas);
  // The bands over the year columns are merged cells, as people make them.
  const banda = l.primeraFila - 2;
  const combinadas: XLSX.Range[] = [];
  const fila = l.celdas[banda] ?? [];
  for (let c = 0; c < fila.length; c++) {
    if (fila[c] === '') continue;
    let fin = c;
    while (fin + 1 < fila.length && fila[fin + 1] === '' && l.celdas[banda + 1]?.[fin + 1] !== '') fin++;
    if (fin > c) combinadas.push({ s: { r: banda, c }, e: { r: banda, c: fin } });
  }
  hoja['!merges'] = combinadas;
  const libro = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(libro, hoja, HOJA_FIXTURE);
  return XLSX.write(libro, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
}

/** A sheet of an .xlsx file as office.js would hand it to the pane (used range from A1). */
export function rangoDeXlsx(contenido: Uint8Array, nombreHoja = HOJA_FIXTURE): RangoLeido {
  const libro = XLSX.read(contenido, { type: 'buffer', cellNF: true, cellText: true });
  const hoja = libro.Sheets[nombreHoja];
  if (!hoja) throw new Error(`el libro no tiene la hoja «${nombreHoja}»`);
  const ref = XLSX.utils.decode_range(hoja['!ref'] ?? 'A1');
  const valores: unknown[][] = [];
  const textos: string[][] = [];
  const formatos: string[][] = [];
  for (let r = 0; r <= ref.e.r; r++) {
    const v: unknown[] = [];
    const t: string[] = [];
    const f: string[] = [];
    for (let c = 0; c <= ref.e.c; c++) {
      const celda = hoja[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      v.push(celda?.v ?? '');
      t.push(celda?.w ?? (celda?.v === undefined ? '' : String(celda.v)));
      f.push(typeof celda?.z === 'string' ? celda.z : 'General');
    }
    valores.push(v);
    textos.push(t);
    formatos.push(f);
  }
  return { hoja: nombreHoja, tabla: null, fila0: 0, columna0: 0, valores, textos, formatos };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(RUTA_FIXTURE, crearFixtureXlsx(planSemilla()));
  console.log(`Escrito ${RUTA_FIXTURE}`);
}
