import { css, html, nothing } from 'lit';
import {
  formatearPorcentaje,
  type CifrasNivel,
  type EstadoSemaforo,
  type FilaNivel,
  type MetodoPeso,
  type Plan,
} from '@tablero-pdd/core';
import { ElementoPdd } from '../base/elemento-pdd.js';
import { estilosMarca, marcaEstado } from '../base/marca-estado.js';

const METODOS: readonly MetodoPeso[] = ['iguales', 'declarados', 'inversion'];

/**
 * `<pdd-niveles>`: the per-level table the report left empty — % cumplimiento programado, % cumplimiento
 * ejecutado and % avance frente al cuatrienio per línea → componente → apuesta, expandable, with the
 * weighting method stated. Every figure comes from core (`resumir` → `consolidarNiveles`).
 *
 * @attr metodo - "iguales" (default), "declarados" or "inversion": how metas are weighted.
 * @attr nivel - code of a node: show only that branch.
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
    `,
  ];

  static override properties = {
    ...ElementoPdd.properties,
    metodo: { type: String },
    nivel: { type: String },
    cerrados: { state: true },
  };

  declare metodo: string | undefined;
  declare nivel: string | undefined;
  declare private cerrados: ReadonlySet<string>;

  constructor() {
    super();
    this.cerrados = new Set();
  }

  protected tituloPredeterminado(): string {
    return this.t.tituloNiveles;
  }

  private alternar(codigo: string) {
    const s = new Set(this.cerrados);
    if (s.has(codigo)) s.delete(codigo);
    else s.add(codigo);
    this.cerrados = s;
  }

  protected renderPlan(plan: Plan) {
    const t = this.t;
    const lang = this.idioma;
    const metodo = METODOS.find((m) => m === this.metodo) ?? 'iguales';
    const r = this.resumen(plan, { metodo }).niveles;
    const filas = this.nivel ? rama(r.filas, this.nivel) : r.filas;
    if (filas.length === 0) return html`<p class="estado">${t.sinDatos}</p>`;
    const conHijos = new Set(filas.map((f) => f.padre).filter((p): p is string => p !== null));
    const oculto = (f: FilaNivel): boolean => {
      for (let p = f.padre; p !== null; p = filas.find((x) => x.codigo === p)?.padre ?? null)
        if (this.cerrados.has(p)) return true;
      return false;
    };
    const celda = (v: number | null, b: EstadoSemaforo) =>
      html`<td class="num">${formatearPorcentaje(v, { lang, sinDato: t.sinDato })}
        <div>${v === null ? nothing : marcaEstado(b, lang)}</div></td>`;
    const cifras = (c: CifrasNivel) => html`${celda(c.programado, c.bandaProgramado)}${celda(c.cumplimiento, c.bandaCumplimiento)}${celda(c.avance, c.bandaAvance)}
      <td class="num">${c.metas}</td>`;
    const periodoTexto = `${r.periodo.desde}–${r.periodo.hasta}`;
    return html`<div class="desplazable" role="region" aria-label=${t.tituloNiveles} tabindex="0">
        <table>
          <caption class="visualmente-oculto">${t.leyendaNiveles(periodoTexto)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.nivelesColumna}</th>
              <th scope="col" class="num">${t.colProgramado}</th>
              <th scope="col" class="num">${t.colEjecutado(periodoTexto)}</th>
              <th scope="col" class="num">${t.colAvance}</th>
              <th scope="col" class="num">${t.colMetas}</th>
            </tr>
          </thead>
          <tbody>
            ${filas.map((f) =>
              oculto(f)
                ? nothing
                : html`<tr data-codigo=${f.codigo}>
                    <th scope="row">
                      <span class="nombre-nodo" data-profundidad=${f.profundidad}>
                        ${'\u2003'.repeat(f.profundidad)}
                        ${conHijos.has(f.codigo)
                          ? html`<button
                              class="expandir"
                              aria-expanded=${this.cerrados.has(f.codigo) ? 'false' : 'true'}
                              aria-label=${t.expandir(f.numeracion)}
                              @click=${() => this.alternar(f.codigo)}
                            >
                              ${this.cerrados.has(f.codigo) ? '+' : '−'}
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
            ${this.nivel
              ? nothing
              : html`<tr class="total">
                  <th scope="row">${t.totalPlan}</th>
                  ${cifras(r.total)}
                </tr>`}
          </tbody>
        </table>
      </div>
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
