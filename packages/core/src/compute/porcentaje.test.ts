import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { POTENCIAS_10, porcentajeCalculado, porcentajeNoCalculable, porcentajeSinDato, redondear12 } from './porcentaje.js';

describe('porcentajeCalculado', () => {
  it('keeps the raw value, caps at 1 and notes over-execution', () => {
    const p = porcentajeCalculado(1.15);
    expect(p).toMatchObject({ estado: 'calculado', valor: 1.15, valorTope: 1 });
    expect(p.avisos).toEqual(['sobre_ejecucion']);
  });
  it('keeps a negative value, caps at 0 and notes retroceso', () => {
    const p = porcentajeCalculado(-0.25);
    expect(p).toMatchObject({ valor: -0.25, valorTope: 0, avisos: ['retroceso'] });
  });
  it('does not call floating-point noise over-execution: (0.1 + 0.2) / 0.3', () => {
    const p = porcentajeCalculado((0.1 + 0.2) / 0.3);
    expect(p.valor).toBe(1);
    expect(p.avisos).toEqual([]);
  });
  it('turns a non-finite ratio into no_calculable, never NaN or Infinity', () => {
    for (const v of [Number.NaN, Infinity, -Infinity]) {
      const p = porcentajeCalculado(v);
      expect(p.estado).toBe('no_calculable');
      expect(p.valor).toBeNull();
      expect(p.motivo).toBe('valor_no_finito');
    }
  });
  it('capped value is always in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), (v) => {
        const p = porcentajeCalculado(v);
        return p.valorTope !== null && p.valorTope >= 0 && p.valorTope <= 1;
      }),
    );
  });
});

describe('other states', () => {
  it('no_calculable for a partial period adds the matching aviso once', () => {
    const p = porcentajeNoCalculable('periodo_parcial', ['periodo_parcial']);
    expect(p.avisos).toEqual(['periodo_parcial']);
  });
  it('sin_dato has no value', () => {
    expect(porcentajeSinDato('sin_ejecutado')).toMatchObject({ estado: 'sin_dato', valor: null, valorTope: null });
  });
  it('redondear12 keeps 12 significant digits', () => {
    expect(redondear12(2 / 3)).toBe(0.666666666667);
  });
});

describe('redondear12 (arithmetic) agrees with toPrecision(12)', () => {
  it('on any finite double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const esperado = Number(v.toPrecision(12));
        const r = redondear12(v);
        return r === esperado || Math.abs(r - esperado) <= Math.abs(esperado) * 1e-15;
      }),
      { numRuns: 5000 },
    );
  });
  it('on ratios of small integers (the usual inputs)', () => {
    for (let a = 0; a <= 300; a++) for (let b = 1; b <= 60; b++) expect(redondear12(a / b)).toBe(Number((a / b).toPrecision(12)));
  });
});

describe('POTENCIAS_10', () => {
  it('holds 10^0 … 10^22, each equal to its decimal literal (exact in a double)', () => {
    expect(POTENCIAS_10).toHaveLength(23);
    for (let k = 0; k <= 22; k++) expect(POTENCIAS_10[k]).toBe(Number(`1e${k}`));
  });
  it('redondear12 at the ends of the table: 1e-11 scale and 1e11 scale', () => {
    // k = 22 (v ≈ 1e-11) and k = -22 (v ≈ 1e33) use the last entry.
    expect(redondear12(1.23456789012345e-11)).toBe(1.23456789012e-11);
    expect(redondear12(1.23456789012345e33)).toBe(1.23456789012e33);
  });
});
