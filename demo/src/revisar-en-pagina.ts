/**
 * The check itself: core's ONE import path on the bytes, every problem as a row of the table. Runs inside the
 * Web Worker (validar-trabajador.ts), or on the page when the browser cannot start one.
 */
import { importarArchivo, type ErrorDato } from '@tablero-pdd/core';
import type { Idioma } from './textos.js';
import type { FilaProblema, Revision } from './validar-archivo.js';

function aFila(e: ErrorDato): FilaProblema {
  return { fila: e.fila ?? null, columna: e.columna ?? null, mensaje: e.mensaje, severidad: e.severidad };
}

export async function revisarEnEsteHilo(nombre: string, contenido: Uint8Array, lang: Idioma): Promise<Revision> {
  const r = await importarArchivo({ nombre, contenido }, { lang });
  const problemas = [...(r.ok ? [] : r.errores), ...r.avisos].map(aFila);
  return { ok: r.ok, metas: r.ok ? r.plan.metas.length : null, problemas };
}
