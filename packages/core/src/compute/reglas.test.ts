import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { combinacionDe, evaluar, respectoLineaBase } from './reglas.js';
import { anio, crearMeta, s } from './test-utils/fabrica.js';

describe('combinacionDe', () => {
  it('acumulado sums, stock takes the last year, flujo and mantenimiento follow the option', () => {
    expect(combinacionDe({ tipo: 'incremento', acumulacion: 'acumulado' }, 'promedio')).toBe('suma');
    expect(combinacionDe({ tipo: 'reduccion', acumulacion: 'acumulado' }, 'ultimo')).toBe('suma');
    expect(combinacionDe({ tipo: 'incremento', acumulacion: 'stock' }, 'promedio')).toBe('ultimo');
    expect(combinacionDe({ tipo: 'incremento', acumulacion: 'flujo' }, 'ultimo')).toBe('ultimo');
    expect(combinacionDe({ tipo: 'mantenimiento', acumulacion: 'acumulado' }, 'promedio')).toBe('promedio');
  });
  it('the baseline is used for reducción levels and for stock avance only', () => {
    expect(respectoLineaBase({ tipo: 'reduccion', acumulacion: 'stock' }, 'ultimo', 'cumplimiento')).toBe(true);
    expect(respectoLineaBase({ tipo: 'reduccion', acumulacion: 'acumulado' }, 'suma', 'avance')).toBe(false);
    expect(respectoLineaBase({ tipo: 'incremento', acumulacion: 'stock' }, 'ultimo', 'cumplimiento')).toBe(false);
    expect(respectoLineaBase({ tipo: 'incremento', acumulacion: 'stock' }, 'ultimo', 'avance')).toBe(true);
  });
});

describe('evaluar: ranges and gaps', () => {
  it('a gap in the middle of a long period is found (years counted by bit mask)', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 1, 1), anio(2026, 1, 1)] });
    expect(evaluar(meta, 2024, 2026, 'cumplimiento', 'promedio').avisos).toContain('anios_sin_dato');
    expect(evaluar(meta, 2024, 2026, 'avance', 'promedio').avisos).toContain('anios_sin_dato');
  });
  it('a span entry covering the whole period counts, and leaves no gap', () => {
    const meta = crearMeta({ seguimiento: [s(2024, 2025, 2, 2)] });
    const p = evaluar(meta, 2024, 2025, 'cumplimiento', 'promedio');
    expect(p.valor).toBe(1);
    expect(p.avisos).toEqual([]);
  });
  it('avance ignores entries after the cut and flags one straddling it', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 1, 1), anio(2026, 1, 1)] });
    expect(evaluar(meta, 0, 2024, 'avance', 'promedio').valor).toBe(0.25);
    const cruzada = crearMeta({ seguimiento: [s(2024, 2025, 2, 2)] });
    expect(evaluar(cruzada, 0, 2024, 'avance', 'promedio')).toMatchObject({
      estado: 'no_calculable',
      motivo: 'periodo_parcial',
    });
  });
  it('a period that ends before it starts is no_calculable, not an exception', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 1, 1)] });
    expect(evaluar(meta, 2025, 2024, 'cumplimiento', 'promedio').motivo).toBe('periodo_invalido');
  });
});

describe('evaluar: properties over the three figures', () => {
  const valor = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
  const noNeg = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });
  const metaArb = fc.record({
    tipo: fc.constantFrom('incremento', 'mantenimiento', 'reduccion'),
    acumulacion: fc.constantFrom('acumulado', 'flujo', 'stock'),
    lineaBase: valor,
    metaCuatrienio: valor,
    entradas: fc.array(fc.record({ desde: fc.integer({ min: 2022, max: 2028 }), largo: fc.integer({ min: 0, max: 2 }), p: noNeg, e: noNeg }), { maxLength: 6 }),
  });
  it('never NaN/Infinity, valorTope in [0, 1], a value only when calculado, no aviso twice', () => {
    fc.assert(
      fc.property(metaArb, fc.constantFrom('cumplimiento', 'avance', 'programado'), fc.constantFrom('promedio', 'ultimo'), (r, objetivo, c) => {
        const meta = crearMeta({
          tipo: r.tipo as 'incremento',
          acumulacion: r.acumulacion as 'acumulado',
          lineaBase: r.lineaBase,
          metaCuatrienio: r.metaCuatrienio,
          seguimiento: r.entradas.map((x) => s(x.desde, x.desde + x.largo, x.p, x.e)),
        });
        const p = evaluar(meta, 2024, 2025, objetivo as 'avance', c as 'promedio');
        expect(new Set(p.avisos).size).toBe(p.avisos.length);
        if (p.estado !== 'calculado') return p.valor === null && p.valorTope === null && typeof p.motivo === 'string';
        return Number.isFinite(p.valor) && p.valorTope !== null && p.valorTope >= 0 && p.valorTope <= 1;
      }),
      { numRuns: 3000 },
    );
  });
});
