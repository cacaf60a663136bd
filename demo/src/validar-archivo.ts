/**
 * "Valida tu archivo": a file picked or dropped by the staff → every problem core finds, by row and column,
 * in the page's language. Runs core in the browser; the bytes never leave the page.
 */
import { importarArchivo, type ErrorDato } from '@tablero-pdd/core';
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

function aFila(e: ErrorDato): FilaProblema {
  return { fila: e.fila ?? null, columna: e.columna ?? null, mensaje: e.mensaje, severidad: e.severidad };
}

export async function revisarArchivo(nombre: string, contenido: Uint8Array, lang: Idioma): Promise<Revision> {
  const r = await importarArchivo({ nombre, contenido }, { lang });
  const problemas = [...(r.ok ? [] : r.errores), ...r.avisos].map(aFila);
  return { ok: r.ok, metas: r.ok ? r.plan.metas.length : null, problemas };
}
