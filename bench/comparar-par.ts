/**
 * Puts core's roll-up in the peer's shape and compares the two, group by group: a speed ratio means
 * nothing unless both sides computed the same numbers.
 */
import type { ResultadoNiveles } from '../packages/core/src/compute/niveles.js';
import type { ResumenInversion } from '../packages/core/src/compute/inversion.js';
import type { CifrasGrupo, ResultadoPar } from './duckdb-consulta.js';

export function resultadoDeCore(niveles: ResultadoNiveles, inversion: ResumenInversion): ResultadoPar {
  const invNodo = new Map(inversion.porNodo.map((f) => [f.codigo, f.valor]));
  const r: ResultadoPar = { niveles: new Map(), fuentes: new Map() };
  for (const f of niveles.filas) {
    r.niveles.set(f.codigo, {
      metas: f.metas,
      cumplimiento: f.cumplimiento,
      avance: f.avance,
      programado: f.programado,
      inversion: invNodo.get(f.codigo) ?? null,
    });
  }
  const t = niveles.total;
  r.niveles.set('', { metas: t.metas, cumplimiento: t.cumplimiento, avance: t.avance, programado: t.programado, inversion: inversion.total });
  for (const f of inversion.porFuente) r.fuentes.set(f.fuente, { valor: f.valor, metas: f.metas });
  return r;
}

export interface Muestra {
  grupo: string;
  campo: string;
  core: number | null;
  duckdb: number | null;
}

export interface Comparacion {
  coinciden: boolean;
  /** Values compared (every group × every field). */
  comparados: number;
  /** The first differences, as sentences. */
  diferencias: string[];
  muestras: Muestra[];
}

const CAMPOS = ['metas', 'cumplimiento', 'avance', 'programado', 'inversion'] as const;

/** Equal within `tolerancia` relative to the larger magnitude (1 for ratios); null only equals null. */
export function igualesCon(a: number | null, b: number | null, tolerancia: number): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= tolerancia * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compararResultados(core: ResultadoPar, par: ResultadoPar, tolerancia = 1e-9): Comparacion {
  const diferencias: string[] = [];
  let comparados = 0;
  const anotar = (t: string) => {
    if (diferencias.length < 10) diferencias.push(t);
    else if (diferencias.length === 10) diferencias.push('…');
  };
  const grupos = new Set([...core.niveles.keys(), ...par.niveles.keys()]);
  for (const g of grupos) {
    const a = core.niveles.get(g);
    const b = par.niveles.get(g);
    if (!a || !b) {
      anotar(`grupo «${g || 'plan'}»: solo en ${a ? 'core' : 'DuckDB'}`);
      continue;
    }
    for (const c of CAMPOS) {
      comparados++;
      if (!igualesCon(a[c], b[c], tolerancia)) anotar(`grupo «${g || 'plan'}», ${c}: core ${String(a[c])}, DuckDB ${String(b[c])}`);
    }
  }
  const fuentes = new Set([...core.fuentes.keys(), ...par.fuentes.keys()]);
  for (const f of fuentes) {
    const a = core.fuentes.get(f);
    const b = par.fuentes.get(f);
    comparados += 2;
    if (!a || !b) anotar(`fuente «${f}»: solo en ${a ? 'core' : 'DuckDB'}`);
    else {
      if (!igualesCon(a.valor, b.valor, tolerancia)) anotar(`fuente «${f}», valor: core ${a.valor}, DuckDB ${b.valor}`);
      if (a.metas !== b.metas) anotar(`fuente «${f}», metas: core ${a.metas}, DuckDB ${b.metas}`);
    }
  }
  return { coinciden: diferencias.length === 0, comparados, diferencias, muestras: muestras(core, par) };
}

/** A few values to print: the whole plan, the first and a middle node, the largest source. */
function muestras(core: ResultadoPar, par: ResultadoPar): Muestra[] {
  const nodos = [...core.niveles.keys()].filter((k) => k !== '');
  const elegidos: Array<[string, keyof CifrasGrupo]> = [['', 'cumplimiento']];
  if (nodos.length > 0) elegidos.push([nodos[0] as string, 'avance']);
  if (nodos.length > 2) elegidos.push([nodos[Math.floor(nodos.length / 2)] as string, 'cumplimiento']);
  const r: Muestra[] = elegidos.map(([g, c]) => ({
    grupo: g || 'plan',
    campo: c,
    core: core.niveles.get(g)?.[c] ?? null,
    duckdb: par.niveles.get(g)?.[c] ?? null,
  }));
  const mayor = [...core.fuentes.entries()].sort((x, y) => y[1].valor - x[1].valor)[0];
  if (mayor) r.push({ grupo: `fuente ${mayor[0]}`, campo: 'inversion', core: mayor[1].valor, duckdb: par.fuentes.get(mayor[0])?.valor ?? null });
  return r;
}
