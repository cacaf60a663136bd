import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  claveSecretaria,
  recortarResumen,
  seleccionarPlan,
  type ErrorDato,
  type Idioma,
  type MetodoPeso,
  type Plan,
  type Resumen,
  type Seleccion,
} from '@tablero-pdd/core';
import { cargarPlan, resumenDe, validarObjeto, type EstadoDatos } from './almacen.js';
import { leerPeriodo } from './periodo.js';
import { estilosBase } from './estilos-base.js';
import { idioma, texto } from './i18n.js';
import { EVENTO_CARGA, EVENTO_ERROR, emitir } from './eventos.js';
import { enPantalla, trasPintar } from './tras-pintar.js';
import { detenerPrecalentado } from './precalentar.js';
import { esEnsayo } from './ensayo.js';
import { encabezado, nivelEncabezado } from './encabezado.js';

const MAX_ERRORES_VISIBLES = 10;

/** A part's summary, cut once per summary of its metas (see resumenDeParte): the same object on every render. */
const recortes = new WeakMap<Resumen, Resumen>();

/**
 * Milliseconds a load may take before "Cargando…" is painted. A faster load paints nothing until the content:
 * no flash, and nothing on the page moves twice (the loading line, then the content). Screen readers hear the
 * polite status and `aria-busy` from the start.
 */
export const ESPERA_CARGANDO = 500;

/**
 * During the grace period neither the host nor the section has a box: an unpainted copy of the loading box
 * holds the place and the status for screen readers sits visually hidden at a fixed point of the viewport.
 * Whether the content or "Cargando…" comes next, the copy goes and host and section appear: no box that
 * existed moves (Layout Instability counts boxes that move, painted or not, not boxes that appear), and
 * "Cargando…" takes exactly the copy's place.
 */
const estilosEspera = css`
  .raiz.esperando {
    display: none;
  }
  .raiz.reserva {
    visibility: hidden;
  }
  /* No host box either while waiting: when the content arrives the host is a new box, not a moved one. */
  :host(:state(esperando)) {
    display: contents;
  }
  .estado-espera {
    position: fixed;
    top: 0;
    left: 0;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/**
 * Base of every widget: reads `src` (JSON or CSV URL) or `.plan`, shows loading, error (with the URL,
 * row, field and expectation, and a retry button) and empty states, and hands a validated plan to
 * `renderPlan`. Subclasses only present what core computes. A widget that is off screen when its plan arrives
 * from `src` draws it right after the page's next paint, so the widgets on screen are painted first.
 *
 * @attr src - URL of the plan: canonical JSON or the CSV template (a Google Sheets "publish to the web" CSV works).
 * @attr lang - "es" (default) or "en".
 * @attr tema - "claro" (default), "oscuro" or "alto-contraste".
 * @attr titulo - heading shown above the widget (each widget has a default, which names the part of the plan shown by `nivel` or `meta`).
 * @attr periodo - years to report, e.g. "2024-2025" (default: the plan's cut).
 * @attr encabezado - level of the widget's heading, 1 to 6 (default 2: an h2); its inner headings follow one and two levels below.
 * @fires pdd-carga - when the data is ready ({ plan }); off screen, when it is drawn after the next paint.
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
 * @cssprop --pdd-tamano-texto - base text size (default 16px; a px or rem length): every other size is a fixed ratio of it (0.875, 1.15, 1.5).
 * @cssprop --pdd-radio - corner radius.
 * @csspart raiz - the widget's box.
 */
export abstract class ElementoPdd extends LitElement {
  static override styles = [estilosBase, estilosEspera];

  static override properties = {
    src: { type: String },
    plan: { attribute: false },
    lang: { type: String, reflect: true },
    tema: { type: String, reflect: true },
    titulo: { type: String },
    periodo: { type: String },
    encabezado: { type: String },
    datos: { state: true },
  };

  declare src: string | undefined;
  declare plan: Plan | undefined;
  declare tema: 'claro' | 'oscuro' | 'alto-contraste' | undefined;
  declare titulo: string | undefined;
  declare periodo: string | undefined;
  declare encabezado: string | undefined;
  /** undefined while loading. */
  declare protected datos: EstadoDatos | undefined;
  /** The grace period of the current load is over: the loading state is painted. */
  private esperaVencida = false;
  private relojEspera: ReturnType<typeof setTimeout> | undefined;
  /** Custom state `esperando` (the grace period), for `:host(:state(esperando))`. */
  private internos = this.attachInternals();
  /** A plan arrived while the widget was off screen: it is drawn after the next paint (see `cargar`). */
  private diferida: Promise<void> | undefined;

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

  /**
   * core's summary of one part of the plan (resumirSeleccion: the chosen metas' figures, without the rows,
   * claims and discrepancies of nodes only partly in the part), shared like `resumen`: while the plan and the
   * choice stay the same, the same object, so what a widget keys on its rows (open nodes) survives a render.
   */
  protected resumenDeParte(plan: Plan, s: Seleccion, o: { metodo?: MetodoPeso } = {}): { ok: true; resumen: Resumen } | { ok: false; error: ErrorDato } {
    const sel = seleccionarPlan(plan, s, this.idioma);
    if (!sel.ok) return { ok: false, error: sel.error };
    const r = this.resumen(sel.plan, o);
    let parte = recortes.get(r);
    if (!parte) {
      parte = recortarResumen(r, plan, sel.eleccion);
      recortes.set(r, parte);
    }
    return { ok: true, resumen: parte };
  }

  /** The default heading of the widget, in the chosen language. */
  protected abstract tituloPredeterminado(): string;

  /**
   * The default heading names the part of the plan the widget shows (its `nivel`, `secretaria` or `meta`, in
   * the widgets that take them), so a part's figures are never read as the whole plan's: «… — 1.1.2
   * Productividad…», «… — Secretaría de Hacienda» (as the plan writes it), «… — meta 8». A code or a
   * secretaría the plan lacks leaves the heading as it is (the widget's alert says why). Widgets whose own
   * heading already names it (the ficha) override this.
   */
  protected conParte(titulo: string): string {
    const d = this.datos;
    if (d?.estado !== 'ok') return titulo;
    const { nivel, meta, secretaria } = this as { nivel?: string | undefined; meta?: string | undefined; secretaria?: string | undefined };
    const t = this.t;
    const m = meta?.trim();
    if (m) return d.plan.metas.some((x) => x.codigo.trim() === m) ? t.tituloConParte(titulo, t.parteMeta(m)) : titulo;
    const partes: string[] = [];
    const n = nivel?.trim();
    if (n) {
      const fila = this.resumen(d.plan).niveles.filas.find((f) => f.codigo === n);
      if (!fila) return titulo;
      partes.push(`${fila.numeracion} ${fila.nombre ?? fila.nombreNivel ?? fila.codigo}`);
    }
    const s = secretaria?.trim();
    if (s) {
      const clave = claveSecretaria(s);
      const escrita = d.plan.metas.find((x) => claveSecretaria(x.secretaria) === clave)?.secretaria?.trim();
      if (!escrita) return titulo;
      partes.push(escrita);
    }
    return partes.length ? t.tituloConParte(titulo, partes.join(' · ')) : titulo;
  }

  /** Level of the widget's heading (the `encabezado` attribute, 1–6; 2 by default). */
  protected get nivelTitulo(): number {
    return nivelEncabezado(this.encabezado);
  }

  /** A heading one (section) or two (sub-section) levels below the widget's title. */
  protected subtitulo(profundidad: 1 | 2, contenido: unknown, id?: string): TemplateResult {
    return encabezado(this.nivelTitulo, profundidad, contenido, id);
  }

  /** The heading shown: `titulo`, or the default naming the part. Charts, images and captions use it too. */
  protected tituloVisible(): string {
    return this.titulo || this.conParte(this.tituloPredeterminado());
  }

  /** Draws the widget for a valid plan. */
  protected abstract renderPlan(plan: Plan): TemplateResult | typeof nothing;

  /** Something the widget needs is still loading (subclasses add their own, e.g. the map's boundaries). */
  protected cargando(): boolean {
    return this.plan === undefined && !!this.src && this.datos === undefined;
  }

  /**
   * Whether the widget's box is on screen now. While loading the host has no box (the grace period) and the
   * unpainted reserve holds its place. Read when a plan arrives, before any widget draws it: the page's layout
   * is then clean and reading costs no layout. A hidden document paints nothing, so nothing waits there.
   */
  private visible(): boolean {
    if (this.ownerDocument.visibilityState === 'hidden') return true;
    const caja = this.renderRoot.querySelector('.raiz.reserva') ?? this.renderRoot.querySelector('.raiz') ?? this;
    return enPantalla(caja);
  }

  /** Also waits for a plan held back until the next paint, so `updateComplete` means "drawn with its data". */
  protected override getUpdateComplete(): Promise<boolean> {
    const diferida = this.diferida;
    // Not async when nothing waits: an await more would let other work (a cached map) finish before it resolves.
    if (!diferida) return super.getUpdateComplete();
    return diferida.then(() => super.getUpdateComplete());
  }

  override disconnectedCallback(): void {
    clearTimeout(this.relojEspera);
    this.relojEspera = undefined;
    super.disconnectedCallback();
  }

  /** Starts the grace period when a load begins; ends it when nothing is loading any more. */
  protected override updated(cambios: PropertyValues<this>): void {
    super.updated(cambios);
    const esperando = this.cargando() && !this.esperaVencida;
    if (esperando) this.internos.states.add('esperando');
    else this.internos.states.delete('esperando');
    if (this.cargando()) {
      this.relojEspera ??= setTimeout(() => {
        this.esperaVencida = true;
        this.requestUpdate();
      }, ESPERA_CARGANDO);
    } else if (this.relojEspera !== undefined || this.esperaVencida) {
      clearTimeout(this.relojEspera);
      this.relojEspera = undefined;
      this.esperaVencida = false;
    }
  }

  protected override willUpdate(cambios: PropertyValues<this>): void {
    if (cambios.has('plan') || cambios.has('src') || cambios.has('lang')) void this.cargar(false);
  }

  private async cargar(recargar: boolean): Promise<void> {
    const lang = this.idioma;
    const ensayo = esEnsayo(this);
    if (this.plan !== undefined) {
      if (!ensayo) detenerPrecalentado();
      const r = validarObjeto(this.plan, lang);
      this.datos = r.ok
        ? { estado: 'ok', plan: r.plan, avisos: r.avisos, url: null }
        : { estado: 'error', tipo: 'validacion', url: '.plan', mensaje: this.t.errorDatos('.plan', r.errores.length), errores: r.errores };
    } else if (this.src) {
      const src = this.src;
      this.datos = undefined;
      const d = await cargarPlan(src, { lang, recargar });
      if (src !== this.src || this.plan !== undefined) return; // a newer request won
      // The plan is here: the warm-up's remaining tasks would only delay drawing it.
      detenerPrecalentado();
      if (d.estado === 'ok' && !this.visible()) {
        // Off screen: the widgets on screen are drawn and painted first, this one right after. Ten widgets
        // drawing at once in one task kept the first one off the screen until all were laid out (the demo's
        // Chía page: its summary painted about 300 ms later at 4× CPU slowdown).
        const diferida = trasPintar();
        this.diferida = diferida;
        await diferida;
        if (this.diferida === diferida) this.diferida = undefined;
        if (src !== this.src || this.plan !== undefined) return;
      }
      this.datos = d;
    } else {
      this.datos = undefined;
      return;
    }
    // A rehearsal (ensayo.ts) is nothing the page should hear about.
    if (ensayo) return;
    if (this.datos.estado === 'ok') emitir(this, EVENTO_CARGA, { plan: this.datos.plan });
    else emitir(this, EVENTO_ERROR, { mensaje: this.datos.mensaje, url: this.datos.url });
  }

  protected override render() {
    const cargando = this.cargando();
    const esperando = cargando && !this.esperaVencida;
    return html`${esperando
        ? html`<div class="raiz reserva" aria-hidden="true">
              ${encabezado(this.nivelTitulo, 0, this.tituloVisible())}
              <p class="estado" role="none">${this.t.cargando}</p>
            </div>
            <p class="estado-espera" role="status">${this.t.cargando}</p>`
        : nothing}<section
        class="raiz ${esperando ? 'esperando' : ''}"
        part="raiz"
        aria-labelledby="titulo"
        aria-busy=${this.datos && !cargando ? 'false' : 'true'}
      >
      ${encabezado(this.nivelTitulo, 0, this.tituloVisible(), 'titulo')}
      ${this.renderEstado()}
    </section>`;
  }

  private renderEstado() {
    const t = this.t;
    if (!this.src && this.plan === undefined) return html`<p class="estado" role="status">${t.sinFuente}</p>`;
    const d = this.datos;
    if (!d) return this.esperaVencida ? html`<p class="estado" role="status">${t.cargando}</p>` : nothing;
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
