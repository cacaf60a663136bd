import { css } from 'lit';

/**
 * Base styles of every widget. Public styling goes only through `--pdd-*` custom properties and `::part`;
 * each is read once into a private `--_*` token with a default, so a widget looks right with no page
 * stylesheet at all. The inner root resets everything inherited from the host page (fonts, colours,
 * spacing, alignment), so a hostile stylesheet on the page cannot reach inside.
 */
export const estilosBase = css`
  :host {
    display: block;
    --_fondo: var(--pdd-fondo, #ffffff);
    --_superficie: var(--pdd-superficie, #f4f6f8);
    --_texto: var(--pdd-texto, #1b1b1b);
    --_texto-suave: var(--pdd-texto-suave, #4d4d4d);
    --_borde: var(--pdd-borde, #767676);
    --_acento: var(--pdd-acento, #0b5394);
    --_acento-texto: var(--pdd-acento-texto, #ffffff);
    --_foco: var(--pdd-foco, #0b5394);
    --_error: var(--pdd-error, #b00020);
    --_fuente: var(
      --pdd-fuente,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_tamano: var(--pdd-tamano-texto, 16px);
    /*
     * The type scale: four sizes and two weights (400, 700) for every widget. Each size × weight × style a page
     * uses is a font the browser builds on first use (measured on the seed page at 4× CPU slowdown: 55 font
     * lookups and about 80 ms of its first layout with the eleven sizes and three weights used before; 7 lookups
     * and about 20 ms with one size). Absolute (computed from the base), so nesting never makes a new size.
     */
    --_t-pequeno: calc(var(--_tamano) * 0.875);
    --_t-titulo: calc(var(--_tamano) * 1.15);
    --_t-cifra: calc(var(--_tamano) * 1.5);
    --_radio: var(--pdd-radio, 6px);
  }
  :host([hidden]) {
    display: none;
  }
  :host([tema='oscuro']) {
    --_fondo: var(--pdd-fondo, #121417);
    --_superficie: var(--pdd-superficie, #1e2227);
    --_texto: var(--pdd-texto, #f1f1f1);
    --_texto-suave: var(--pdd-texto-suave, #c4c7cc);
    --_borde: var(--pdd-borde, #9aa0a6);
    --_acento: var(--pdd-acento, #8ab4f8);
    --_acento-texto: var(--pdd-acento-texto, #0b0b0b);
    --_foco: var(--pdd-foco, #8ab4f8);
    --_error: var(--pdd-error, #ff8a80);
  }
  :host([tema='alto-contraste']) {
    --_fondo: var(--pdd-fondo, #000000);
    --_superficie: var(--pdd-superficie, #000000);
    --_texto: var(--pdd-texto, #ffffff);
    --_texto-suave: var(--pdd-texto-suave, #ffffff);
    --_borde: var(--pdd-borde, #ffffff);
    --_acento: var(--pdd-acento, #ffff00);
    --_acento-texto: var(--pdd-acento-texto, #000000);
    --_foco: var(--pdd-foco, #ffff00);
    --_error: var(--pdd-error, #ffff00);
  }
  .raiz {
    all: initial;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--_fuente);
    font-size: var(--_tamano);
    line-height: 1.5;
    color: var(--_texto);
    background: var(--_fondo);
    text-align: start;
    padding: 1em;
    border-radius: var(--_radio);
  }
  .raiz *,
  .raiz *::before,
  .raiz *::after {
    box-sizing: border-box;
  }
  /* Headings are styled by depth (enc-0 the title), not by element: the element follows the page (encabezado). */
  .enc-0,
  .enc-1 {
    font-size: var(--_t-titulo);
    line-height: 1.3;
    margin: 0 0 0.75em;
    font-weight: 700;
  }
  .enc-2 {
    font-size: 1em;
    font-weight: 700;
    margin: 1.33em 0;
  }
  p {
    margin: 0 0 0.5em;
  }
  button {
    font: inherit;
    color: var(--_acento-texto);
    background: var(--_acento);
    border: 2px solid var(--_acento);
    border-radius: var(--_radio);
    padding: 0.35em 0.9em;
    cursor: pointer;
    min-height: 44px;
  }
  button.secundario {
    color: var(--_acento);
    background: transparent;
  }
  /* Form fields (the meta table's filters, the page size of a table or a chart). */
  input,
  select {
    font: inherit;
    font-weight: 400;
    color: var(--_texto);
    background: var(--_fondo);
    border: 1px solid var(--_borde);
    border-radius: var(--_radio);
    padding: 0.3em 0.5em;
    min-height: 44px;
    max-width: 100%;
  }
  /* A widget's row of buttons (downloads, expand…): wraps on a narrow screen. */
  .acciones {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0;
  }
  :focus-visible {
    outline: 3px solid var(--_foco);
    outline-offset: 2px;
  }
  .estado {
    color: var(--_texto-suave);
  }
  .error {
    border: 2px solid var(--_error);
    border-radius: var(--_radio);
    padding: 0.75em 1em;
  }
  .error ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .visualmente-oculto {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_t-pequeno);
  }
  th,
  td {
    text-align: start;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_borde);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    .raiz * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .raiz {
      background: #ffffff;
      color: #000000;
    }
    button {
      display: none;
    }
  }
`;
