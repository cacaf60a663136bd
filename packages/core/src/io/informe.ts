/** What an import read, in numbers a person can check against the source ("24 metas, 3 líneas…"). */
import type { Idioma, ResultadoValidacion } from '../schema/types.js';
import type { FilaOmitida } from './csv-leer.js';
import { textoTramo } from './csv-columnas.js';
import type { Conflicto } from './xlsx/reporte.js';

export interface NivelInforme {
  nivel: number;
  nombre: string;
  /** Nodes of this level. */
  nodos: number;
  /** Metas hanging directly from a node of this level. */
  metas: number;
}

export interface InformeImportacion {
  archivo: string;
  formato: string | null;
  valido: boolean;
  /** null when the file did not validate (nothing is reported from an invalid plan). */
  entidad: string | null;
  plan: string | null;
  /** "2024-2025". */
  corte: string | null;
  niveles: NivelInforme[];
  metas: number | null;
  /** Years with a follow-up or investment figure. */
  anios: number[];
  /** Funding sources found (ids). */
  fuentes: string[];
  errores: number;
  avisos: number;
  /** Rows that hold something but were not read as metas, and why. */
  filasOmitidas: FilaOmitida[];
  /** Blank rows (not listed one by one). */
  filasVacias: number;
  /** What the importer assumed and why (spreadsheets), said once. */
  notas: string[];
  /** Several files merged: the figures they disagree on, with both values and which one was kept. */
  conflictos: Conflicto[];
}

export function construirInforme(
  r: ResultadoValidacion,
  o: {
    archivo: string;
    formato: string | null;
    filasOmitidas: FilaOmitida[];
    filasVacias: number;
    notas?: string[];
    conflictos?: Conflicto[];
    lang?: Idioma;
  },
): InformeImportacion {
  const base = {
    archivo: o.archivo,
    formato: o.formato,
    valido: r.ok,
    errores: r.ok ? 0 : r.errores.length,
    avisos: r.avisos.length,
    filasOmitidas: o.filasOmitidas,
    filasVacias: o.filasVacias,
    notas: o.notas ?? [],
    conflictos: o.conflictos ?? [],
  };
  if (!r.ok) return { ...base, entidad: null, plan: null, corte: null, niveles: [], metas: null, anios: [], fuentes: [] };
  const p = r.plan;
  const nivelDe = new Map(p.nodos.map((n) => [n.codigo, n.nivel]));
  const niveles = p.niveles.map((nombre, nivel) => ({
    nivel,
    nombre,
    nodos: p.nodos.filter((n) => n.nivel === nivel).length,
    metas: p.metas.filter((m) => nivelDe.get(m.nodo) === nivel).length,
  }));
  const anios = new Set<number>();
  const fuentes = new Set<string>();
  for (const m of p.metas) {
    for (const s of [...m.seguimiento, ...m.inversion]) for (let a = s.desde; a <= s.hasta; a++) anios.add(a);
    for (const i of m.inversion) fuentes.add(i.fuente);
  }
  return {
    ...base,
    entidad: p.entidad.nombre,
    plan: p.plan.nombre,
    corte: textoTramo(p.corte.desde, p.corte.hasta),
    niveles,
    metas: p.metas.length,
    anios: [...anios].sort((a, b) => a - b),
    fuentes: [...fuentes].sort(),
  };
}
