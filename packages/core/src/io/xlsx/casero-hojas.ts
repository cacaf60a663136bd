/**
 * One sheet per secretaría plus a consolidated sheet: import the consolidated one or the per-office ones,
 * never both (every meta would count twice). Decided by content: a sheet whose metas include every meta
 * of the other sheets is the consolidated one; sheets with no meta in common are per-office sheets;
 * anything else is ambiguous and the person chooses (`hojas` in the mapping).
 */
export interface CandidataHoja {
  nombre: string;
  /** Keys of its metas (code, else folded name). */
  claves: ReadonlySet<string>;
}

export type Seleccion =
  | { tipo: 'una'; hojas: string[] }
  | { tipo: 'consolidada'; hojas: string[]; contenidas: string[] }
  | { tipo: 'por_secretaria'; hojas: string[] }
  | { tipo: 'ambigua'; compartidas: Array<{ a: string; b: string; n: number }> };

export function seleccionarHojas(candidatas: readonly CandidataHoja[]): Seleccion {
  const conMetas = candidatas.filter((c) => c.claves.size > 0);
  if (conMetas.length <= 1) return { tipo: 'una', hojas: (conMetas[0] ? [conMetas[0]] : candidatas.slice(0, 1)).map((c) => c.nombre) };
  for (const s of conMetas) {
    const otras = conMetas.filter((o) => o !== s);
    if (s.claves.size > Math.max(...otras.map((o) => o.claves.size)) && otras.every((o) => [...o.claves].every((k) => s.claves.has(k))))
      return { tipo: 'consolidada', hojas: [s.nombre], contenidas: otras.map((o) => o.nombre) };
  }
  const compartidas: Array<{ a: string; b: string; n: number }> = [];
  for (let i = 0; i < conMetas.length; i++)
    for (let j = i + 1; j < conMetas.length; j++) {
      const a = conMetas[i]!;
      const b = conMetas[j]!;
      const n = [...a.claves].filter((k) => b.claves.has(k)).length;
      if (n > 0) compartidas.push({ a: a.nombre, b: b.nombre, n });
    }
  if (compartidas.length === 0) return { tipo: 'por_secretaria', hojas: conMetas.map((c) => c.nombre) };
  return { tipo: 'ambigua', compartidas };
}
