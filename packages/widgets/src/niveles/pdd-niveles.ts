import { css, html, nothing } from 'lit';
import {
  formatearNumero,
  formatearPorcentaje,
  type CifrasNivel,
  type EstadoSemaforo,
  type FilaNivel,
  type MetodoPeso,
  type Plan,
} from '@tablero-pdd/core';
import { botonCsv, nombreArchivo } from '../base/boton-csv.js';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { ControladorImpresion } from '../base/impresion.js';
import { estilosMarca, marcaEstado } from '../base/marca-estado.js';
import { cerradosIniciales, conHijos, filasVisibles, sangrias } from './apertura.js';
import { csvNiveles } from './csv-niveles.js';

const METODOS: readonly MetodoPeso[] = ['iguales', 'declarados', 'inversion'];

/**
 * `<pdd-niveles>`: the per-level table the report left empty — % cumplimiento programado, % cumplimiento
 * ejecutado and % avance frente al cuatrienio per línea → componente → apuesta, expandable, with the
 * weighting method stated. Every figure comes from core (`resumir` → `consolidarNiveles`). A long plan opens
 * level by level up to about 40 rows (apertura.ts); "Expandir todo" and print show every row. "Descargar datos
 * (CSV)" gives every row of the branch, also collapsed ones, with the plan's total.
 *
 * @attr metodo - "iguales" (default), "declarados" or "inversion": how metas are weighted.
 * @attr nivel - code of a node: show only that branch.
 * @attr secretaria - name of a secretaría, as the plan writes it: only the levels all of whose metas are its own, with their figures (with nivel, within that branch).
 *
 * @tagname pdd-niveles
 */
export class PddNiveles extends ElementoPdd {
  static override styles = [
    ...ElementoPdd.styles,
    estilosMarca,
    css`
      .desplazable {
        overflow-x: auto;
      }
      .acciones {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-bottom: 0.5em;
      }
      .nombre-nodo {
        display: inline-flex;
        gap: 0.4em;
        align-items: baseline;
      }
      button.expandir {
        min-height: 0;
        min-width: 1.8em;
        padding: 0.1em 0.3em;
        color: var(--_acento);
        background: transparent;
        border: 1px solid var(--_borde);
      }
      .sin-nombre {
        font-style: italic;
        color: var(--_texto-suave);
      }
      .metodo,
      .avisos {
        color: var(--_texto-suave);
        font-size: var(--_t-pequeno);
        margin-top: 0.75em;
      }
      td .marca {
        font-size: var(--_t-pequeno);
      }
      tr.total th,
      tr.total td {
        font-weight: 700;
        border-top: 2px solid var(--_borde);
      }
      .etiqueta {
        display: none;
      }
      /*
       * Narrow (a phone, a column of a page): five columns would squeeze the names to a word a line and push
       * the figures out of sight, so each level becomes a block — its name, then its four figures labelled,
       * two by two. The table keeps its semantics; the labels are for the eye (aria-hidden).
       */
      @container (max-width: 36em) {
        table,
        tbody,
        tbody th {
          display: block;
          width: 100%;
        }
        thead {
          display: none;
        }
        tbody tr {
          display: grid;
          grid-template-columns: repeat(2, minmax(0, 1fr));
          gap: 0.25em 1em;
          padding: 0.5em 0;
          border-bottom: 1px solid var(--_borde);
        }
        tbody tr > * {
          border: none;
          padding: 0;
        }
        tbody th {
          grid-column: 1 / -1;
        }
        tbody td.num {
          text-align: start;
        }
        tr.total th,
        tr.total td {
          border-top: none;
        }
        tr.total {
          border-top: 2px solid var(--_borde);
        }
        .etiqueta {
          display: block;
          font-weight: 700;
          color: var(--_texto-suave);
        }
      }
    `,
  ];

  static override properties = {
    ...ElementoPdd.properties,
    metodo: { type: String },
    nivel: { type: String },
    secretaria: { type: String },
    cerrados: { state: true },
  };

  declare metodo: string | undefined;
  declare nivel: string | undefined;
  declare secretaria: string | undefined;
  /** The reader's open / closed nodes, for the rows in `cerradosDe`; null: the table as it first opens. */
  declare private cerrados: ReadonlySet<string> | null;
  private readonly impresion = new ControladorImpresion(this);
  /** The rows the reader's choice was made on: another plan, method or branch starts again from the default. */
  private cerradosDe: { filas: readonly FilaNivel[]; nivel: string | null } | null = null;
  /** The closed nodes of the last render and the rows they apply to (what a toggle starts from). */
  private actuales: { filas: readonly FilaNivel[]; nivel: string | null; cerrados: ReadonlySet<string> } | null = null;

  constructor() {
    super();
    this.cerrados = null;
  }

  protected tituloPredeterminado(): string {
    return this.t.tituloNiveles;
  }

  /** Stores the reader's choice for the rows of the last render. */
  private elegir(cambiar: (cerrados: ReadonlySet<string>, filas: readonly FilaNivel[]) => ReadonlySet<string>): void {
    const a = this.actuales;
    if (!a) return;
    this.cerradosDe = { filas: a.filas, nivel: a.nivel };
    this.cerrados = cambiar(a.cerrados, a.filas);
  }

  private alternar(codigo: string) {
    this.elegir((cerrados) => {
      const s = new Set(cerrados);
      if (s.has(codigo)) s.delete(codigo);
      else s.add(codigo);
      return s;
    });
  }

  private expandirTodo = (): void => this.elegir(() => new Set());

  private contraerTodo = (): void => this.elegir((_, filas) => conHijos(filas));

  protected renderPlan(plan: Plan) {
    const t = this.t;
    const lang = this.idioma;
    const metodo = METODOS.find((m) => m === this.metodo) ?? 'iguales';
    const nivel = this.nivel || null;
    const secretaria = this.secretaria?.trim() || null;
    // A secretaría's rows: core's part, cut to the nodes all of whose metas are its own (and to the branch).
    let r = this.resumen(plan, { metodo }).niveles;
    if (secretaria) {
      const p = this.resumenDeParte(plan, { nivel, secretaria }, { metodo });
      if (!p.ok) return html`<p class="error" role="alert">${p.error.mensaje}</p>`;
      r = p.resumen.niveles;
    }
    const parte = nivel !== null || secretaria !== null;
    const filas = nivel && !secretaria ? rama(r.filas, nivel) : r.filas;
    if (filas.length === 0) return html`<p class="estado">${t.sinDatos}</p>`;
    const padres = conHijos(filas);
    const sangria = sangrias(filas);
    const d = this.cerradosDe;
    const elegidos = this.cerrados !== null && d !== null && d.filas === r.filas && d.nivel === nivel ? this.cerrados : null;
    const cerrados = elegidos ?? cerradosIniciales(filas);
    // Keyed by core's rows, not `filas`: a branch's rows are a new array on every render.
    this.actuales = { filas: r.filas, nivel, cerrados };
    const visibles = filasVisibles(filas, this.impresion.activa ? new Set() : cerrados);
    const periodoTexto = `${r.periodo.desde}–${r.periodo.hasta}`;
    const columnas = { programado: t.colProgramado, ejecutado: t.colEjecutado(periodoTexto), avance: t.colAvance, metas: t.colMetas };
    // The column's name inside each cell, shown only in the narrow layout (screen readers get the header).
    const etiqueta = (texto: string) => html`<span class="etiqueta" aria-hidden="true">${texto}</span>`;
    const celda = (v: number | null, b: EstadoSemaforo, columna: string) =>
      html`<td class="num">${etiqueta(columna)}${formatearPorcentaje(v, { lang, sinDato: t.sinDato })}
        <div>${v === null ? nothing : marcaEstado(b, lang)}</div></td>`;
    const cifras = (c: CifrasNivel) => html`${celda(c.programado, c.bandaProgramado, columnas.programado)}${celda(c.cumplimiento, c.bandaCumplimiento, columnas.ejecutado)}${celda(c.avance, c.bandaAvance, columnas.avance)}
      <td class="num">${etiqueta(columnas.metas)}${c.metas}</td>`;
    return html`<div class="acciones">
        ${padres.size
          ? html`<button class="secundario" @click=${this.expandirTodo}>${t.expandirTodo}</button>
              <button class="secundario" @click=${this.contraerTodo}>${t.contraerTodo}</button>`
          : nothing}
        ${botonCsv(t.descargarCsv, `${nombreArchivo('niveles', nivel)}.csv`, () => csvNiveles(filas, parte ? null : r.total, periodoTexto, lang))}
      </div>
      <div class="desplazable" role="region" aria-label=${t.tituloNiveles} tabindex="0">
        <table>
          <caption class="visualmente-oculto">${t.leyendaNiveles(periodoTexto)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.nivelesColumna}</th>
              <th scope="col" class="num">${columnas.programado}</th>
              <th scope="col" class="num">${columnas.ejecutado}</th>
              <th scope="col" class="num">${columnas.avance}</th>
              <th scope="col" class="num">${columnas.metas}</th>
            </tr>
          </thead>
          <tbody>
            ${visibles.map(
              (f) =>
                html`<tr data-codigo=${f.codigo}>
                    <th scope="row">
                      <span class="nombre-nodo" data-profundidad=${f.profundidad}>
                        ${'\u2003'.repeat(sangria(f))}
                        ${padres.has(f.codigo)
                          ? html`<button
                              class="expandir"
                              aria-expanded=${cerrados.has(f.codigo) ? 'false' : 'true'}
                              aria-label=${t.expandir(f.numeracion)}
                              @click=${() => this.alternar(f.codigo)}
                            >
                              ${cerrados.has(f.codigo) ? '+' : '−'}
                            </button>`
                          : nothing}
                        <span
                          >${f.numeracion} ${f.nombreNivel ?? ''}:
                          ${f.nombre ?? html`<span class="sin-nombre">${t.sinNombre}</span>`}</span
                        >
                      </span>
                    </th>
                    ${cifras(f)}
                  </tr>`,
            )}
            ${parte
              ? nothing
              : html`<tr class="total">
                  <th scope="row">${t.totalPlan}</th>
                  ${cifras(r.total)}
                </tr>`}
          </tbody>
        </table>
      </div>
      ${visibles.length < filas.length
        ? html`<p class="metodo mostradas">
            ${t.nivelesMostrados(formatearNumero(visibles.length, { lang }), formatearNumero(filas.length, { lang }))}
          </p>`
        : nothing}
      <p class="metodo">${r.descripcionMetodo[lang]} ${t.fuenteBandas}: ${r.fuenteBandas[lang]}</p>
      ${r.avisos.length
        ? html`<ul class="avisos">
            ${r.avisos.map((a) => html`<li>${a.mensaje}</li>`)}
          </ul>`
        : nothing}`;
  }
}

/** The node with `codigo` and its descendants, in table order. */
function rama(filas: FilaNivel[], codigo: string): FilaNivel[] {
  const dentro = new Set([codigo]);
  return filas.filter((f) => {
    if (f.codigo === codigo) return true;
    if (f.padre !== null && dentro.has(f.padre)) {
      dentro.add(f.codigo);
      return true;
    }
    return false;
  });
}
