/**
 * The "Ver tabla" equivalent of a chart: a toggle button (aria-expanded) and the same rows as an HTML table,
 * in a focusable scroll region so a narrow screen scrolls the table, never the page.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ModeloGrafico } from './grafico-modelo.js';

export interface TextosTabla {
  verTabla: string;
  ocultarTabla: string;
  graficoTablaDe: (titulo: string) => string;
}

/** The toggle. aria-controls only while the table exists (it must point at an element). */
export function botonVerTabla(abierta: boolean, idTabla: string, alternar: () => void, t: TextosTabla): TemplateResult {
  return html`<button
    class="secundario ver-tabla"
    type="button"
    aria-expanded=${abierta ? 'true' : 'false'}
    aria-controls=${abierta ? idTabla : nothing}
    @click=${alternar}
  >
    ${abierta ? t.ocultarTabla : t.verTabla}
  </button>`;
}

export function tablaDatos(m: ModeloGrafico, idTabla: string, t: TextosTabla): TemplateResult {
  const { columnas, filas } = m.tabla;
  return html`<div class="tabla-grafico" id=${idTabla} role="region" aria-label=${t.graficoTablaDe(m.titulo)} tabindex="0">
    <table>
      <caption>${m.titulo}</caption>
      <thead>
        <tr>
          ${columnas.map((c) => html`<th scope="col" class=${c.numerica ? 'num' : ''}>${c.titulo}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${filas.map(
          (f) =>
            html`<tr data-clave=${f.clave}>
              ${f.celdas.map((c, i) =>
                i === 0
                  ? html`<th scope="row">${c}</th>`
                  : html`<td class=${columnas[i]?.numerica ? 'num' : ''}>${c}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const estilosTabla = css`
  .tabla-grafico {
    overflow-x: auto;
    margin-top: 0.75em;
  }
  .tabla-grafico caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.35em;
  }
`;
