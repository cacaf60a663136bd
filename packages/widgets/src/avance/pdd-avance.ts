import { html, nothing } from 'lit';
import type { Plan, Resumen } from '@tablero-pdd/core';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { ControlGraficos, estilosGrafico, graficoBarras } from '../base/grafico-barras.js';
import { leerPorPagina } from '../base/paginas-grafico.js';
import { modeloAvanceMetas, modeloAvanceNiveles } from './modelo-avance.js';

/**
 * `<pdd-avance>`: progress chart — % cumplimiento in the period and % avance frente al cuatrienio side by side,
 * per meta (default) or per plan level, coloured by semáforo state with its mark and value as text. Bars stop at
 * 100 %; an over-execution is labelled with its raw value ("115 % (sobre-ejecución)"); metas not programmed or
 * without data are written as such, never drawn as 0. With a text summary, "Ver tabla" and downloads (CSV, SVG,
 * PNG). Figures come from core's `resumir`. A long chart (a department's ~920 metas) shows
 * 25 rows per page (TAMANO_PAGINA_GRAFICO), with previous / next; its summary and CSV keep every row.
 *
 * @attr agrupar - "meta" (default) or "nivel": one row per meta, or per node of the plan's tree (rolled up by core).
 * @attr nivel - code of a node: only the metas (or levels) of that branch.
 * @attr secretaria - name of a secretaría, as the plan writes it: only its metas (by level: the levels all of whose metas are its own).
 * @attr por-pagina - rows per page of a long chart at first: 10, 25 (default), 50, 100 or todas; the reader can still change it.
 *
 * @tagname pdd-avance
 */
export class PddAvance extends ElementoPdd {
  static override styles = [...ElementoPdd.styles, ...estilosGrafico];

  static override properties = {
    ...ElementoPdd.properties,
    agrupar: { type: String },
    nivel: { type: String },
    secretaria: { type: String },
    porPagina: { type: String, attribute: 'por-pagina' },
  };

  declare agrupar: string | undefined;
  declare nivel: string | undefined;
  declare secretaria: string | undefined;
  declare porPagina: string | undefined;
  private readonly graficos = new ControlGraficos(this);

  protected tituloPredeterminado(): string {
    return this.agrupar === 'nivel' ? this.t.tituloAvanceNiveles : this.t.tituloAvanceMetas;
  }

  protected renderPlan(plan: Plan) {
    const lang = this.idioma;
    // A secretaría's part comes from core already cut to it (and to the branch, with nivel).
    let r: Resumen = this.resumen(plan);
    let nivel = this.nivel;
    if (this.secretaria?.trim()) {
      const p = this.resumenDeParte(plan, { nivel: this.nivel, secretaria: this.secretaria });
      if (!p.ok) return html`<p class="error" role="alert">${p.error.mensaje}</p>`;
      r = p.resumen;
      nivel = undefined;
    }
    const o = { lang, nivel, titulo: this.tituloVisible() };
    const m = this.agrupar === 'nivel' ? modeloAvanceNiveles(r, o) : modeloAvanceMetas(r, o);
    if (!m.ok) return html`<p class="error" role="alert">${m.mensaje}</p>`;
    if (m.modelo.filas.length === 0) return html`<p class="estado">${this.t.sinDatos}</p>`;
    const pp = leerPorPagina(this.porPagina, lang);
    this.graficos.fijarTamanoInicial(pp.tamano);
    return html`${pp.aviso ? html`<p class="error" role="alert">${pp.aviso}</p>` : nothing}
      ${graficoBarras(m.modelo, this.graficos, lang, { tituloVisible: false })}
      <p class="notas-grafico">${r.fuenteBandas[lang]}</p>`;
  }
}
