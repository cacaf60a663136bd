/**
 * Pages of a long list (the meta table, a chart's rows): which rows a page holds, clamped so a page never points
 * past the rows (the table's filter may have left fewer). `tamano` Infinity = every row on one page.
 */

/** Page sizes the reader can choose, in the table and in the charts; Infinity is "todas". */
export const TAMANOS_PAGINA = [10, 25, 50, 100, Number.POSITIVE_INFINITY] as const;

/**
 * Default page size. A sort or a filter lays out and paints every row of the page, and with 25 rows a sort of a
 * 1,000-meta plan took about 57 ms at 4× CPU slowdown, over the 50 ms budget of a mid-range phone; with 10,
 * about 31 ms (bench/widgets-render.ts). The reader can still choose 25, 50, 100 or all of them.
 */
export const TAMANO_PAGINA = 10;

/**
 * Default rows per page of a bar chart (pdd-avance, pdd-inversion by level). A department's plan has about 920
 * metas: drawn whole, the progress chart was about 60,000 px tall and 68,000 nodes, and the page's other widgets
 * waited about 1.3 s more for its layout at 4× CPU slowdown. 25 keeps a secretaría's report (the seed's 18
 * metas) on one page with no controls; nothing is sorted in a chart, so the table's 50 ms budget does not bind.
 */
export const TAMANO_PAGINA_GRAFICO = 25;

/**
 * Default result indicators per page. Each is a card about 350 px tall: 150 drawn at once made a list about
 * 53,000 px tall with 14,000 nodes. 10 keeps the seed's 6 on one
 * page with no controls.
 */
export const TAMANO_PAGINA_INDICADORES = 10;

/** The sizes as the por-pagina attribute writes them ("10, 25, 50, 100, todas"). */
export const VALORES_POR_PAGINA = TAMANOS_PAGINA.map((k) => (k === Number.POSITIVE_INFINITY ? 'todas' : String(k))).join(', ');

export interface Pagina {
  /** 0-based page, clamped to [0, paginas - 1]. */
  pagina: number;
  /** Number of pages (at least 1, even with no rows). */
  paginas: number;
  /** First row (0-based) and one past the last one: rows [desde, hasta). */
  desde: number;
  hasta: number;
}

export function paginar(total: number, pagina: number, tamano: number): Pagina {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`paginar: total debe ser un entero ≥ 0, se recibió ${total}`);
  if (!(tamano >= 1)) throw new RangeError(`paginar: tamano debe ser ≥ 1, se recibió ${tamano}`);
  const paginas = tamano === Number.POSITIVE_INFINITY ? 1 : Math.max(1, Math.ceil(total / tamano));
  const p = Math.min(Math.max(0, Math.trunc(Number.isFinite(pagina) ? pagina : 0)), paginas - 1);
  const desde = tamano === Number.POSITIVE_INFINITY ? 0 : p * tamano;
  return { pagina: p, paginas, desde, hasta: Math.min(total, desde + tamano) };
}

/** Reads a page size chosen in the selector ("25", "todas"); anything else → null. */
export function leerTamano(valor: string): number | null {
  if (valor === 'todas') return Number.POSITIVE_INFINITY;
  const n = Number(valor);
  return (TAMANOS_PAGINA as readonly number[]).includes(n) ? n : null;
}
