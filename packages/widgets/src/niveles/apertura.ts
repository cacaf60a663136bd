/**
 * Which rows of the level table are open. A whole plan is shown expanded only while it stays short: a
 * municipality's plan has a few hundred nodes (Chía: 283 in four levels) and a department's about a thousand,
 * which drawn at once are thousands of rows nobody reads (and seconds of layout on a phone). So the table opens
 * level after level while the rows shown stay within a limit, and the reader opens the rest.
 */
import type { FilaNivel } from '@tablero-pdd/core';

/** Rows shown when the table first opens, at most (unless the first level alone has more). */
export const FILAS_INICIALES = 40;

/**
 * Codes of the rows of `filas` that have children among `filas`. A branch's first row has a parent outside
 * the branch, which is not one of them (one apuesta alone has nothing to expand).
 */
export function conHijos(filas: readonly FilaNivel[]): Set<string> {
  const codigos = new Set(filas.map((f) => f.codigo));
  return new Set(filas.map((f) => f.padre).filter((p): p is string => p !== null && codigos.has(p)));
}

/** Indentation steps of each row: its depth below the shallowest row shown (a branch starts at the margin). */
export function sangrias(filas: readonly FilaNivel[]): (f: FilaNivel) => number {
  const base = Math.min(...filas.map((f) => f.profundidad));
  return (f) => f.profundidad - base;
}

/**
 * The nodes closed at first: those with children at the deepest level whose rows, with every level above it,
 * fit in `limite` (the first level is always shown). Depths count from the shallowest row, so a branch
 * (`nivel`) opens the same way as a whole plan.
 */
export function cerradosIniciales(filas: readonly FilaNivel[], limite = FILAS_INICIALES): Set<string> {
  if (filas.length <= limite) return new Set();
  const base = Math.min(...filas.map((f) => f.profundidad));
  const porNivel = new Map<number, number>();
  for (const f of filas) porNivel.set(f.profundidad - base, (porNivel.get(f.profundidad - base) ?? 0) + 1);
  let hasta = 0;
  let filasHasta = porNivel.get(0) ?? 0;
  while (porNivel.has(hasta + 1) && filasHasta + (porNivel.get(hasta + 1) ?? 0) <= limite) {
    hasta++;
    filasHasta += porNivel.get(hasta) ?? 0;
  }
  const padres = conHijos(filas);
  return new Set(filas.filter((f) => f.profundidad - base === hasta && padres.has(f.codigo)).map((f) => f.codigo));
}

/** The rows not inside a closed node, in table order (one pass: a row is hidden if its parent is closed or hidden). */
export function filasVisibles(filas: readonly FilaNivel[], cerrados: ReadonlySet<string>): FilaNivel[] {
  const escondidos = new Set<string>();
  const visibles: FilaNivel[] = [];
  for (const f of filas) {
    // Table order puts every parent before its children.
    if (f.padre !== null && (cerrados.has(f.padre) || escondidos.has(f.padre))) escondidos.add(f.codigo);
    else visibles.push(f);
  }
  return visibles;
}
