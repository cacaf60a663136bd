/**
 * Sort orders of the meta table as arrays of row positions, computed once per column and direction and
 * kept: sorting again (or filtering a sorted table) reads an index, never recomputes a figure.
 *
 * Rules: "sin dato" (null) goes last in both directions, because it is not a small number; percentages sort
 * by the raw value (115 % above 100 %), as the table shows it; ties keep core's canonical order.
 */
import { claveOrden, compararCodigos } from '@tablero-pdd/core';
import type { FilaMeta } from './filas-metas.js';

export const COLUMNAS_ORDEN = ['codigo', 'nombre', 'nivel', 'cumplimiento', 'avance', 'inversion', 'beneficiarios'] as const;
export type ColumnaOrden = (typeof COLUMNAS_ORDEN)[number];
export type Direccion = 'ascendente' | 'descendente';

type Clave = (f: FilaMeta) => number | string | null;

const CLAVES: Record<ColumnaOrden, Clave> = {
  codigo: (f) => f.meta.codigo,
  // Core's sort key (its alphabetical order), computed once per row, not once per comparison.
  nombre: (f) => claveOrden(f.meta.nombre),
  // Tree order of the node, then code: core's canonical order.
  nivel: (f) => f.indice,
  cumplimiento: (f) => f.cifras.cumplimiento.valor,
  avance: (f) => f.cifras.avance.valor,
  inversion: (f) => f.cifras.inversion,
  beneficiarios: (f) => f.cifras.beneficiarios.total,
};

function comparar(columna: ColumnaOrden, a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (columna === 'codigo') return compararCodigos(String(a), String(b));
  // Texts are core's sort keys (claveOrden): plain comparison is the alphabetical order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Positions (into `filas`) in the order asked. */
export function ordenarFilas(filas: readonly FilaMeta[], columna: ColumnaOrden, direccion: Direccion): number[] {
  const clave = CLAVES[columna];
  const claves = filas.map(clave);
  const signo = direccion === 'ascendente' ? 1 : -1;
  const posiciones = filas.map((_, i) => i);
  posiciones.sort((i, j) => {
    const a = claves[i] ?? null;
    const b = claves[j] ?? null;
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const c = comparar(columna, a, b);
      if (c !== 0) return signo * c;
    }
    return (filas[i]?.indice ?? 0) - (filas[j]?.indice ?? 0);
  });
  return posiciones;
}

/** Sort orders of one set of rows, each computed on first use. */
export function crearOrdenador(filas: readonly FilaMeta[]): (columna: ColumnaOrden, direccion: Direccion) => readonly number[] {
  const cache = new Map<string, number[]>();
  return (columna, direccion) => {
    const clave = `${columna}|${direccion}`;
    let orden = cache.get(clave);
    if (!orden) {
      orden = ordenarFilas(filas, columna, direccion);
      cache.set(clave, orden);
    }
    return orden;
  };
}
