/** What the task pane reads from the workbook in one request: a block of cells and where it sits. */
export interface RangoLeido {
  hoja: string;
  /** The Excel table the block is, or null for a sheet's used range. */
  tabla: string | null;
  /** 0-based row and column of the block's top-left cell in the sheet. */
  fila0: number;
  columna0: number;
  /** range.values: numbers, texts, booleans; "" for empty cells. */
  valores: unknown[][];
  /** range.text: what Excel shows (keeps the leading zeros of a "00000" format). */
  textos: string[][];
  /** range.numberFormat ("0%", "General", "00000"). */
  formatos: string[][];
}

export function celdaTexto(r: RangoLeido, f: number, c: number): string {
  const t = r.textos[f]?.[c];
  if (typeof t === 'string') return t;
  const v = r.valores[f]?.[c];
  return v === null || v === undefined ? '' : String(v);
}
