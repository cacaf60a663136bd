/**
 * "Valida tu archivo": a file picked or dropped by the staff → every problem core finds, by row and column,
 * in the page's language. Runs core in the browser; the bytes never leave the page.
 *
 * The read runs in a module Web Worker with a time limit (core's `limiteLecturaMs`, by the file's size): core
 * refuses damaged compressed data before SheetJS (zip-contenido.ts), and the limit covers whatever else might
 * keep SheetJS from returning: the worker is terminated and the person told, the tab never freezes. Where no
 * worker can start (very old browsers), the check runs on the page as before.
 */
import { errorSinRespuesta, limiteLecturaMs } from '@tablero-pdd/core';
import type { Idioma } from './textos.js';

export interface FilaProblema {
  fila: number | null;
  columna: string | null;
  mensaje: string;
  severidad: 'error' | 'aviso';
}

export interface Revision {
  ok: boolean;
  metas: number | null;
  problemas: FilaProblema[];
}

/** What the page sends the worker. */
export interface PedidoRevision {
  nombre: string;
  contenido: Uint8Array;
  lang: Idioma;
}

export interface OpcionesRevision {
  /** Milliseconds the read may take (default `limiteLecturaMs(contenido.length)`). */
  limiteMs?: number;
}

function sinRespuesta(nombre: string, limite: number, lang: Idioma): Revision {
  const problemas = errorSinRespuesta(limite, { archivo: nombre, lang, opcionTiempo: false }).map((e) => ({ fila: null, columna: null, mensaje: e.mensaje, severidad: e.severidad }));
  return { ok: false, metas: null, problemas };
}

async function enLaPagina(nombre: string, contenido: Uint8Array, lang: Idioma): Promise<Revision> {
  const { revisarEnEsteHilo } = await import('./revisar-en-pagina.js');
  return revisarEnEsteHilo(nombre, contenido, lang);
}

/** null when the worker could not start or answer (the caller then reads on the page). */
function enTrabajador(pedido: PedidoRevision, limite: number): Promise<Revision | null> {
  let w: Worker;
  try {
    w = new Worker(new URL('./validar-trabajador.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolver) => {
    const cerrar = (r: Revision | null) => {
      clearTimeout(reloj);
      w.terminate();
      resolver(r);
    };
    const reloj = setTimeout(() => cerrar(sinRespuesta(pedido.nombre, limite, pedido.lang)), limite);
    w.onmessage = (e: MessageEvent<Revision>) => cerrar(e.data);
    // A module worker that cannot load (unsupported, blocked) reports an error before any answer.
    w.onerror = (e) => {
      e.preventDefault();
      cerrar(null);
    };
    w.onmessageerror = () => cerrar(null);
    w.postMessage(pedido);
  });
}

export async function revisarArchivo(nombre: string, contenido: Uint8Array, lang: Idioma, o: OpcionesRevision = {}): Promise<Revision> {
  const limite = o.limiteMs ?? limiteLecturaMs(contenido.length);
  const r = typeof Worker === 'function' ? await enTrabajador({ nombre, contenido, lang }, limite) : null;
  return r ?? enLaPagina(nombre, contenido, lang);
}
