/**
 * The semáforo mark: shape + colour + text label, so the state never relies on colour alone. Colours, shapes
 * and labels come from core's band configuration (the one colour scale); this file only draws them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { EstadoSemaforo, FormaEstado, Idioma } from '@tablero-pdd/core';

/**
 * Shapes in a 16×16 box, each as the data of one path: a mark that changes state (a sorted table reuses its
 * rows) only changes attributes, never builds a new shape element.
 */
const FORMAS: Record<FormaEstado, string> = {
  circulo: 'M8 1a7 7 0 1 0 0 14a7 7 0 1 0 0-14z',
  triangulo: 'M8 1 15 15H1z',
  cuadrado: 'M1.5 1.5h13v13h-13z',
  rombo: 'M8 0.5 15.5 8 8 15.5 0.5 8z',
  estrella: 'M8 0.6l2.2 4.9 5.3.5-4 3.6 1.2 5.2L8 12.1 3.3 14.8l1.2-5.2-4-3.6 5.3-.5z',
  octagono: 'M5 0.5h6l4.5 4.5v6L11 15.5H5L0.5 11V5z',
  flecha_arriba: 'M8 0.5 15 8h-4v7.5H5V8H1z',
  flecha_abajo: 'M8 15.5 15 8h-4V0.5H5V8H1z',
  guion: 'M1 6h14v4H1z',
  anillo: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11z',
  cruz: 'M1 5h4V1h6v4h4v6h-4v4H5v-4H1z',
};

/** A mark with its name as visible text (the name is what screen readers read). */
export function marcaEstado(estado: EstadoSemaforo, lang: Idioma, conNombre = true): TemplateResult {
  // Presentation attributes, not a style attribute: a strict CSP (no 'unsafe-inline') blocks the latter.
  const anillo = estado.forma === 'anillo';
  return html`<span class="marca" part="marca-estado" data-estado=${estado.id}
    ><svg class="forma" viewBox="0 0 16 16" aria-hidden="true" focusable="false"
      fill=${anillo ? 'none' : estado.color} stroke=${anillo ? estado.color : 'currentColor'}
      ><path d=${FORMAS[estado.forma]} stroke-width=${anillo ? '3' : nothing} /></svg
    ><span class=${conNombre ? 'nombre-estado' : 'visualmente-oculto'}>${estado.nombre[lang]}</span></span
  >`;
}

export const estilosMarca = css`
  /*
   * Baseline-aligned, so the mark's name sits on the line of the text around it ("Crítico: 1"); the shape
   * (whose baseline is its bottom edge) drops a little below it, as icons in text do, to centre on the letters.
   */
  .marca {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    white-space: nowrap;
  }
  .forma {
    display: inline-block;
    width: 1em;
    height: 1em;
    flex: none;
    stroke-width: 0.75;
    margin-bottom: -0.2em;
  }
`;
