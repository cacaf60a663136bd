/**
 * Markup generated at build time from a plan's data: the apuestas with the report's claims checked by core,
 * and one card (pdd-ficha + a small pdd-mapa) per meta, grouped by the node its metas hang from. The output is
 * plain widget tags, exactly what a web editor would paste; nothing is computed here, only listed.
 */
import type { Plan } from '@tablero-pdd/core';
import { escaparHtml } from './html.js';

/** Nodes that carry metas, in the plan's order, with their metas in the plan's order. */
export function gruposDeMetas(plan: Plan): { codigo: string; nombre: string | null; metas: string[] }[] {
  const porNodo = new Map<string, string[]>();
  for (const m of plan.metas) {
    const lista = porNodo.get(m.nodo) ?? [];
    lista.push(m.codigo);
    porNodo.set(m.nodo, lista);
  }
  return plan.nodos
    .filter((n) => porNodo.has(n.codigo))
    .map((n) => ({ codigo: n.codigo, nombre: n.nombre, metas: porNodo.get(n.codigo)! }));
}

function nombreNodo(nombre: string | null, codigo: string): string {
  // A node the source left unnamed is shown by its code, never with an invented name.
  return escaparHtml(nombre ?? codigo);
}

/**
 * The apuestas: each with the report's claims about it, every one beside the figure its metas give and whether
 * it holds (pdd-conciliacion nivel), then core's compliance figures for its branch (pdd-niveles nivel).
 */
export function htmlApuestas(plan: Plan, src: string): string {
  const s = escaparHtml(src);
  return gruposDeMetas(plan)
    .map((g, i) => {
      const nodo = plan.nodos.find((n) => n.codigo === g.codigo);
      const codigo = escaparHtml(g.codigo);
      const id = `apuesta-${i + 1}`;
      // The article's heading names the apuesta: the widgets' headings need not repeat it (titulo, in the page's language).
      const afirmaciones = nodo?.afirmaciones?.length
        ? `\n  <pdd-conciliacion encabezado="4" src="${s}" nivel="${codigo}" titulo="{{tituloAfirmacionesApuesta}}" data-t-titulo="tituloAfirmacionesApuesta"></pdd-conciliacion>`
        : '';
      return `<article class="apuesta" aria-labelledby="${id}">
  <h3 id="${id}" lang="es">${nombreNodo(g.nombre, g.codigo)}</h3>${afirmaciones}
  <pdd-niveles encabezado="4" src="${s}" nivel="${codigo}" titulo="{{tituloNivelesApuesta}}" data-t-titulo="tituloNivelesApuesta"></pdd-niveles>
</article>`;
    })
    .join('\n');
}

/** One card per meta, grouped under the name of its node, each with a small map of where it took place. */
export function htmlFichas(plan: Plan, src: string): string {
  const s = escaparHtml(src);
  return gruposDeMetas(plan)
    .map((g, i) => {
      const id = `grupo-metas-${i + 1}`;
      const fichas = g.metas
        .map((c) => {
          const m = escaparHtml(c);
          return `<div class="meta" id="meta-${m}">
    <pdd-ficha encabezado="4" src="${s}" meta="${m}"></pdd-ficha>
    <div class="donde"><h4 data-t="donde">{{donde}}</h4><pdd-mapa encabezado="5" src="${s}" meta="${m}"></pdd-mapa></div>
  </div>`;
        })
        .join('\n');
      return `<section class="grupo-metas" aria-labelledby="${id}">
  <h3 id="${id}" lang="es">${nombreNodo(g.nombre, g.codigo)}</h3>
${fichas}
</section>`;
    })
    .join('\n');
}

/** The options of the meta picker (for plans too long for one card per meta): "code — name". */
export function htmlOpcionesMetas(plan: Plan): string {
  return plan.metas
    .map((m) => `<option value="${escaparHtml(m.codigo)}">${escaparHtml(m.codigo)} — ${escaparHtml(m.nombre ?? '')}</option>`)
    .join('');
}
