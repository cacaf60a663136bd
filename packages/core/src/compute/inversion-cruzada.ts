/**
 * Investment by funding source within each node and each year span: the segments of a stacked bar. Same rules
 * as resumirInversion (entries inside the period only, null values never added, entries across the period's
 * edge left out), so each row's sources add up to that row of resumirInversion's porNodo / porAnio.
 */
import type { Periodo, Plan } from '../schema/types.js';
import { indexarArbol } from './arbol.js';
import { reconocerFuente } from './fuentes.js';

export interface FilaCruzadaNodo {
  codigo: string;
  /** Pesos per source bucket (resumirInversion's `fuente` keys); a source absent from the row is absent here. */
  porFuente: Record<string, number>;
}

export interface FilaCruzadaAnio {
  desde: number;
  hasta: number;
  porFuente: Record<string, number>;
}

export interface InversionCruzada {
  /** Tree order, rolled up (a node holds its descendants' metas). */
  porNodo: FilaCruzadaNodo[];
  /** Year spans as reported, ascending. */
  porAnio: FilaCruzadaAnio[];
}

function sumar(destino: Record<string, number>, fuente: string, valor: number): void {
  destino[fuente] = (destino[fuente] ?? 0) + valor;
}

export function cruzarInversion(plan: Plan, o: { periodo?: Periodo | null } = {}): InversionCruzada {
  const periodo = o.periodo ?? null;
  const ix = indexarArbol(plan);
  const n = ix.n;
  const nodos: Array<Record<string, number>> = Array.from({ length: n }, () => ({}));
  const anios = new Map<string, FilaCruzadaAnio>();
  for (let b = 0; b <= n; b++) {
    for (let x = ix.inicioMetas[b] as number; x < (ix.inicioMetas[b + 1] as number); x++) {
      const meta = plan.metas[ix.metas[x] as number] as Plan['metas'][number];
      for (const e of meta.inversion) {
        if (e.valor === null) continue;
        if (periodo && (e.desde < periodo.desde || e.hasta > periodo.hasta)) continue;
        const fuente = reconocerFuente(e.fuente).fuente;
        if (b < n) sumar(nodos[b] as Record<string, number>, fuente, e.valor);
        const clave = `${e.desde}-${e.hasta}`;
        let a = anios.get(clave);
        if (!a) {
          a = { desde: e.desde, hasta: e.hasta, porFuente: {} };
          anios.set(clave, a);
        }
        sumar(a.porFuente, fuente, e.valor);
      }
    }
  }
  // Bottom-up over the depth-first order: children come after their parent.
  for (let i = n - 1; i >= 0; i--) {
    const p = ix.padre[i] as number;
    if (p < 0) continue;
    for (const [fuente, valor] of Object.entries(nodos[i] as Record<string, number>)) sumar(nodos[p] as Record<string, number>, fuente, valor);
  }
  return {
    porNodo: nodos.map((porFuente, i) => ({ codigo: (plan.nodos[ix.nodo[i] as number] as Plan['nodos'][number]).codigo, porFuente })),
    porAnio: [...anios.values()].sort((a, b) => a.desde - b.desde || a.hasta - b.hasta),
  };
}
