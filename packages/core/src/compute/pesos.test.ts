import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizarPesos, sumaCien } from './pesos.js';

describe('normalizarPesos', () => {
  it('weights summing to 90 % are scaled to 100 % and the declared sum is returned', () => {
    const r = normalizarPesos([0.3, 0.6]);
    expect(r.suma).toBeCloseTo(0.9, 12);
    expect(r.pesos[0]).toBeCloseTo(1 / 3, 12);
    expect(r.pesos[1]).toBeCloseTo(2 / 3, 12);
    expect(sumaCien(r.suma)).toBe(false);
    expect(r.modo).toBe('declarados');
  });
  it('a missing weight gets 0 and is listed', () => {
    const r = normalizarPesos([0.5, null, 0.5]);
    expect(r.pesos).toEqual([0.5, 0, 0.5]);
    expect(r.faltantes).toEqual([1]);
  });
  it('nothing declared, or all 0 → equal weights', () => {
    expect(normalizarPesos([null, undefined]).pesos).toEqual([0.5, 0.5]);
    expect(normalizarPesos([0, 0, 0, 0])).toMatchObject({ pesos: [0.25, 0.25, 0.25, 0.25], modo: 'iguales' });
  });
  it('empty input → empty weights', () => {
    expect(normalizarPesos([]).pesos).toEqual([]);
  });
  it('normalised weights always sum to 1 and lie in [0, 1] (property)', () => {
    const w = fc.option(fc.double({ min: -1, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(w, { minLength: 1, maxLength: 30 }), (xs) => {
        const { pesos } = normalizarPesos(xs);
        const suma = pesos.reduce((a, b) => a + b, 0);
        return Math.abs(suma - 1) < 1e-9 && pesos.every((p) => p >= 0 && p <= 1);
      }),
      { numRuns: 1000 },
    );
  });
});
