/**
 * Reading =PDD.* arguments. Excel hands a range as a 2-D array (rows × columns) and a single cell as a
 * scalar or a 1×1 array; an omitted optional argument as null; an empty cell as 0 on desktop and null on
 * the web (so "sin dato" cannot be told apart from 0 through an argument on desktop: the help says so).
 * Every bad value stops the function with #VALUE! naming the function, the argument, the cell and what
 * was expected, never a silent 0.
 */
import { formatearNumero, leerCeldaNumero } from '@tablero-pdd/core';
import { analizarDireccion, referenciaCelda } from '../comun/direcciones.js';
import { ArgumentoInvalido, errorExcel, esErrorCelda } from './errores-excel.js';

export interface Argumento {
  /** "PDD.AVANCE". */
  funcion: string;
  /** The parameter's name as the help shows it: "ejecutado_por_año". */
  nombre: string;
  /** The range's address when Excel gives it (@requiresParameterAddresses): "Plan!F2:I20". */
  direccion?: string | undefined;
}

export type Matriz = unknown[][];

/** Any argument as a rectangular 2-D array: a scalar is [[x]], an omitted argument [[null]]. */
export function comoMatriz(v: unknown): Matriz {
  if (!Array.isArray(v)) return [[v ?? null]];
  if (v.length === 0) return [[null]];
  if (!Array.isArray(v[0])) return [v as unknown[]];
  return v as Matriz;
}

/** Whether an optional argument was left out (null) or is a single empty cell. */
export function omitido(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  const m = comoMatriz(v);
  return m.length === 1 && m[0]?.length === 1 && (m[0][0] === null || m[0][0] === undefined || m[0][0] === '');
}

/** Where a cell of an argument is: "Plan!G3" when Excel gave the address, else its place in the range. */
export function lugar(arg: Argumento, fila: number, columna: number, m: Matriz): string {
  const d = arg.direccion ? analizarDireccion(arg.direccion) : null;
  if (d && d.hoja !== null) return referenciaCelda(d.hoja, d.fila + fila, d.columna + columna);
  const filas = m.length;
  const columnas = m[0]?.length ?? 0;
  if (filas === 1 && columnas === 1) return '';
  if (filas === 1) return `columna ${columna + 1} de ${columnas} del rango`;
  if (columnas === 1) return `fila ${fila + 1} de ${filas} del rango`;
  return `fila ${fila + 1}, columna ${columna + 1} del rango`;
}

/** How a cell's value is shown in a message. */
export function mostrar(v: unknown): string {
  if (esErrorCelda(v)) return `el error ${v.code}`;
  if (typeof v === 'string') return `«${v.length > 40 ? `${v.slice(0, 39)}…` : v}»`;
  if (typeof v === 'boolean') return v ? 'VERDADERO' : 'FALSO';
  if (v === null || v === undefined) return 'una celda vacía';
  if (typeof v === 'number') return formatearNumero(v, { decimales: 6 });
  return 'un valor que no es número ni texto';
}

/** Stops the function with #VALUE!: "PDD.AVANCE, argumento «meta_cuatrienio» (Plan!F12): se esperaba …; se encontró …". */
export function invalido(arg: Argumento, esperado: string, encontrado?: string, donde = ''): never {
  const en = donde ? ` (${donde})` : '';
  const fin = encontrado === undefined ? '' : `; se encontró ${encontrado}`;
  throw new ArgumentoInvalido(errorExcel('#VALUE!', `${arg.funcion}, argumento «${arg.nombre}»${en}: se esperaba ${esperado}${fin}.`));
}

export const ESPERADO_NUMERO = 'un número (p. ej. 1.234,5 o 66,7 %), una celda vacía o «ND»';

/**
 * A number cell: finite numbers as they are; text read the Colombian way by core ("1.234,5", "66,7 %");
 * empty, "ND", "NA", "sin dato" → null (no data, never 0). Anything else stops the function.
 */
export function leerNumeroCelda(arg: Argumento, m: Matriz, fila: number, columna: number): number | null {
  const v = m[fila]?.[columna];
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return v;
    return invalido(arg, ESPERADO_NUMERO, 'un número no finito', lugar(arg, fila, columna, m));
  }
  if (typeof v === 'string') {
    const r = leerCeldaNumero(v, 'es');
    if (r.ok) return r.valor;
    return invalido(arg, ESPERADO_NUMERO, mostrar(v), lugar(arg, fila, columna, m));
  }
  return invalido(arg, ESPERADO_NUMERO, mostrar(v), lugar(arg, fila, columna, m));
}

/** A text cell (trimmed); empty → null. Numbers are not texts here (a type or a format name is expected). */
export function leerTextoCelda(arg: Argumento, m: Matriz, fila: number, columna: number, esperado: string): string | null {
  const v = m[fila]?.[columna];
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  return invalido(arg, esperado, mostrar(v), lugar(arg, fila, columna, m));
}

/** Rows × columns of an argument. */
export function dimensiones(m: Matriz): { filas: number; columnas: number } {
  return { filas: m.length, columnas: m[0]?.length ?? 0 };
}

/** Excel always sends rectangular ranges; a ragged array (hand-built in a test or a script) is refused. */
export function exigirRectangular(arg: Argumento, m: Matriz): void {
  const c = m[0]?.length ?? 0;
  if (c === 0 || m.some((f) => !Array.isArray(f) || f.length !== c)) invalido(arg, 'un rango rectangular de celdas');
}

/**
 * An argument given once for every meta (row): either a single cell, shared by all rows, or one cell per
 * row (a column as tall as the data, or a row as long when the data is a single column of metas).
 * Returns the (fila, columna) of row i's cell.
 */
export function porFila(arg: Argumento, m: Matriz, filas: number): (i: number) => [number, number] {
  exigirRectangular(arg, m);
  const { filas: f, columnas: c } = dimensiones(m);
  if (f === 1 && c === 1) return () => [0, 0];
  if (f === filas && c === 1) return (i) => [i, 0];
  if (f === 1 && c === filas) return (i) => [0, i];
  return invalido(
    arg,
    `una sola celda o una columna con una celda por meta (${filas} ${filas === 1 ? 'fila' : 'filas'})`,
    `un rango de ${f} × ${c}`,
  );
}

/** Limit of cells read per argument: a whole-column reference (A:A, a million rows) is refused, not hung on. */
export const MAXIMO_CELDAS = 200_000;

export function exigirTamano(arg: Argumento, m: Matriz): void {
  const { filas, columnas } = dimensiones(m);
  if (filas * columnas > MAXIMO_CELDAS) {
    invalido(
      arg,
      `un rango de hasta ${formatearNumero(MAXIMO_CELDAS)} celdas (seleccione solo las filas con metas, no columnas enteras)`,
      `${formatearNumero(filas * columnas)} celdas`,
    );
  }
}

/**
 * Two arguments that go together cell by cell (a printed figure and the computed one): the first a single
 * cell, a column or a row, the second of the same size. Returns how many pairs there are and where pair i
 * stands in both. `que` names one item in the message ("una cifra", "una afirmación").
 */
export function parDeRangos(aA: Argumento, a: Matriz, aB: Argumento, b: Matriz, que: string): { n: number; pos: (i: number) => [number, number] } {
  exigirRectangular(aA, a);
  exigirTamano(aA, a);
  exigirRectangular(aB, b);
  const da = dimensiones(a);
  const db = dimensiones(b);
  if (da.columnas !== 1 && da.filas !== 1) invalido(aA, `una celda o una columna (${que} por fila)`, `un rango de ${da.filas} × ${da.columnas}`);
  if (da.filas !== db.filas || da.columnas !== db.columnas)
    invalido(aB, `un rango del mismo tamaño que «${aA.nombre}» (${da.filas} × ${da.columnas})`, `${db.filas} × ${db.columnas}`);
  const fila = da.filas === 1;
  return { n: fila ? da.columnas : da.filas, pos: (i) => (fila ? [0, i] : [i, 0]) };
}
