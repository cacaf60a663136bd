import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cumplimiento } from './cumplimiento.js';
import { anio, crearMeta, s } from './test-utils/fabrica.js';
import type { Meta } from '../schema/types.js';

const P2425 = { desde: 2024, hasta: 2025 };

describe('cumplimiento: acumulado', () => {
  it('is Σ executed / Σ programmed over the period (1 + 1 of 2 + 1 → 2/3)', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 2, 1), anio(2025, 1, 1), anio(2026, 1, 0)] });
    const p = cumplimiento(meta, P2425);
    expect(p.estado).toBe('calculado');
    expect(p.valor).toBeCloseTo(2 / 3, 12);
    expect(p.combinacion).toBe('suma');
  });
  it('over-execution keeps the raw value and caps valorTope (23 of 20 → 1.15)', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 10, 12), anio(2025, 10, 11)] });
    const p = cumplimiento(meta, P2425);
    expect(p.valor).toBe(1.15);
    expect(p.valorTope).toBe(1);
    expect(p.avisos).toContain('sobre_ejecucion');
  });
  it('programmed 0 → no_programada, never NaN or Infinity', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 0, 0), anio(2025, 0, 0)] });
    const p = cumplimiento(meta, P2425);
    expect(p).toMatchObject({ estado: 'no_programada', valor: null, valorTope: null, motivo: 'nada_programado' });
    expect(p.avisos).not.toContain('avance_sin_meta_programada');
  });
  it('programmed null → no_programada too', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, null, null), anio(2025, null, null)] });
    expect(cumplimiento(meta, P2425).estado).toBe('no_programada');
  });
  it('executed > 0 with nothing programmed → no_programada + aviso avance_sin_meta_programada', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 0, 3), anio(2025, null, 0)] });
    const p = cumplimiento(meta, P2425);
    expect(p.estado).toBe('no_programada');
    expect(p.avisos).toContain('avance_sin_meta_programada');
  });
  it('execution in an unprogrammed year counts in the sum, with the aviso', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 0, 2), anio(2025, 2, 0)] });
    const p = cumplimiento(meta, P2425);
    expect(p.valor).toBe(1);
    expect(p.avisos).toContain('avance_sin_meta_programada');
  });
  it('executed not reported → sin_dato', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 1, null), anio(2025, 1, null)] });
    expect(cumplimiento(meta, P2425)).toMatchObject({ estado: 'sin_dato', motivo: 'sin_ejecutado' });
  });
  it('no entry in the period → sin_dato sin_seguimiento', () => {
    const meta = crearMeta({ seguimiento: [anio(2026, 1, 1)] });
    expect(cumplimiento(meta, P2425)).toMatchObject({ estado: 'sin_dato', motivo: 'sin_seguimiento' });
  });
});

describe('cumplimiento: missing years (documented choice: compute on the reported years, with aviso)', () => {
  it('a year with no entry → figure from the other year + anios_sin_dato', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 2, 1)] });
    const p = cumplimiento(meta, P2425);
    expect(p.valor).toBe(0.5);
    expect(p.avisos).toEqual(['anios_sin_dato']);
  });
  it('a programmed year without executed is left out of both sums (not read as 0)', () => {
    const meta = crearMeta({ seguimiento: [anio(2024, 2, 2), anio(2025, 2, null)] });
    const p = cumplimiento(meta, P2425);
    expect(p.valor).toBe(1);
    expect(p.avisos).toEqual(['anios_sin_dato']);
  });
});

describe('cumplimiento: spans', () => {
  it('an entry straddling the period edge → no_calculable periodo_parcial', () => {
    const meta = crearMeta({ seguimiento: [s(2025, 2026, 2, 2), anio(2024, 1, 1)] });
    const p = cumplimiento(meta, P2425);
    expect(p).toMatchObject({ estado: 'no_calculable', motivo: 'periodo_parcial', valor: null });
    expect(p.avisos).toContain('periodo_parcial');
  });
  it('the same entry counts when the period covers it', () => {
    const meta = crearMeta({ seguimiento: [s(2025, 2026, 2, 2), anio(2024, 1, 1)] });
    expect(cumplimiento(meta, { desde: 2024, hasta: 2026 }).valor).toBe(1);
  });
});

describe('cumplimiento: flujo', () => {
  // 2024: 50 of 100 (0.5); 2025: 90 of 100 (0.9)
  const meta = crearMeta({ acumulacion: 'flujo', seguimiento: [anio(2024, 100, 50), anio(2025, 100, 90)] });
  it('promedio (default): mean of the yearly compliances = 0.7', () => {
    const p = cumplimiento(meta, P2425);
    expect(p.valor).toBe(0.7);
    expect(p.combinacion).toBe('promedio');
  });
  it('ultimo: the last year alone = 0.9', () => {
    const p = cumplimiento(meta, P2425, { consolidacionFlujo: 'ultimo' });
    expect(p.valor).toBe(0.9);
    expect(p.combinacion).toBe('ultimo');
  });
  it('a year with nothing programmed is left out of the mean', () => {
    const m = crearMeta({ acumulacion: 'flujo', seguimiento: [anio(2024, 0, 0), anio(2025, 100, 90)] });
    expect(cumplimiento(m, P2425).valor).toBe(0.9);
  });
});

describe('cumplimiento: stock, mantenimiento, reducción', () => {
  it('stock: level at the end vs programmed level at the end (DNP: executed ÷ programmed)', () => {
    const meta = crearMeta({
      acumulacion: 'stock',
      lineaBase: 80,
      seguimiento: [anio(2024, 82, 81), anio(2025, 85, 84)],
    });
    expect(cumplimiento(meta, P2425).valor).toBeCloseTo(84 / 85, 12);
  });
  it('mantenimiento: value / target level, each year alone (95 % and 100 % → 0.975)', () => {
    const meta = crearMeta({
      tipo: 'mantenimiento',
      acumulacion: 'acumulado',
      seguimiento: [anio(2024, 100, 95), anio(2025, 100, 100)],
    });
    expect(cumplimiento(meta, P2425).valor).toBe(0.975);
  });
  it('reducción of a level, baseline above target: share of the programmed reduction achieved', () => {
    // Base 12; programmed 11 by 2025 (reduce 1); reached 11.5 → achieved half the programmed reduction.
    const meta = crearMeta({
      tipo: 'reduccion',
      acumulacion: 'stock',
      lineaBase: 12,
      metaCuatrienio: 10,
      seguimiento: [anio(2024, 11.5, 12), anio(2025, 11, 11.5)],
    });
    const p = cumplimiento(meta, P2425);
    expect(p.valor).toBe(0.5);
    expect(p.respectoLineaBase).toBe(true);
  });
  it('reducción that got worse is negative: retroceso kept raw, capped at 0', () => {
    const meta = crearMeta({
      tipo: 'reduccion',
      acumulacion: 'stock',
      lineaBase: 12,
      metaCuatrienio: 10,
      seguimiento: [anio(2025, 11, 13)],
    });
    const p = cumplimiento(meta, { desde: 2025, hasta: 2025 });
    expect(p.valor).toBe(-1);
    expect(p.valorTope).toBe(0);
    expect(p.avisos).toContain('retroceso');
  });
  it('reducción of a level with programmed level = baseline → no_programada', () => {
    const meta = crearMeta({ tipo: 'reduccion', acumulacion: 'flujo', lineaBase: 12, seguimiento: [anio(2025, 12, 12)] });
    expect(cumplimiento(meta, { desde: 2025, hasta: 2025 }).estado).toBe('no_programada');
  });
  it('reducción of a level without baseline → sin_dato sin_linea_base', () => {
    const meta = crearMeta({ tipo: 'reduccion', acumulacion: 'stock', lineaBase: null, seguimiento: [anio(2025, 11, 11)] });
    expect(cumplimiento(meta, P2425)).toMatchObject({ estado: 'sin_dato', motivo: 'sin_linea_base' });
  });
  it('reducción acumulada: yearly amounts reduced add up like an incremento', () => {
    const meta = crearMeta({ tipo: 'reduccion', acumulacion: 'acumulado', seguimiento: [anio(2024, 5, 4), anio(2025, 5, 5)] });
    expect(cumplimiento(meta, P2425).valor).toBe(0.9);
  });
});

describe('cumplimiento: properties', () => {
  const valor = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });
  const entrada = fc.record({
    desde: fc.integer({ min: 2022, max: 2028 }),
    largo: fc.integer({ min: 0, max: 2 }),
    programado: valor,
    ejecutado: valor,
  });
  const metaArb = fc
    .record({
      tipo: fc.constantFrom('incremento', 'mantenimiento', 'reduccion'),
      acumulacion: fc.constantFrom('acumulado', 'flujo', 'stock'),
      lineaBase: valor,
      entradas: fc.array(entrada, { maxLength: 6 }),
    })
    .map(
      (r): Meta =>
        crearMeta({
          tipo: r.tipo as Meta['tipo'],
          acumulacion: r.acumulacion as Meta['acumulacion'],
          lineaBase: r.lineaBase,
          seguimiento: r.entradas.map((e) => s(e.desde, e.desde + e.largo, e.programado, e.ejecutado)),
        }),
    );
  it('never NaN/Infinity; capped value in [0, 1]; a value only when calculado', () => {
    fc.assert(
      fc.property(metaArb, fc.constantFrom('promedio', 'ultimo'), (meta, c) => {
        const p = cumplimiento(meta, P2425, { consolidacionFlujo: c as 'promedio' | 'ultimo' });
        if (p.estado !== 'calculado') return p.valor === null && p.valorTope === null;
        return (
          Number.isFinite(p.valor) && p.valorTope !== null && p.valorTope >= 0 && p.valorTope <= 1
        );
      }),
      { numRuns: 2000 },
    );
  });
});
