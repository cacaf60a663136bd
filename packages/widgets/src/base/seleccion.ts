/**
 * The metas a widget shows: one meta (`meta="8"`), the metas under a level node (`nivel="L1.C1.A2"`, its whole
 * branch) or the whole plan. This only chooses metas; every figure is computed by core on the chosen ones.
 * `meta` wins over `nivel` when both are given. Metas the source knows are absent name no node, so a part of
 * the plan does not claim them.
 */
import { html, type TemplateResult } from 'lit';
import type { Idioma, Meta, Nodo, Plan } from '@tablero-pdd/core';
import { texto } from './i18n.js';

export type Seleccion =
  | { ok: true; plan: Plan; meta: Meta | null; nodo: Nodo | null }
  | { ok: false; motivo: 'meta' | 'nivel'; codigo: string };

const memoria = new WeakMap<Plan, Map<string, Seleccion>>();

export function seleccionar(plan: Plan, o: { meta?: string | undefined; nivel?: string | undefined }): Seleccion {
  const meta = o.meta?.trim() || null;
  const nivel = o.nivel?.trim() || null;
  const clave = `${meta ?? ''}|${nivel ?? ''}`;
  let porClave = memoria.get(plan);
  if (!porClave) {
    porClave = new Map();
    memoria.set(plan, porClave);
  }
  let s = porClave.get(clave);
  if (!s) {
    s = elegir(plan, meta, nivel);
    porClave.set(clave, s);
  }
  return s;
}

function elegir(plan: Plan, meta: string | null, nivel: string | null): Seleccion {
  if (meta !== null) {
    const m = plan.metas.find((x) => x.codigo.trim() === meta);
    if (!m) return { ok: false, motivo: 'meta', codigo: meta };
    return { ok: true, plan: { ...plan, metas: [m], ausentes: [] }, meta: m, nodo: null };
  }
  if (nivel !== null) {
    const nodo = plan.nodos.find((n) => n.codigo === nivel);
    if (!nodo) return { ok: false, motivo: 'nivel', codigo: nivel };
    const hijos = new Map<string, string[]>();
    for (const n of plan.nodos) {
      if (n.padre === null) continue;
      const l = hijos.get(n.padre);
      if (l) l.push(n.codigo);
      else hijos.set(n.padre, [n.codigo]);
    }
    // The branch, walked with a visited set: a cycle in bad data must not hang the page.
    const rama = new Set<string>([nivel]);
    const pendientes = [nivel];
    while (pendientes.length) {
      for (const h of hijos.get(pendientes.pop() as string) ?? []) {
        if (!rama.has(h)) {
          rama.add(h);
          pendientes.push(h);
        }
      }
    }
    return { ok: true, plan: { ...plan, metas: plan.metas.filter((m) => rama.has(m.nodo)), ausentes: [] }, meta: null, nodo };
  }
  return { ok: true, plan, meta: null, nodo: null };
}

/** The alert a widget shows for a `meta` or a `nivel` the plan does not have, with the valid codes. */
export function alertaSeleccion(plan: Plan, sel: { motivo: 'meta' | 'nivel'; codigo: string }, lang: Idioma): TemplateResult {
  if (sel.motivo === 'nivel') return alertaNivel(plan, sel.codigo, lang);
  return html`<p class="error" role="alert">${texto(lang).fichaMetaNoExiste(sel.codigo, plan.metas.map((m) => m.codigo).join(', '))}</p>`;
}

/** The alert a widget shows for a `nivel` the plan does not have, with the valid codes. */
export function alertaNivel(plan: Plan, codigo: string, lang: Idioma): TemplateResult {
  return html`<p class="error" role="alert">${texto(lang).metasNivelNoExiste(codigo, plan.nodos.map((n) => n.codigo).join(', '))}</p>`;
}
