import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { municipiosAlcanzados, seleccionarPlan, type Periodo, type Plan, type ResultadoMunicipios } from '@tablero-pdd/core';
import { nombreArchivo } from '../base/boton-csv.js';
import { descargar, descargarTextoCsv, descargarTextoSvg, pngDeSvg, serializarSvg } from '../base/descargas.js';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { EVENTO_FILTRO_MUNICIPIO, emitir, type DetalleFiltroMunicipio } from '../base/eventos.js';
import { escalaSecuencial, estilosEscala, type ClaseEscala } from '../base/escala-color.js';
import { paletaDe } from '../base/grafico-svg.js';
import { leerPeriodo } from '../base/periodo.js';
import { estilosMapa } from './estilos-mapa.js';
import { claveFuente, resolverFuente, type FuenteGeometria } from './fuente-geometria.js';
import { contenidoImagenMapa, csvMapa } from './descargas-mapa.js';
import { cargarGeometria, type EstadoGeometria } from './geometria.js';
import { plantillaImagenMapa } from './imagen-mapa.js';
import { indiceMapa, nombreVisible } from './indice-mapa.js';
import { listaCorta } from '../base/lista-corta.js';
import { moverFoco } from './orden-teclado.js';

import { MEDIDAS, valoresMapa, type ValorMunicipio } from './valores-mapa.js';

const MAX_AVISOS_VISIBLES = 10;
/** Above this many municipalities outlines get thinner (the whole country). */
const MUCHOS_MUNICIPIOS = 200;

const resultados = new WeakMap<Plan, Map<string, ResultadoMunicipios>>();

/** Boundaries already read, by source and language: a later map draws in its first frame, without a loading box. */
const geometriasListas = new Map<string, EstadoGeometria>();

/** Core's figures, once per (selected) plan and period: re-rendering on hover must not recompute them. */
function alcanzados(plan: Plan, periodo: Periodo): ResultadoMunicipios {
  const clave = `${periodo.desde}-${periodo.hasta}`;
  let m = resultados.get(plan);
  if (!m) {
    m = new Map();
    resultados.set(plan, m);
  }
  let r = m.get(clave);
  if (!r) {
    r = municipiosAlcanzados(plan, { periodo });
    m.set(clave, r);
  }
  return r;
}

/**
 * `<pdd-mapa>`: a choropleth of the municipalities the plan's metas reached, on DANE's MGN 2018 boundaries
 * (loaded at run time from files next to the script, only when a map is on the page; no tiles, no third
 * party). Figures come from core's `municipiosAlcanzados`; metas of departmental scope are listed in a note,
 * never painted on every municipality; municipalities the data names but the map does not draw are listed.
 *
 * Keyboard (one tab stop into the map, roving tabindex): ArrowRight/ArrowLeft move to the next/previous
 * municipality from west to east, ArrowDown/ArrowUp from north to south (by the centre of each shape),
 * Home/End to the westernmost/easternmost; Enter or Space filters by the focused municipality (again: clears),
 * Escape clears the filter and hides the tooltip. Screen readers meet a listbox of municipalities in
 * alphabetical order, each named with its value; "Ver tabla" shows the same figures as a table. The
 * selected municipality is hatched, outlined and named in text, not marked by colour alone. The table's data
 * downloads as CSV, and the map (title, legend, notes, source; not the reader's selection) as SVG or PNG.
 *
 * @attr meta - code of one meta: show the municipalities it reached.
 * @attr nivel - code of a level node: only the metas of its branch (default: the whole plan).
 * @attr secretaria - name of a secretaría, as the plan writes it: only its metas (with nivel, those of that branch).
 * @attr medida - "metas" (default: number of metas per municipality), "inversion" (investment attributable to
 *   one municipality) or "beneficiarios" (attributable beneficiaries, one unit at a time).
 * @attr unidad - beneficiaries' unit to paint (default: the unit most metas report).
 * @attr departamento - "54", a municipality's code, a name ("Cundinamarca") or "colombia" (all 1,122
 *   municipalities). Default: the department of the plan's entity.
 * @attr geometria - URL of the page's own GeoJSON/TopoJSON with a DIVIPOLA code per municipality
 *   (property MPIO_CCNCT, DIVIPOLA or codigo); `departamento` then narrows it.
 * @fires pdd-filtro-municipio - on click, Enter or Space on a municipality ({ codigo: "54001", nombre: "San
 *   José de Cúcuta" }), and with { codigo: null, nombre: null } when the filter is cleared (Escape, the
 *   "Quitar filtro" button or choosing the same municipality again). Bubbles and is composed: listen on
 *   `document`. The map also follows this event when another widget emits it.
 * @cssprop --pdd-escala-1 … --pdd-escala-5 - the colour scale, lightest first.
 * @cssprop --pdd-mapa-vacio - fill of municipalities no meta names.
 * @cssprop --pdd-mapa-linea - outlines.
 * @cssprop --pdd-mapa-alto-max - maximum height of the map (default min(40em, 85vh)).
 *
 * @tagname pdd-mapa
 */
export class PddMapa extends ElementoPdd {
  // The colour classes come last: they must win over the map's default fill.
  static override styles = [...ElementoPdd.styles, estilosMapa, estilosEscala];

  static override properties = {
    ...ElementoPdd.properties,
    meta: { type: String },
    nivel: { type: String },
    secretaria: { type: String },
    medida: { type: String },
    unidad: { type: String },
    departamento: { type: String },
    geometria: { type: String },
    geo: { state: true },
    foco: { state: true },
    conFoco: { state: true },
    resaltado: { state: true },
    globoOculto: { state: true },
    seleccion: { state: true },
    tablaAbierta: { state: true },
    errorDescarga: { state: true },
  };

  declare meta: string | undefined;
  declare nivel: string | undefined;
  declare secretaria: string | undefined;
  declare medida: string | undefined;
  declare unidad: string | undefined;
  declare departamento: string | undefined;
  declare geometria: string | undefined;
  /** undefined while the boundaries load. */
  declare private geo: EstadoGeometria | undefined;
  /** The municipality that holds the tab stop (the last one focused). */
  declare private foco: string | null;
  /** Keyboard focus is inside the map (draws the focus ring and the tooltip). */
  declare private conFoco: boolean;
  /** Under the pointer. */
  declare private resaltado: string | null;
  /** Escape hides the tooltip until the pointer or the focus moves (WCAG 1.4.13). */
  declare private globoOculto: boolean;
  /** The municipality the page is filtered by. */
  declare private seleccion: string | null;
  declare private tablaAbierta: boolean;
  /** A download the browser could not produce (e.g. a PNG under a CSP without blob: images). */
  declare private errorDescarga: string | null;
  /** What the downloads need from the last render. */
  private paraDescargas: { csv: () => string; nombre: string; caja: { ancho: number; alto: number } } | null = null;

  private claveGeo = '';
  private fuente: FuenteGeometria | null = null;

  constructor() {
    super();
    this.foco = null;
    this.conFoco = false;
    this.resaltado = null;
    this.globoOculto = false;
    this.seleccion = null;
    this.tablaAbierta = false;
    this.errorDescarga = null;
  }

  /** Runs a download; a failure is said under the buttons, never only in the console. */
  private async descargarComo(formato: 'CSV' | 'SVG' | 'PNG'): Promise<void> {
    const d = this.paraDescargas;
    if (!d) return;
    this.errorDescarga = null;
    try {
      if (formato === 'CSV') {
        descargarTextoCsv(d.csv(), `${d.nombre}.csv`);
        return;
      }
      const raiz = this.renderRoot.querySelector('.raiz') ?? this;
      const p = paletaDe(raiz);
      const c = contenidoImagenMapa(this.renderRoot, this.tituloVisible(), d.caja, p);
      if (!c) throw new Error('sin mapa');
      const { plantilla, ancho, alto } = plantillaImagenMapa(c, p);
      const texto = serializarSvg(plantilla);
      if (formato === 'SVG') descargarTextoSvg(texto, `${d.nombre}.svg`);
      else descargar(await pngDeSvg(texto, ancho, alto), `${d.nombre}.png`);
    } catch {
      this.errorDescarga = this.t.graficoDescargaFallida(formato);
    }
  }

  protected tituloPredeterminado(): string {
    return this.t.tituloMapa;
  }

  /** The plan is not enough: the map also waits for its boundaries (same grace period, then the box). */
  protected override cargando(): boolean {
    return super.cargando() || (this.datos?.estado === 'ok' && this.geo === undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(EVENTO_FILTRO_MUNICIPIO, this.alFiltroExterno);
    this.adelantarGeometria();
  }

  /**
   * When the attributes already say which boundaries to draw (`departamento` or `geometria`), their download,
   * reading, projection and index start as the element reaches the page instead of at its first update (after
   * every other widget's first render): they do not depend on the plan, so they are ready while the plan
   * still downloads and the map is drawn in the same frame as the other widgets, not in a layout of its own
   * after them. Shared with `cargarGeo` (one reading per source and language).
   */
  private adelantarGeometria(): void {
    if (!this.src && this.plan === undefined) return; // no data, no map: nothing is downloaded
    const r = resolverFuente({ geometria: this.geometria, departamento: this.departamento, divipolaPlan: null });
    if (r.ok !== true) return;
    void cargarGeometria(r.fuente, this.idioma).then((g) => {
      if (g.estado === 'ok') indiceMapa(g.proyeccion);
    });
  }

  override disconnectedCallback(): void {
    document.removeEventListener(EVENTO_FILTRO_MUNICIPIO, this.alFiltroExterno);
    super.disconnectedCallback();
  }

  /** Another widget (or another map) filtered the page: show the same municipality. */
  private alFiltroExterno = (e: Event): void => {
    if (e.target === this) return;
    const d = (e as CustomEvent<DetalleFiltroMunicipio | undefined>).detail;
    if (d && (d.codigo === null || typeof d.codigo === 'string')) this.seleccion = d.codigo;
  };

  protected override willUpdate(cambios: PropertyValues<this>): void {
    super.willUpdate(cambios);
    if (!this.src && this.plan === undefined) return; // no data, no map: nothing is downloaded
    const divipola = this.datos?.estado === 'ok' ? this.datos.plan.entidad.divipola : null;
    const r = resolverFuente({ geometria: this.geometria, departamento: this.departamento, divipolaPlan: divipola });
    const clave = r.ok === true ? `${claveFuente(r.fuente)}|${this.idioma}` : r.ok === false ? `invalido|${r.valor}|${this.idioma}` : 'esperar';
    if (clave === this.claveGeo) return;
    this.claveGeo = clave;
    if (r.ok === true) {
      this.fuente = r.fuente;
      const lista = geometriasListas.get(clave);
      if (lista) this.geo = lista;
      else void this.cargarGeo(false);
    } else if (r.ok === false) {
      this.fuente = null;
      this.geo = { estado: 'error', mensaje: this.t.mapaDepartamentoDesconocido(r.valor), errores: [], url: '' };
    } else {
      this.geo = undefined;
    }
  }

  private async cargarGeo(recargar: boolean): Promise<void> {
    const fuente = this.fuente;
    if (!fuente) return;
    const clave = this.claveGeo;
    this.geo = undefined;
    const g = await cargarGeometria(fuente, this.idioma, recargar);
    if (g.estado === 'ok') geometriasListas.set(clave, g);
    if (clave === this.claveGeo) this.geo = g;
  }

  protected override updated(cambios: PropertyValues<this>): void {
    super.updated(cambios);
    // Positions through the CSSOM, not style attributes: a strict CSP (no 'unsafe-inline') allows this.
    const g = this.geo;
    const lienzo = this.renderRoot.querySelector<HTMLElement>('.lienzo');
    if (lienzo && g?.estado === 'ok') lienzo.style.setProperty('--_aspecto', String(g.proyeccion.ancho / g.proyeccion.alto));
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-x]')) {
      el.style.left = `${el.dataset.x}%`;
      el.style.top = `${el.dataset.y}%`;
    }
  }

  private pathDe(codigo: string): SVGPathElement | null {
    return this.renderRoot.querySelector<SVGPathElement>(`path[data-codigo="${codigo}"]`);
  }

  private codigoDe(e: Event): string | null {
    const el = e.target instanceof Element ? e.target.closest('[data-codigo]') : null;
    return el?.getAttribute('data-codigo') ?? null;
  }

  /** Filters the page by a municipality; choosing the filtered one again (or null) clears the filter. */
  private elegir(codigo: string | null): void {
    const nuevo = codigo !== null && codigo === this.seleccion ? null : codigo;
    if (nuevo === this.seleccion) return;
    this.seleccion = nuevo;
    emitir<DetalleFiltroMunicipio>(this, EVENTO_FILTRO_MUNICIPIO, { codigo: nuevo, nombre: nuevo === null ? null : nombreVisible(nuevo) });
  }

  private async enfocar(codigo: string): Promise<void> {
    this.foco = codigo;
    this.globoOculto = false;
    await this.updateComplete;
    this.pathDe(codigo)?.focus();
  }

  private alTeclear(e: KeyboardEvent): void {
    const g = this.geo;
    if (g?.estado !== 'ok') return;
    const actual = this.codigoDe(e) ?? this.foco;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (actual) this.elegir(actual);
      return;
    }
    if (e.key === 'Escape') {
      this.globoOculto = true;
      this.elegir(null);
      return;
    }
    const siguiente = moverFoco(actual, e.key, indiceMapa(g.proyeccion).orden);
    if (siguiente === null) return;
    e.preventDefault();
    void this.enfocar(siguiente);
  }

  private alPulsar(e: MouseEvent): void {
    const codigo = this.codigoDe(e);
    if (codigo === null) return;
    this.foco = codigo;
    this.elegir(codigo);
  }

  private alEntrarFoco(e: FocusEvent): void {
    const codigo = this.codigoDe(e);
    if (codigo === null) return;
    this.foco = codigo;
    this.globoOculto = false;
    // A mouse click also focuses the shape: the ring is for keyboard focus only.
    this.conFoco = (e.target as Element).matches(':focus-visible');
  }

  private alSalirFoco(e: FocusEvent): void {
    const hacia = e.relatedTarget;
    if (!(hacia instanceof Node) || !(e.currentTarget as Element).contains(hacia)) this.conFoco = false;
  }

  private alPasar(e: PointerEvent): void {
    const codigo = this.codigoDe(e);
    if (codigo !== this.resaltado) {
      this.resaltado = codigo;
      this.globoOculto = false;
    }
  }

  private async quitarFiltro(): Promise<void> {
    this.elegir(null);
    // The button disappears with the filter: keep the keyboard user in the map, not on <body>.
    const g = this.geo;
    if (g?.estado === 'ok') await this.enfocar(this.foco ?? indiceMapa(g.proyeccion).orden.oesteEste[0] ?? '');
  }

  private renderErrorGeo(g: Extract<EstadoGeometria, { estado: 'error' }>): TemplateResult {
    const t = this.t;
    const visibles = g.errores.slice(0, MAX_AVISOS_VISIBLES);
    return html`<div class="error" role="alert">
      <p>${g.mensaje}</p>
      ${visibles.length
        ? html`<ul>
            ${visibles.map((e) => html`<li>${e.mensaje}</li>`)}
          </ul>`
        : nothing}
      ${g.errores.length > visibles.length ? html`<p>${t.masErrores(g.errores.length - visibles.length)}</p>` : nothing}
      ${this.fuente ? html`<button @click=${() => void this.cargarGeo(true)}>${t.reintentar}</button>` : nothing}
    </div>`;
  }

  protected renderPlan(plan: Plan) {
    const t = this.t;
    const lang = this.idioma;
    const g = this.geo;
    // The map's box is reserved while the boundaries load, so the legend and notes do not jump when they arrive.
    if (!g)
      return html`<div class="lienzo reserva">
        <p class="estado" role="status">${t.mapaCargando}</p>
      </div>`;
    if (g.estado === 'error') return this.renderErrorGeo(g);

    const sel = seleccionarPlan(plan, { meta: this.meta, nivel: this.nivel, secretaria: this.secretaria });
    if (!sel.ok) {
      return html`<div class="error" role="alert">
        <p>${sel.motivo === 'secretaria' ? sel.error.mensaje : sel.motivo === 'meta' ? t.mapaMetaNoExiste(sel.codigo) : t.mapaNivelNoExiste(sel.codigo)}</p>
      </div>`;
    }
    if (sel.plan.metas.length === 0) return html`<p class="estado" role="status">${t.sinDatos}</p>`;

    const periodo = leerPeriodo(this.periodo) ?? { desde: plan.corte.desde, hasta: plan.corte.hasta };
    const res = alcanzados(sel.plan, periodo);
    const medida = MEDIDAS.find((m) => m === this.medida) ?? 'metas';
    const valores = valoresMapa(res, { medida, meta: sel.meta?.codigo ?? null, lang, unidad: this.unidad });
    const { proyeccion } = g;
    const indice = indiceMapa(proyeccion);
    const valorDe = (codigo: string): ValorMunicipio => valores.porCodigo.get(codigo) ?? valores.ninguna;
    const escala = escalaSecuencial(
      indice.porNombre.map((m) => {
        const v = valorDe(m.codigo);
        return v.categoria === 'valor' ? v.valor : null;
      }),
      { enteros: valores.enteros },
    );
    const hayFaltantes = indice.porNombre.some((m) => valorDe(m.codigo).categoria === 'sinDato');
    const fuera = [...valores.porCodigo.keys()].filter((c) => !indice.porCodigo.has(c)).sort();
    const orden = indice.orden;
    const tabulable =
      this.foco !== null && indice.porCodigo.has(this.foco)
        ? this.foco
        : this.seleccion !== null && indice.porCodigo.has(this.seleccion)
          ? this.seleccion
          : (orden.oesteEste[0] ?? null);

    const { ancho, alto } = proyeccion;
    const pos = (m: { cx: number; cy: number }) => ({ x: ((m.cx / ancho) * 100).toFixed(2), y: ((m.cy / alto) * 100).toFixed(2) });
    const elegido = this.seleccion !== null ? indice.porCodigo.get(this.seleccion) : undefined;
    const enfocado = this.conFoco && this.foco !== null ? indice.porCodigo.get(this.foco) : undefined;
    const codigoGlobo = this.globoOculto ? null : (this.resaltado ?? (this.conFoco ? this.foco : null));
    const enGlobo = codigoGlobo !== null ? indice.porCodigo.get(codigoGlobo) : undefined;

    const etiquetaClase = (c: ClaseEscala, i: number): string => {
      const f = valores.formatear;
      if (valores.enteros) return c.desde === c.hasta ? f(c.desde) : t.mapaEscalaRango(f(c.desde), f(c.hasta));
      return i === 0 ? t.mapaEscalaHasta(f(c.hasta)) : t.mapaEscalaRango(f(c.desde), f(c.hasta));
    };

    const notas: string[] = [];
    if (sel.meta) {
      const m = sel.meta;
      if (m.municipios.alcance === 'departamental') {
        const nombrados = m.municipios.codigos.map(nombreVisible).join(', ');
        notas.push(t.mapaMetaDepartamental(m.codigo) + (nombrados ? ` ${t.mapaMencionados(nombrados)}` : ''));
      } else if (res.sinDato.includes(m.codigo)) notas.push(t.mapaMetaSinDato(m.codigo));
    } else {
      if (res.departamentales.length) notas.push(t.mapaDepartamentales(listaCorta(res.departamentales, lang)));
      if (res.sinDato.length) notas.push(t.mapaSinDatoMetas(listaCorta(res.sinDato, lang)));
      if (medida !== 'metas') notas.push(res.nota[lang]);
    }
    if (fuera.length) notas.push(t.mapaFueraDelMapa(fuera.length, listaCorta(fuera.map((c) => `${nombreVisible(c)} (${c})`), lang)));
    if (res.codigosDesconocidos.length)
      notas.push(t.mapaCodigosDesconocidos(listaCorta(res.codigosDesconocidos.map((c) => t.mapaCodigoDeMeta(c.codigo, c.meta)), lang)));

    const avisosGeo = g.errores.slice(0, MAX_AVISOS_VISIBLES);
    const filasTabla = [
      ...indice.porNombre.map((m) => ({ codigo: m.codigo, fuera: false })),
      ...fuera.map((codigo) => ({ codigo, fuera: true })),
    ];

    const codigosTabla = filasTabla.map((f) => f.codigo);
    this.paraDescargas = {
      csv: () => csvMapa(codigosTabla, valorDe, { municipio: t.colMunicipio, codigo: t.colCodigoDivipola, valor: valores.titulo, detalle: t.colDetalle }),
      nombre: sel.meta ? nombreArchivo('mapa-meta', sel.meta.codigo) : `mapa-${medida}`,
      caja: { ancho, alto },
    };

    // Focus listeners sit on the wrapper: Chromium makes an SVG element with focus listeners focusable, which
    // would add a second tab stop (the whole map) before the municipalities.
    return html`<div class="lienzo" @focusin=${this.alEntrarFoco} @focusout=${this.alSalirFoco}>
        <svg
          class="mapa ${proyeccion.municipios.length > MUCHOS_MUNICIPIOS ? 'denso' : ''}"
          viewBox="0 0 ${ancho} ${alto}"
          role="listbox"
          aria-label=${t.mapaEtiqueta(this.tituloVisible(), proyeccion.municipios.length)}
          aria-describedby="instrucciones-mapa"
          @keydown=${this.alTeclear}
          @click=${this.alPulsar}
          @pointerover=${this.alPasar}
          @pointerleave=${() => (this.resaltado = null)}
        >
          <defs>
            <pattern id="pdd-rayado" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="rayado-fondo" width="8" height="8"></rect>
              <line class="rayado-linea" x1="0" y1="0" x2="0" y2="8"></line>
            </pattern>
            <pattern id="pdd-rayado-sel" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
              <line class="rayado-sel-linea" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          ${indice.porNombre.map((m) => {
            const v = valorDe(m.codigo);
            const paso = v.categoria === 'valor' ? escala.pasoDe(v.valor) : null;
            const clase = `municipio${paso !== null ? ` paso-${paso}` : ''}${v.categoria === 'sinDato' ? ' sin-dato' : ''}`;
            return svg`<path class=${clase} d=${m.d} data-codigo=${m.codigo} role="option"
              aria-selected=${m.codigo === this.seleccion ? 'true' : 'false'}
              aria-label=${`${nombreVisible(m.codigo)}: ${v.texto}`}
              tabindex=${m.codigo === tabulable ? '0' : '-1'}></path>`;
          })}
          ${elegido ? svg`<path class="seleccion" aria-hidden="true" d=${elegido.d}></path>` : nothing}
          ${enfocado
            ? svg`<path class="anillo-foco-halo" aria-hidden="true" d=${enfocado.d}></path>
                <path class="anillo-foco" aria-hidden="true" d=${enfocado.d}></path>`
            : nothing}
        </svg>
        ${elegido
          ? html`<div class="etiqueta-sel" aria-hidden="true" data-x=${pos(elegido).x} data-y=${pos(elegido).y}>${nombreVisible(elegido.codigo)}</div>`
          : nothing}
        ${enGlobo ? this.renderGlobo(enGlobo, valorDe(enGlobo.codigo), pos(enGlobo)) : nothing}
      </div>
      <p id="instrucciones-mapa" class="instrucciones">${t.mapaInstrucciones}</p>
      <div class="filtro">
        <span role="status">${this.seleccion !== null ? t.mapaFiltrando(nombreVisible(this.seleccion)) : ''}</span>
        ${this.seleccion !== null ? html`<button class="secundario" @click=${() => void this.quitarFiltro()}>${t.quitarFiltro}</button>` : nothing}
      </div>
      <p class="leyenda-titulo" id="leyenda-titulo">${valores.titulo}</p>
      <ul class="leyenda" aria-labelledby="leyenda-titulo">
        ${escala.clases.map(
          (c, i) => html`<li><span class="muestra paso-${c.paso}" aria-hidden="true"></span>${etiquetaClase(c, i)}</li>`,
        )}
        <li><span class="muestra" aria-hidden="true"></span>${valores.ninguna.texto}</li>
        ${hayFaltantes ? html`<li>${muestraRayada('pdd-rayado')}${t.mapaLeyendaSinDato}</li>` : nothing}
        ${elegido ? html`<li data-leyenda="seleccion">${muestraRayada('pdd-rayado-sel')}${t.mapaSeleccionado}</li>` : nothing}
      </ul>
      ${notas.map((n) => html`<p class="nota">${n}</p>`)}
      ${avisosGeo.length
        ? html`<p class="nota">${t.mapaAvisosGeometria(g.errores.length)}</p>
            <ul class="avisos">
              ${avisosGeo.map((e) => html`<li>${e.mensaje}</li>`)}
            </ul>`
        : nothing}
      <div class="acciones">
        <button
          class="secundario"
          aria-expanded=${this.tablaAbierta ? 'true' : 'false'}
          aria-controls="tabla-mapa"
          @click=${() => (this.tablaAbierta = !this.tablaAbierta)}
        >
          ${this.tablaAbierta ? t.ocultarTabla : t.verTabla}
        </button>
        <button class="secundario" data-descarga="csv" @click=${() => void this.descargarComo('CSV')}>${t.descargarCsv}</button>
        <button class="secundario" data-descarga="svg" @click=${() => void this.descargarComo('SVG')}>${t.descargarMapaSvg}</button>
        <button class="secundario" data-descarga="png" @click=${() => void this.descargarComo('PNG')}>${t.descargarMapaPng}</button>
      </div>
      ${this.errorDescarga ? html`<p class="error" role="alert">${this.errorDescarga}</p>` : nothing}
      <div
        class="desplazable"
        id="tabla-mapa"
        role="region"
        aria-label=${valores.titulo}
        tabindex=${this.tablaAbierta ? '0' : '-1'}
        ?hidden=${!this.tablaAbierta}
      >
        ${this.tablaAbierta
          ? html`<table>
              <caption class="visualmente-oculto">${valores.titulo}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.colMunicipio}</th>
                  <th scope="col">${t.colCodigoDivipola}</th>
                  <th scope="col">${valores.titulo}</th>
                  <th scope="col">${t.colDetalle}</th>
                </tr>
              </thead>
              <tbody>
                ${filasTabla.map(({ codigo, fuera: afuera }) => {
                  const v = valorDe(codigo);
                  return html`<tr data-codigo=${codigo}>
                    <th scope="row">${nombreVisible(codigo)}${afuera ? [' ', html`<span class="fuera">${t.mapaFueraMarca}</span>`] : nothing}</th>
                    <td>${codigo}</td>
                    <td>${v.texto}</td>
                    <td>${v.detalle.join('; ')}</td>
                  </tr>`;
                })}
              </tbody>
            </table>`
          : nothing}
      </div>
      <p class="fuente">${g.url === null ? t.mapaFuenteDane : t.mapaFuenteUrl(g.url)}</p>`;
  }

  private renderGlobo(m: { codigo: string }, v: ValorMunicipio, p: { x: string; y: string }): TemplateResult {
    // Near the top edge the tooltip opens downwards so it does not cover the heading.
    const abajo = Number(p.y) < 25;
    return html`<div class="globo ${abajo ? 'abajo' : ''}" aria-hidden="true" data-x=${p.x} data-y=${p.y}>
      <strong>${nombreVisible(m.codigo)}</strong>
      <span>${v.texto}</span>
      ${v.detalle.map((d) => html`<span>${d}</span>`)}
    </div>`;
  }
}

function muestraRayada(patron: string): TemplateResult {
  return html`<svg class="muestra" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <rect width="16" height="16" fill="url(#${patron})"></rect>
  </svg>`;
}
