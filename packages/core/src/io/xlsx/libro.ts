/**
 * A workbook as the readers see it, free of SheetJS: readers and most tests never load the library, and
 * a task pane that reads ranges through office.js can build the same shape. Rows and columns are 0-based
 * here; messages add 1 (Excel's row numbers) and use column letters.
 */

export type ValorCelda = string | number | boolean | null;

export interface Celda {
  /** The stored value (a formula's cached result). null for an error cell. */
  v: ValorCelda;
  /** The text Excel shows: keeps the leading zeros of a "000000" number format. */
  w?: string;
  /** The number format ("0%", "000000", "#,##0"). */
  z?: string;
  /** A formula error as Excel shows it ("#DIV/0!", "#N/A"). */
  error?: string;
}

export interface Rango {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface Hoja {
  nombre: string;
  /** filas[r][c]; missing rows and cells are empty. */
  filas: ReadonlyArray<ReadonlyArray<Celda | undefined> | undefined>;
  /** Merged ranges: the value sits in the top-left cell only. */
  combinadas: readonly Rango[];
}

export interface Libro {
  hojas: readonly Hoja[];
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function letraColumna(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26; null when the text is not a column letter. */
export function indiceColumna(letra: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letra)) return null;
  let n = 0;
  for (const ch of letra.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function celda(hoja: Hoja, r: number, c: number): Celda | undefined {
  return hoja.filas[r]?.[c];
}

export function numeroFilas(hoja: Hoja): number {
  return hoja.filas.length;
}

/** Columns used by a row (its last cell + 1). */
export function anchoFila(hoja: Hoja, r: number): number {
  return hoja.filas[r]?.length ?? 0;
}

/**
 * The value shown at (r, c) once merged ranges are taken into account: a cell inside a merge shows the
 * merge's top-left value (a title band over several columns, a level name merged down several rows).
 */
export function celdaVisible(hoja: Hoja, r: number, c: number, indice?: IndiceCombinadas): Celda | undefined {
  const propia = celda(hoja, r, c);
  if (propia !== undefined && !vacia(propia)) return propia;
  const rango = (indice ?? indexarCombinadas(hoja)).get(r, c);
  return rango ? celda(hoja, rango.s.r, rango.s.c) : propia;
}

export function vacia(c: Celda | undefined): boolean {
  if (c === undefined) return true;
  if (c.error !== undefined) return false;
  return c.v === null || (typeof c.v === 'string' && c.v.trim() === '');
}

/** Finds the merge covering a cell without scanning every merge per lookup. */
export interface IndiceCombinadas {
  get(r: number, c: number): Rango | undefined;
}

const indices = new WeakMap<Hoja, IndiceCombinadas>();

export function indexarCombinadas(hoja: Hoja): IndiceCombinadas {
  const hecho = indices.get(hoja);
  if (hecho) return hecho;
  // Rows → merges touching them. Merges are few (titles, bands, level cells); guard huge fuzzed ranges.
  const porFila = new Map<number, Rango[]>();
  for (const m of hoja.combinadas) {
    const desde = Math.max(0, m.s.r);
    const hasta = Math.min(m.e.r, desde + 5000);
    for (let r = desde; r <= hasta; r++) {
      let lista = porFila.get(r);
      if (!lista) porFila.set(r, (lista = []));
      lista.push(m);
    }
  }
  const indice: IndiceCombinadas = {
    get(r, c) {
      const lista = porFila.get(r);
      if (!lista) return undefined;
      for (const m of lista) if (c >= m.s.c && c <= m.e.c && r >= m.s.r && r <= m.e.r) return m;
      return undefined;
    },
  };
  indices.set(hoja, indice);
  return indice;
}
