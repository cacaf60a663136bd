import { describe, it, expect } from 'vitest';
import { argumentoEntero, mediana, percentil } from './medicion.js';

describe('mediana y percentil', () => {
  it('mediana de una cantidad impar y par de mediciones, sin importar el orden', () => {
    expect(mediana([5, 1, 3])).toBe(3);
    expect(mediana([4, 1, 3, 2])).toBe(2.5);
  });
  it('percentil por rango más cercano: p90 de 1..10 es 9, p100 es 10', () => {
    const xs = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(percentil(xs, 90)).toBe(9);
    expect(percentil(xs, 100)).toBe(10);
  });
  it('sin mediciones, un error claro y no NaN', () => {
    expect(() => mediana([])).toThrow(/no hay mediciones/);
    expect(() => percentil([], 50)).toThrow(/no hay mediciones/);
  });
});

describe('argumentoEntero', () => {
  it('usa el valor por omisión si falta y lee un entero positivo', () => {
    expect(argumentoEntero(undefined, 'repeticiones', 7)).toBe(7);
    expect(argumentoEntero('12', 'repeticiones', 7)).toBe(12);
  });
  it.each(['0', '-3', '2.5', 'diez'])('rechaza «%s» nombrando el argumento', (v) => {
    expect(() => argumentoEntero(v, 'repeticiones', 7)).toThrow(/argumento «repeticiones»: se esperaba un entero ≥ 1/);
  });
});
