import { describe, it, expect } from 'vitest';
import { avance, ultimoAnioEjecutado } from './avance.js';
import { anio, crearMeta } from './test-utils/fabrica.js';

describe('avance: acumulado', () => {
  it('Σ executed / four-year target (2 + 1 of 6 → 0.5)', () => {
    const meta = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, 2, 2), anio(2025, 2, 1), anio(2026, 2, null)] });
    expect(avance(meta).valor).toBe(0.5);
  });
  it('hasta limits the years counted', () => {
    const meta = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, 2, 2), anio(2025, 2, 1)] });
    expect(avance(meta, { hasta: 2024 }).valor).toBeCloseTo(1 / 3, 12);
  });
  it('default hasta = last year with executed reported (a later programmed year without data is not a gap)', () => {
    const meta = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, 2, 2), anio(2025, 2, null)] });
    expect(ultimoAnioEjecutado(meta)).toBe(2024);
    const p = avance(meta);
    expect(p.valor).toBeCloseTo(1 / 3, 12);
    expect(p.avisos).toEqual([]);
  });
  it('over the target: raw kept (1.25), capped at 1, sobre_ejecucion', () => {
    const meta = crearMeta({ metaCuatrienio: 4, seguimiento: [anio(2024, 2, 3), anio(2025, 2, 2)] });
    expect(avance(meta)).toMatchObject({ valor: 1.25, valorTope: 1, avisos: ['sobre_ejecucion'] });
  });
  it('target null → sin_dato', () => {
    const meta = crearMeta({ metaCuatrienio: null, seguimiento: [anio(2024, 2, 2)] });
    expect(avance(meta)).toMatchObject({ estado: 'sin_dato', motivo: 'sin_meta_cuatrienio' });
  });
  it('target 0 for a sum → no_calculable meta_no_positiva (never Infinity)', () => {
    const meta = crearMeta({ metaCuatrienio: 0, seguimiento: [anio(2024, 0, 2)] });
    expect(avance(meta)).toMatchObject({ estado: 'no_calculable', motivo: 'meta_no_positiva', valor: null });
  });
  it('nothing executed anywhere → sin_dato sin_ejecutado; no entries → sin_seguimiento', () => {
    expect(avance(crearMeta({ seguimiento: [anio(2024, 2, null)] }))).toMatchObject({
      estado: 'sin_dato',
      motivo: 'sin_ejecutado',
    });
    expect(avance(crearMeta({ seguimiento: [] }))).toMatchObject({ estado: 'sin_dato', motivo: 'sin_seguimiento' });
  });
});

describe('avance: flujo promedio vs ultimo', () => {
  // target 100 per year; 2024: 60, 2025: 80
  const meta = crearMeta({ acumulacion: 'flujo', metaCuatrienio: 100, seguimiento: [anio(2024, 100, 60), anio(2025, 100, 80)] });
  it('promedio (default, reported in combinacion) = 0.7', () => {
    const p = avance(meta);
    expect(p.valor).toBe(0.7);
    expect(p.combinacion).toBe('promedio');
  });
  it('ultimo = 0.8', () => {
    expect(avance(meta, { consolidacionFlujo: 'ultimo' })).toMatchObject({ valor: 0.8, combinacion: 'ultimo' });
  });
});

describe('avance: stock, mantenimiento, reducción', () => {
  it('stock: (value − base) / (target − base) = (84 − 80) / (90 − 80) = 0.4', () => {
    const meta = crearMeta({ acumulacion: 'stock', lineaBase: 80, metaCuatrienio: 90, seguimiento: [anio(2024, 82, 81), anio(2025, 85, 84)] });
    const p = avance(meta);
    expect(p.valor).toBeCloseTo(0.4, 12);
    expect(p.respectoLineaBase).toBe(true);
  });
  it('stock below the baseline: retroceso, raw negative kept, tope 0', () => {
    const meta = crearMeta({ acumulacion: 'stock', lineaBase: 80, metaCuatrienio: 90, seguimiento: [anio(2025, 85, 78)] });
    expect(avance(meta)).toMatchObject({ valor: -0.2, valorTope: 0, avisos: ['retroceso'] });
  });
  it('stock with target == baseline → no_calculable + aviso meta_igual_linea_base', () => {
    const meta = crearMeta({ acumulacion: 'stock', lineaBase: 90, metaCuatrienio: 90, seguimiento: [anio(2025, 90, 90)] });
    const p = avance(meta);
    expect(p).toMatchObject({ estado: 'no_calculable', motivo: 'meta_igual_linea_base', valor: null });
    expect(p.avisos).toContain('meta_igual_linea_base');
  });
  it('stock without baseline → sin_dato sin_linea_base (never treated as 0)', () => {
    const meta = crearMeta({ acumulacion: 'stock', lineaBase: null, metaCuatrienio: 90, seguimiento: [anio(2025, 85, 84)] });
    expect(avance(meta)).toMatchObject({ estado: 'sin_dato', motivo: 'sin_linea_base' });
  });
  it('mantenimiento: value / target (95 of 100, last year for stock)', () => {
    const meta = crearMeta({ tipo: 'mantenimiento', acumulacion: 'stock', lineaBase: 100, metaCuatrienio: 100, seguimiento: [anio(2024, 100, 90), anio(2025, 100, 95)] });
    expect(avance(meta).valor).toBe(0.95);
  });
  it('reducción with baseline above target: (base − value) / (base − target) = (12 − 11) / (12 − 10) = 0.5', () => {
    const meta = crearMeta({ tipo: 'reduccion', acumulacion: 'stock', lineaBase: 12, metaCuatrienio: 10, seguimiento: [anio(2025, 11, 11)] });
    expect(avance(meta).valor).toBe(0.5);
  });
  it('reducción with target == baseline → no_calculable meta_igual_linea_base', () => {
    const meta = crearMeta({ tipo: 'reduccion', acumulacion: 'flujo', lineaBase: 12, metaCuatrienio: 12, seguimiento: [anio(2025, 12, 11)] });
    expect(avance(meta).estado).toBe('no_calculable');
  });
});
