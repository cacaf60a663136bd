/**
 * NODE ONLY. SheetJS in a worker thread with a time limit: SheetJS 0.20.3 may never return on a damaged
 * workbook, and in the caller's thread that hangs the CLI. In a worker the caller waits at most
 * `limiteLecturaMs(tamaño)`; then the worker is terminated and the file reported (`libro_sin_respuesta`).
 * Corrupt compressed data, the known cause, is refused before (zip-contenido.ts, in every environment).
 *
 * One worker is kept and reused (starting one and loading SheetJS costs more than reading a small file);
 * it does not keep the process alive while idle. This module imports node:worker_threads and uses
 * import.meta: sheetjs.ts loads it by a name in a variable, only in Node, so browser bundles never meet it.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Idioma } from '../../schema/types.js';
import { errorSinRespuesta } from './errores-lectura.js';
import { limiteLecturaMs, type OpcionesLecturaXlsx } from './limite-lectura.js';
import { errorDeSheetJS, libroDeSheetJS, OPCIONES_SHEETJS, type LecturaLibro } from './sheetjs.js';

interface Respuesta {
  id: number;
  ok: boolean;
  mensaje?: string;
  hojas?: Array<{ nombre: string; datos: unknown; combinadas: unknown }>;
}

/** The worker's code (CommonJS, evaluated): reads with SheetJS and sends the dense sheets back. */
const CODIGO_HILO = `
const { parentPort } = require('node:worker_threads');
let XLSX = null;
parentPort.on('message', (m) => {
  try {
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
  worker: Worker;
  ruta: string;
}

let ruta: string | null | undefined;
let hilo: Hilo | null = null;
let siguienteId = 1;
/** Reads go one after the other: the worker runs one SheetJS parse at a time. */
let cola: Promise<unknown> = Promise.resolve();

/** Where @e965/xlsx is, for the worker's require(); null when it cannot be found from here. */
function rutaSheetJS(): string | null {
  if (ruta === undefined) {
    try {
      ruta = createRequire(import.meta.url).resolve('@e965/xlsx');
    } catch {
      ruta = null;
    }
  }
  return ruta;
}

function crearHilo(r: string): Hilo {
  const worker = new Worker(CODIGO_HILO, { eval: true });
  worker.unref();
  return { worker, ruta: r };
}

function terminar(h: Hilo): void {
  if (hilo === h) hilo = null;
  void h.worker.terminate();
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
      if (!m.ok) return cerrar(errorDeSheetJS(m.mensaje ?? '', o), false);
      const hojas = (m.hojas ?? []).map((x) => ({ nombre: x.nombre, ws: { '!data': x.datos, '!merges': x.combinadas } as Record<string, unknown> }));
      cerrar({ ok: true, libro: libroDeSheetJS(hojas) }, false);
    };
    // The worker died (out of memory on a huge file, a crash): the file is reported, the next read starts a new worker.
    const alError = (e: Error) => cerrar(errorDeSheetJS(e.message, o), true);
    const alSalir = () => cerrar(errorDeSheetJS('el proceso de lectura terminó sin responder', o), true);
    const reloj = setTimeout(() => cerrar({ ok: false, errores: errorSinRespuesta(limite, o) }, true), limite);
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
 * null when the worker cannot be started: the caller reads in its own thread. The bytes must have passed
 * `problemaPrevio` and `revisarPartesZip` first.
 */
export function leerEnHilo(bytes: Uint8Array, o: { archivo?: string; lang?: Idioma; lecturaXlsx?: OpcionesLecturaXlsx } = {}): Promise<LecturaLibro | null> {
  const r = rutaSheetJS();
  if (r === null) return Promise.resolve(null);
  const limite = limiteLecturaMs(bytes.length, o.lecturaXlsx);
  const turno = cola.then(() => {
    let h = hilo;
    if (!h) {
      try {
        h = hilo = crearHilo(r);
      } catch {
        return null;
      }
    }
    return leerUnaVez(h, bytes, limite, o);
  });
  cola = turno.catch(() => undefined);
  return turno;
}
