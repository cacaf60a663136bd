/**
 * Bytes → Libro through SheetJS (@e965/xlsx: SheetJS 0.20.3, which fixes the prototype-pollution and
 * ReDoS CVEs of the registry's `xlsx` 0.18.5). Loaded with a dynamic import() so the widgets' bundle and
 * JSON/CSV users never pay for it; core keeps no node:fs: bytes come in, the caller reads the file.
 */
import type { ErrorDato, Idioma } from '../../schema/types.js';
import { Diagnostico } from './diagnostico.js';
import type { Celda, Hoja, Libro, Rango } from './libro.js';
import { errorParteDanada } from './errores-lectura.js';
import type { OpcionesLecturaXlsx } from './limite-lectura.js';
import { revisarPartesZip } from './zip-contenido.js';
import { problemaZip } from './zip-integridad.js';

type SheetJS = typeof import('@e965/xlsx');

let carga: Promise<SheetJS> | null = null;
let cargado: SheetJS | null = null;

/** The library, loaded once on first use. */
export function cargarSheetJS(): Promise<SheetJS> {
  carga ??= import('@e965/xlsx').then((m) => (cargado = m));
  return carga;
}

/** The library if already loaded (for synchronous readers, e.g. the import registry), else null. */
export function sheetJSCargado(): SheetJS | null {
  return cargado;
}

export type Bytes = Uint8Array | ArrayBuffer;

export function comoUint8Array(b: Bytes): Uint8Array {
  return b instanceof Uint8Array ? b : new Uint8Array(b);
}

/** xlsx/xlsm/ods are ZIP files; .xls is an OLE compound file. Anything else is not a workbook we read. */
export function tipoPorFirma(b: Uint8Array): 'zip' | 'ole' | null {
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06)) return 'zip';
  if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1)
    return 'ole';
  return null;
}

export type LecturaLibro = { ok: true; libro: Libro } | { ok: false; errores: ErrorDato[] };

interface CeldaSheetJS {
  t?: string;
  v?: unknown;
  w?: string;
  z?: unknown;
}

function convertirCelda(x: CeldaSheetJS | undefined): Celda | undefined {
  if (!x || typeof x !== 'object') return undefined;
  if (x.t === 'e') return { v: null, error: typeof x.w === 'string' ? x.w : '#ERROR' };
  if (x.t === 'z' || x.v === undefined || x.v === null) return undefined;
  let v: Celda['v'];
  if (typeof x.v === 'string' || typeof x.v === 'number' || typeof x.v === 'boolean') v = x.v;
  else if (x.v instanceof Date) v = x.v.toISOString().slice(0, 10);
  else return undefined;
  const c: Celda = { v };
  if (typeof x.w === 'string') c.w = x.w;
  if (typeof x.z === 'string') c.z = x.z;
  return c;
}

function convertirHoja(nombre: string, ws: Record<string, unknown>): Hoja {
  const datos = ws['!data'];
  const filas: Array<Array<Celda | undefined> | undefined> = [];
  if (Array.isArray(datos)) {
    for (let r = 0; r < datos.length; r++) {
      const fila: unknown = datos[r];
      if (!Array.isArray(fila)) {
        filas.push(undefined);
        continue;
      }
      const out: Array<Celda | undefined> = new Array<Celda | undefined>(fila.length);
      let ultima = -1;
      for (let c = 0; c < fila.length; c++) {
        const k = convertirCelda(fila[c] as CeldaSheetJS | undefined);
        out[c] = k;
        if (k) ultima = c;
      }
      out.length = ultima + 1;
      filas.push(ultima >= 0 ? out : undefined);
    }
  }
  while (filas.length > 0 && filas[filas.length - 1] === undefined) filas.pop();
  const m = ws['!merges'];
  const combinadas: Rango[] = Array.isArray(m)
    ? (m as Rango[]).filter((x) => x && x.s && x.e && Number.isInteger(x.s.r) && Number.isInteger(x.e.c))
    : [];
  return { nombre, filas, combinadas };
}

export interface OpcionesLeerLibro {
  archivo?: string;
  lang?: Idioma;
  /** Node: the parse runs in a worker thread with a time limit (see limite-lectura.ts). */
  lecturaXlsx?: OpcionesLecturaXlsx;
}

function esNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof p?.versions?.node === 'string';
}

/**
 * A Node-only module of this folder (sheetjs-hilo.ts: worker threads; inflar-zlib.ts: zlib), or null outside
 * Node or when it cannot load. The name arrives in a variable: bundlers for browsers never follow the import.
 */
async function soloNode<T>(modulo: string): Promise<T | null> {
  if (!esNode()) return null;
  try {
    return (await import(/* @vite-ignore */ modulo)) as T;
  } catch {
    return null;
  }
}

/** Node: SheetJS in a worker thread with a time limit. null when it cannot be used: the caller reads here. */
async function leerEnHiloNode(bytes: Uint8Array, o: OpcionesLeerLibro): Promise<LecturaLibro | null> {
  const m = await soloNode<typeof import('./sheetjs-hilo.js')>('./sheetjs-hilo.js');
  return m ? m.leerEnHilo(bytes, o) : null;
}

/**
 * Reads workbook bytes. Never throws: a file that is not a workbook, or a broken one, is an error.
 * Everywhere, every part of the ZIP is first inflated with the platform's zlib and checked against the sizes
 * and CRCs the ZIP declares (zip-contenido.ts): SheetJS reads corrupt compressed data as an EMPTY sheet, or
 * never returns. In Node SheetJS then runs in a worker thread with a time limit; elsewhere (browsers, Excel)
 * it runs here.
 */
export async function leerLibroXlsx(contenido: Bytes, o: OpcionesLeerLibro = {}): Promise<LecturaLibro> {
  const d = new Diagnostico(o.archivo, o.lang ?? 'es');
  const bytes = comoUint8Array(contenido);
  const previo = problemaPrevio(bytes, o);
  if (previo) return previo;
  if (tipoPorFirma(bytes) === 'zip') {
    const zlib = await soloNode<typeof import('./inflar-zlib.js')>('./inflar-zlib.js');
    const revision = await revisarPartesZip(bytes, zlib ? { inflar: zlib.inflarConZlib } : {});
    if (revision.estado === 'danado') return { ok: false, errores: errorParteDanada(revision.parte, revision.motivo, o) };
  }
  const fuera = o.lecturaXlsx?.lector ? await o.lecturaXlsx.lector(bytes, o) : null;
  if (fuera) return fuera;
  if (o.lecturaXlsx?.enHilo !== false) {
    const enHilo = await leerEnHiloNode(bytes, o);
    if (enHilo) return enHilo;
  }
  try {
    return leerLibroConSheetJS(await cargarSheetJS(), bytes, o);
  } catch (e) {
    d.error({ codigo: 'biblioteca_xlsx_no_disponible', valor: String(e), esperado: d.t('la biblioteca @e965/xlsx instalada', 'the @e965/xlsx library installed') });
    return { ok: false, errores: d.cerrar().errores };
  }
}

/** SheetJS's options: cellNF keeps number formats ("000000" shows a code's leading zeros, "0%" marks a fraction). */
export const OPCIONES_SHEETJS = { type: 'array', dense: true, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false } as const;

/** What must be refused before SheetJS sees the bytes: not a workbook, or a ZIP whose structure is broken. */
export function problemaPrevio(bytes: Uint8Array, o: { archivo?: string; lang?: Idioma } = {}): LecturaLibro | null {
  const d = new Diagnostico(o.archivo, o.lang ?? 'es');
  const tipo = tipoPorFirma(bytes);
  if (tipo === null) {
    const inicio = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    d.error({
      codigo: 'no_es_libro',
      valor: bytes.length === 0 ? '(archivo vacío)' : `bytes ${inicio}`,
      esperado: d.t(
        'un libro de Excel (.xlsx, .xlsm, .xls) u OpenDocument (.ods); para CSV o JSON use el lector de texto',
        'an Excel (.xlsx, .xlsm, .xls) or OpenDocument (.ods) workbook; for CSV or JSON use the text reader',
      ),
    });
    return { ok: false, errores: d.cerrar().errores };
  }
  // SheetJS never returns on some damaged ZIPs (a download cut short): check the structure first.
  const danio = tipo === 'zip' ? problemaZip(bytes) : null;
  if (danio) {
    d.error({
      codigo: 'libro_ilegible',
      valor: d.t(danio.es, danio.en),
      esperado: d.t('un libro de Excel que se pueda abrir (el archivo está dañado o incompleto: descárguelo de nuevo)', 'an Excel workbook that opens (the file is damaged or incomplete: download it again)'),
    });
    return { ok: false, errores: d.cerrar().errores };
  }
  return null;
}

/** SheetJS's sheets (dense) → Libro. */
export function libroDeSheetJS(hojas: ReadonlyArray<{ nombre: string; ws: Record<string, unknown> }>): Libro {
  return { hojas: hojas.map((h) => convertirHoja(h.nombre, h.ws)) };
}

/** SheetJS threw: a password, or a damaged file. */
export function errorDeSheetJS(texto: string, o: { archivo?: string; lang?: Idioma } = {}): LecturaLibro {
  const d = new Diagnostico(o.archivo, o.lang ?? 'es');
  const clave = /password|encrypt/i.test(texto);
  d.error({
    codigo: clave ? 'libro_protegido' : 'libro_ilegible',
    valor: texto,
    esperado: clave
      ? d.t('un libro sin contraseña (guárdelo de nuevo sin protección)', 'a workbook without a password (save it again unprotected)')
      : d.t('un libro de Excel que se pueda abrir (el archivo está dañado o incompleto)', 'an Excel workbook that opens (the file is damaged or incomplete)'),
  });
  return { ok: false, errores: d.cerrar().errores };
}

/**
 * The synchronous half, for callers that loaded SheetJS already (`cargarSheetJS()` / `sheetJSCargado()`).
 * It runs SheetJS in the caller's thread and checks only the ZIP's structure: without the content check
 * (`revisarPartesZip`, asynchronous) and the time limit of `leerLibroXlsx`. Prefer `leerLibroXlsx`.
 */
export function leerLibroConSheetJS(XLSX: SheetJS | null, contenido: Bytes, o: { archivo?: string; lang?: Idioma } = {}): LecturaLibro {
  const bytes = comoUint8Array(contenido);
  const previo = problemaPrevio(bytes, o);
  if (previo) return previo;
  if (!XLSX) {
    const d = new Diagnostico(o.archivo, o.lang ?? 'es');
    d.error({ codigo: 'biblioteca_xlsx_no_cargada', esperado: d.t('la biblioteca de hojas de cálculo cargada (await cargarSheetJS() antes de leer)', 'the spreadsheet library loaded (await cargarSheetJS() before reading)') });
    return { ok: false, errores: d.cerrar().errores };
  }
  try {
    const wb = XLSX.read(bytes, OPCIONES_SHEETJS);
    const hojas = wb.SheetNames.flatMap((nombre) => {
      const ws = wb.Sheets[nombre];
      return ws ? [{ nombre, ws: ws as unknown as Record<string, unknown> }] : [];
    });
    return { ok: true, libro: libroDeSheetJS(hojas) };
  } catch (e) {
    return errorDeSheetJS(e instanceof Error ? e.message : String(e), o);
  }
}
