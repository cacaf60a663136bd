import { html, type TemplateResult } from 'lit';
import { descargarTextoCsv } from './descargas.js';

/**
 * "Descargar datos (CSV)" for a widget whose data is a table or a list: `csv` builds the text only when the
 * reader asks for it (a long plan's file is not built on every render).
 */
export function botonCsv(etiqueta: string, nombre: string, csv: () => string): TemplateResult {
  return html`<button class="secundario" data-descarga="csv" @click=${() => descargarTextoCsv(csv(), nombre)}>${etiqueta}</button>`;
}

/** A file name from a code the data chose ("L1.C1", "IP-294"): only letters, digits, dots and dashes. */
export const nombreArchivo = (base: string, codigo?: string | null) => (codigo ? `${base}-${codigo.replace(/[^\w.-]+/g, '-')}` : base);
