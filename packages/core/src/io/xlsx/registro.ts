/**
 * The spreadsheet reader in the shape of the ONE import path's registry (io/importar.ts, `LECTORES`).
 * Readers may answer with a promise: this one loads SheetJS on first use (dynamic import), so the
 * registry serves workbooks without JSON/CSV users ever downloading the library.
 */
import type { ResultadoValidacion } from '../../schema/types.js';
import type { Lector } from '../importar.js';
import { importarLibro, importarXlsx, type OpcionesImportarXlsx } from './importar-xlsx.js';
import { tipoPorFirma } from './sheetjs.js';

export const EXTENSIONES_XLSX = ['xlsx', 'xlsm', 'xls', 'ods'] as const;

export const LECTOR_XLSX: Lector = {
  formato: 'xlsx',
  extensiones: EXTENSIONES_XLSX,
  binario: true,
  // Binary: recognised by extension or by the ZIP / OLE signature, never from decoded text.
  reconoce: () => false,
  reconoceBytes: (b) => tipoPorFirma(b) !== null,
  // A workbook already read (the Excel add-in's open workbook) takes the same path from the Libro on.
  libros: true,
  leer: async (e, o) => {
    const { mapeo, formatoXlsx, lecturaXlsx, ...resto } = o;
    const opciones: OpcionesImportarXlsx = {
      archivo: resto.archivo,
      ...(resto.lang ? { lang: resto.lang } : {}),
      ...(resto.entidad ? { entidad: resto.entidad } : {}),
      ...(resto.plan ? { plan: resto.plan } : {}),
      ...(mapeo ? { mapeo } : {}),
      ...(formatoXlsx ? { formato: formatoXlsx } : {}),
      ...(lecturaXlsx ? { lecturaXlsx } : {}),
    };
    const r = e.libro ? importarLibro(e.libro, opciones) : await importarXlsx(e.bytes ?? new Uint8Array(0), opciones);
    const resultado: ResultadoValidacion = r.ok ? { ok: true, plan: r.plan, avisos: r.avisos } : { ok: false, errores: r.errores, avisos: r.avisos };
    return { resultado, filasOmitidas: r.reporte?.filasOmitidas ?? [], reporte: r.reporte };
  },
};
