import { css, html, nothing } from 'lit';
import { escribirPlanCsv, type Plan } from '@tablero-pdd/core';
import { botonCsv, nombreArchivo } from '../base/boton-csv.js';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { estilosMarca } from '../base/marca-estado.js';
import { filasDeMetas, type FilaMeta } from '../metas/filas-metas.js';
import {
  beneficiariosDetallados,
  estilosPartesMeta,
  inversionDetallada,
  municipiosDeMeta,
  notasDeMeta,
  porcentajeConMarca,
  preguntaEvidencia,
  textoPeriodo,
  type Contexto,
} from '../metas/partes-meta.js';

/**
 * `<pdd-ficha meta="8">`: one meta's card laid out as the report prints it — "Meta # N" and its name; three
 * blocks Cumplimiento/Avance (both percentages with their semáforo marks and the period), Inversión (millones
 * and the sources as written) and Beneficiarios (total, unit and groups, or "sin dato reportado" / "no
 * aplica"); then EJECUCIÓN, IMPACTO and LOCALIZACIÓN. A `<pdd-mapa meta="8">` can sit beside it. Figures
 * come from core's `resumir`. "Descargar datos (CSV)" gives the meta in the CSV template (it re-imports).
 *
 * @attr meta - code of the meta (default: the first meta of the plan, in the plan's order of levels and codes).
 * @csspart bloque - each of the three figure blocks.
 * @csspart seccion - the Ejecución, Impacto and Localización sections.
 * @csspart marca-estado - each semáforo mark.
 *
 * @tagname pdd-ficha
 */
export class PddFicha extends ElementoPdd {
  static override styles = [
    ...ElementoPdd.styles,
    estilosMarca,
    estilosPartesMeta,
    css`
      .bloques {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
        gap: 0.75em;
        margin-bottom: 1em;
      }
      .bloque,
      .seccion {
        background: var(--_superficie);
        border: 1px solid var(--_borde);
        border-radius: var(--_radio);
        padding: 0.75em 1em;
        min-width: 0;
      }
      .seccion {
        margin-top: 0.75em;
      }
      .bloque .enc-1,
      .seccion .enc-1 {
        font-size: var(--_tamano);
        text-transform: uppercase;
        letter-spacing: 0.03em;
        margin-bottom: 0.5em;
      }
      .porcentaje {
        margin: 0 0 0.5em;
      }
      .porcentaje .cifra {
        font-size: var(--_t-cifra);
        font-weight: 700;
        margin-inline-end: 0.25em;
      }
      .porcentaje .marca {
        font-size: var(--_t-pequeno);
      }
      .frente {
        display: block;
        color: var(--_texto-suave);
        font-size: var(--_t-pequeno);
      }
      .error p {
        margin: 0;
      }
    `,
  ];

  static override properties = { ...ElementoPdd.properties, meta: { type: String } };

  declare meta: string | undefined;

  /** The meta shown, or the codes the plan has when `meta` names none. */
  private elegida(plan: Plan): { fila: FilaMeta; c: Contexto } | { error: string } {
    const t = this.t;
    const lang = this.idioma;
    const r = this.resumen(plan);
    const filas = filasDeMetas(plan, r);
    const codigo = this.meta?.trim();
    const fila = codigo ? filas.find((f) => f.meta.codigo === codigo) : filas[0];
    if (!fila) return { error: codigo ? t.fichaMetaNoExiste(codigo, filas.map((f) => f.meta.codigo).join(', ')) : t.sinDatos };
    return { fila, c: { lang, t, periodo: r.periodo, encabezado: this.nivelTitulo } };
  }

  /** The ficha's heading already names its meta. */
  protected override conParte(titulo: string): string {
    return titulo;
  }

  protected tituloPredeterminado(): string {
    const d = this.datos;
    const e = d?.estado === 'ok' ? this.elegida(d.plan) : null;
    if (e && 'fila' in e) return this.t.tituloFicha(e.fila.meta.codigo, e.fila.meta.nombre);
    const codigo = this.meta?.trim();
    return codigo ? this.t.tituloFicha(codigo, null) : this.t.meta;
  }

  protected renderPlan(plan: Plan) {
    const e = this.elegida(plan);
    if ('error' in e) return html`<div class="error" role="alert"><p>${e.error}</p></div>`;
    const { fila, c } = e;
    const { t } = c;
    const m = fila.meta;
    return html`<div class="bloques">
        <section class="bloque" part="bloque" aria-labelledby="b-cumplimiento">
          ${this.subtitulo(1, `${t.cumplimiento}/${t.avance}`, 'b-cumplimiento')}
          <p class="porcentaje" data-cifra="cumplimiento">
            ${porcentajeConMarca(fila.cifras.cumplimiento, fila.cifras.bandaCumplimiento, c)}
            <span class="frente">${t.frenteProgramado(textoPeriodo(c.periodo))}</span>
          </p>
          <p class="porcentaje" data-cifra="avance">
            ${porcentajeConMarca(fila.cifras.avance, fila.cifras.bandaAvance, c)}
            <span class="frente">${t.frenteCuatrienio}</span>
          </p>
          <dl>${preguntaEvidencia('queSeHizo', m, c)}</dl>
        </section>
        <section class="bloque" part="bloque" aria-labelledby="b-inversion">
          ${this.subtitulo(1, t.inversion, 'b-inversion')}
          <p class="rotulo">${t.cuantoSeInvirtio}</p>
          ${inversionDetallada(fila, c)}
        </section>
        <section class="bloque" part="bloque" aria-labelledby="b-beneficiarios">
          ${this.subtitulo(1, t.beneficiarios, 'b-beneficiarios')}
          <p class="rotulo">${t.quePoblacion}</p>
          ${beneficiariosDetallados(fila, c)}
        </section>
      </div>
      <section class="seccion" part="seccion" aria-labelledby="s-ejecucion">
        ${this.subtitulo(1, t.ejecucion, 's-ejecucion')}
        <dl>${preguntaEvidencia('como', m, c)} ${preguntaEvidencia('conQuien', m, c)} ${preguntaEvidencia('cuando', m, c)}</dl>
      </section>
      <section class="seccion" part="seccion" aria-labelledby="s-impacto">
        ${this.subtitulo(1, t.impacto, 's-impacto')}
        <dl>${preguntaEvidencia('impacto', m, c)}</dl>
      </section>
      <section class="seccion" part="seccion" aria-labelledby="s-localizacion">
        ${this.subtitulo(1, t.localizacion, 's-localizacion')}
        <dl>${preguntaEvidencia('donde', m, c)}</dl>
        ${this.subtitulo(2, t.municipiosMeta)}
        ${municipiosDeMeta(m, c)}
        ${m.bpin.length ? html`<p><strong>${t.bpin}:</strong> ${m.bpin.join(', ')}</p>` : nothing}
      </section>
      ${notasDeMeta(fila, c)}
      <div class="acciones">
        ${botonCsv(t.descargarCsv, `${nombreArchivo('meta', m.codigo)}.csv`, () => escribirPlanCsv({ ...plan, metas: [m] }, { lang: this.idioma }))}
      </div>`;
  }
}
