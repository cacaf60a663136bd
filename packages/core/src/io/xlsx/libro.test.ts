import { describe, expect, it } from 'vitest';
import { celdaVisible, indiceColumna, letraColumna, type Hoja } from './libro.js';

describe('letraColumna / indiceColumna', () => {
  it('van y vuelven', () => {
    for (const [i, l] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [84, 'CG'], [701, 'ZZ'], [702, 'AAA']] as const) {
      expect(letraColumna(i)).toBe(l);
      expect(indiceColumna(l)).toBe(i);
    }
    expect(indiceColumna('A1')).toBeNull();
  });
});

describe('celdaVisible', () => {
  it('una celda dentro de una combinación muestra el valor de arriba a la izquierda', () => {
    const hoja: Hoja = { nombre: 'x', filas: [[{ v: 'EJE 1' }, { v: 'b' }], [undefined, { v: 'c' }]], combinadas: [{ s: { r: 0, c: 0 }, e: { r: 1, c: 0 } }] };
    expect(celdaVisible(hoja, 1, 0)?.v).toBe('EJE 1');
    expect(celdaVisible(hoja, 1, 1)?.v).toBe('c');
    expect(celdaVisible(hoja, 5, 5)).toBeUndefined();
  });
});
