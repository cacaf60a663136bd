/**
 * SheetJS in a Node worker thread with a time limit. SheetJS 0.20.3 loops forever on some workbooks whose
 * ZIP structure is intact but whose compressed data is corrupt (zip-integridad.ts cannot see that without
 * inflating): run in the caller's thread, that hangs the CLI. In a worker the caller waits at most
 * `limiteLecturaMs(tamaño)` and then the worker is terminated and the file reported as damaged.
 *
 * One worker is kept and reused (starting one and loading SheetJS costs more than reading a small file);
 * it does not keep the process alive while idle. Node modules are imported by a name in a variable so a
 * browser bundle never tries to include them: outside Node `leerEnHilo` answers null and the caller reads
 * in its own thread.
 */
import type { Idioma } from '../../schema/types.js';
import { Diagnostico } from './diagnostico.js';
import { limiteLecturaMs, type OpcionesLecturaXlsx } from './limite-lectura.js';
import { errorDeSheetJS, libroDeSheetJS, OPCIONES_SHEETJS, type LecturaLibro } from './sheetjs.js';

type Hilos = typeof import('node:worker_threads');
type Modulo = typeof import('node:module');

interface Respuesta {
  id: number;
  ok: boolean;
  mensaje?: string;
  /** The ZIP entry whose compressed data does not inflate to its declared size. */
  danada?: string;
  hojas?: Array<{ nombre: string; datos: unknown; combinadas: unknown }>;
}

/**
 * The worker's code (CommonJS, evaluated): first inflates every deflated ZIP entry with Node's zlib and
 * checks it gives the size the ZIP declares (SheetJS's own inflater, given zeroed or corrupt data, loops
 * growing memory until it fails and then returns the sheet EMPTY, silently); then reads with SheetJS and
 * sends the dense sheets back.
 */
const CODIGO_HILO = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
let XLSX = null;
function entradaDanada(b) {
  if (b.length < 22 || b[0] !== 0x50 || b[1] !== 0x4b) return null;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let fin = -1;
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) if (dv.getUint32(i, true) === 0x06054b50) { fin = i; break; }
  if (fin < 0) return null;
  const n = dv.getUint16(fin + 10, true);
  let p = dv.getUint32(fin + 16, true);
  for (let k = 0; k < n; k++) {
    const metodo = dv.getUint16(p + 10, true), comprimido = dv.getUint32(p + 20, true), tamano = dv.getUint32(p + 24, true);
    const ln = dv.getUint16(p + 28, true), lx = dv.getUint16(p + 30, true), lc = dv.getUint16(p + 32, true);
    const nombre = Buffer.from(b.subarray(p + 46, p + 46 + ln)).toString();
    const local = dv.getUint32(p + 42, true);
    const datos = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (metodo === 8) {
      try {
        const out = zlib.inflateRawSync(b.subarray(datos, datos + comprimido), { maxOutputLength: tamano + 1 });
        if (out.length !== tamano) return nombre;
      } catch (e) { return nombre; }
    }
    p += 46 + ln + lx + lc;
  }
  return null;
}
parentPort.on('message', (m) => {
  try {
    const danada = entradaDanada(m.bytes);
    if (danada !== null) return parentPort.postMessage({ id: m.id, ok: false, danada });
    if (!XLSX) XLSX = require(m.ruta);
    const wb = XLSX.read(m.bytes, m.opciones);
    const hojas = wb.SheetNames.filter((n) => wb.Sheets[n]).map((n) => ({ nombre: n, datos: wb.Sheets[n]['!data'], combinadas: wb.Sheets[n]['!merges'] }));
    parentPort.postMessage({ id: m.id, ok: true, hojas });
  } catch (e) {
    parentPort.postMessage({ id: m.id, ok: false, mensaje: e && e.message ? String(e.message) : String(e) });
  }
});
`;

interface Hilo {
  worker: import('node:worker_threads').Worker;
  ruta: string;
}

let entorno: Promise<{ hilos: Hilos; ruta: string } | null> | null = null;
let hilo: Hilo | null = null;
let siguienteId = 1;
/** Reads go one after the other: the worker runs one SheetJS parse at a time. */
let cola: Promise<unknown> = Promise.resolve();

function esNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof p?.versions?.node === 'string';
}

function cargarEntorno(): Promise<{ hilos: Hilos; ruta: string } | null> {
  entorno ??= (async () => {
    if (!esNode()) return null;
    try {
      const nombreHilos = 'node:worker_threads';
      const nombreModulo = 'node:module';
      const hilos = (await import(/* @vite-ignore */ nombreHilos)) as Hilos;
      const modulo = (await import(/* @vite-ignore */ nombreModulo)) as Modulo;
      const ruta = modulo.createRequire(import.meta.url).resolve('@e965/xlsx');
      return { hilos, ruta };
    } catch {
      return null;
    }
  })();
  return entorno;
}

function crearHilo(hilos: Hilos, ruta: string): Hilo {
  const worker = new hilos.Worker(CODIGO_HILO, { eval: true });
  worker.unref();
  return { worker, ruta };
}

function terminar(h: Hilo): void {
  if (hilo === h) hilo = null;
  void h.worker.terminate();
}

const QUE_HACER = {
  es: 'El archivo parece dañado: ábralo en Excel y guárdelo de nuevo (Archivo › Guardar como › Libro de Excel .xlsx), o descárguelo otra vez.',
  en: 'The file seems damaged: open it in Excel and save it again (File › Save As › Excel Workbook .xlsx), or download it again.',
};

function sinRespuesta(limite: number, o: { archivo?: string; lang?: Idioma }): LecturaLibro {
  const d = new Diagnostico(o.archivo, o.lang ?? 'es');
  const s = (limite / 1000).toLocaleString(d.lang === 'es' ? 'es-CO' : 'en-US', { maximumFractionDigits: 1 });
  d.error({
    codigo: 'libro_sin_respuesta',
    valor: d.t(`la lectura no terminó en ${s} s`, `reading did not finish in ${s} s`),
    esperado: d.t('un libro de Excel que se pueda leer', 'a workbook that can be read'),
    detalle: d.t(
      `${QUE_HACER.es} Si es un libro muy grande y sano, dé más tiempo (opción lecturaXlsx: pisoMs, msPorMB).`,
      `${QUE_HACER.en} If it is a very large, healthy workbook, allow more time (option lecturaXlsx: pisoMs, msPorMB).`,
    ),
  });
  return { ok: false, errores: d.cerrar().errores };
}

function entradaDanada(parte: string, o: { archivo?: string; lang?: Idioma }): LecturaLibro {
  const d = new Diagnostico(o.archivo, o.lang ?? 'es');
  d.error({
    codigo: 'libro_ilegible',
    valor: d.t(`la parte «${parte}» del archivo no se puede descomprimir`, `the part "${parte}" of the file cannot be decompressed`),
    esperado: d.t('un libro de Excel que se pueda leer', 'a workbook that can be read'),
    detalle: d.t(QUE_HACER.es, QUE_HACER.en),
  });
  return { ok: false, errores: d.cerrar().errores };
}

function leerUnaVez(h: Hilo, bytes: Uint8Array, limite: number, o: { archivo?: string; lang?: Idioma }): Promise<LecturaLibro> {
  const id = siguienteId++;
  return new Promise<LecturaLibro>((resolver) => {
    const w = h.worker;
    const cerrar = (r: LecturaLibro, matar: boolean) => {
      clearTimeout(reloj);
      w.off('message', alMensaje);
      w.off('error', alError);
      w.off('exit', alSalir);
      if (matar) terminar(h);
      else w.unref();
      resolver(r);
    };
    const alMensaje = (m: Respuesta) => {
      if (m.id !== id) return;
      if (m.danada !== undefined) return cerrar(entradaDanada(m.danada, o), false);
      if (!m.ok) return cerrar(errorDeSheetJS(m.mensaje ?? '', o), false);
      const hojas = (m.hojas ?? []).map((x) => ({ nombre: x.nombre, ws: { '!data': x.datos, '!merges': x.combinadas } as Record<string, unknown> }));
      cerrar({ ok: true, libro: libroDeSheetJS(hojas) }, false);
    };
    // The worker died (out of memory on a huge file, a crash): the file is reported, the next read starts a new worker.
    const alError = (e: Error) => cerrar(errorDeSheetJS(e.message, o), true);
    const alSalir = () => cerrar(errorDeSheetJS('el proceso de lectura terminó sin responder', o), true);
    const reloj = setTimeout(() => cerrar(sinRespuesta(limite, o), true), limite);
    w.on('message', alMensaje);
    w.on('error', alError);
    w.on('exit', alSalir);
    // Keeps the process alive while this read is pending; unref() again when it ends.
    w.ref();
    w.postMessage({ id, ruta: h.ruta, bytes, opciones: OPCIONES_SHEETJS });
  });
}

/**
 * Reads the bytes with SheetJS in a worker thread, at most `limiteLecturaMs(bytes.length, o.lecturaXlsx)`.
 * null when this environment has no worker threads (browsers, Excel): the caller reads in its own thread.
 * The bytes must have passed `problemaPrevio` (signature and ZIP structure) first.
 */
export async function leerEnHilo(bytes: Uint8Array, o: { archivo?: string; lang?: Idioma; lecturaXlsx?: OpcionesLecturaXlsx } = {}): Promise<LecturaLibro | null> {
  const e = await cargarEntorno();
  if (!e) return null;
  const limite = limiteLecturaMs(bytes.length, o.lecturaXlsx);
  const turno = cola.then(() => {
    let h = hilo;
    if (!h) {
      try {
        h = hilo = crearHilo(e.hilos, e.ruta);
      } catch {
        return null;
      }
    }
    return leerUnaVez(h, bytes, limite, o);
  });
  cola = turno.catch(() => undefined);
  return turno;
}
