/**
 * The plan document written in parts, never as one string: a 500,000-meta plan is longer than V8's
 * longest string. The text is exactly escribirPlanJson's (keys in the schema's order, 2-space indent,
 * trailing newline), so small plans keep their stable diffs; only where it is cut into strings differs.
 */
import { metaSchema, nodoSchema, planSchema } from '../schema/plan.js';
import type { Plan } from '../schema/types.js';

/** Characters gathered before a part is handed out: few writes, small strings. */
const TAMANO_PARTE = 1 << 16;

/** An element of a top-level list as JSON.stringify(plan, null, 2) prints it: 4 spaces deeper. */
function elemento(v: unknown): string {
  return JSON.stringify(v, null, 2).replace(/\n/g, '\n    ');
}

/**
 * Yields the JSON text of the plan in parts of about 64 k characters. Each node and meta is put in the
 * schema's key order by its own schema (what planSchema does to the whole plan); an element the schema
 * rejects is written as it is, as escribirPlanJson writes a plan that does not validate.
 */
export function* escribirPlanJsonPorPartes(plan: Plan): Generator<string> {
  const { nodos, metas, ...resto } = plan;
  // The header through the whole-plan schema (lists empty), so its keys come in the same order.
  const cabecera = planSchema.safeParse({ ...resto, nodos: [], metas: [] });
  const texto = JSON.stringify(cabecera.success ? cabecera.data : { ...resto, nodos: [], metas: [] }, null, 2) + '\n';
  const listas: Array<[string, readonly unknown[], (v: unknown) => unknown]> = [
    ['nodos', nodos, (v) => nodoSchema.safeParse(v)],
    ['metas', metas, (v) => metaSchema.safeParse(v)],
  ];
  let parte = '';
  let desde = 0;
  for (const [nombre, lista, esquema] of listas) {
    // Top-level keys are the only lines with exactly 2 spaces before a quote (strings hold no raw line breaks).
    const marca = `\n  "${nombre}": []`;
    const i = texto.indexOf(marca, desde);
    if (i < 0) continue;
    parte += texto.slice(desde, i + marca.length - 1);
    desde = i + marca.length;
    if (lista.length === 0) {
      parte += ']';
      continue;
    }
    for (let k = 0; k < lista.length; k++) {
      const r = esquema(lista[k]) as { success: boolean; data?: unknown };
      parte += (k === 0 ? '\n    ' : ',\n    ') + elemento(r.success ? r.data : lista[k]);
      if (parte.length >= TAMANO_PARTE) {
        yield parte;
        parte = '';
      }
    }
    parte += '\n  ]';
  }
  parte += texto.slice(desde);
  yield parte;
}
