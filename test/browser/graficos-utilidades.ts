/** Helpers for the chart widgets' browser tests: downloads caught at the anchor, rows of bars and of the table. */
import { esperar } from './utilidades.js';

export interface Descarga {
  nombre: string;
  tipo: string;
  blob: Blob;
}

/**
 * Runs `accion` and returns the file it hands to the browser: the anchor's click is intercepted (no real
 * download in the test browser) and its blob: URL read back.
 */
export async function capturarDescarga(accion: () => void, ms = 5000): Promise<Descarga> {
  const original = HTMLAnchorElement.prototype.click;
  let capturada: { href: string; nombre: string } | null = null;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    capturada = { href: this.href, nombre: this.download };
  };
  try {
    accion();
    await esperar(() => capturada !== null, ms);
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  const { href, nombre } = capturada as unknown as { href: string; nombre: string };
  const blob = await (await fetch(href)).blob();
  return { nombre, tipo: blob.type, blob };
}

export const limpio = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Keys of the chart's rows, in order (horizontal rows or vertical columns). */
export function clavesBarras(grafico: Element): string[] {
  return [...grafico.querySelectorAll('.fila[data-clave], .columna[data-clave]')].map((f) => f.getAttribute('data-clave') ?? '');
}

export function clavesTabla(grafico: Element): string[] {
  return [...grafico.querySelectorAll('tbody tr[data-clave]')].map((f) => f.getAttribute('data-clave') ?? '');
}

/** Visible value labels of a row, in series order. */
export function valoresFila(grafico: Element, clave: string): string[] {
  const fila = grafico.querySelector(`[data-clave="${CSS.escape(clave)}"]`);
  return [...(fila?.querySelectorAll('.valor .cifra') ?? [])].map((e) => limpio(e.textContent));
}

/** The drawn bars of a row (one SVG track per bar with a value). */
export function pistasFila(grafico: Element, clave: string): SVGSVGElement[] {
  const fila = grafico.querySelector(`[data-clave="${CSS.escape(clave)}"]`);
  return [...(fila?.querySelectorAll<SVGSVGElement>('svg.pista, svg.pista-v') ?? [])];
}

/** Width (horizontal) or height (vertical) of a track's bar in percent, from its rect attributes. */
export function largoBarra(pista: SVGSVGElement): number {
  const rects = [...pista.querySelectorAll('rect')];
  const vertical = pista.classList.contains('pista-v');
  return rects.reduce((s, r) => s + parseFloat(r.getAttribute(vertical ? 'height' : 'width') ?? '0'), 0);
}
