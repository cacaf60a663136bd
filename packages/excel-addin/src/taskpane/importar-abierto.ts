/// <reference types="office-js" />
/**
 * Import through core's ONE path from the pane: the open workbook (read into a Libro), files the person
 * picks (bytes: xlsx, csv, json), or both merged (`importarArchivos`: SisPT's export open in Excel plus
 * DNP's Informe de Seguimiento picked from disk). An add-in only sees the workbook it runs in, so a second
 * workbook comes in as a file.
 */
import { importarArchivos, type ArchivoEntrada, type OpcionesImportacionVarios, type ResultadoImportacion } from '@tablero-pdd/core';
import { lectorEnTrabajador } from './leer-en-trabajador.js';
import { leerLibroAbierto } from './libro-abierto.js';

export interface OpcionesImportarAbierto extends OpcionesImportacionVarios {
  /** Read merged areas (ExcelApi 1.13). */
  combinadas?: boolean;
}

/** Workbook files are read in a Web Worker with a time limit (leer-en-trabajador.ts) unless the caller says otherwise. */
function conTrabajador(o: OpcionesImportacionVarios): OpcionesImportacionVarios {
  return { ...o, lecturaXlsx: { lector: lectorEnTrabajador(), ...o.lecturaXlsx } };
}

/** The open workbook, plus `archivos` when given, → one plan (merged by meta code when several). */
export async function importarLibroAbierto(
  context: Excel.RequestContext,
  archivos: readonly ArchivoEntrada[] = [],
  o: OpcionesImportarAbierto = {},
): Promise<ResultadoImportacion> {
  const { combinadas, ...opciones } = o;
  const abierto = await leerLibroAbierto(context, { combinadas: combinadas ?? false });
  return importarArchivos([{ nombre: abierto.nombre, contenido: abierto.libro }, ...archivos], conTrabajador(opciones));
}

/** Files picked in the pane (no Excel request). */
export function importarArchivosElegidos(archivos: readonly ArchivoEntrada[], o: OpcionesImportacionVarios = {}): Promise<ResultadoImportacion> {
  return importarArchivos(archivos, conTrabajador(o));
}
