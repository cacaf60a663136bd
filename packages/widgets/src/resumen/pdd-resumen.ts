import { css, html, nothing } from 'lit';
import {
  estadosSemaforo,
  formatearMillones,
  formatearNumero,
  formatearPorcentaje,
  seleccionarPlan,
  type Plan,
} from '@tablero-pdd/core';
import { botonCsv } from '../base/boton-csv.js';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { estilosMarca, marcaEstado } from '../base/marca-estado.js';
import { alertaSeleccion } from '../base/alerta-seleccion.js';
import { csvResumen } from './csv-resumen.js';

/** Up to this many beneficiary units fit a card in the row of the figures; more take a row of their own. */
const UNIDADES_EN_FILA = 3;

/**
 * `<pdd-resumen>`: summary cards — metas reported, average % cumplimiento and % avance, total investment,
 * beneficiaries (per unit, never adding people to companies) and the count of metas per semáforo state.
 * Every figure comes from core's `resumir`; "Descargar datos (CSV)" gives each one raw, one per line.
 *
 * @attr nivel - code of a node: the figures of its branch only (one apuesta, as the report totals each).
 * @attr meta - code of a meta: the figures of that meta only (wins over nivel).
 * @attr secretaria - name of a secretaría, as the plan writes it: the figures of its metas only (with nivel, those of that branch).
 * @csspart tarjeta - each card.
 *
 * @tagname pdd-resumen
 */
export class PddResumen extends ElementoPdd {
  static override properties = { ...ElementoPdd.properties, nivel: { type: String }, meta: { type: String }, secretaria: { type: String } };
  declare nivel: string | undefined;
  declare meta: string | undefined;
  declare secretaria: string | undefined;

  static override styles = [
    ...ElementoPdd.styles,
    estilosMarca,
    css`
      /* Flex, not an auto-fit grid: a card on a row of its own would leave the grid's spare tracks empty. */
      .tarjetas {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .tarjeta {
        flex: 1 1 12em;
        min-width: 0;
        background: var(--_superficie);
        border: 1px solid var(--_borde);
        border-radius: var(--_radio);
        padding: 0.75em 1em;
      }
      .cifra {
        display: block;
        font-size: var(--_t-cifra);
        font-weight: 700;
        line-height: 1.2;
        font-variant-numeric: tabular-nums;
      }
      .rotulo {
        display: block;
        color: var(--_texto-suave);
        font-size: var(--_t-pequeno);
      }
      /* The heading of the counts belongs to them, not to the cards above. */
      .tarjetas + .enc-1 {
        margin-top: 1.25em;
        margin-bottom: 0.5em;
      }
      .bandas {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35em 1em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .nota {
        color: var(--_texto-suave);
        font-size: var(--_t-pequeno);
        margin-top: 0.75em;
      }
      .unidades {
        margin: 0.25em 0 0;
        padding: 0;
        list-style: none;
      }
      /*
       * Beneficiaries of many units (the seed has seven) take a row of their own, their list in columns: in
       * the row of the figures they stretched every card to their height and left four boxes mostly empty.
       */
      .tarjeta.ancha {
        flex-basis: 100%;
      }
      .ancha .unidades {
        columns: 14em;
        column-gap: 2em;
      }
      .ancha .unidades li {
        break-inside: avoid;
      }
    `,
  ];

  protected tituloPredeterminado(): string {
    return this.t.tituloResumen;
  }

  protected renderPlan(plan: Plan) {
    const t = this.t;
    const lang = this.idioma;
    const sel = seleccionarPlan(plan, { meta: this.meta, nivel: this.nivel, secretaria: this.secretaria });
    if (!sel.ok) return alertaSeleccion(plan, sel, lang);
    const r = this.resumen(sel.plan);
    const sinDato = { lang, sinDato: t.sinDato };
    const p = `${r.periodo.desde}–${r.periodo.hasta}`;
    const estados = estadosSemaforo().filter((e) => (r.conteoBandas.cumplimiento.porEstado[e.id] ?? 0) > 0);
    return html`<ul class="tarjetas">
        <li class="tarjeta" part="tarjeta">
          <span class="cifra">${formatearNumero(r.metasReportadas, { lang })}</span>
          <span class="rotulo">${t.metasReportadas}</span>
          ${r.metasAusentes.length
            ? html`<span class="rotulo">${t.ausentes(r.metasAusentes.map((a) => a.codigo).join(', '))}</span>`
            : nothing}
        </li>
        <li class="tarjeta" part="tarjeta">
          <span class="cifra">${formatearPorcentaje(r.promedio.cumplimiento, sinDato)}</span>
          <span class="rotulo">${t.cumplimientoPromedio} ${p}</span>
        </li>
        <li class="tarjeta" part="tarjeta">
          <span class="cifra">${formatearPorcentaje(r.promedio.avance, sinDato)}</span>
          <span class="rotulo">${t.avancePromedio}</span>
        </li>
        <li class="tarjeta" part="tarjeta">
          <span class="cifra">${formatearMillones(r.inversion.total, sinDato)}</span>
          <span class="rotulo">${t.inversionTotal} ${p}</span>
          ${r.inversion.sinDato.length
            ? html`<span class="rotulo">${t.metasSinDato(r.inversion.sinDato.length)}</span>`
            : nothing}
        </li>
        <li class=${r.beneficiarios.porUnidad.length > UNIDADES_EN_FILA ? 'tarjeta ancha' : 'tarjeta'} part="tarjeta">
          <span class="rotulo">${t.beneficiarios}</span>
          <ul class="unidades">
            ${r.beneficiarios.porUnidad.map(
              (u) => html`<li><strong>${formatearNumero(u.total, { lang })}</strong> ${u.etiqueta}</li>`,
            )}
          </ul>
          ${r.beneficiarios.sinDato.length
            ? html`<span class="rotulo">${t.metasSinDato(r.beneficiarios.sinDato.length)}</span>`
            : nothing}
        </li>
      </ul>
      ${this.subtitulo(1, t.porBanda)}
      <ul class="bandas">
        ${estados.map(
          (e) =>
            html`<li>${marcaEstado(e, lang)}: <strong>${formatearNumero(r.conteoBandas.cumplimiento.porEstado[e.id] ?? 0, { lang })}</strong></li>`,
        )}
      </ul>
      <p class="nota">${r.promedio.metodo[lang]} ${t.fuenteBandas}: ${r.fuenteBandas[lang]}</p>
      <div class="acciones">${botonCsv(t.descargarCsv, 'resumen.csv', () => csvResumen(r, lang))}</div>`;
  }
}
