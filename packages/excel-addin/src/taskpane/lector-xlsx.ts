/**
 * The pane's workbook-reading worker (built to lector-xlsx.js): bytes → core's Libro through leerLibroXlsx
 * (ZIP checks, then SheetJS) off the pane's thread. leer-en-trabajador.ts starts it and enforces the time limit.
 */
import { leerLibroXlsx } from '@tablero-pdd/core';
import type { PedidoLectura } from './leer-en-trabajador.js';

self.onmessage = async (e: MessageEvent<PedidoLectura>) => {
  const { bytes, archivo, lang } = e.data;
  self.postMessage(await leerLibroXlsx(bytes, { ...(archivo !== undefined ? { archivo } : {}), ...(lang ? { lang } : {}) }));
};
