/**
 * The entry points of spreadsheet import: bytes (or an already-read Libro) → the canonical plan, validated,
 * with the report of what was read. The format is detected from the sheet names (SisPT's Plan Indicativo,
 * DNP's Informe de Seguimiento) or taken as a home-made workbook. Several files of one entity are merged.
 * Nothing here throws: any problem, even an unexpected one, comes back as an error of the list.
 */
import type { ErrorDato, Idioma } from '../../schema/types.js';
import { leerCasero, type OpcionesCasero } from './casero.js';
import { esLibroDnp, leerDnp } from './dnp-seguimiento.js';
import { finalizarLectura } from './finalizar.js';
import { fusionarPlanes, type EntradaFusion, type OpcionesFusion } from './fusionar.js';
import type { Libro } from './libro.js';
import type { OpcionesLecturaXlsx } from './limite-lectura.js';
import { reporteVacio, type FormatoXlsx, type ReporteXlsx, type ResultadoXlsx } from './reporte.js';
import { leerLibroXlsx, type Bytes } from './sheetjs.js';
import { esLibroSispt, leerSispt } from './sispt.js';

export type FormatoEntradaXlsx = 'auto' | 'sispt' | 'dnp' | 'casero';

export interface OpcionesImportarXlsx extends OpcionesCasero {
  /** Default 'auto': by the sheet names. */
  formato?: FormatoEntradaXlsx;
  /** Reading the bytes: worker thread and time limit (Node). */
  lecturaXlsx?: OpcionesLecturaXlsx;
}

export function detectarFormatoXlsx(libro: Libro): Exclude<FormatoXlsx, 'fusion'> {
  if (esLibroSispt(libro)) return 'sispt-plan-indicativo';
  if (esLibroDnp(libro)) return 'dnp-informe-seguimiento';
  return 'libro-propio';
}

function errorInterno(e: unknown, o: { archivo?: string; lang?: Idioma }): ErrorDato {
  const es = (o.lang ?? 'es') === 'es';
  const texto = e instanceof Error ? e.message : String(e);
  return {
    codigo: 'error_interno',
    ...(o.archivo ? { archivo: o.archivo } : {}),
    ruta: '',
    valor: texto.slice(0, 200),
    esperado: es ? 'un archivo que el importador pueda leer' : 'a file the importer can read',
    mensaje: es
      ? `${o.archivo ? `${o.archivo}: ` : ''}el importador falló de forma inesperada (${texto.slice(0, 200)}). Es un error del programa: repórtelo con el archivo.`
      : `${o.archivo ? `${o.archivo}: ` : ''}the importer failed unexpectedly (${texto.slice(0, 200)}). This is a bug: report it with the file.`,
    severidad: 'error',
  };
}

/** A workbook already read (by SheetJS, or from Excel ranges in the add-in) → plan. Synchronous. */
export function importarLibro(libro: Libro, o: OpcionesImportarXlsx = {}): ResultadoXlsx {
  try {
    const f = o.formato ?? 'auto';
    const formato = f === 'sispt' ? 'sispt-plan-indicativo' : f === 'dnp' ? 'dnp-informe-seguimiento' : f === 'casero' ? 'libro-propio' : detectarFormatoXlsx(libro);
    const lectura = formato === 'sispt-plan-indicativo' ? leerSispt(libro, o) : formato === 'dnp-informe-seguimiento' ? leerDnp(libro, o) : leerCasero(libro, o);
    return finalizarLectura(lectura, o);
  } catch (e) {
    return { ok: false, errores: [errorInterno(e, o)], avisos: [], reporte: null };
  }
}

/** Workbook bytes (.xlsx, .xlsm, .xls, .ods) → plan. Loads SheetJS on first use. */
export async function importarXlsx(contenido: Bytes, o: OpcionesImportarXlsx = {}): Promise<ResultadoXlsx> {
  try {
    const l = await leerLibroXlsx(contenido, o);
    if (!l.ok) return { ok: false, errores: l.errores, avisos: [], reporte: null };
    return importarLibro(l.libro, o);
  } catch (e) {
    return { ok: false, errores: [errorInterno(e, o)], avisos: [], reporte: null };
  }
}

export interface ArchivoXlsx {
  nombre: string;
  contenido: Bytes;
}

/**
 * Several workbooks of the same entity (the SisPT export and DNP's Informe de Seguimiento, or a home-made
 * workbook) → one plan. Each is imported alone first; if any fails, its errors are returned (no partial merge).
 */
export async function importarXlsxVarios(
  archivos: readonly ArchivoXlsx[],
  o: Omit<OpcionesImportarXlsx, 'archivo'> & OpcionesFusion = {},
): Promise<ResultadoXlsx> {
  const entradas: EntradaFusion[] = [];
  const errores: ErrorDato[] = [];
  const avisos: ErrorDato[] = [];
  const reportes: ReporteXlsx[] = [];
  for (const a of archivos) {
    const r = await importarXlsx(a.contenido, { ...o, archivo: a.nombre });
    avisos.push(...r.avisos);
    if (r.reporte) reportes.push(r.reporte);
    if (!r.ok) errores.push(...r.errores);
    else entradas.push({ archivo: a.nombre, plan: r.plan, reporte: r.reporte });
  }
  if (errores.length > 0) {
    const reporte = reporteVacio('fusion', archivos.map((a) => a.nombre));
    reporte.hojas = reportes.flatMap((r) => r.hojas.map((h) => ({ ...h, archivo: r.archivos[0] ?? '' })));
    return { ok: false, errores, avisos, reporte };
  }
  if (entradas.length === 1) {
    const [e] = entradas;
    return { ok: true, plan: e!.plan, avisos, reporte: e!.reporte };
  }
  const f = fusionarPlanes(entradas, o);
  return f.ok ? { ...f, avisos: [...avisos, ...f.avisos] } : { ...f, avisos: [...avisos, ...f.avisos] };
}
