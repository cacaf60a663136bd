import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Idioma, MetodoPeso, Plan, Resumen } from '@tablero-pdd/core';
import { validarPlan } from '@tablero-pdd/core';
import { cargarPlan, resumenDe, type EstadoDatos } from './almacen.js';
import { leerPeriodo } from './periodo.js';
import { estilosBase } from './estilos-base.js';
import { idioma, texto } from './i18n.js';
import { EVENTO_CARGA, EVENTO_ERROR, emitir } from './eventos.js';

const MAX_ERRORES_VISIBLES = 10;

/**
 * Base of every widget: reads `src` (JSON or CSV URL) or `.plan`, shows loading, error (with the URL,
 * row, field and expectation, and a retry button) and empty states, and hands a validated plan to
 * `renderPlan`. Subclasses only present what core computes.
 *
 * @attr src - URL of the plan: canonical JSON or the CSV template (a Google Sheets "publish to the web" CSV works).
 * @attr lang - "es" (default) or "en".
 * @attr tema - "claro" (default), "oscuro" or "alto-contraste".
 * @attr titulo - heading shown above the widget (each widget has a default).
 * @attr periodo - years to report, e.g. "2024-2025" (default: the plan's cut).
 * @fires pdd-carga - when the data is ready ({ plan }).
 * @fires pdd-error - when the data cannot be shown ({ mensaje, url }).
 * @cssprop --pdd-fondo - background of the widget.
 * @cssprop --pdd-superficie - background of cards and panels.
 * @cssprop --pdd-texto - text colour.
 * @cssprop --pdd-texto-suave - secondary text colour (keep ≥ 4.5:1 against the background).
 * @cssprop --pdd-borde - borders and rules.
 * @cssprop --pdd-acento - buttons and links.
 * @cssprop --pdd-acento-texto - text on accent-coloured buttons.
 * @cssprop --pdd-foco - focus outline.
 * @cssprop --pdd-error - error messages.
 * @cssprop --pdd-fuente - font stack (a system stack by default: @font-face does not load in shadow roots).
 * @cssprop --pdd-tamano-texto - base text size (default 16px).
 * @cssprop --pdd-radio - corner radius.
 * @csspart raiz - the widget's box.
 */
export abstract class ElementoPdd extends LitElement {
  static override styles = [estilosBase];

  static override properties = {
    src: { type: String },
    plan: { attribute: false },
    lang: { type: String, reflect: true },
    tema: { type: String, reflect: true },
    titulo: { type: String },
    periodo: { type: String },
    datos: { state: true },
  };

  declare src: string | undefined;
  declare plan: Plan | undefined;
  declare tema: 'claro' | 'oscuro' | 'alto-contraste' | undefined;
  declare titulo: string | undefined;
  declare periodo: string | undefined;
  /** undefined while loading. */
  declare protected datos: EstadoDatos | undefined;

  protected get idioma(): Idioma {
    return idioma(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  protected get t() {
    return texto(this.idioma);
  }

  /** core's summary for this widget's language and `periodo`, computed once per page and shared. */
  protected resumen(plan: Plan, o: { metodo?: MetodoPeso } = {}): Resumen {
    const periodo = leerPeriodo(this.periodo);
    return resumenDe(plan, { lang: this.idioma, ...o, ...(periodo ? { periodo } : {}) });
  }

  /** The default heading of the widget, in the chosen language. */
  protected abstract tituloPredeterminado(): string;

  /** Draws the widget for a valid plan. */
  protected abstract renderPlan(plan: Plan): TemplateResult | typeof nothing;

  protected override willUpdate(cambios: PropertyValues<this>): void {
    if (cambios.has('plan') || cambios.has('src') || cambios.has('lang')) void this.cargar(false);
  }

  private async cargar(recargar: boolean): Promise<void> {
    const lang = this.idioma;
    if (this.plan !== undefined) {
      const r = validarPlan(this.plan, { lang });
      this.datos = r.ok
        ? { estado: 'ok', plan: r.plan, avisos: r.avisos, url: null }
        : { estado: 'error', tipo: 'validacion', url: '.plan', mensaje: this.t.errorDatos('.plan', r.errores.length), errores: r.errores };
    } else if (this.src) {
      const src = this.src;
      this.datos = undefined;
      const d = await cargarPlan(src, { lang, recargar });
      if (src !== this.src || this.plan !== undefined) return; // a newer request won
      this.datos = d;
    } else {
      this.datos = undefined;
      return;
    }
    if (this.datos.estado === 'ok') emitir(this, EVENTO_CARGA, { plan: this.datos.plan });
    else emitir(this, EVENTO_ERROR, { mensaje: this.datos.mensaje, url: this.datos.url });
  }

  protected override render() {
    return html`<section class="raiz" part="raiz" aria-labelledby="titulo" aria-busy=${this.datos ? 'false' : 'true'}>
      <h2 id="titulo">${this.titulo || this.tituloPredeterminado()}</h2>
      ${this.renderEstado()}
    </section>`;
  }

  private renderEstado() {
    const t = this.t;
    if (!this.src && this.plan === undefined) return html`<p class="estado" role="status">${t.sinFuente}</p>`;
    const d = this.datos;
    if (!d) return html`<p class="estado" role="status">${t.cargando}</p>`;
    if (d.estado === 'error') {
      const visibles = d.errores.slice(0, MAX_ERRORES_VISIBLES);
      return html`<div class="error" role="alert">
        <p>${d.mensaje}</p>
        ${visibles.length
          ? html`<ul>
              ${visibles.map((e) => html`<li>${e.mensaje}</li>`)}
            </ul>`
          : nothing}
        ${d.errores.length > visibles.length ? html`<p>${t.masErrores(d.errores.length - visibles.length)}</p>` : nothing}
        ${this.src ? html`<button @click=${() => void this.cargar(true)}>${t.reintentar}</button>` : nothing}
      </div>`;
    }
    return this.renderPlan(d.plan);
  }
}
