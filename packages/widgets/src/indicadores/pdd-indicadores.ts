import { css, html, nothing, svg } from 'lit';
import {
  NOMBRES_DIRECCION,
  NOMBRES_ESTADO_INDICADOR,
  formatearNumero,
  formatearPorcentaje,
  ramaDeNodo,
  type Idioma,
  type Plan,
  type ResumenIndicador,
} from '@tablero-pdd/core';
import { botonCsv } from '../base/boton-csv.js';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { alertaNivel } from '../base/alerta-seleccion.js';
import { ControladorPaginas } from '../base/controlador-paginas.js';
import { estilosPaginas, leerPorPagina, navPaginas, textosLista } from '../base/nav-paginas.js';
import { TAMANO_PAGINA_INDICADORES } from '../base/paginacion.js';
import { csvIndicadores } from './csv-indicadores.js';

/** How a value of the indicator reads: ratios of a "porcentaje" unit as %, positions as "puesto N". */
function valorIndicador(v: number | null, unidad: string | null, lang: Idioma, sinDato: string): string {
  if (v === null) return sinDato;
  const u = (unidad ?? '').toLowerCase();
  if (u === '%' || u.startsWith('porcentaje') || u.startsWith('tasa')) return formatearPorcentaje(v, { lang, decimales: 1 });
  if (u.startsWith('posici') || u.startsWith('puesto')) return lang === 'es' ? `puesto ${formatearNumero(v, { lang })}` : `rank ${formatearNumero(v, { lang })}`;
  return `${formatearNumero(v, { lang })}${unidad ? ` ${unidad}` : ''}`;
}

const ANCHO = 300;
/** Id of the list's page controls (and of their size selector). */
const ID_PAGINAS = 'indicadores-por-pagina';
const MARGEN = 12;

/**
 * `<pdd-indicadores>`: result indicators — baseline → latest → target per indicator, direction-aware (a ranking
 * that falls is progress), with the state in words, the share of the way covered, the source and footnotes.
 * Every figure comes from core's `progresoIndicador` (through `resumir`). "Descargar datos (CSV)" gives them
 * one per line, raw. A long list goes by pages of 10 (TAMANO_PAGINA_INDICADORES); the CSV
 * and print hold all of them.
 *
 * @tagname pdd-indicadores
 * @attr nivel - code of a node: only the indicators that belong to it or to a node under it (the file's `nodo`).
 * @attr secretaria - name of a secretaría, as the plan writes it: only the indicators of levels all of whose metas are its own (all of them if it has every meta).
 * @attr por-pagina - indicators per page at first: 10 (default), 25, 50, 100 or todas; the reader can still change it.
 */
export class PddIndicadores extends ElementoPdd {
  static override properties = {
    ...ElementoPdd.properties,
    nivel: { type: String },
    secretaria: { type: String },
    porPagina: { type: String, attribute: 'por-pagina' },
  };
  declare nivel: string | undefined;
  declare secretaria: string | undefined;
  declare porPagina: string | undefined;
  /** The list's page: back to the first one when the indicators shown change; every one in print. */
  private readonly paginas = new ControladorPaginas(this, TAMANO_PAGINA_INDICADORES);

  static override styles = [
    ...ElementoPdd.styles,
    estilosPaginas,
    css`
      .conteo-lista {
        font-weight: 700;
      }
      ol.indicadores {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 1em;
      }
      li.indicador {
        border: 1px solid var(--_borde);
        border-radius: var(--_radio);
        padding: 0.75em 1em;
        background: var(--_superficie);
      }
      .enc-1 {
        font-size: var(--_tamano);
        margin-bottom: 0.4em;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
        gap: 0.25em 1em;
        margin: 0 0 0.5em;
      }
      dt {
        color: var(--_texto-suave);
        font-size: var(--_t-pequeno);
      }
      dd {
        margin: 0;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .inferida {
        display: block;
        font-weight: 400;
        font-size: var(--_t-pequeno);
        color: var(--_texto-suave);
      }
      .estado {
        font-weight: 700;
      }
      .estado[data-estado='retroceso'] {
        color: var(--_error);
      }
      svg.pista {
        display: block;
        width: 100%;
        max-width: 28em;
        height: 2.2em;
        color: var(--_texto);
      }
      .notas {
        font-size: var(--_t-pequeno);
        color: var(--_texto-suave);
        margin: 0.5em 0 0;
        padding-inline-start: 1.2em;
      }
    `,
  ];

  protected tituloPredeterminado(): string {
    return this.t.tituloIndicadores;
  }

  /** A track from the worst to the best of baseline, latest and target, so "better" always points right. */
  private pista(ind: ResumenIndicador) {
    const { valor: base } = ind.lineaBase;
    const { valor: meta } = ind.meta;
    const actual = ind.valorComparable;
    if (base === null || meta === null || actual === null) return nothing;
    const valores = [base, meta, actual];
    const min = Math.min(...valores);
    const max = Math.max(...valores);
    const invertir = ind.direccion === 'menor_es_mejor';
    const x = (v: number) => {
      const r = max === min ? 0.5 : (v - min) / (max - min);
      return MARGEN + (invertir ? 1 - r : r) * (ANCHO - 2 * MARGEN);
    };
    const t = this.t;
    return svg`<svg class="pista" viewBox="0 0 ${ANCHO} 30" role="img"
      aria-label=${t.pistaIndicador}>
      <line x1=${MARGEN} x2=${ANCHO - MARGEN} y1="15" y2="15" stroke="currentColor" stroke-width="1" />
      <line x1=${x(base)} x2=${x(actual)} y1="15" y2="15" stroke="currentColor" stroke-width="5" />
      <circle cx=${x(base)} cy="15" r="6" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M${x(meta)} 5 l6 10 -6 10 -6 -10z" fill="none" stroke="currentColor" stroke-width="2" />
      <circle cx=${x(actual)} cy="15" r="6" fill="currentColor" />
    </svg>`;
  }

  protected renderPlan(plan: Plan) {
    const t = this.t;
    const lang = this.idioma;
    const r = this.resumen(plan);
    const nivel = this.nivel?.trim() || null;
    let indicadores = r.indicadores;
    let sinNivel = 0;
    const secretaria = this.secretaria?.trim() || null;
    const sinUbicar = () => {
      const nodos = new Map((plan.indicadoresResultado ?? []).map((i) => [i.codigo, i.nodo ?? null]));
      return r.indicadores.filter((i) => (nodos.get(i.codigo) ?? null) === null).length;
    };
    if (secretaria !== null) {
      // core's part: the indicators of its whole levels; a secretaría with every meta is the whole plan (same summary).
      const p = this.resumenDeParte(plan, { nivel, secretaria });
      if (!p.ok) return html`<p class="error" role="alert">${p.error.mensaje}</p>`;
      indicadores = p.resumen.indicadores;
      if (p.resumen !== r) sinNivel = sinUbicar();
    } else if (nivel !== null) {
      const rama = ramaDeNodo(r.niveles.filas, nivel);
      if (!rama) return alertaNivel(plan, nivel, lang);
      const nodos = new Map((plan.indicadoresResultado ?? []).map((i) => [i.codigo, i.nodo ?? null]));
      sinNivel = indicadores.filter((i) => (nodos.get(i.codigo) ?? null) === null).length;
      indicadores = indicadores.filter((i) => rama.has(nodos.get(i.codigo) ?? ''));
    }
    // Said, not hidden: an indicator the file does not place in a level cannot be shown under one.
    const aviso = sinNivel > 0 ? html`<p class="notas aviso-nivel">${t.indicadoresSinNivel(formatearNumero(sinNivel, { lang }), sinNivel === 1)}</p>` : nothing;
    if (indicadores.length === 0)
      return html`<p class="estado">
          ${nivel !== null ? t.sinIndicadoresNivel(nivel) : secretaria !== null ? t.sinIndicadoresSecretaria(secretaria) : t.sinIndicadores}
        </p>
        ${aviso}`;
    const fuera = t.sinDato;
    const originales = new Map((plan.indicadoresResultado ?? []).map((i) => [i.codigo, i]));
    // A long list goes by pages (controls only when it is longer than its first page); print shows them all.
    const pp = leerPorPagina(this.porPagina, lang, TAMANO_PAGINA_INDICADORES, { es: 'de la lista', en: 'of the list' });
    this.paginas.fijarTamanoInicial(pp.tamano);
    const { pag, tamano, controles } = this.paginas.pagina(ID_PAGINAS, indicadores.length, `${indicadores[0]?.codigo ?? ''}|${indicadores.at(-1)?.codigo ?? ''}`);
    const tl = controles ? textosLista(lang, 'indicadores', lang === 'en' ? `Pages of the list: ${this.tituloVisible()}` : `Páginas de la lista: ${this.tituloVisible()}`) : null;
    const n = (x: number) => formatearNumero(x, { lang });
    return html`${pp.aviso ? html`<p class="error" role="alert">${pp.aviso}</p>` : nothing}
    ${tl ? html`<p class="conteo-lista" role="status">${tl.mostrando(n(pag.desde + 1), n(pag.hasta), n(indicadores.length))}</p>` : nothing}
    <ol class="indicadores">
      ${indicadores.slice(pag.desde, pag.hasta).map((ind) => {
        const v = (x: number | null) => valorIndicador(x, ind.unidad, lang, fuera);
        const original = originales.get(ind.codigo);
        const notas = original?.notas ?? [];
        const fuente = original?.fuente ?? null;
        // A direction inferred (from the report's wording, or assumed where the file has no such column, as
        // SisPT) is said so, with its reason: a ranking or a death count read the wrong way turns progress
        // into setback.
        const inferida = original?.trazas?.['direccion']?.inferido ?? null;
        return html`<li class="indicador" data-codigo=${ind.codigo}>
          ${this.subtitulo(1, ind.nombre)}
          <dl>
            <div>
              <dt>${t.lineaBaseIndicador(ind.lineaBase.anio)}</dt>
              <dd>${v(ind.lineaBase.valor)}</dd>
            </div>
            <div>
              <dt>${t.actualIndicador(ind.actual.anio, ind.actual.fecha ?? null)}</dt>
              <dd>
                ${v(ind.actual.valor)}${ind.actual.tipo === 'incremento' && ind.valorComparable !== null
                  ? [' ', html`<span>(${t.nivelResultante(v(ind.valorComparable))})</span>`]
                  : nothing}
              </dd>
            </div>
            <div>
              <dt>${t.metaIndicador(ind.meta.anio)}</dt>
              <dd>${v(ind.meta.valor)}</dd>
            </div>
            <div>
              <dt>${t.direccionIndicador}</dt>
              <dd data-direccion-inferida=${inferida ? 'si' : 'no'}>
                ${NOMBRES_DIRECCION[ind.direccion][lang]}${inferida
                  ? html`<span class="inferida">(${t.direccionInferida})</span>`
                  : nothing}
              </dd>
            </div>
          </dl>
          ${this.pista(ind)}
          <p>
            <span class="estado" data-estado=${ind.estado}>${NOMBRES_ESTADO_INDICADOR[ind.estado][lang]}</span>${ind.progreso === null
              ? nothing
              : html`: ${t.caminoRecorrido(formatearPorcentaje(ind.progreso, { lang }))}`}
          </p>
          ${fuente ? html`<p class="notas">${t.fuente}: ${fuente}</p>` : nothing}
          ${inferida ? html`<p class="notas">${t.razonDireccion}: ${inferida}</p>` : nothing}
          ${notas.length
            ? html`<ul class="notas">
                ${notas.map((n) => html`<li>${n}</li>`)}
              </ul>`
            : nothing}
        </li>`;
      })}
    </ol>
    ${tl
      ? navPaginas({ id: ID_PAGINAS, pag, tamano, lang, textos: tl, alCambiarTamano: this.paginas.alCambiarTamano, alPaginar: this.paginas.alPaginar })
      : nothing}
    ${aviso}
    <div class="acciones">${botonCsv(t.descargarCsv, 'indicadores.csv', () => csvIndicadores(indicadores, plan.indicadoresResultado ?? [], lang))}</div>`;
  }
}
