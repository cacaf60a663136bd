/**
 * ONE import path for the CLI, the browser and the Excel add-in: a file (name + text or bytes) → the
 * validated plan plus an `informe` of what was read. The reader is chosen by extension, else by
 * content. `LECTORES` holds JSON, CSV and spreadsheets (SisPT, DNP's Informe de Seguimiento, home-made).
 *
 * Always asynchronous: SheetJS is loaded with a dynamic import() the first time a workbook arrives, so
 * one entry point serves every format and JSON/CSV users never download it.
 */
import { crearError } from '../schema/errores.js';
import type { ErrorDato, Idioma, ResultadoValidacion } from '../schema/types.js';
import { leerCsvDetallado, type FilaOmitida, type OpcionesCsv } from './csv-leer.js';
import { construirInforme, type InformeImportacion } from './informe.js';
import { leerPlanJson } from './json.js';
import { decodificarTexto, type Codificacion } from './texto.js';
import type { FormatoEntradaXlsx } from './xlsx/importar-xlsx.js';
import type { Libro } from './xlsx/libro.js';
import type { OpcionesLecturaXlsx } from './xlsx/limite-lectura.js';
import type { MapeoCasero } from './xlsx/mapeo.js';
import { EXTENSIONES_XLSX, LECTOR_XLSX } from './xlsx/registro.js';
import type { ReporteXlsx } from './xlsx/reporte.js';

export interface ArchivoEntrada {
  /** File name (its extension picks the reader). */
  nombre: string;
  /**
   * Text, bytes, or a workbook already read into core's `Libro` (the Excel add-in builds one from the open
   * workbook's ranges): a Libro goes to the reader that accepts them (`LECTOR_XLSX`), with no SheetJS.
   */
  contenido: string | Uint8Array | Libro;
}

export type OpcionesImportacion = Omit<OpcionesCsv, 'archivo'> & {
  /** Force a reader by its `formato` instead of guessing. */
  formato?: string;
  /** Readers to choose from (default LECTORES). */
  lectores?: readonly Lector[];
  /** Home-made workbooks: header → field, sheets, header row (checked with `validarMapeo` first). */
  mapeo?: MapeoCasero;
  /** Workbooks: force SisPT, DNP or home-made instead of detecting it by the sheet names. */
  formatoXlsx?: FormatoEntradaXlsx;
  /** Workbooks: the time limit (Node: SheetJS in a worker thread) and `lector` (read elsewhere, e.g. a Web Worker); see xlsx/limite-lectura.ts. */
  lecturaXlsx?: OpcionesLecturaXlsx;
};

/** What a reader receives besides the file: the import options with the file name set. */
export type OpcionesLector = OpcionesCsv & Pick<OpcionesImportacion, 'mapeo' | 'formatoXlsx' | 'lecturaXlsx'> & { archivo: string };

export interface Lectura {
  resultado: ResultadoValidacion;
  filasOmitidas: FilaOmitida[];
  filasVacias?: number;
  /** Spreadsheet readers: the full report (sheets, notes, mapping, DNP figures, conflicts). */
  reporte?: ReporteXlsx | null;
}

export interface Lector {
  /** Short id shown to people: "json", "csv", later "sispt-xlsx"… */
  formato: string;
  /** Lower-case extensions without the dot. */
  extensiones: readonly string[];
  /** Whether the content looks like this format (used when the extension says nothing). */
  reconoce: (texto: string) => boolean;
  /** True for readers of binary files (they get the bytes; text readers get decoded text). */
  binario?: boolean;
  /** Binary readers: whether the bytes look like this format (a workbook's ZIP or OLE signature). */
  reconoceBytes?: (bytes: Uint8Array) => boolean;
  /** True for readers that also take a workbook already read (`entrada.libro`). */
  libros?: boolean;
  leer: (entrada: { nombre: string; texto: string; bytes?: Uint8Array; libro?: Libro }, o: OpcionesLector) => Lectura | Promise<Lectura>;
}

export const LECTORES: readonly Lector[] = [
  {
    formato: 'json',
    extensiones: ['json'],
    reconoce: (t) => /^\s*[{[]/.test(t),
    leer: (e, o) => ({ resultado: leerPlanJson(e.texto, { archivo: o.archivo, lang: o.lang ?? 'es' }), filasOmitidas: [] }),
  },
  {
    formato: 'csv',
    extensiones: ['csv', 'tsv', 'txt'],
    reconoce: (t) => /[;,\t]/.test(t.slice(0, t.indexOf('\n') >= 0 ? t.indexOf('\n') : 4096)),
    leer: (e, o) => {
      const l = leerCsvDetallado(e.texto, o);
      return { resultado: l.resultado, filasOmitidas: l.filasOmitidas, filasVacias: l.filasVacias };
    },
  },
  LECTOR_XLSX,
];

export type ResultadoImportacion = ResultadoValidacion & {
  /** The reader used, null when none could read the file. */
  formato: string | null;
  informe: InformeImportacion;
  /** The spreadsheet report (workbooks and merges), null for JSON and CSV. */
  reporte: ReporteXlsx | null;
};

function extension(nombre: string): string {
  const m = /\.([^./\\]+)$/.exec(nombre);
  return m ? m[1]!.toLowerCase() : '';
}

/** A workbook already read (core's Libro), as opposed to text or bytes. */
export function esLibro(x: unknown): x is Libro {
  return typeof x === 'object' && x !== null && !(x instanceof Uint8Array) && Array.isArray((x as { hojas?: unknown }).hojas);
}

function falla(nombre: string, codigo: string, esperado: string, lang: Idioma, valor?: string): ResultadoValidacion {
  const e: ErrorDato = crearError({ codigo, ruta: '', esperado, archivo: nombre, ...(valor !== undefined ? { valor } : {}) }, lang, nombre);
  return { ok: false, errores: [e], avisos: [] };
}

/** Reads any supported file. Never throws: unreadable input comes back as errors. */
export async function importarArchivo(archivo: ArchivoEntrada, o: OpcionesImportacion = {}): Promise<ResultadoImportacion> {
  const lang = o.lang ?? 'es';
  const es = lang === 'es';
  const lectores = o.lectores ?? LECTORES;
  const ext = extension(archivo.nombre);
  const cerrar = (formato: string | null, resultado: ResultadoValidacion, lectura?: Lectura): ResultadoImportacion => ({
    ...resultado,
    formato,
    informe: construirInforme(resultado, {
      archivo: archivo.nombre,
      formato,
      filasOmitidas: lectura?.filasOmitidas ?? [],
      filasVacias: lectura?.filasVacias ?? 0,
      notas: lectura?.reporte?.notas ?? [],
      lang,
    }),
    reporte: lectura?.reporte ?? null,
  });
  /** Readers are written not to throw; a bug still comes back as an error naming the file, never a crash. */
  const leerCon = async (lector: Lector, entrada: Parameters<Lector['leer']>[0]): Promise<Lectura | ResultadoImportacion> => {
    try {
      return await lector.leer(entrada, { ...o, archivo: archivo.nombre });
    } catch (e) {
      const texto = e instanceof Error ? e.message : String(e);
      return cerrar(
        lector.formato,
        falla(archivo.nombre, 'error_interno', es ? 'un archivo que el importador pueda leer (es un error del programa: repórtelo con el archivo)' : 'a file the importer can read (this is a bug: report it with the file)', lang, texto.slice(0, 200)),
      );
    }
  };

  const libro = esLibro(archivo.contenido) ? archivo.contenido : undefined;
  let lector = o.formato ? lectores.find((l) => l.formato === o.formato) : libro ? lectores.find((l) => l.libros) : lectores.find((l) => l.extensiones.includes(ext));
  if (o.formato && !lector)
    return cerrar(null, falla(archivo.nombre, 'formato_desconocido', (es ? 'uno de los formatos: ' : 'one of the formats: ') + lectores.map((l) => l.formato).join(', '), lang, o.formato));
  if (libro) {
    if (!lector?.libros)
      return cerrar(null, falla(archivo.nombre, 'formato_no_soportado', es ? 'un lector de libros de hojas de cálculo (LECTOR_XLSX)' : 'a spreadsheet workbook reader (LECTOR_XLSX)', lang, lector?.formato));
    const l = await leerCon(lector, { nombre: archivo.nombre, texto: '', libro });
    return 'informe' in l ? l : cerrar(lector.formato, l.resultado, l);
  }

  const contenido = archivo.contenido as string | Uint8Array;
  const bytes = typeof contenido === 'string' ? undefined : contenido;
  const d = lector?.binario ? { texto: '', codificacion: 'utf-8' as Codificacion, binario: true } : decodificarTexto(contenido);
  // A workbook downloaded without its extension is still recognised by its signature.
  if (!lector && bytes) lector = lectores.find((l) => l.binario && l.reconoceBytes?.(bytes));
  if (!lector && !d.binario) lector = lectores.find((l) => !l.binario && l.reconoce(d.texto));
  if (!lector || (d.binario && !lector.binario)) {
    const libros = EXTENSIONES_XLSX.map((x) => `.${x}`).join(', ');
    const esperado = es
      ? `un archivo JSON del plan, CSV de la plantilla (docs/plantilla-csv.md) o un libro ${libros}`
      : `a plan JSON file, a template CSV (docs/plantilla-csv.md) or a ${libros} workbook`;
    return cerrar(null, falla(archivo.nombre, 'formato_no_soportado', esperado, lang, ext ? `.${ext}` : undefined));
  }

  const lectura = await leerCon(lector, { nombre: archivo.nombre, texto: d.texto, ...(bytes ? { bytes } : {}) });
  if ('informe' in lectura) return lectura;
  if (d.codificacion === 'windows-1252') {
    // Said once, so a person knows why an accent may look odd and how to avoid the guess.
    const aviso = crearError(
      {
        codigo: 'codificacion_supuesta',
        ruta: '',
        esperado: es ? 'texto en UTF-8 (se leyó como Windows-1252; en Excel use «CSV UTF-8»)' : 'UTF-8 text (read as Windows-1252; in Excel save as "CSV UTF-8")',
        archivo: archivo.nombre,
        severidad: 'aviso',
      },
      lang,
      archivo.nombre,
    );
    lectura.resultado.avisos.unshift(aviso);
  }
  return cerrar(lector.formato, lectura.resultado, lectura);
}
