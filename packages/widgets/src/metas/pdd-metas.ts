import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  claveSecretaria,
  compararTexto,
  errorSecretariaInexistente,
  escribirPlanCsv,
  estadosSemaforo,
  formatearNumero,
  type Plan,
  type Resumen,
} from '@tablero-pdd/core';
import { botonCsv } from '../base/boton-csv.js';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { ControladorImpresion } from '../base/impresion.js';
import { EVENTO_FILTRO_MUNICIPIO, emitir, type DetalleFiltroMunicipio } from '../base/eventos.js';
import { estilosMarca, marcaEstado } from '../base/marca-estado.js';
import { estilosMetas } from './estilos-metas.js';
import { filasDeMetas, type FilaMeta } from './filas-metas.js';
import { filtrarOrden } from './filtrar-metas.js';
import { gruposNivel, textoOpcionNivel, type NivelOpcion } from './grupos-nivel.js';
import { COLUMNAS_ORDEN, crearOrdenador, type ColumnaOrden, type Direccion } from './ordenar-metas.js';
import { TAMANOS_PAGINA, TAMANO_PAGINA, paginar, type Pagina } from '../base/paginacion.js';
import { estilosPaginas, leerPorPagina, navPaginas, pasoDe, tamanoDe } from '../base/nav-paginas.js';
import { RanurasFilas } from './ranuras-filas.js';
import { textosFila } from './textos-fila.js';
import { textosPaginacion } from './textos-paginacion.js';
import {
  estilosPartesMeta,
  inversionDetallada,
  beneficiariosDetallados,
  municipiosDeMeta,
  nombresMunicipios,
  notasDeMeta,
  pregunta,
  preguntaEvidencia,
  textoPeriodo,
  type Contexto,
} from './partes-meta.js';

export { TAMANO_PAGINA } from '../base/paginacion.js';

/** A change to any of these (which rows, their order, how many per page) goes back to page 1. */
/** What the por-pagina alert calls the list it pages. */
const DE_LA_TABLA = { es: 'de la tabla', en: 'of the table' };

const VUELVEN_A_PRIMERA = ['orden', 'filtro', 'nivel', 'banda', 'secretaria', 'municipio', 'tamano', 'porPagina'] as const;

interface Orden {
  columna: ColumnaOrden;
  direccion: Direccion;
}

/** Per set of rows: its sort orders (each computed once) and the secretarías to choose from. */
interface Indices {
  ordenar: ReturnType<typeof crearOrdenador>;
  canonico: number[];
  secretarias: string[];
}
const indices = new WeakMap<FilaMeta[], Indices>();

function indicesDe(filas: FilaMeta[]): Indices {
  let ix = indices.get(filas);
  if (!ix) {
    const secretarias = new Map<string, string>();
    for (const f of filas) {
      const s = f.meta.secretaria?.trim();
      if (s && !secretarias.has(claveSecretaria(s))) secretarias.set(claveSecretaria(s), s);
    }
    ix = {
      ordenar: crearOrdenador(filas),
      canonico: filas.map((_, i) => i),
      secretarias: [...secretarias.values()].sort(compararTexto),
    };
    indices.set(filas, ix);
  }
  return ix;
}

/**
 * `<pdd-metas>`: the table of metas — every column of the report per meta (code, name, level, % cumplimiento
 * of the period and % avance of the four years with their semáforo marks, investment with its sources as
 * written, beneficiaries with their unit or "sin dato reportado" / "no aplica"), sortable by any column and
 * filterable by level, semáforo state, secretaría, free text and municipality (from `<pdd-mapa>`'s
 * `pdd-filtro-municipio` event). Each row opens a detail with the report's narrative, the municipalities,
 * BPIN, the notes of the computation and where the report's figures differ from the computed ones.
 * Figures come once from core's `resumir`; sorting and filtering only read indexes.
 *
 * Long tables are paged (10, 25, 50, 100 or all rows per page; previous / next buttons; "Mostrando 1–10 de 1.000
 * metas" in a polite status). Sorting and filtering apply to the whole list and go back to page 1; the CSV
 * holds every filtered row and print shows every filtered row, whatever the page.
 *
 * @attr nivel - code of a level node: show only its metas (and those of the nodes below it).
 * @attr filtro - free text: show only the metas whose code, name, indicator, level or secretaría contain every word
 *   (to show a single meta as the report lays it out, use `<pdd-ficha meta="…">`).
 * @attr banda - id of a semáforo state of % cumplimiento (sobresaliente, satisfactorio, medio, bajo, critico,
 *   sobre_ejecucion, retroceso, no_programada, sin_dato, no_calculable).
 * @attr secretaria - show only the metas of this secretaría (as the plan writes it; case, accents and extra spaces do not count).
 * @attr por-pagina - rows per page at first: 10 (default), 25, 50, 100 or todas; the reader can still change it.
 * @fires pdd-filtro-municipio - when the user clears the municipality filter ({ codigo: null, nombre: null }).
 * @csspart controles - the filter controls.
 * @csspart tabla - the table.
 * @csspart marca-estado - each semáforo mark.
 *
 * @tagname pdd-metas
 */
export class PddMetas extends ElementoPdd {
  static override styles = [...ElementoPdd.styles, estilosMarca, estilosPartesMeta, estilosMetas, estilosPaginas];

  static override properties = {
    ...ElementoPdd.properties,
    nivel: { type: String },
    filtro: { type: String },
    banda: { type: String },
    secretaria: { type: String },
    porPagina: { type: String, attribute: 'por-pagina' },
    orden: { state: true },
    abiertas: { state: true },
    pagina: { state: true },
    tamano: { state: true },
    municipio: { state: true },
  };

  declare nivel: string | undefined;
  declare filtro: string | undefined;
  declare banda: string | undefined;
  declare secretaria: string | undefined;
  declare porPagina: string | undefined;
  declare private orden: Orden | null;
  declare private abiertas: ReadonlySet<string>;
  /** 0-based page (clamped when drawn: the filter may have left fewer pages). */
  declare private pagina: number;
  /** Rows per page; Infinity = all. */
  declare private tamano: number;
  /** Printing: every filtered row, no pagination. */
  private readonly impresion = new ControladorImpresion(this);
  /** Municipality chosen on the map: DIVIPOLA code and the name to show. */
  declare private municipio: { codigo: string; nombre: string } | null;

  /** Rows shown after the last render (all of them, not only the drawn page): what the CSV holds. */
  private visibles: FilaMeta[] = [];
  private planMostrado: Plan | null = null;
  /** Pages there were at the last render: previous / next stay within them. */
  private paginasMostradas = 1;
  /** Which row element draws each meta of the page (see RanurasFilas). */
  private ranuras = new RanurasFilas();
  /** Context and column headers, rebuilt only when the summary or the language change (rows are guarded on them). */
  private memoContexto: { r: Resumen; t: unknown; c: Contexto; cab: Record<ColumnaOrden, string> } | null = null;

  constructor() {
    super();
    this.orden = null;
    this.abiertas = new Set();
    this.pagina = 0;
    this.tamano = TAMANO_PAGINA;
    this.municipio = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(EVENTO_FILTRO_MUNICIPIO, this.alFiltroMunicipio);
  }

  override disconnectedCallback(): void {
    document.removeEventListener(EVENTO_FILTRO_MUNICIPIO, this.alFiltroMunicipio);
    super.disconnectedCallback();
  }

  protected override willUpdate(cambios: PropertyValues<this>): void {
    super.willUpdate(cambios);
    // The attribute sets the page size the table starts with (an invalid value keeps 25 and is reported).
    if (cambios.has('porPagina')) this.tamano = leerPorPagina(this.porPagina, this.idioma, TAMANO_PAGINA, DE_LA_TABLA).tamano;
    // A new filter or order starts at the first page (the page the user was on may no longer exist).
    if (VUELVEN_A_PRIMERA.some((k) => cambios.has(k as keyof PddMetas))) this.pagina = 0;
  }

  private alFiltroMunicipio = (e: Event): void => {
    const d = (e as CustomEvent<DetalleFiltroMunicipio | undefined>).detail;
    if (!d || (d.codigo !== null && typeof d.codigo !== 'string')) return;
    this.municipio =
      d.codigo === null ? null : { codigo: d.codigo, nombre: d.nombre || nombresMunicipios([d.codigo], this.t)[0] || d.codigo };
  };

  protected tituloPredeterminado(): string {
    return this.t.tituloMetas;
  }

  /** Same column: the other direction; another column: ascending. One handler for every header (no closures). */
  private alOrdenar = (e: Event): void => {
    const columna = (e.currentTarget as HTMLElement).closest('th')?.dataset.columna;
    const col = COLUMNAS_ORDEN.find((c) => c === columna);
    if (!col) return;
    const o = this.orden;
    this.orden = {
      columna: col,
      direccion: o?.columna === col && o.direccion === 'ascendente' ? 'descendente' : 'ascendente',
    };
  };

  /** Opens or closes a row's detail; the row's button carries its meta's code. */
  private alAlternar = (e: Event): void => {
    const codigo = (e.currentTarget as HTMLElement).dataset.codigo;
    if (codigo === undefined) return;
    const s = new Set(this.abiertas);
    if (s.has(codigo)) s.delete(codigo);
    else s.add(codigo);
    this.abiertas = s;
  };

  private alBuscar = (e: Event): void => {
    this.filtro = (e.target as HTMLInputElement).value;
  };

  private alElegir = (e: Event): void => {
    const select = e.target as HTMLSelectElement;
    if (select.id === 'nivel') this.nivel = select.value;
    else if (select.id === 'banda') this.banda = select.value;
    else if (select.id === 'secretaria') this.secretaria = select.value;
  };

  private alCambiarTamano = (e: Event): void => {
    const tamano = tamanoDe(e);
    if (tamano === null) return;
    this.tamano = tamano;
  };

  /** Previous / next page, within the pages there were at the last render. */
  private alPaginar = (e: Event): void => {
    const paso = pasoDe(e);
    if (paso === null) return;
    const ultima = this.paginasMostradas - 1;
    this.pagina = Math.min(Math.max(0, Math.min(this.pagina, ultima) + paso), ultima);
  };

  private quitarMunicipio(): void {
    this.municipio = null;
    emitir<DetalleFiltroMunicipio>(this, EVENTO_FILTRO_MUNICIPIO, { codigo: null, nombre: null });
  }

  /** The rows shown (every page), as core's CSV template: the file re-imports into the dashboard. */
  csvVisible(): string {
    if (!this.planMostrado) return '';
    return escribirPlanCsv({ ...this.planMostrado, metas: this.visibles.map((f) => f.meta) }, { lang: this.idioma });
  }

  protected renderPlan(plan: Plan) {
    const t = this.t;
    const lang = this.idioma;
    const r = this.resumen(plan);
    const filas = filasDeMetas(plan, r);
    const ix = indicesDe(filas);
    const { c, cab } = this.contexto(plan, r);

    const avisos: string[] = [];
    let nivel = this.nivel?.trim() || null;
    if (nivel !== null && !r.niveles.filas.some((f) => f.codigo === nivel)) {
      avisos.push(t.metasNivelNoExiste(nivel, r.niveles.filas.map((f) => f.codigo).join(', ')));
      nivel = null;
    }
    const estados = estadosSemaforo();
    let banda = this.banda?.trim() || null;
    if (banda !== null && !estados.some((e) => e.id === banda)) {
      avisos.push(t.metasBandaNoExiste(banda, estados.map((e) => e.id).join(', ')));
      banda = null;
    }
    const aviso = leerPorPagina(this.porPagina, lang, TAMANO_PAGINA, DE_LA_TABLA).aviso;
    if (aviso) avisos.push(aviso);
    // A secretaría the plan lacks is said (core's words, naming the plan's) and not applied, as nivel and banda.
    let secretaria = this.secretaria?.trim() || null;
    if (secretaria !== null && !ix.secretarias.some((s) => claveSecretaria(s) === claveSecretaria(secretaria))) {
      avisos.push(errorSecretariaInexistente(secretaria, ix.secretarias, ix.secretarias.length, lang).mensaje);
      secretaria = null;
    }

    const orden = this.orden ? ix.ordenar(this.orden.columna, this.orden.direccion) : ix.canonico;
    const posiciones = filtrarOrden(filas, orden, {
      texto: this.filtro,
      nivel,
      banda,
      secretaria,
      municipio: this.municipio?.codigo ?? null,
    });
    this.visibles = posiciones.map((i) => filas[i] as FilaMeta);
    this.planMostrado = plan;
    const pag = paginar(this.visibles.length, this.pagina, this.impresion.activa ? Number.POSITIVE_INFINITY : this.tamano);
    this.paginasMostradas = pag.paginas;
    const dibujadas = this.visibles.slice(pag.desde, pag.hasta);

    return html`${avisos.map((a) => html`<p class="error" role="alert">${a}</p>`)}
      ${guard([r, ix, nivel, banda, this.secretaria, this.filtro, this.idioma], () => this.controles(r, ix, nivel, banda))}
      ${this.municipio
        ? html`<div class="filtro-municipio">
            <p>${t.filtradoMunicipio(this.municipio.nombre)}</p>
            <button class="secundario" @click=${this.quitarMunicipio}>${t.quitarFiltro}</button>
          </div>`
        : nothing}
      <div class="barra">
        <p class="conteo" role="status">${this.textoConteo(pag, filas.length)}</p>
        ${botonCsv(t.descargarCsv, 'metas.csv', () => this.csvVisible())}
      </div>
      ${this.visibles.length === 0
        ? html`<p class="estado">${t.sinCoincidencias}</p>`
        : html`<div class="desplazable" role="region" aria-label=${this.tituloVisible()} tabindex="0">
            ${this.tabla(dibujadas, c, cab)}
          </div>`}
      ${this.visibles.length > TAMANOS_PAGINA[0] ? this.paginacion(pag) : nothing}
      <p class="rotulo pie">${t.fuenteBandas}: ${r.fuenteBandas[lang]}</p>`;
  }

  private controles(r: Resumen, ix: Indices, nivel: string | null, banda: string | null): TemplateResult {
    const t = this.t;
    const lang = this.idioma;
    const conteo = r.conteoBandas.cumplimiento.porEstado;
    const estados = estadosSemaforo().filter((e) => (conteo[e.id] ?? 0) > 0 || e.id === banda);
    const secretaria = this.secretaria?.trim() ?? '';
    return html`<div class="controles" part="controles">
      <label class="control" for="buscar"
        >${t.buscarMetas}
        <input
          id="buscar"
          type="search"
          autocomplete="off"
          .value=${this.filtro ?? ''}
          @input=${this.alBuscar}
      /></label>
      <label class="control" for="nivel"
        >${t.filtroNivel}
        <select id="nivel" @change=${this.alElegir}>
          <option value="" ?selected=${nivel === null}>${t.todos}</option>
          ${this.opcionesNivel(r, nivel)}
        </select></label
      >
      <label class="control" for="banda"
        >${t.filtroEstado}
        <select id="banda" @change=${this.alElegir}>
          <option value="" ?selected=${banda === null}>${t.todos}</option>
          ${estados.map(
            (e) =>
              html`<option value=${e.id} ?selected=${e.id === banda}>${e.nombre[lang]} (${formatearNumero(conteo[e.id] ?? 0, { lang })})</option>`,
          )}
        </select></label
      >
      ${ix.secretarias.length
        ? html`<label class="control" for="secretaria"
            >${t.filtroSecretaria}
            <select id="secretaria" @change=${this.alElegir}>
              <option value="" ?selected=${!secretaria}>${t.todas}</option>
              ${ix.secretarias.map(
                (s) => html`<option value=${s} ?selected=${claveSecretaria(s) === claveSecretaria(secretaria)}>${s}</option>`,
              )}
            </select></label
          >`
        : nothing}
    </div>`;
  }

  private opcionesNivel(r: Resumen, nivel: string | null): TemplateResult[] {
    const opcion = (f: NivelOpcion) =>
      html`<option value=${f.codigo} ?selected=${f.codigo === nivel}>${textoOpcionNivel(f, this.t.sinNombre)}</option>`;
    const grupos = gruposNivel(r.niveles.filas);
    if (!grupos) return r.niveles.filas.map(opcion);
    return grupos.map((g) => html`<optgroup label=${textoOpcionNivel(g[0]!, this.t.sinNombre)}>${g.map(opcion)}</optgroup>`);
  }

  private cabeceraColumna(columna: ColumnaOrden, texto: string, num = false): TemplateResult {
    const o = this.orden?.columna === columna ? this.orden : null;
    const sort = o ? (o.direccion === 'ascendente' ? 'ascending' : 'descending') : nothing;
    const flecha = o ? (o.direccion === 'ascendente' ? '▲' : '▼') : '↕';
    return html`<th scope="col" class=${num ? 'num' : ''} aria-sort=${sort} data-columna=${columna}>
      <button class="orden" @click=${this.alOrdenar}>
        <span>${texto}</span><span class="flecha" aria-hidden="true">${flecha}</span>
      </button>
    </th>`;
  }

  /** "18 de 18 metas" when everything fits in one page; "Mostrando 26–50 de 1.000 metas" when paged. */
  private textoConteo(pag: Pagina, total: number): string {
    const lang = this.idioma;
    const n = (v: number) => formatearNumero(v, { lang });
    const visibles = this.visibles.length;
    if (pag.paginas === 1) return this.t.conteoMetas(n(visibles), n(total));
    return textosPaginacion(lang).mostrando(n(pag.desde + 1), n(pag.hasta), n(visibles), visibles === total ? null : n(total));
  }

  /** Context of the cells and the column headers: one object per summary and language, so guarded rows skip. */
  private contexto(plan: Plan, r: Resumen): { c: Contexto; cab: Record<ColumnaOrden, string> } {
    const t = this.t;
    const m = this.memoContexto;
    if (m && m.r === r && m.t === t && m.c.lang === this.idioma && m.c.encabezado === this.nivelTitulo) return m;
    const p = textoPeriodo(r.periodo);
    const cab: Record<ColumnaOrden, string> = {
      codigo: t.colCodigo,
      nombre: t.meta,
      nivel: plan.niveles[plan.niveles.length - 1] ?? t.nivel,
      cumplimiento: t.colCumplimientoPeriodo(p),
      avance: t.colAvanceCuatrienio,
      inversion: t.inversion,
      beneficiarios: t.beneficiarios,
    };
    this.memoContexto = { r, t, c: { lang: this.idioma, t, periodo: r.periodo, encabezado: this.nivelTitulo }, cab };
    return this.memoContexto;
  }

  /** Page size and previous / next, below the table (hidden in print, where every row is shown). */
  private paginacion(pag: Pagina): TemplateResult {
    const lang = this.idioma;
    return navPaginas({ id: 'por-pagina', pag, tamano: this.tamano, lang, textos: textosPaginacion(lang), alCambiarTamano: this.alCambiarTamano, alPaginar: this.alPaginar });
  }

  private tabla(dibujadas: FilaMeta[], c: Contexto, cabeceras: Record<ColumnaOrden, string>): TemplateResult {
    const ranuras = this.ranuras.asignar(dibujadas.map((f) => f.meta.codigo));
    return html`<table part="tabla">
      <caption class="visualmente-oculto">${this.tituloVisible()}</caption>
      <colgroup>
        <col class="c-codigo" />
        <col class="c-meta" />
        <col class="c-nivel" />
        <col class="c-porcentaje" />
        <col class="c-porcentaje" />
        <col class="c-inversion" />
        <col class="c-beneficiarios" />
      </colgroup>
      <thead>
        <tr>
          ${this.cabeceraColumna('codigo', cabeceras.codigo)} ${this.cabeceraColumna('nombre', cabeceras.nombre)}
          ${this.cabeceraColumna('nivel', cabeceras.nivel)} ${this.cabeceraColumna('cumplimiento', cabeceras.cumplimiento, true)}
          ${this.cabeceraColumna('avance', cabeceras.avance, true)} ${this.cabeceraColumna('inversion', cabeceras.inversion, true)}
          ${this.cabeceraColumna('beneficiarios', cabeceras.beneficiarios, true)}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          dibujadas,
          // Keyed by slot, not by meta: a meta that stays keeps its row, one new to the page reuses the row of
          // one that left (after a sort, measured at 4× CPU: about 13 % less main-thread time than new rows).
          (_, i) => ranuras[i],
          // A row is drawn again only when its meta, its open state or the context change.
          (f) => {
            const abierta = this.abiertas.has(f.meta.codigo);
            return guard([f, abierta, c], () => this.fila(f, abierta, c, cabeceras));
          },
        )}
      </tbody>
    </table>`;
  }

  /**
   * One row. Its template never changes shape (an empty figure or source line instead of a missing one, the
   * mark always the same element): after a sort each reused row only gets new texts and attributes, no
   * element is built or removed (measured: building and removing was about a third of the sort's script).
   */
  private fila(f: FilaMeta, abierta: boolean, c: Contexto, cab: Record<ColumnaOrden, string>): TemplateResult {
    const idDetalle = `detalle-${f.indice}`;
    const x = textosFila(f, c);
    return html`<tr class="fila" data-codigo=${f.meta.codigo}>
        <td>
          <button
            class="abrir"
            aria-expanded=${abierta ? 'true' : 'false'}
            aria-controls=${abierta ? idDetalle : nothing}
            aria-label=${x.abrir}
            data-codigo=${f.meta.codigo}
            @click=${this.alAlternar}
          >
            <span class="chevron" aria-hidden="true">▸</span>${f.meta.codigo}
          </button>
        </td>
        <th scope="row" class="nombre-meta">${f.meta.nombre}</th>
        <td class="nivel-meta"><span class="etiqueta" aria-hidden="true">${cab.nivel}</span>${x.nivel}</td>
        <td class="num" data-columna="cumplimiento">
          <span class="etiqueta" aria-hidden="true">${cab.cumplimiento}</span>
          <div class="pct"><span class="cifra">${x.cumplimiento}</span>${marcaEstado(f.cifras.bandaCumplimiento, c.lang)}</div>
        </td>
        <td class="num" data-columna="avance">
          <span class="etiqueta" aria-hidden="true">${cab.avance}</span>
          <div class="pct"><span class="cifra">${x.avance}</span>${marcaEstado(f.cifras.bandaAvance, c.lang)}</div>
        </td>
        <td class="num" data-columna="inversion">
          <span class="etiqueta" aria-hidden="true">${cab.inversion}</span>
          <span class="cifra">${x.inversion}</span>
          <span class="fuentes-celda">${x.fuentes}</span>
        </td>
        <td class="num" data-columna="beneficiarios" data-beneficiarios=${x.estadoBeneficiarios}>
          <span class="etiqueta" aria-hidden="true">${cab.beneficiarios}</span>${x.beneficiarios}
        </td>
      </tr>
      ${abierta
        ? html`<tr class="detalle" id=${idDetalle} data-codigo=${f.meta.codigo}>
            <td colspan="7">${this.detalle(f, c)}</td>
          </tr>`
        : nothing}`;
  }

  private detalle(f: FilaMeta, c: Contexto): TemplateResult {
    const { t, lang } = c;
    const m = f.meta;
    const ruta = f.ruta.map((n) => `${n.numeracion} ${n.nombreNivel ?? ''}: ${n.nombre ?? t.sinNombre}`).join(' › ');
    return html`${this.subtitulo(1, t.detalleMeta(m.codigo))}
      <div class="rejilla-detalle">
      <div>
        <dl>
          ${pregunta(t.filtroNivel, ruta || m.nodo, c)} ${pregunta(t.secretariaMeta, m.secretaria, c)}
          ${pregunta(t.indicadorMeta, m.indicador, c)}
          ${pregunta(t.metaCuatrienio, m.metaCuatrienio === null ? null : `${formatearNumero(m.metaCuatrienio, { lang })}${m.unidad ? ` ${m.unidad}` : ''}`, c)}
          ${pregunta(t.bpin, m.bpin.length ? m.bpin.join(', ') : null, c)}
        </dl>
        ${this.subtitulo(2, t.inversion)}
        ${inversionDetallada(f, c)}
        ${this.subtitulo(2, t.beneficiarios)}
        ${beneficiariosDetallados(f, c)}
      </div>
      <div>
        <dl>
          ${preguntaEvidencia('queSeHizo', m, c)} ${preguntaEvidencia('como', m, c)} ${preguntaEvidencia('conQuien', m, c)}
          ${preguntaEvidencia('cuando', m, c)} ${preguntaEvidencia('impacto', m, c)} ${preguntaEvidencia('donde', m, c)}
        </dl>
      </div>
      <div>
        ${this.subtitulo(2, t.municipiosMeta)}
        ${municipiosDeMeta(m, c)} ${notasDeMeta(f, c)}
      </div>
    </div>`;
  }
}
