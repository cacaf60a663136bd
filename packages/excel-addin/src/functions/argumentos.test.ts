import { describe, expect, it } from 'vitest';
import { ArgumentoInvalido } from './errores-excel.js';
import { comoMatriz, exigirTamano, leerNumeroCelda, lugar, MAXIMO_CELDAS, omitido, porFila, type Argumento } from './argumentos.js';

const arg: Argumento = { funcion: 'PDD.AVANCE', nombre: 'meta_cuatrienio' };

function mensaje(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ArgumentoInvalido) return `${e.error.code} ${e.error.message ?? ''}`;
    throw e;
  }
  throw new Error('no se detuvo');
}

describe('argumentos de las funciones', () => {
  it('lleva todo argumento a una matriz rectangular', () => {
    expect(comoMatriz(5)).toEqual([[5]]);
    expect(comoMatriz(null)).toEqual([[null]]);
    expect(comoMatriz(undefined)).toEqual([[null]]);
    expect(comoMatriz([1, 2])).toEqual([[1, 2]]);
    expect(comoMatriz([[1], [2]])).toEqual([[1], [2]]);
    expect(comoMatriz([])).toEqual([[null]]);
  });

  it('reconoce un argumento opcional omitido (null) o una celda vacía', () => {
    expect(omitido(null)).toBe(true);
    expect(omitido(undefined)).toBe(true);
    expect(omitido([['']])).toBe(true);
    expect(omitido([[null]])).toBe(true);
    expect(omitido([[0]])).toBe(false);
    expect(omitido('incremento')).toBe(false);
  });

  it('lee números, texto colombiano, vacíos y «ND» sin convertir nada en 0', () => {
    const m = [[3, '1.234,5', '66,7 %', '', null, 'ND', 'sin dato', 0]];
    expect(m[0]!.map((_, j) => leerNumeroCelda(arg, m, 0, j))).toEqual([3, 1234.5, 0.667, null, null, null, null, 0]);
  });

  it('detiene con #VALUE! nombrando función, argumento, celda y lo esperado', () => {
    const m = [[1], ['abc'], [3]];
    expect(mensaje(() => leerNumeroCelda(arg, m, 1, 0))).toBe(
      '#VALUE! PDD.AVANCE, argumento «meta_cuatrienio» (fila 2 de 3 del rango): se esperaba un número (p. ej. 1.234,5 o 66,7 %), una celda vacía o «ND»; se encontró «abc».',
    );
    const conDireccion = { ...arg, direccion: 'Plan!E2:E4' };
    expect(mensaje(() => leerNumeroCelda(conDireccion, m, 1, 0))).toContain('(Plan!E3)');
  });

  it('rechaza booleanos, errores de fórmula, no finitos y errores de Excel dentro del rango', () => {
    expect(mensaje(() => leerNumeroCelda(arg, [[true]], 0, 0))).toContain('se encontró VERDADERO');
    expect(mensaje(() => leerNumeroCelda(arg, [['#DIV/0!']], 0, 0))).toContain('se encontró «#DIV/0!»');
    expect(mensaje(() => leerNumeroCelda(arg, [[Number.POSITIVE_INFINITY]], 0, 0))).toContain('un número no finito');
    expect(mensaje(() => leerNumeroCelda(arg, [[{ code: '#N/A' }]], 0, 0))).toContain('se encontró el error #N/A');
  });

  it('nombra la celda dentro de un rango sin dirección', () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    expect(lugar(arg, 1, 0, m)).toBe('fila 2, columna 1 del rango');
    expect(lugar(arg, 0, 1, [[1, 2]])).toBe('columna 2 de 2 del rango');
    expect(lugar(arg, 0, 0, [[1]])).toBe('');
  });

  it('acepta por meta una celda común, una columna o una fila del mismo largo', () => {
    expect(porFila(arg, [[5]], 3)(2)).toEqual([0, 0]);
    expect(porFila(arg, [[1], [2], [3]], 3)(2)).toEqual([2, 0]);
    expect(porFila(arg, [[1, 2, 3]], 3)(1)).toEqual([0, 1]);
    expect(mensaje(() => porFila(arg, [[1], [2]], 3))).toContain('una sola celda o una columna con una celda por meta (3 filas); se encontró un rango de 2 × 1');
    expect(mensaje(() => porFila(arg, [[1, 2], [3]], 2))).toContain('un rango rectangular');
  });

  it('rechaza rangos enormes (columnas enteras) en vez de colgarse', () => {
    const filas = Math.floor(MAXIMO_CELDAS / 2) + 1;
    const m = Array.from({ length: filas }, () => [0, 0]);
    expect(mensaje(() => exigirTamano(arg, m))).toContain('seleccione solo las filas con metas');
    expect(() => exigirTamano(arg, m.slice(0, 1000))).not.toThrow();
  });
});
