/**
 * Rehearsal: while a page waits for its plan, each kind of widget on it draws a small built-in plan once
 * (plan-ensayo.ts), unseen, and is removed. The first render with the real plan then finds the code it runs
 * compiled and warm, and Lit's templates already parsed (the seed page as a web editor builds it, ten widgets
 * at 4× CPU slowdown, drew 20–50 ms sooner). It only uses the time the page waits anyway: it runs in the
 * warm-up's queue (precalentar.ts), one widget per task, and what is left is dropped when a plan arrives.
 *
 * A rehearsal happens inside the shadow root of a widget of the same kind already on the page, in a `hidden`
 * box (no style, layout or paint, nothing for assistive technology), and is removed before its task ends: the
 * host page never sees it between tasks, and it sends no event (`esEnsayo`).
 */
import type { Plan } from '@tablero-pdd/core';
import { planEnsayo } from './plan-ensayo.js';
import { alEstarInactivo } from './precalentar.js';

const ensayos = new WeakSet<Element>();
const etiquetas: string[] = [];

/** Whether an element is a rehearsal: it announces nothing to the page and does not stop the warm-up. */
export function esEnsayo(el: Element): boolean {
  return ensayos.has(el);
}

/** A kind of widget that may rehearse (definir registers each; the map does not: it would download boundaries). */
export function registrarEnsayable(etiqueta: string): void {
  if (!etiquetas.includes(etiqueta)) etiquetas.push(etiqueta);
}

/** The kinds of widget that rehearse, in the order they were defined. */
export function etiquetasEnsayo(): readonly string[] {
  return [...etiquetas];
}

/**
 * Draws one widget of kind `etiqueta` with `plan`, unseen, inside the first widget of that kind on the page,
 * and removes it. Resolves when it is gone; does nothing when the page has no such widget.
 */
export async function ensayar(doc: Document, etiqueta: string, plan: Plan): Promise<boolean> {
  const anfitrion = doc.querySelector(etiqueta)?.shadowRoot;
  if (!anfitrion) return false;
  const caja = doc.createElement('div');
  caja.hidden = true;
  // Also against a style of the host widget that would show a div: set through the CSSOM, which a strict CSP allows.
  caja.style.setProperty('display', 'none', 'important');
  const el = doc.createElement(etiqueta) as HTMLElement & { plan?: Plan; updateComplete?: Promise<unknown> };
  ensayos.add(el);
  el.plan = plan;
  caja.append(el);
  anfitrion.append(caja);
  try {
    await el.updateComplete;
  } finally {
    caja.remove();
  }
  return true;
}

let programado = false;

/**
 * The kinds of widget on the page that rehearse, in the order of their first widget on the page: the top of the
 * page (what the reader sees first) rehearses first, in case the plan arrives before every kind had its turn.
 */
export function ordenEnsayos(doc: Document): string[] {
  if (etiquetas.length === 0) return [];
  const orden = new Set<string>();
  for (const el of doc.querySelectorAll(etiquetas.join(','))) orden.add(el.localName);
  return [...orden];
}

/** Queues one rehearsal per kind of widget on the page, after the warm-up tasks already queued (once per page). */
export function programarEnsayos(doc: Document = document): void {
  if (programado) return;
  programado = true;
  alEstarInactivo(() => {
    // Built when its turn comes, and shared by the rehearsals: one plan, validated and summarised once.
    let plan: Plan | undefined;
    for (const etiqueta of ordenEnsayos(doc))
      alEstarInactivo(() => {
        plan ??= planEnsayo();
        void ensayar(doc, etiqueta, plan);
      });
  });
}
