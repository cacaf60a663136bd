/**
 * ONE import path for the CLI, the browser and the Excel add-in: a file (name + text or bytes) → the
 * validated plan plus an `informe` of what was read. The reader is chosen by extension, else by
 * content. `LECTORES` is the registry the SisPT / DNP / home-made .xlsx readers will join.
 */
import { crearError } from '../schema/errores.js';
import type { ErrorDato, Idioma, ResultadoValidacion } from '../schema/types.js';
import { leerCsvDetallado, type FilaOmitida, type OpcionesCsv } from './csv-leer.js';
import { construirInforme, type InformeImportacion } from './informe.js';
import { leerPlanJson } from './json.js';
import { decodificarTexto, type Codificacion } from './texto.js';

export interface ArchivoEntrada {
  /** File name (its extension picks the reader). */
  nombre: string;
  contenido: string | Uint8Array;
}

export type OpcionesImportacion = Omit<OpcionesCsv, 'archivo'> & {
  /** Force a reader by its `formato` instead of guessing. */
  formato?: string;
  /** Readers to choose from (default LECTORES). */
  lectores?: readonly Lector[];
};

export interface Lectura {
  resultado: ResultadoValidacion;
  filasOmitidas: FilaOmitida[];
  filasVacias?: number;
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
  leer: (entrada: { nombre: string; texto: string; bytes?: Uint8Array }, o: OpcionesCsv & { archivo: string }) => Lectura;
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
];

export type ResultadoImportacion = ResultadoValidacion & {
  /** The reader used, null when none could read the file. */
  formato: string | null;
  informe: InformeImportacion;
};

function extension(nombre: string): string {
  const m = /\.([^./\\]+)$/.exec(nombre);
  return m ? m[1]!.toLowerCase() : '';
}

function falla(nombre: string, codigo: string, esperado: string, lang: Idioma, valor?: string): ResultadoValidacion {
  const e: ErrorDato = crearError({ codigo, ruta: '', esperado, archivo: nombre, ...(valor !== undefined ? { valor } : {}) }, lang, nombre);
  return { ok: false, errores: [e], avisos: [] };
}

/** Reads any supported file. Never throws: unreadable input comes back as errors. */
export function importarArchivo(archivo: ArchivoEntrada, o: OpcionesImportacion = {}): ResultadoImportacion {
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
      lang,
    }),
  });

  let lector = o.formato ? lectores.find((l) => l.formato === o.formato) : lectores.find((l) => l.extensiones.includes(ext));
  if (o.formato && !lector)
    return cerrar(null, falla(archivo.nombre, 'formato_desconocido', (es ? 'uno de los formatos: ' : 'one of the formats: ') + lectores.map((l) => l.formato).join(', '), lang, o.formato));

  const bytes = typeof archivo.contenido === 'string' ? undefined : archivo.contenido;
  const d = lector?.binario ? { texto: '', codificacion: 'utf-8' as Codificacion, binario: true } : decodificarTexto(archivo.contenido);
  if (!lector && !d.binario) lector = lectores.find((l) => !l.binario && l.reconoce(d.texto));
  if (!lector || (d.binario && !lector.binario)) {
    const hoja = ['xlsx', 'xlsm', 'xls', 'ods'].includes(ext) || (bytes?.[0] === 0x50 && bytes[1] === 0x4b);
    const esperado = hoja
      ? es
        ? 'un archivo JSON del plan o CSV de la plantilla (los libros de Excel aún no se leen: guarde la hoja como «CSV UTF-8» con los encabezados de la plantilla)'
        : 'a plan JSON file or a template CSV (Excel workbooks are not read yet: save the sheet as "CSV UTF-8" with the template headers)'
      : es
        ? 'un archivo JSON del plan o CSV de la plantilla (docs/plantilla-csv.md)'
        : 'a plan JSON file or a template CSV (docs/plantilla-csv.md)';
    return cerrar(null, falla(archivo.nombre, 'formato_no_soportado', esperado, lang, ext ? `.${ext}` : undefined));
  }

  const lectura = lector.leer({ nombre: archivo.nombre, texto: d.texto, ...(bytes ? { bytes } : {}) }, { ...o, archivo: archivo.nombre });
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
