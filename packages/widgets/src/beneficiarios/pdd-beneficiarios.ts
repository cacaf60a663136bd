import { html, nothing } from 'lit';
import { seleccionarPlan, type Plan } from '@tablero-pdd/core';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { ControlGraficos, estilosGrafico, graficoBarras } from '../base/grafico-barras.js';
import { alertaSeleccion } from '../base/alerta-seleccion.js';
import { modelosBeneficiarios, notasBeneficiarios, type PorBeneficiarios } from './modelo-beneficiarios.js';

/**
 * `<pdd-beneficiarios>`: beneficiaries as bars, by population group (default; one chart per unit, groups
 * overlap so they are never added into a total) or by unit (people and firms never added together). Metas
 * "sin dato reportado" and "no aplica" are listed apart, never drawn as 0. With a text summary, "Ver tabla"
 * and downloads (CSV, SVG, PNG). Figures come from core's `resumir`.
 *
 * @attr por - "grupo" (default) or "unidad".
 * @attr nivel - code of a node: the beneficiaries of its branch only.
 * @attr meta - code of a meta: its beneficiaries only (wins over nivel).
 * @attr secretaria - name of a secretaría, as the plan writes it: the beneficiaries of its metas only.
 * @cssprop --pdd-serie-1 - colour of the bars.
 *
 * @tagname pdd-beneficiarios
 */
export class PddBeneficiarios extends ElementoPdd {
  static override styles = [...ElementoPdd.styles, ...estilosGrafico];

  static override properties = {
    ...ElementoPdd.properties,
    por: { type: String },
    nivel: { type: String },
    meta: { type: String },
    secretaria: { type: String },
  };

  declare por: string | undefined;
  declare nivel: string | undefined;
  declare meta: string | undefined;
  declare secretaria: string | undefined;
  private readonly graficos = new ControlGraficos(this);

  private get eje(): PorBeneficiarios {
    return this.por === 'unidad' ? 'unidad' : 'grupo';
  }

  protected tituloPredeterminado(): string {
    return this.eje === 'unidad' ? this.t.benefPorUnidad : this.t.tituloBeneficiarios;
  }

  protected renderPlan(plan: Plan) {
    const lang = this.idioma;
    const t = this.t;
    const sel = seleccionarPlan(plan, { meta: this.meta, nivel: this.nivel, secretaria: this.secretaria });
    if (!sel.ok) return alertaSeleccion(plan, sel, lang);
    const r = this.resumen(sel.plan);
    const por = this.eje;
    const modelos = modelosBeneficiarios(r, { lang, por, titulo: this.tituloVisible() });
    const notas = [r.beneficiarios.nota[lang], ...notasBeneficiarios(r, lang)];
    const vacio = por === 'grupo' ? t.benefSinGrupos : t.sinDatos;
    // A single chart whose caption is the widget's heading: the caption is kept for screen readers only.
    const visible = !(modelos.length === 1 && por === 'unidad');
    return html`${modelos.length === 0 ? html`<p class="estado">${vacio}</p>` : modelos.map((m) => graficoBarras(m, this.graficos, lang, { tituloVisible: visible }))}
      ${notas.length
        ? html`<ul class="notas-grafico">
            ${notas.map((n) => html`<li>${n}</li>`)}
          </ul>`
        : nothing}`;
  }
}
