import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanciaEdicion } from './distancia.js';

describe('distanciaEdicion', () => {
  it('cuenta inserciones, borrados y sustituciones', () => {
    expect(distanciaEdicion('CACUTA', 'CUCUTA')).toBe(1);
    expect(distanciaEdicion('CACUTA', 'CACOTA')).toBe(1);
    expect(distanciaEdicion('SILOS', 'SILO')).toBe(1);
    expect(distanciaEdicion('KITTEN', 'SITTING')).toBe(3);
    expect(distanciaEdicion('', 'ABC')).toBe(3);
    expect(distanciaEdicion('OCANA', 'OCANA')).toBe(0);
  });
  it('con tope, devuelve tope + 1 en cuanto lo supera', () => {
    expect(distanciaEdicion('PAMPLONA', 'TIBU', 2)).toBe(3);
    expect(distanciaEdicion('A', 'ABCDEFG', 2)).toBe(3);
    expect(distanciaEdicion('CACUTA', 'CUCUTA', 2)).toBe(1);
  });
  it('es simétrica, cero solo entre iguales, y el tope no cambia las distancias bajo él', () => {
    const palabra = fc.string({ unit: fc.constantFrom('A', 'B', 'C'), maxLength: 8 });
    fc.assert(
      fc.property(palabra, palabra, (a, b) => {
        const d = distanciaEdicion(a, b);
        expect(distanciaEdicion(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(distanciaEdicion(a, b, 2)).toBe(d <= 2 ? d : 3);
      }),
    );
  });
});
