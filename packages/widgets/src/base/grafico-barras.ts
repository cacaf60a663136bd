/**
 * The shared bar chart of the widgets: horizontal or vertical, grouped (one bar per series, side by side) or
 * stacked (layers with colour + hatch pattern and a legend). Each chart is a figure with its caption, a text
 * summary, HTML labels (they wrap; below 36em of container they move above the bars) and one small SVG per bar
 * drawn with Lit `svg` templates in percentages of its track, so nothing is measured in JavaScript and nothing
 * moves after the first render. Every bar carries its value as text, and semáforo bars their mark; "sin dato"
 * is a sentence, never a 0 bar. Under the chart: "Ver tabla" and the CSV / SVG / PNG downloads.
 *
 * No scale library: lengths are `valor / maximo` of the track (escala-lineal.ts).
 */
import { css, html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatearNumero, type Idioma } from '@tablero-pdd/core';
import type { BarraGrafico, FilaGrafico, ModeloGrafico, SegmentoGrafico } from './grafico-modelo.js';
import { describirGrafico } from './grafico-resumen.js';
import { porcentajePista } from './escala-lineal.js';
import { descargarCsv, descargarPng, descargarSvg } from './descargas.js';
import { texto } from './i18n.js';
import { estilosMarca, marcaEstado } from './marca-estado.js';
import { TRAMAS_D, estiloSerie, estilosPaleta } from './paleta-series.js';
import { botonVerTabla, estilosTabla, tablaDatos } from './ver-tabla.js';
import { ControladorPaginas } from './controlador-paginas.js';
import { estilosPaginas, navPaginas } from './nav-paginas.js';
import { TAMANO_PAGINA_GRAFICO } from './paginacion.js';
import { paginaDeModelo, textosPaginasGrafico } from './paginas-grafico.js';

/** Number written in SVG attributes: short and locale-free. */
const num = (v: number) => String(Math.round(v * 1000) / 1000);

/** Id of a chart's page controls (and of their size selector): unique within the shadow root. */
const idPaginas = (m: ModeloGrafico) => `${m.id}-por-pagina`;

/** Per-widget state of its charts: which tables are open, the last download error and each long chart's page. */
export class ControlGraficos implements ReactiveController {
  private readonly abiertas = new Set<string>();
  private readonly errores = new Map<string, string>();
  /** The page each long chart shows (by the id of its controls). */
  readonly paginas: ControladorPaginas;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.paginas = new ControladorPaginas(host, TAMANO_PAGINA_GRAFICO);
  }

  /** The widget's por-pagina: the size its charts start with. */
  fijarTamanoInicial(tamano: number): void {
    this.paginas.fijarTamanoInicial(tamano);
  }

  hostConnected(): void {}

  abierta(id: string): boolean {
    return this.abiertas.has(id);
  }

  alternar(id: string): void {
    if (!this.abiertas.delete(id)) this.abiertas.add(id);
    this.host.requestUpdate();
  }

  error(id: string): string | undefined {
    return this.errores.get(id);
  }

  /** Runs a download; a failure becomes a visible message under the chart, never a console-only error. */
  async descargar(id: string, accion: () => void | Promise<void>, mensaje: string): Promise<void> {
    this.errores.delete(id);
    try {
      await accion();
    } catch {
      this.errores.set(id, mensaje);
    }
    this.host.requestUpdate();
  }

  /** The widget's root inside its shadow (downloads read the theme's colours from it). */
  raiz(): Element {
    return this.host.shadowRoot?.querySelector('.raiz') ?? this.host;
  }
}

const idTrama = (m: ModeloGrafico, capa: number) => `${m.id}-trama-${capa}`;

/** Hatch patterns of the stacked layers, once per chart (ids are unique within the shadow root). */
function definiciones(m: ModeloGrafico) {
  if (m.capas.length === 0) return nothing;
  return html`<svg class="definiciones" width="0" height="0" aria-hidden="true" focusable="false">
    <defs>
      ${m.capas.map((_, k) => {
        const e = estiloSerie(k);
        return e.trama === 0
          ? nothing
          : svg`<pattern id=${idTrama(m, k)} patternUnits="userSpaceOnUse" width="6" height="6">
              <rect width="6" height="6" class=${`serie-${e.color}`} />
              <path d=${TRAMAS_D[e.trama] ?? ''} class="trama" />
            </pattern>`;
      })}
    </defs>
  </svg>`;
}

/** A stacked layer's fill: its palette class when solid, else its hatch pattern (a presentation attribute). */
function rellenoCapa(m: ModeloGrafico, capa: number): { clase: string; fill: string | typeof nothing } {
  const e = estiloSerie(capa);
  return e.trama === 0 ? { clase: `serie-${e.color}`, fill: nothing } : { clase: '', fill: `url(#${idTrama(m, capa)})` };
}

function segmentos(m: ModeloGrafico, segs: SegmentoGrafico[], vertical: boolean) {
  let acumulado = 0;
  return segs.map((s) => {
    const desde = porcentajePista(acumulado, m.maximo);
    acumulado += s.valor;
    const largo = porcentajePista(acumulado, m.maximo) - desde;
    const r = rellenoCapa(m, s.capa);
    const titulo = `${m.capas[s.capa]?.nombre ?? ''}: ${s.texto}`;
    return vertical
      ? svg`<rect class=${`seg ${r.clase}`} fill=${r.fill} x="15%" width="70%" y=${`${num(100 - desde - largo)}%`} height=${`${num(largo)}%`}><title>${titulo}</title></rect>`
      : svg`<rect class=${`seg ${r.clase}`} fill=${r.fill} y="10%" height="80%" x=${`${num(desde)}%`} width=${`${num(largo)}%`}><title>${titulo}</title></rect>`;
  });
}

/** The drawn part of one bar: its SVG track (no track at all when there is no value). */
function pista(m: ModeloGrafico, b: BarraGrafico, serie: number, vertical: boolean) {
  if (b.valor === null) return nothing;
  const p = porcentajePista(b.valor, m.maximo);
  const clase = b.estado ? 'b' : `b serie-${estiloSerie(serie).color}`;
  const fill = b.estado ? b.estado.color : nothing;
  const cuerpo = b.segmentos?.length
    ? segmentos(m, b.segmentos, vertical)
    : vertical
      ? svg`<rect class=${clase} fill=${fill} x="15%" width="70%" y=${`${num(100 - p)}%`} height=${`${num(p)}%`} />`
      : svg`<rect class=${clase} fill=${fill} y="10%" height="80%" x="0" width=${`${num(p)}%`} />`;
  const eje = vertical ? svg`<line class="eje" x1="0" x2="100%" y1="100%" y2="100%" />` : svg`<line class="eje" x1="0" x2="0" y1="0" y2="100%" />`;
  return html`<svg class=${vertical ? 'pista-v' : 'pista'} aria-hidden="true" focusable="false">${cuerpo}${eje}</svg>`;
}

function valorBarra(b: BarraGrafico, lang: Idioma) {
  const marca = b.estado
    ? b.estadoEnTexto
      ? html`<span aria-hidden="true">${marcaEstado(b.estado, lang, false)}</span>`
      : marcaEstado(b.estado, lang)
    : nothing;
  return html`<span class=${b.valor === null ? 'valor sin-valor' : 'valor'}
    ><span class="cifra">${b.texto}</span> ${marca}${b.nota ? html`<span class="nota-barra">${b.nota}</span>` : nothing}</span
  >`;
}

function horizontal(m: ModeloGrafico, lang: Idioma) {
  const varias = m.series.length > 1;
  const fila = (f: FilaGrafico) =>
    html`<div class="fila" data-clave=${f.clave}>
      <span class="etiqueta-fila" data-profundidad=${f.profundidad ?? 0}>${f.etiqueta}</span>
      ${f.barras.map(
        (b, i) =>
          html`${varias ? html`<span class="serie">${m.series[i]?.nombre}</span>` : nothing}
            ${b.valor === null ? nothing : html`<span class="celda-pista">${pista(m, b, i, false)}</span>`}${valorBarra(b, lang)}`,
      )}
    </div>`;
  return html`<div class=${`barras-h${varias ? ` series-${Math.min(m.series.length, 4)}` : ''}`}>${m.filas.map(fila)}</div>`;
}

function vertical(m: ModeloGrafico, lang: Idioma) {
  const varias = m.series.length > 1;
  return html`<div class="barras-v">
    ${m.filas.map(
      (f) =>
        html`<div class="columna" data-clave=${f.clave}>
          <div class="grupo-v">
            ${f.barras.map(
              (b, i) =>
                html`<div class="barra-v">
                  ${varias ? html`<span class="serie">${m.series[i]?.nombre}</span>` : nothing} ${valorBarra(b, lang)}
                  ${b.valor === null ? html`<span class="pista-v vacia"></span>` : pista(m, b, i, true)}
                </div>`,
            )}
          </div>
          <span class="etiqueta-fila">${f.etiqueta}</span>
        </div>`,
    )}
  </div>`;
}

function leyenda(m: ModeloGrafico, t: ReturnType<typeof texto>) {
  if (m.capas.length === 0) return nothing;
  return html`<ul class="leyenda" aria-label=${t.graficoLeyenda}>
    ${m.capas.map((c, k) => {
      const r = rellenoCapa(m, k);
      return html`<li>
        <svg class="muestra" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <rect class=${`seg ${r.clase}`} fill=${r.fill} x="0.5" y="0.5" width="11" height="11" />
        </svg>
        ${c.nombre}
      </li>`;
    })}
  </ul>`;
}

/**
 * One chart: figure (caption, summary, legend, bars), the table toggle and the downloads. `tituloVisible: false`
 * when the widget's heading already says the same (the caption stays for screen readers and the table).
 */
export function graficoBarras(m: ModeloGrafico, c: ControlGraficos, lang: Idioma, o: { tituloVisible?: boolean } = {}): TemplateResult {
  const t = texto(lang);
  const idTabla = `${m.id}-tabla`;
  const abierta = c.abierta(m.id);
  const error = c.error(m.id);
  const sufijo = html`<span class="visualmente-oculto">: ${m.titulo}</span>`;
  // A long chart shows one page of rows; the summary and the CSV keep them all (paginas-grafico.ts).
  const { pag, tamano, controles } = c.paginas.pagina(idPaginas(m), m.filas.length, `${m.filas[0]?.clave ?? ''}|${m.filas.at(-1)?.clave ?? ''}`);
  const tp = controles ? textosPaginasGrafico(lang, m) : null;
  const n = (v: number) => formatearNumero(v, { lang });
  const mostrando = tp ? tp.mostrando(n(pag.desde + 1), n(pag.hasta), n(m.filas.length)) : null;
  const vista = paginaDeModelo(m, pag);
  // The image of a page says which rows it holds.
  const imagen = mostrando ? { ...vista, titulo: `${m.titulo} (${mostrando})` } : vista;
  return html`<div class="grafico" data-grafico=${m.id}>
    <figure>
      <figcaption class=${o.tituloVisible === false ? 'visualmente-oculto' : ''}>${m.titulo}</figcaption>
      <p class="resumen-grafico">${describirGrafico(m, lang)}</p>
      ${mostrando ? html`<p class="conteo-grafico" role="status">${mostrando}</p>` : nothing} ${definiciones(m)} ${leyenda(m, t)}
      ${m.orientacion === 'vertical' ? vertical(vista, lang) : horizontal(vista, lang)}
    </figure>
    ${tp
      ? navPaginas({ id: idPaginas(m), pag, tamano, lang, textos: tp, alCambiarTamano: c.paginas.alCambiarTamano, alPaginar: c.paginas.alPaginar })
      : nothing}
    <div class="acciones-grafico">
      ${botonVerTabla(abierta, idTabla, () => c.alternar(m.id), t)}
      <button class="secundario" type="button" data-descarga="csv" @click=${() => void c.descargar(m.id, () => descargarCsv(m), t.graficoDescargaFallida('CSV'))}>
        ${t.descargarCsv}${sufijo}
      </button>
      <button class="secundario" type="button" data-descarga="svg" @click=${() => void c.descargar(m.id, () => descargarSvg(imagen, c.raiz(), lang), t.graficoDescargaFallida('SVG'))}>
        ${t.descargarSvg}${sufijo}
      </button>
      <button class="secundario" type="button" data-descarga="png" @click=${() => void c.descargar(m.id, () => descargarPng(imagen, c.raiz(), lang), t.graficoDescargaFallida('PNG'))}>
        ${t.descargarPng}${sufijo}
      </button>
    </div>
    ${error ? html`<p class="error" role="alert">${error}</p>` : nothing} ${abierta ? tablaDatos(vista, idTabla, t) : nothing}
  </div>`;
}

/*
 * Styles (comments live here, not inside css``: template CSS is shipped as written).
 * - Semáforo bars: band colours are ≥ 3:1 on white only, so an outline in the text colour keeps ≥ 3:1 in every theme.
 * - Horizontal: one grid for the whole chart (rows are display: contents), so every track has the same width and
 *   lengths compare across rows.
 * - Vertical: columns wrap to a new line rather than scroll sideways; every track has the same height, and a
 *   subgrid keeps the tracks of one line of columns on the same baseline whatever their labels' length.
 * - Narrow containers (phones, 200 % zoom): one column — row label, then per series its name, the track at full
 *   width and the value under it.
 */
export const estilosGrafico = [
  estilosMarca,
  estilosPaleta,
  estilosTabla,
  estilosPaginas,
  css`
    .grafico + .grafico {
      margin-top: 1.5em;
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 700;
      margin-bottom: 0.25em;
    }
    .conteo-grafico {
      font-weight: 700;
    }
    .resumen-grafico,
    .notas-grafico {
      color: var(--_texto-suave);
      font-size: var(--_t-pequeno);
    }
    .definiciones {
      position: absolute;
      width: 0;
      height: 0;
    }
    .trama {
      stroke: var(--_fondo);
      stroke-width: 1.5;
      stroke-linecap: square;
      fill: none;
    }
    rect.b {
      stroke: var(--_texto);
      stroke-width: 1px;
    }
    rect.seg {
      stroke: var(--_fondo);
      stroke-width: 1px;
    }
    .eje {
      stroke: var(--_borde);
      stroke-width: 1px;
    }
    .leyenda {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0.25em 0 0.75em;
      padding: 0;
      list-style: none;
    }
    .leyenda li {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
    }
    .muestra {
      width: 1em;
      height: 1em;
      flex: none;
    }
    .barras-h {
      display: grid;
      grid-template-columns: minmax(6em, 32%) minmax(3em, 1fr) auto;
      gap: 0.2em 0.6em;
      align-items: center;
    }
    .barras-h.series-2,
    .barras-h.series-3,
    .barras-h.series-4 {
      grid-template-columns: minmax(6em, 30%) auto minmax(3em, 1fr) auto;
    }
    .fila {
      display: contents;
    }
    .barras-h .etiqueta-fila {
      grid-column: 1;
      align-self: start;
      padding-top: 0.35em;
      border-top: 1px solid var(--_borde);
      overflow-wrap: anywhere;
    }
    .barras-h .etiqueta-fila[data-profundidad='1'] {
      padding-inline-start: 1em;
    }
    .barras-h .etiqueta-fila[data-profundidad='2'] {
      padding-inline-start: 2em;
    }
    .barras-h .etiqueta-fila[data-profundidad='3'] {
      padding-inline-start: 3em;
    }
    .series-2 .etiqueta-fila {
      grid-row-end: span 2;
    }
    .series-3 .etiqueta-fila {
      grid-row-end: span 3;
    }
    .series-4 .etiqueta-fila {
      grid-row-end: span 4;
    }
    .barras-h .serie {
      grid-column: -4;
      font-size: var(--_t-pequeno);
      color: var(--_texto-suave);
    }
    .celda-pista {
      grid-column: -3;
      display: block;
    }
    .barras-h .valor {
      grid-column: -2;
    }
    .barras-h .valor.sin-valor {
      grid-column: -3 / -1;
    }
    .pista {
      display: block;
      width: 100%;
      height: 1.4em;
      overflow: visible;
    }
    .valor {
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .valor .cifra {
      font-weight: 700;
    }
    .sin-valor .cifra {
      font-weight: 400;
      font-style: italic;
    }
    .nota-barra {
      display: block;
      font-size: var(--_t-pequeno);
      color: var(--_texto-suave);
    }
    .barras-v {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(7em, 1fr));
      gap: 0.25em 0.75em;
    }
    .columna {
      display: grid;
      grid-row-end: span 2;
      grid-template-rows: subgrid;
      min-width: 0;
    }
    .columna .grupo-v {
      align-self: end;
    }
    .grupo-v {
      display: flex;
      gap: 0.35em;
      align-items: flex-end;
    }
    .barra-v {
      flex: 1 1 0;
      display: flex;
      flex-direction: column;
      gap: 0.15em;
      min-width: 0;
    }
    .pista-v {
      display: block;
      width: 100%;
      height: 9em;
      overflow: visible;
    }
    .barras-v .etiqueta-fila {
      border-top: 1px solid var(--_borde);
      padding-top: 0.25em;
      text-align: center;
      overflow-wrap: anywhere;
    }
    .barras-v .serie {
      font-size: var(--_t-pequeno);
      color: var(--_texto-suave);
    }
    .acciones-grafico {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: 0.75em;
    }
    .grafico .error {
      margin-top: 0.5em;
    }
    @container (max-width: 36em) {
      .barras-h,
      .barras-h.series-2,
      .barras-h.series-3,
      .barras-h.series-4 {
        grid-template-columns: minmax(0, 1fr);
      }
      .barras-h .etiqueta-fila,
      .barras-h .serie,
      .celda-pista,
      .barras-h .valor,
      .barras-h .valor.sin-valor {
        grid-column: 1;
        grid-row-end: auto;
      }
      .barras-h .serie {
        margin-top: 0.25em;
      }
    }
    @media print {
      .acciones-grafico {
        display: none;
      }
    }
  `,
];
