/**
 * The spreadsheet reader in the shape of the ONE import path's registry (io/importar.ts, `LECTORES`).
 * That registry is synchronous, SheetJS loads asynchronously: callers `await cargarSheetJS()` once
 * (the CLI at start-up when a file is .xlsx; the browser before reading a dropped workbook), then the
 * reader works synchronously. Without it, the reader answers with a clear error instead of a crash.
 */
import type { ResultadoValidacion } from '../../schema/types.js';
import type { Lector } from '../importar.js';
import { importarLibro } from './importar-xlsx.js';
import type { MapeoCasero } from './mapeo.js';
import { leerLibroConSheetJS, sheetJSCargado } from './sheetjs.js';

export const EXTENSIONES_XLSX = ['xlsx', 'xlsm', 'xls', 'ods'] as const;

export const LECTOR_XLSX: Lector = {
  formato: 'xlsx',
  extensiones: EXTENSIONES_XLSX,
  binario: true,
  // Binary: recognised by extension (or by the caller forcing `formato: 'xlsx'`), never from decoded text.
  reconoce: () => false,
  leer: (e, o) => {
    const l = leerLibroConSheetJS(sheetJSCargado(), e.bytes ?? new Uint8Array(0), o);
    if (!l.ok) return { resultado: { ok: false, errores: l.errores, avisos: [] }, filasOmitidas: [] };
    // Extra options the registry's type does not list yet (the CLI's --mapeo, --formato-xlsx).
    const extra = o as { mapeo?: MapeoCasero; formatoXlsx?: 'auto' | 'sispt' | 'dnp' | 'casero' };
    const r = importarLibro(l.libro, { ...o, ...(extra.mapeo ? { mapeo: extra.mapeo } : {}), ...(extra.formatoXlsx ? { formato: extra.formatoXlsx } : {}) });
    const resultado: ResultadoValidacion = r.ok ? { ok: true, plan: r.plan, avisos: r.avisos } : { ok: false, errores: r.errores, avisos: r.avisos };
    return { resultado, filasOmitidas: r.reporte?.filasOmitidas ?? [] };
  },
};
