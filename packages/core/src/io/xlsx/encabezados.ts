/**
 * Header rows of the fixed layouts (SisPT, DNP): found by the labels they must contain, not by a fixed
 * row number, so an export with one more title row still reads; columns looked up by folded label
 * (case, accents, punctuation and spacing do not matter: "Indicador de Producto(MGA)" is
 * "indicador de producto mga").
 */
import { plegar } from '../../format/plegar.js';
import { textoDe } from './celdas.js';
import { anchoFila, celda, type Hoja } from './libro.js';

export interface ColumnaEncabezado {
  c: number;
  /** As written (whitespace collapsed). */
  texto: string;
  /** Folded. */
  clave: string;
}

export interface Encabezados {
  /** 0-based row of the header. */
  r: number;
  columnas: ColumnaEncabezado[];
  /** First column whose folded label is exactly `clave`. */
  col(clave: string): number | undefined;
  texto(c: number): string;
}

export function leerEncabezados(hoja: Hoja, r: number): Encabezados {
  const columnas: ColumnaEncabezado[] = [];
  const porClave = new Map<string, number>();
  const textos = new Map<number, string>();
  for (let c = 0; c < anchoFila(hoja, r); c++) {
    const texto = textoDe(celda(hoja, r, c));
    if (texto === null) continue;
    const clave = plegar(texto);
    columnas.push({ c, texto, clave });
    textos.set(c, texto);
    if (!porClave.has(clave)) porClave.set(clave, c);
  }
  return { r, columnas, col: (clave) => porClave.get(clave), texto: (c) => textos.get(c) ?? '' };
}

/** The first row (within the first `maxFilas`) holding every label of `claves` (folded). */
export function buscarFilaEncabezado(hoja: Hoja, claves: readonly string[], maxFilas = 30): number | null {
  const limite = Math.min(hoja.filas.length, maxFilas);
  for (let r = 0; r < limite; r++) {
    const presentes = new Set<string>();
    for (let c = 0; c < anchoFila(hoja, r); c++) {
      const t = textoDe(celda(hoja, r, c));
      if (t !== null) presentes.add(plegar(t));
    }
    if (claves.every((k) => presentes.has(k))) return r;
  }
  return null;
}

/** The sheet whose folded name is one of `nombres`. */
export function buscarHoja(hojas: readonly Hoja[], nombres: readonly string[]): Hoja | undefined {
  const buscados = nombres.map(plegar);
  return hojas.find((h) => buscados.includes(plegar(h.nombre)));
}

/** True when every cell of the row is empty. */
export function filaVacia(hoja: Hoja, r: number): boolean {
  const fila = hoja.filas[r];
  if (!fila) return true;
  for (const c of fila) if (c && (c.error !== undefined || textoDe(c) !== null)) return false;
  return true;
}
