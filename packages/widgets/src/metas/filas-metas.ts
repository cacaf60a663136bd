/**
 * The table's row model, built once per plan and options from core's `resumir` (through `resumenDe`): each
 * meta with its figures, its level path and the text the search looks in. Sorting and filtering only read
 * these rows; no figure is computed again when the user sorts or types.
 */
import type { Discrepancia, FilaNivel, Meta, Plan, Resumen, ResumenMeta } from '@tablero-pdd/core';
import { plegar } from '@tablero-pdd/core';

export interface FilaMeta {
  /** Position in core's canonical order (tree order, then meta code): the default order of the table. */
  indice: number;
  meta: Meta;
  cifras: ResumenMeta;
  /** The meta's node and its ancestors, top first (rows of core's level table); empty if the node is unknown. */
  ruta: FilaNivel[];
  /** Normalised code, name, indicator, level path and secretaría: what the free-text filter searches. */
  busqueda: string;
  /** The report's figures that differ from the computed ones (discrepancies and notes, not the unverifiable). */
  discrepancias: Discrepancia[];
  /** Investment of the period is a lower bound (some value not reported). */
  inversionIncompleta: boolean;
  /** Some investment entry spans the period's edge and is not added. */
  inversionFueraPeriodo: boolean;
}

/** Search text folded with core's one folding rule: "Secretaría" and "secretaria" match. */
export function normalizarBusqueda(texto: string): string {
  return plegar(texto);
}

const memoria = new WeakMap<Resumen, FilaMeta[]>();

/** The rows of a summary, built once per summary (resumenDe shares one summary per plan and options). */
export function filasDeMetas(plan: Plan, r: Resumen): FilaMeta[] {
  let filas = memoria.get(r);
  if (!filas) {
    filas = construirFilas(plan, r);
    memoria.set(r, filas);
  }
  return filas;
}

function construirFilas(plan: Plan, r: Resumen): FilaMeta[] {
  const porCodigo = new Map(plan.metas.map((m) => [m.codigo, m]));
  const nodos = new Map(r.niveles.filas.map((f) => [f.codigo, f]));
  const discrepancias = new Map<string, Discrepancia[]>();
  for (const d of r.discrepancias) {
    if (d.ambito !== 'meta' || d.tipo === 'no_verificable') continue;
    const lista = discrepancias.get(d.codigo);
    if (lista) lista.push(d);
    else discrepancias.set(d.codigo, [d]);
  }
  const incompletas = new Set(r.inversion.incompletas);
  const fuera = new Set(r.inversion.fueraDePeriodo);
  const rutas = new Map<string, FilaNivel[]>();
  const rutaDe = (codigo: string): FilaNivel[] => {
    let ruta = rutas.get(codigo);
    if (ruta) return ruta;
    ruta = [];
    // Bounded by the number of nodes: a malformed cycle cannot loop forever.
    for (let f = nodos.get(codigo), n = 0; f && n <= nodos.size; f = f.padre === null ? undefined : nodos.get(f.padre), n++)
      ruta.unshift(f);
    rutas.set(codigo, ruta);
    return ruta;
  };

  const filas: FilaMeta[] = [];
  r.metas.forEach((cifras, indice) => {
    const meta = porCodigo.get(cifras.codigo);
    if (!meta) return;
    const ruta = rutaDe(meta.nodo);
    const partes = [meta.codigo, meta.nombre, meta.indicador ?? '', meta.secretaria ?? ''];
    for (const n of ruta) partes.push(n.numeracion, n.nombre ?? '');
    filas.push({
      indice,
      meta,
      cifras,
      ruta,
      busqueda: normalizarBusqueda(partes.join(' \u0000 ')),
      discrepancias: discrepancias.get(meta.codigo) ?? [],
      inversionIncompleta: incompletas.has(meta.codigo),
      inversionFueraPeriodo: fuera.has(meta.codigo),
    });
  });
  return filas;
}
