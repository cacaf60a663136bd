/**
 * The pane's «Parte del plan»: which node, or which secretaría, the summary sheet and the published element
 * show. The node list comes from core's level table (tree order and numbering as the report's); the
 * secretarías, as the plan writes them, compared as core compares them (claveSecretaria).
 */
import { claveSecretaria, compararTexto, consolidarNiveles, type Plan } from '@tablero-pdd/core';

/** What «Parte del plan» chose: nothing (the whole plan), a node or a secretaría. */
export interface ParteElegida {
  nivel?: string;
  secretaria?: string;
}

/** An option's value for a secretaría; a node's value is its code (a node of the plan always wins: leerParte). */
const PREFIJO_SECRETARIA = 'secretaria:';

export interface OpcionParte {
  valor: string;
  texto: string;
  /** Options shown under a heading of their own («Secretarías»). */
  grupo?: 'secretarias';
}

/** The plan's secretarías as first written, one per folded name, in alphabetical order. */
export function secretariasDelPlan(plan: Plan): string[] {
  const porClave = new Map<string, string>();
  for (const m of plan.metas) {
    const s = m.secretaria?.trim();
    if (s && !porClave.has(claveSecretaria(s))) porClave.set(claveSecretaria(s), s);
  }
  return [...porClave.values()].sort(compararTexto);
}

/**
 * The choices of the pane's «Parte del plan»: the whole plan, then each node in tree order, indented by depth,
 * then, when the plan has two or more, each secretaría (with only one, its part would be the whole plan).
 */
export function opcionesParte(plan: Plan): OpcionParte[] {
  const secretarias = secretariasDelPlan(plan);
  return [
    { valor: '', texto: 'Todo el plan' },
    ...consolidarNiveles(plan).filas.map((f) => ({
      valor: f.codigo,
      texto: `${'\u00a0\u00a0'.repeat(f.profundidad)}${f.numeracion} ${f.nombre ?? `${f.nombreNivel ?? 'Nivel'} ${f.codigo}`}`,
    })),
    ...(secretarias.length >= 2 ? secretarias.map((s) => ({ valor: `${PREFIJO_SECRETARIA}${s}`, texto: s, grupo: 'secretarias' as const })) : []),
  ];
}

/** The part an option's value names in this plan ({} for the whole plan or a value it does not know). */
export function leerParte(plan: Plan, valor: string): ParteElegida {
  if (!valor) return {};
  if (plan.nodos.some((n) => n.codigo === valor)) return { nivel: valor };
  if (valor.startsWith(PREFIJO_SECRETARIA)) return { secretaria: valor.slice(PREFIJO_SECRETARIA.length) };
  return {};
}
