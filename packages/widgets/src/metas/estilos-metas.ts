import { css } from 'lit';

/** Each row a card with its own labels (the table keeps its semantics): a narrow screen, or narrow paper. */
const tarjetas = css`
  table,
  tbody,
  tr,
  td,
  tbody th {
    display: block;
    width: 100%;
    min-width: 0;
  }
  colgroup {
    display: none;
  }
  thead tr {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  thead th {
    display: block;
    border: none;
  }
  tbody tr.fila {
    border: 1px solid var(--_borde);
    border-radius: var(--_radio);
    margin-top: 0.75em;
    padding: 0.25em 0.5em;
  }
  tbody tr.fila > * {
    border: none;
    padding: 0.2em 0;
    text-align: start;
  }
  tbody tr.detalle {
    border: 1px solid var(--_borde);
    border-top: none;
  }
  .etiqueta {
    display: block;
    font-size: var(--_t-pequeno);
    font-weight: 700;
    color: var(--_texto-suave);
  }
  .pct {
    align-items: flex-start;
  }
`;

/**
 * Styles of `<pdd-metas>`. Column widths are fixed (`table-layout: fixed` + colgroup) so sorting or filtering
 * never moves a column. Below 48em of container width each row becomes a card with its own labels (the table
 * keeps its semantics), so it is usable at 320 px and at 200 % zoom; between 48em and 64.5em it scrolls sideways.
 * Print has its own threshold (see @media print).
 */
export const estilosMetas = css`
  .controles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-weight: 700;
    font-size: var(--_t-pequeno);
  }
  .barra {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin: 0.25em 0 0.5em;
  }
  .conteo {
    font-weight: 700;
    margin: 0;
  }
  .filtro-municipio {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    background: var(--_superficie);
    border-inline-start: 4px solid var(--_acento);
    padding: 0.35em 0.75em;
  }
  .filtro-municipio p {
    margin: 0;
  }
  .desplazable {
    overflow-x: auto;
  }
  table {
    table-layout: fixed;
    min-width: 64.5em;
  }
  /* Room for a code such as "IP-294" on one line beside its chevron. */
  col.c-codigo {
    width: 6.75em;
  }
  col.c-nivel {
    width: 10em;
  }
  /* Room for the longest one-word state beside its shape ("Sobresaliente"); two-word ones wrap. */
  col.c-porcentaje {
    width: 9em;
  }
  col.c-inversion {
    width: 10.25em;
  }
  col.c-beneficiarios {
    width: 9em;
  }
  thead th {
    vertical-align: bottom;
    padding: 0.25em;
  }
  button.orden {
    display: inline-flex;
    align-items: flex-end;
    gap: 0.3em;
    width: 100%;
    min-height: 44px;
    padding: 0.25em 0.35em;
    text-align: start;
    font-weight: 700;
    color: var(--_texto);
    background: transparent;
    border: 1px solid transparent;
  }
  button.orden:hover {
    border-color: var(--_borde);
  }
  th.num button.orden {
    justify-content: flex-end;
    text-align: end;
  }
  .flecha {
    flex: none;
    display: inline-block;
    width: 1em;
    text-align: center;
    color: var(--_texto-suave);
  }
  th[aria-sort] .flecha {
    color: var(--_acento);
  }
  tbody th {
    font-weight: 400;
  }
  button.abrir {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    white-space: nowrap;
    min-height: 44px;
    min-width: 44px;
    padding: 0.2em 0.4em;
    color: var(--_acento);
    background: transparent;
    border: 1px solid var(--_borde);
    font-weight: 700;
  }
  button.abrir .chevron {
    display: inline-block;
  }
  button.abrir[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  /* Long Spanish words break at syllables (the page's lang), not mid-letter. */
  .nombre-meta,
  .nivel-meta,
  .fuentes-celda,
  td[data-columna='beneficiarios'] {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .nivel-meta {
    font-size: var(--_t-pequeno);
  }
  /*
   * A state's name may wrap in its cell ("Sobre-" / "ejecución"): kept on one line it was wider than the
   * column and, aligned to the end, ran over the column before it.
   */
  td .marca {
    font-size: var(--_t-pequeno);
    white-space: normal;
  }
  .pct {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.1em;
  }
  /* Rows are reused across sorts, so a figure or source line without a value is an empty element: no box, no gap. */
  .pct > .cifra:empty,
  .fuentes-celda:empty {
    display: none;
  }
  .fuentes-celda {
    display: block;
    font-size: var(--_t-pequeno);
    color: var(--_texto-suave);
  }
  tr.detalle > td {
    background: var(--_superficie);
    padding: 0.75em 1em 1em;
  }
  .rejilla-detalle {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: 0.5em 1.5em;
  }
  .rejilla-detalle .enc-2:first-child {
    margin-top: 0;
  }
  .etiqueta {
    display: none;
  }
  .pie {
    margin-top: 0.75em;
  }
  @media screen {
    @container (max-width: 48em) {
      ${tarjetas}
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    button.abrir .chevron {
      transition: transform 0.15s ease;
    }
  }
  @media print {
    .controles {
      display: none;
    }
    /*
     * Paper does not scroll, and cards take a page every few metas (Chía's 276: about 70 A4 pages). The
     * table prints at two thirds of the screen's size (about 8pt): its 64.5em then fit a portrait A4 or Letter
     * page (about 718px wide); only a narrower column prints cards.
     */
    table {
      /* The smaller size of the scale too (marks, levels, sources), or it would overflow the smaller columns. */
      --_t-pequeno: calc(var(--_tamano) * 0.6);
      font-size: calc(var(--_tamano) * 0.665);
    }
    /* The paper has its margins: the table gets the side padding too. */
    .raiz {
      padding-inline: 0;
    }
    @container (max-width: 44em) {
      ${tarjetas}
    }
    /* The base hides buttons in print, but these hold the column names and the meta codes. */
    button.orden,
    button.abrir {
      display: inline-flex;
      border: none;
      padding: 0;
      min-height: 0;
      color: #000000;
    }
    .flecha,
    .chevron {
      display: none;
    }
  }
`;
