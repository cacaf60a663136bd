/**
 * Headings at the level the host page needs. A widget's title is an <h2> unless its `encabezado` attribute says
 * otherwise (1–6), and its inner headings go one and two levels below it, so the page's outline stays whole
 * wherever the editor pastes the widget (WCAG 1.3.1). The level is a real h1–h6 element (assistive technologies
 * do not all honour aria-level on them); one small template per level keeps Lit's template caching.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The title's level from the attribute: an integer 1–6, else 2. */
export function nivelEncabezado(valor: string | null | undefined): number {
  const n = Number(valor?.trim() || Number.NaN);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

type Plantilla = (contenido: unknown, clase: string, id: string | typeof nothing) => TemplateResult;

const PLANTILLAS: readonly Plantilla[] = [
  (c, clase, id) => html`<h1 class=${clase} id=${id}>${c}</h1>`,
  (c, clase, id) => html`<h2 class=${clase} id=${id}>${c}</h2>`,
  (c, clase, id) => html`<h3 class=${clase} id=${id}>${c}</h3>`,
  (c, clase, id) => html`<h4 class=${clase} id=${id}>${c}</h4>`,
  (c, clase, id) => html`<h5 class=${clase} id=${id}>${c}</h5>`,
  (c, clase, id) => html`<h6 class=${clase} id=${id}>${c}</h6>`,
];

/**
 * A heading `profundidad` levels below the widget's title (0 = the title), at most h6. Its class `enc-N`
 * (N = profundidad) carries its style, whatever its element.
 */
export function encabezado(base: number, profundidad: 0 | 1 | 2, contenido: unknown, id?: string): TemplateResult {
  const nivel = Math.min(6, base + profundidad);
  return (PLANTILLAS[nivel - 1] as Plantilla)(contenido, `enc-${profundidad}`, id ?? nothing);
}
