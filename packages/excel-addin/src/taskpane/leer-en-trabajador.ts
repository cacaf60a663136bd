/**
 * Workbook files picked in the pane are read in a Web Worker (lector-xlsx.ts, built to lector-xlsx.js next to
 * taskpane.js) with a time limit, so SheetJS never freezes Excel's pane: core checks the ZIP first (structure,
 * then every part inflated and compared with its size and CRC), and the limit covers whatever else might keep
 * SheetJS from returning. Plugged into core's ONE import path as `lecturaXlsx.lector`: the Libro read in the
 * worker goes on through core like any other. Where no worker can start, core reads in the pane as before.
 */
import { errorSinRespuesta, limiteLecturaMs, type Idioma, type LecturaLibro, type OpcionesLecturaXlsx } from '@tablero-pdd/core';

/** What the pane sends the worker. */
export interface PedidoLectura {
  bytes: Uint8Array;
  archivo?: string;
  lang?: Idioma;
}

export interface OpcionesTrabajador {
  /** The worker's script. Default lector-xlsx.js beside the page (the add-in's build puts it there). */
  url?: string | URL;
  /** 'module' for a module script (tests load the TypeScript source); default classic (the IIFE build). */
  tipo?: WorkerType;
}

type Lector = NonNullable<OpcionesLecturaXlsx['lector']>;

/** A `lecturaXlsx.lector` that reads in a new worker per file, terminated after the answer or at the limit. */
export function lectorEnTrabajador(t: OpcionesTrabajador = {}): Lector {
  return (bytes, o) => {
    if (typeof Worker !== 'function') return Promise.resolve(null);
    const limite = limiteLecturaMs(bytes.length, o.lecturaXlsx);
    let w: Worker;
    try {
      w = new Worker(t.url ?? new URL('lector-xlsx.js', document.baseURI), { type: t.tipo ?? 'classic' });
    } catch {
      return Promise.resolve(null);
    }
    return new Promise<LecturaLibro | null>((resolver) => {
      const cerrar = (r: LecturaLibro | null) => {
        clearTimeout(reloj);
        w.terminate();
        resolver(r);
      };
      const origen = { ...(o.archivo !== undefined ? { archivo: o.archivo } : {}), ...(o.lang ? { lang: o.lang } : {}) };
      const reloj = setTimeout(() => cerrar({ ok: false, errores: errorSinRespuesta(limite, { ...origen, opcionTiempo: false }) }), limite);
      w.onmessage = (e: MessageEvent<LecturaLibro>) => cerrar(e.data);
      // A script that cannot load (missing, blocked) reports an error before any answer: read in the pane.
      w.onerror = (e) => {
        e.preventDefault();
        cerrar(null);
      };
      w.onmessageerror = () => cerrar(null);
      const pedido: PedidoLectura = { bytes, ...origen };
      w.postMessage(pedido);
    });
  };
}
