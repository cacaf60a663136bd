import type { Resumen } from '@tablero-pdd/core';

/**
 * Codes of the node `codigo` and its descendants; null when the plan has no such node. Core's level rows come
 * parents first, so one pass collects the branch.
 */
export function ramaDe(r: Resumen, codigo: string): Set<string> | null {
  if (!r.niveles.filas.some((f) => f.codigo === codigo)) return null;
  const dentro = new Set([codigo]);
  for (const f of r.niveles.filas) if (f.padre !== null && dentro.has(f.padre)) dentro.add(f.codigo);
  return dentro;
}

/** Codes of the node `codigo` and its ancestors (the path a meta hangs from); empty when the plan has no such node. */
export function rutaDe(r: Resumen, codigo: string): Set<string> {
  const padres = new Map(r.niveles.filas.map((f) => [f.codigo, f.padre]));
  const ruta = new Set<string>();
  // Bounded by the set: a cycle in bad data cannot loop forever.
  for (let c: string | null | undefined = codigo; c != null && padres.has(c) && !ruta.has(c); c = padres.get(c)) ruta.add(c);
  return ruta;
}
