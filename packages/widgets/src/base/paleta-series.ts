/**
 * Colours and hatch patterns of the non-semáforo series of the bar charts (funding sources stacked in a bar,
 * a lone series of investment or beneficiaries). One palette per theme, each colour ≥ 3:1 against that theme's
 * background (WCAG 1.4.11); the hatch pattern is the non-colour cue between stacked layers (WCAG 1.4.1).
 * Applied with classes (`serie-0` … `serie-5`), never style attributes, so a strict CSP works; a page can
 * re-theme them with `--pdd-serie-1` … `--pdd-serie-6`.
 */
import { css, unsafeCSS } from 'lit';

export type Tema = 'claro' | 'oscuro' | 'alto-contraste';

/** Background of each theme (estilos-base.ts' `--_fondo` defaults), for the contrast check. */
export const FONDOS: Readonly<Record<Tema, string>> = { claro: '#ffffff', oscuro: '#121417', 'alto-contraste': '#000000' };

export const PALETAS: Readonly<Record<Tema, readonly string[]>> = {
  claro: ['#0b5394', '#b45309', '#2e7d32', '#6a1b9a', '#00695c', '#ad1457'],
  oscuro: ['#8ab4f8', '#f6ae2d', '#81c995', '#d7aefb', '#78d9ec', '#f28b82'],
  'alto-contraste': ['#ffff00', '#ffffff', '#00ffff', '#ff80ff', '#80ff80', '#ffb000'],
};

export const COLORES_SERIE = 6;
/** Hatch patterns (none, diagonal, dots, cross-hatch, horizontal, vertical): 5 × 6 colours before repeating. */
export const TRAMAS = 5;

/** Colour class index and pattern index of the k-th series (coprime cycles: 30 distinct pairs). */
export function estiloSerie(k: number): { color: number; trama: number } {
  return { color: k % COLORES_SERIE, trama: k % TRAMAS };
}

/** Path of each hatch pattern in a 6×6 tile (index 0 = solid, no path). */
export const TRAMAS_D: readonly string[] = ['', 'M-1 1l2-2M0 6l6-6M5 7l2-2', 'M1.5 1.5h.01M4.5 4.5h.01', 'M0 0l6 6M6 0l-6 6', 'M0 3h6', 'M3 0v6'];

const variables = (tema: Tema) =>
  PALETAS[tema].map((c, i) => `--_serie-${i}: var(--pdd-serie-${i + 1}, ${c});`).join('\n');

export const estilosPaleta = css`
  :host {
    ${unsafeCSS(variables('claro'))}
  }
  :host([tema='oscuro']) {
    ${unsafeCSS(variables('oscuro'))}
  }
  :host([tema='alto-contraste']) {
    ${unsafeCSS(variables('alto-contraste'))}
  }
  ${unsafeCSS(Array.from({ length: COLORES_SERIE }, (_, i) => `.serie-${i} { fill: var(--_serie-${i}); color: var(--_serie-${i}); }`).join('\n'))}
`;
