/**
 * The page each long list of a widget shows (its charts, its indicator cards), as a Lit reactive controller:
 * one per widget, the lists told apart by the id of their controls. A list starts at page 1 and goes back to it
 * when its rows change (another plan, or a part with other rows); the same rows keep their page, in another
 * language too. Print shows every row. The meta table keeps its own state: its filters and order decide
 * when it goes back to page 1.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ControladorImpresion } from './impresion.js';
import { pasoDe, tamanoDe } from './nav-paginas.js';
import { paginar, type Pagina } from './paginacion.js';

/** The list whose page controls an event comes from (their `data-lista`). */
const listaDe = (e: Event) => (e.currentTarget as Element).closest('[data-lista]')?.getAttribute('data-lista') ?? null;

export class ControladorPaginas implements ReactiveController {
  /** Page and size of each list; a size here is the reader's choice. */
  private readonly paginas = new Map<string, number>();
  private readonly tamanos = new Map<string, number>();
  /** The pages each list had when last drawn: previous / next stay within them. */
  private readonly mostradas = new Map<string, Pagina>();
  /** Which rows each list had (count and what names them): other rows start at page 1. */
  private readonly firmas = new Map<string, string>();
  /** Rows per page a list starts with: the widget's por-pagina, else the widget's default. */
  private inicial: number;
  private readonly impresion: ControladorImpresion;

  constructor(
    private readonly host: ReactiveControllerHost,
    tamanoInicial: number,
  ) {
    host.addController(this);
    this.inicial = tamanoInicial;
    this.impresion = new ControladorImpresion(host);
  }

  hostConnected(): void {}

  /** A new starting size (the widget's por-pagina changed): the reader's choices and pages start over. */
  fijarTamanoInicial(tamano: number): void {
    if (tamano === this.inicial) return;
    this.inicial = tamano;
    this.tamanos.clear();
    this.paginas.clear();
  }

  /**
   * The page list `id` (of `total` rows) shows now. `filas` names the rows (say, their first and last keys):
   * when it changes the list starts at page 1. `controles`: whether the list has page controls at all, only
   * when it is longer than its first page or the reader chose a size (so the choice can be undone).
   */
  pagina(id: string, total: number, filas: string): { pag: Pagina; tamano: number; controles: boolean } {
    const firma = `${total}|${filas}`;
    if (this.firmas.get(id) !== firma) {
      this.firmas.set(id, firma);
      this.paginas.delete(id);
    }
    const tamano = this.tamanos.get(id) ?? this.inicial;
    const controles = !this.impresion.activa && (total > this.inicial || this.tamanos.has(id));
    const pag = paginar(total, this.paginas.get(id) ?? 0, controles ? tamano : Number.POSITIVE_INFINITY);
    this.mostradas.set(id, pag);
    return { pag, tamano, controles };
  }

  /** The size selector's change handler (the same function on every render). */
  readonly alCambiarTamano = (e: Event): void => {
    const id = listaDe(e);
    const tamano = tamanoDe(e);
    if (id === null || tamano === null) return;
    this.tamanos.set(id, tamano);
    this.paginas.set(id, 0);
    this.host.requestUpdate();
  };

  /** Previous / next, within the pages the list had when last drawn. */
  readonly alPaginar = (e: Event): void => {
    const id = listaDe(e);
    const paso = pasoDe(e);
    const pag = id === null ? undefined : this.mostradas.get(id);
    if (id === null || paso === null || !pag) return;
    this.paginas.set(id, Math.min(Math.max(0, pag.pagina + paso), pag.paginas - 1));
    this.host.requestUpdate();
  };
}
