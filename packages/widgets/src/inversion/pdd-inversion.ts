import { html, nothing } from 'lit';
import { cruzarInversion, seleccionarPlan, type InversionCruzada, type Periodo, type Plan } from '@tablero-pdd/core';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { ControlGraficos, estilosGrafico, graficoBarras } from '../base/grafico-barras.js';
import { alertaSeleccion } from '../base/alerta-seleccion.js';
import { leerPorPagina } from '../base/paginas-grafico.js';
import { modeloInversion, notasInversion, type PorInversion } from './modelo-inversion.js';

/** core's cross-tab by source, once per plan and period (like resumenDe). */
const cruzadas = new WeakMap<Plan, Map<string, InversionCruzada>>();
function cruzadaDe(plan: Plan, periodo: Periodo): InversionCruzada {
  let porPeriodo = cruzadas.get(plan);
  if (!porPeriodo) {
    porPeriodo = new Map();
    cruzadas.set(plan, porPeriodo);
  }
  const clave = `${periodo.desde}-${periodo.hasta}`;
  let c = porPeriodo.get(clave);
  if (!c) {
    c = cruzarInversion(plan, { periodo });
    porPeriodo.set(clave, c);
  }
  return c;
}

/**
 * `<pdd-inversion>`: investment in the period as bars (no pie charts), by funding source (default), by plan
 * level or by year, optionally stacked by source; in millones with core's formatter. Metas without investment
 * reported are stated apart ("N metas sin dato"), never added as 0. With a text summary, "Ver tabla" and
 * downloads (CSV, SVG, PNG). Figures come from core (`resumir` and `cruzarInversion`).
 *
 * @attr por - "fuente" (default), "nivel" or "anio".
 * @attr apilado - present: each level's or year's bar is split by funding source.
 * @attr nivel - code of a node: the investment of its branch only (by level: the branch's own levels).
 * @attr meta - code of a meta: its investment only (by level: the nodes it hangs from; wins over nivel).
 * @attr secretaria - name of a secretaría, as the plan writes it: the investment of its metas only (by level: the levels all of whose metas are its own).
 * @attr por-pagina - rows per page of a long chart (by level, the bench's 1,000-meta plan has 220 levels) at first: 10, 25 (default), 50, 100 or todas; the reader can still change it.
 * @cssprop --pdd-serie-1 - colour of the bars and of the first stacked source (--pdd-serie-2 … --pdd-serie-6 the next ones).
 *
 * @tagname pdd-inversion
 */
export class PddInversion extends ElementoPdd {
  static override styles = [...ElementoPdd.styles, ...estilosGrafico];

  static override properties = {
    ...ElementoPdd.properties,
    por: { type: String },
    apilado: { type: Boolean },
    nivel: { type: String },
    meta: { type: String },
    secretaria: { type: String },
    porPagina: { type: String, attribute: 'por-pagina' },
  };

  declare por: string | undefined;
  declare apilado: boolean;
  declare nivel: string | undefined;
  declare meta: string | undefined;
  declare secretaria: string | undefined;
  declare porPagina: string | undefined;
  private readonly graficos = new ControlGraficos(this);

  constructor() {
    super();
    this.apilado = false;
  }

  private get eje(): PorInversion {
    return this.por === 'nivel' || this.por === 'anio' ? this.por : 'fuente';
  }

  protected tituloPredeterminado(): string {
    const t = this.t;
    return { fuente: t.tituloInversionFuente, nivel: t.tituloInversionNivel, anio: t.tituloInversionAnio }[this.eje];
  }

  protected renderPlan(plan: Plan) {
    const lang = this.idioma;
    const t = this.t;
    const sel = seleccionarPlan(plan, { meta: this.meta, nivel: this.nivel, secretaria: this.secretaria });
    if (!sel.ok) return alertaSeleccion(plan, sel, lang);
    const r = this.resumen(sel.plan);
    const por = this.eje;
    const cruzada = this.apilado && por !== 'fuente' ? cruzadaDe(sel.plan, r.periodo) : null;
    // By level: a branch's own nodes; one meta's, the nodes it hangs from; a secretaría's, the nodes all of
    // whose metas are its own (core's choice says which).
    const rama = sel.eleccion.nodos;
    const m = modeloInversion(r, cruzada, { lang, por, apilado: this.apilado, titulo: this.tituloVisible(), rama });
    const notas = notasInversion(r, lang);
    const lista = notas.length
      ? html`<ul class="notas-grafico">
          ${notas.map((n) => html`<li>${n}</li>`)}
        </ul>`
      : nothing;
    if (r.inversion.total === null || m.filas.length === 0) return html`<p class="estado">${t.invNinguna}</p>${lista}`;
    const pp = leerPorPagina(this.porPagina, lang);
    this.graficos.fijarTamanoInicial(pp.tamano);
    return html`${pp.aviso ? html`<p class="error" role="alert">${pp.aviso}</p>` : nothing}${graficoBarras(m, this.graficos, lang, { tituloVisible: false })}${lista}`;
  }
}
