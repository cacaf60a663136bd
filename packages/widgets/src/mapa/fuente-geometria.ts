/**
 * Which boundaries a map draws, from its attributes and its plan: `geometria` (a URL to the page's own
 * GeoJSON/TopoJSON) first, then `departamento` (code "25", a municipality's code "25754", a name
 * "Cundinamarca", or "colombia" for the whole country), then the department of the plan's entity.
 */
import { buscarDepartamento, esMunicipioDivipola } from '@tablero-pdd/core';

export type FuenteGeometria =
  /** Cut from the shipped geometry; `departamento` null = the whole country. */
  | { tipo: 'incluida'; departamento: string | null }
  /** The page's own file; optionally narrowed to one department. */
  | { tipo: 'url'; url: string; departamento: string | null };

export type LecturaDepartamento = { ok: true; departamento: string | null } | { ok: false; valor: string };

const TODO_EL_PAIS = new Set(['colombia', 'todos', 'co', 'pais', 'país']);

/** Reads the `departamento` attribute: two-digit code, null for the whole country, or not understood. */
export function leerDepartamento(valor: string): LecturaDepartamento {
  const v = valor.trim();
  if (TODO_EL_PAIS.has(v.toLocaleLowerCase('es'))) return { ok: true, departamento: null };
  if (/^\d{5}$/.test(v)) return esMunicipioDivipola(v) ? { ok: true, departamento: v.slice(0, 2) } : { ok: false, valor };
  const d = buscarDepartamento(v);
  return d === null ? { ok: false, valor } : { ok: true, departamento: d };
}

export type ResolucionFuente = { ok: true; fuente: FuenteGeometria } | { ok: false; valor: string } | { ok: 'esperar' };

export function resolverFuente(a: { geometria?: string | undefined; departamento?: string | undefined; divipolaPlan: string | null }): ResolucionFuente {
  let departamento: string | null = null;
  const atributo = a.departamento?.trim();
  if (atributo) {
    const d = leerDepartamento(atributo);
    if (!d.ok) return { ok: false, valor: d.valor };
    departamento = d.departamento;
  }
  const url = a.geometria?.trim();
  if (url) return { ok: true, fuente: { tipo: 'url', url, departamento } };
  if (atributo) return { ok: true, fuente: { tipo: 'incluida', departamento } };
  // No attribute: the plan says whose plan it is (until it has loaded there is nothing to choose).
  if (a.divipolaPlan === null) return { ok: 'esperar' };
  return { ok: true, fuente: { tipo: 'incluida', departamento: a.divipolaPlan.slice(0, 2) } };
}

/** A stable key of a source, to know when the geometry must be loaded again. */
export function claveFuente(f: FuenteGeometria): string {
  return f.tipo === 'url' ? `url|${f.url}|${f.departamento ?? '*'}` : `incluida|${f.departamento ?? '*'}`;
}
