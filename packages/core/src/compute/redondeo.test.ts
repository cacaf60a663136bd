import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decimalesImpresos, toleranciaCifra, toleranciaMillones, toleranciaPorcentaje } from './redondeo.js';

describe('redondeo', () => {
  it('infers the printed decimals', () => {
    expect(decimalesImpresos(96)).toBe(0);
    expect(decimalesImpresos(66.7)).toBe(1);
    expect(decimalesImpresos(1158.69)).toBe(2);
    expect(decimalesImpresos(0.667 * 100)).toBe(1); // 66.70000000000001 in binary
    expect(decimalesImpresos(1e-7)).toBe(7);
  });
  it('"96%" tolerates ±0.5 pp and "66,7%" ±0.05 pp', () => {
    expect(toleranciaPorcentaje(0.96)).toBeCloseTo(0.005, 15);
    expect(toleranciaPorcentaje(0.667)).toBeCloseTo(0.0005, 15);
    expect(toleranciaPorcentaje(1)).toBeCloseTo(0.005, 15);
  });
  it('"$ 601,4 millones" tolerates ±0,05 millones; "$ 776 millones" ±0,5 millones', () => {
    expect(toleranciaMillones(601_400_000)).toBeCloseTo(50_000, 6);
    expect(toleranciaMillones(776_000_000)).toBeCloseTo(500_000, 6);
  });
  it('a count printed as an integer tolerates ±0.5', () => {
    expect(toleranciaCifra(335)).toBe(0.5);
  });
});

describe('decimalesImpresos (arithmetic) agrees with the written form', () => {
  const porTexto = (x: number) => {
    const t = String(Number(Math.abs(x).toPrecision(12)));
    if (t.includes('e')) return -1; // exponent form: not compared
    const p = t.indexOf('.');
    return p < 0 ? 0 : t.length - p - 1;
  };
  it('on numbers printed with up to 6 decimals (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const x = n / 10 ** d;
        const esperado = porTexto(x);
        return esperado < 0 || decimalesImpresos(x) === esperado;
      }),
      { numRuns: 5000 },
    );
  });
});
