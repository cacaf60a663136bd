/** Helpers shared by the browser tests: axe-core in the real page, waiting for widgets to settle, large plans. */
import type { AxeResults } from 'axe-core';
import type { Plan } from '@tablero-pdd/core';

declare global {
  interface Window {
    axe?: { run: (ctx: unknown, opts?: unknown) => Promise<AxeResults> };
  }
}

/** Every widget of the bundle, by tag. */
export const ETIQUETAS_WIDGETS = [
  'pdd-resumen',
  'pdd-niveles',
  'pdd-indicadores',
  'pdd-conciliacion',
  'pdd-metas',
  'pdd-ficha',
  'pdd-mapa',
  'pdd-avance',
  'pdd-inversion',
  'pdd-beneficiarios',
] as const;

let cargaAxe: Promise<void> | null = null;

/** axe-core ships as a classic script: load it with a script element (works under a strict CSP too). */
export function cargarAxe(): Promise<void> {
  if (window.axe) return Promise.resolve();
  cargaAxe ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/node_modules/axe-core/axe.min.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('no se pudo cargar axe-core'));
    document.head.append(s);
  });
  return cargaAxe;
}

/** Runs axe (WCAG 2.1 A/AA rules) on an element, shadow roots included; returns readable violations. */
export async function violacionesAxe(elemento: Element): Promise<string[]> {
  await cargarAxe();
  const r = await window.axe!.run(elemento, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  return r.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/** Waits until the element's Lit update cycle and a condition on its shadow root both settle. */
export async function esperar(condicion: () => boolean, ms = 5000): Promise<void> {
  const inicio = performance.now();
  while (!condicion()) {
    if (performance.now() - inicio > ms) throw new Error('tiempo de espera agotado');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * A plan of `n` metas built from the seed's (codes 1…n), for size tests: each meta's figures vary with its
 * position so that sorting by a figure gives an order different from the code order.
 */
export function planGrande(semilla: Plan, n: number): Plan {
  const p = structuredClone(semilla);
  p.metas = Array.from({ length: n }, (_, i) => ({ ...structuredClone(semilla.metas[i % semilla.metas.length]!), codigo: String(i + 1) }));
  p.metas.forEach((m, i) => {
    m.seguimiento = [{ desde: 2024, hasta: 2025, programado: 100, ejecutado: (i * 37) % 131 }];
    m.reportado = { ...m.reportado, cumplimiento: null, avance: null };
  });
  return p;
}

/** The seed with `n` apuestas under its componente instead of 4, its metas spread over them (42 level rows with n = 40). */
export function conApuestas(semilla: Plan, n: number): Plan {
  const plan = planGrande(semilla, 2 * n);
  const base = plan.nodos.find((x) => x.codigo === 'L1.C1.A1')!;
  plan.nodos = [
    ...plan.nodos.filter((x) => x.nivel < 2),
    ...Array.from({ length: n }, (_, i) => ({ ...structuredClone(base), codigo: `L1.C1.A${i + 1}`, nombre: `Apuesta ${i + 1}` })),
  ];
  plan.metas.forEach((m, i) => (m.nodo = `L1.C1.A${(i % n) + 1}`));
  return plan;
}
