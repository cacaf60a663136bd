/**
 * Pages of the meta table: which rows a page holds, clamped so a page never points past the rows (the filter
 * may have left fewer). `tamano` Infinity = every row on one page.
 */

/** Page sizes the user can choose; Infinity is "todas". */
export const TAMANOS_PAGINA = [25, 50, 100, Number.POSITIVE_INFINITY] as const;

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
