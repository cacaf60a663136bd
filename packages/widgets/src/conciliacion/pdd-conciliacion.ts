import { css, html, nothing } from 'lit';
import {
  formatearMillones,
  formatearNumero,
  formatearCifraAfirmacion,
  formatearPorcentaje,
  formatearPuntosPorcentuales,
  NOMBRES_VEREDICTO,
  ramaDeNodo,
  type ContrasteAfirmacion,
  type Discrepancia,
  type Idioma,
  type Plan,
} from '@tablero-pdd/core';
import { botonCsv, nombreArchivo } from '../base/boton-csv.js';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { ControladorImpresion } from '../base/impresion.js';
import { alertaNivel, alertaSeleccion } from '../base/alerta-seleccion.js';
import { csvAfirmaciones, csvDiscrepancias } from './csv-conciliacion.js';
import { textosAfirmaciones } from './textos-afirmaciones.js';

/** Items a list shows before "Mostrar las n restantes" (Chía's plan has 118 figures that do not add up). */
export const ITEMS_INICIALES = 10;
type Lista = 'errores' | 'avisos' | 'noVerificables';

function cifra(d: Discrepancia, v: number | null, lang: Idioma, sinDato: string): string {
  if (d.campo === 'cumplimiento' || d.campo === 'avance') return formatearPorcentaje(v, { lang, sinDato, decimales: 2 });
  if (d.campo === 'inversion') return formatearMillones(v, { lang, sinDato, decimales: 2 });
  return formatearNumero(v, { lang, sinDato });
}

/** Calculated minus reported, signed; between percentages in percentage points («-8,01 p. p.», not «-8,01 %»). */
function diferencia(d: Discrepancia, v: number, lang: Idioma, sinDato: string): string {
  if (d.campo === 'cumplimiento' || d.campo === 'avance') return formatearPuntosPorcentuales(v, { lang, sinDato, decimales: 2 });
  return `${v > 0 ? '+' : ''}${cifra(d, v, lang, sinDato)}`;
}

/**
 * `<pdd-conciliacion>`: where the report's own figures and the ones computed from its inputs disagree, for
 * transparency: figures that do not add up first, then notes, then the figures that cannot be verified.
 * Everything comes from core's `conciliar` (through `resumir`).
 *
 * @attr todo - also list the notes and the figures that cannot be verified (by default only a count).
 * @attr nivel - code of a node: instead, every claim the report makes about that node and its branch, each
 * with the figure its metas give and whether it holds (also the claims that do).
 * @attr meta - code of a meta: only that meta's entries, beside its ficha (wins over nivel).
 * @attr secretaria - name of a secretaría, as the plan writes it: only the entries of its metas and of the levels all of whose metas are its own (with nivel, the claims of those levels in that branch).
 *
 * A list longer than 10 shows its first 10 and a button for the rest; print shows them all. "Descargar datos
 * (CSV)" gives every entry of the three lists (or every claim, with `nivel`), figures raw.
 *
 * @tagname pdd-conciliacion
 */
export class PddConciliacion extends ElementoPdd {
  static override styles = [
    ...ElementoPdd.styles,
    css`
      ul.lista {
        list-style: none;
        margin: 0 0 1em;
        padding: 0;
        display: grid;
        gap: 0.6em;
      }
      li.item {
        border-inline-start: 4px solid var(--_borde);
        padding: 0.4em 0.75em;
        background: var(--_superficie);
      }
      li.item[data-severidad='error'] {
        border-inline-start-color: var(--_error);
      }
      .donde {
        font-weight: 700;
      }
      .cifras {
        font-variant-numeric: tabular-nums;
      }
      .causa {
        color: var(--_texto-suave);
        font-size: var(--_t-pequeno);
      }
      .enc-1 {
        margin-top: 1em;
      }
      button.mas {
        margin: -0.25em 0 1em;
      }
      .veredicto {
        font-weight: 700;
      }
    `,
  ];

  static override properties = {
    ...ElementoPdd.properties,
    todo: { type: Boolean },
    nivel: { type: String },
    meta: { type: String },
    secretaria: { type: String },
    abiertas: { state: true },
  };
  declare todo: boolean;
  declare nivel: string | undefined;
  declare meta: string | undefined;
  declare secretaria: string | undefined;
  /** Lists the reader opened whole. */
  declare private abiertas: ReadonlySet<Lista>;
  private readonly impresion = new ControladorImpresion(this);

  constructor() {
    super();
    this.todo = false;
    this.abiertas = new Set();
  }

  private alternar(lista: Lista): void {
    const s = new Set(this.abiertas);
    if (s.has(lista)) s.delete(lista);
    else s.add(lista);
    this.abiertas = s;
  }

  protected tituloPredeterminado(): string {
    return this.nivel?.trim() && !this.meta?.trim() ? textosAfirmaciones(this.idioma).titulo : this.t.tituloConciliacion;
  }

  private donde(d: Discrepancia, plan: Plan): string {
    const t = this.t;
    if (d.ambito === 'meta') return `${t.meta} ${d.codigo}`;
    if (d.ambito === 'indicador') {
      const ind = plan.indicadoresResultado?.find((i) => i.codigo === d.codigo);
      return ind?.nombre ?? d.codigo;
    }
    const nodo = plan.nodos.find((n) => n.codigo === d.codigo);
    return nodo?.nombre ?? `${t.nivel} ${d.codigo}`;
  }

  private lista(items: Discrepancia[], plan: Plan, lista: Lista) {
    const t = this.t;
    const lang = this.idioma;
    const plegable = items.length > ITEMS_INICIALES && !this.impresion.activa;
    const abierta = !plegable || this.abiertas.has(lista);
    const id = `lista-${lista}`;
    const n = (v: number) => formatearNumero(v, { lang });
    return html`<ul class="lista" id=${id}>
      ${(abierta ? items : items.slice(0, ITEMS_INICIALES)).map(
        (d) => html`<li class="item" data-severidad=${d.severidad} data-codigo=${d.codigo} data-campo=${d.campo}>
          <span class="donde">${this.donde(d, plan)} · ${t.campoConciliacion[d.campo] ?? d.campo}</span>
          ${d.texto ? html`<div>«${d.texto}»</div>` : nothing}
          <div class="cifras">
            ${t.reportado}: ${cifra(d, d.reportado, lang, t.sinDato)} · ${t.calculado}:
            ${cifra(d, d.calculado, lang, t.sinDato)}${d.diferencia === null
              ? nothing
              : ` · ${t.diferencia}: ${diferencia(d, d.diferencia, lang, t.sinDato)}`}
          </div>
          <div class="causa">${d.causaProbable[lang]}</div>
        </li>`,
      )}
    </ul>
    ${plegable
      ? html`<button class="secundario mas" aria-expanded=${abierta ? 'true' : 'false'} aria-controls=${id} @click=${() => this.alternar(lista)}>
          ${abierta ? t.mostrarPrimeras(n(ITEMS_INICIALES)) : t.mostrarRestantes(n(items.length - ITEMS_INICIALES))}
        </button>`
      : nothing}`;
  }

  /** One level's claims, each beside its metas' figure and verdict (`nivel`). */
  private afirmaciones(plan: Plan, codigo: string) {
    const t = this.t;
    const lang = this.idioma;
    const ta = textosAfirmaciones(lang);
    const r = this.resumen(plan);
    const rama = ramaDeNodo(r.niveles.filas, codigo);
    if (!rama) return alertaNivel(plan, codigo, lang);
    let items = r.afirmaciones.filter((a) => rama.has(a.nodo));
    if (this.secretaria?.trim()) {
      // The claims of the branch's levels all of whose metas are the secretaría's (core's part).
      const p = this.resumenDeParte(plan, { nivel: codigo, secretaria: this.secretaria });
      if (!p.ok) return html`<p class="error" role="alert">${p.error.mensaje}</p>`;
      items = p.resumen.afirmaciones;
    }
    if (items.length === 0) return html`<p>${ta.sinAfirmaciones}</p>`;
    // A branch with claims on several nodes says which node each is about.
    const conNodo = new Set(items.map((a) => a.nodo)).size > 1;
    const nombreNodo = (a: ContrasteAfirmacion) => plan.nodos.find((n) => n.codigo === a.nodo)?.nombre ?? `${t.nivel} ${a.nodo}`;
    // Where the report says it, with its words in context: the claim's trace in the data, when it has one.
    const traza = items.some((a) => a.afirmacion.traza)
      ? (a: ContrasteAfirmacion) => {
          const tr = a.afirmacion.traza;
          return tr ? `${tr.fuente}${tr.cita ? ` — «${tr.cita}»` : ''}` : nothing;
        }
      : null;
    const csv = botonCsv(t.descargarCsv, `${nombreArchivo('afirmaciones', codigo)}.csv`, () => csvAfirmaciones(items, nombreNodo, lang));
    return html`<p>${ta.intro}</p>
      <ul class="lista">
        ${items.map(
          (a) => html`<li class="item" data-veredicto=${a.veredicto} data-severidad=${a.veredicto === 'no_se_sostiene' ? 'error' : 'aviso'} data-codigo=${a.nodo} data-campo=${a.afirmacion.magnitud}>
            ${conNodo ? html`<span class="donde">${nombreNodo(a)}</span>` : nothing}
            <div>«${a.afirmacion.texto}»</div>
            <div class="cifras">
              ${t.reportado}: ${formatearCifraAfirmacion(a.afirmacion, a.afirmacion.valor, { lang, sinDato: t.sinDato })} · ${t.calculado}:
              ${formatearCifraAfirmacion(a.afirmacion, a.calculado, { lang, sinDato: t.sinDato })}
            </div>
            <div class="veredicto"><span class="visualmente-oculto">${ta.resultado}: </span>${NOMBRES_VEREDICTO[a.veredicto][lang]}</div>
            ${a.veredicto === 'se_sostiene' ? nothing : html`<div class="causa">${a.explicacion[lang]}</div>`}
            ${traza ? html`<div class="causa traza">${ta.enElInforme}: ${traza(a)}</div>` : nothing}
          </li>`,
        )}
      </ul>
      <div class="acciones">${csv}</div>`;
  }

  protected renderPlan(plan: Plan) {
    const meta = this.meta?.trim() || null;
    const nivel = this.nivel?.trim();
    if (nivel && meta === null) return this.afirmaciones(plan, nivel);
    const t = this.t;
    if (meta !== null && !plan.metas.some((m) => m.codigo.trim() === meta)) return alertaSeleccion(plan, { motivo: 'meta', codigo: meta }, this.idioma);
    let todas = this.resumen(plan).discrepancias.filter((d) => meta === null || (d.ambito === 'meta' && d.codigo.trim() === meta));
    if (meta === null && this.secretaria?.trim()) {
      // Its metas' entries and those of the levels all of whose metas are its own (core's part).
      const p = this.resumenDeParte(plan, { secretaria: this.secretaria });
      if (!p.ok) return html`<p class="error" role="alert">${p.error.mensaje}</p>`;
      todas = p.resumen.discrepancias;
    }
    const errores = todas.filter((d) => d.tipo === 'discrepancia');
    const avisos = todas.filter((d) => d.tipo === 'aviso');
    const noVerificables = todas.filter((d) => d.tipo === 'no_verificable');
    return html`<p>${t.introConciliacion}</p>
      ${this.subtitulo(1, t.noCuadran(errores.length))}
      ${errores.length ? this.lista(errores, plan, 'errores') : html`<p>${t.todoCuadra}</p>`}
      ${this.todo
        ? html`${this.subtitulo(1, t.avisosConciliacion(avisos.length))}
            ${this.lista(avisos, plan, 'avisos')}
            ${this.subtitulo(1, t.noVerificables(noVerificables.length))}
            ${this.lista(noVerificables, plan, 'noVerificables')}`
        : avisos.length + noVerificables.length
          ? html`<p class="causa">${t.resumenOtros(avisos.length, noVerificables.length)}</p>`
          : nothing}
      ${todas.length
        ? html`<div class="acciones">
            ${botonCsv(t.descargarCsv, `${nombreArchivo('conciliacion', meta === null ? null : `meta-${meta}`)}.csv`, () =>
              csvDiscrepancias(todas, (d) => this.donde(d, plan), (d) => t.campoConciliacion[d.campo] ?? d.campo, this.idioma),
            )}
          </div>`
        : nothing}`;
  }
}
