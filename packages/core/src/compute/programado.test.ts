import { describe, it, expect } from 'vitest';
import { programadoAlCorte } from './programado.js';
import { anio, crearMeta } from './test-utils/fabrica.js';

describe('programadoAlCorte', () => {
  it('acumulado: Σ programmed through the cut / target (1 + 2 of 6 → 0.5)', () => {
    const meta = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, 1, 0), anio(2025, 2, 0), anio(2026, 3, null)] });
    expect(programadoAlCorte(meta, 2025).valor).toBe(0.5);
  });
  it('does not depend on what was executed', () => {
    const a = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, 1, 0), anio(2025, 2, null)] });
    const b = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, 1, 9), anio(2025, 2, 9)] });
    expect(programadoAlCorte(a, 2025).valor).toBe(programadoAlCorte(b, 2025).valor);
  });
  it('programmed 0 by the cut is a real 0, not no_programada', () => {
    const meta = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, 0, 0), anio(2025, 0, 0)] });
    expect(programadoAlCorte(meta, 2025)).toMatchObject({ estado: 'calculado', valor: 0 });
  });
  it('programmed null → sin_dato sin_programado', () => {
    const meta = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, null, 1)] });
    expect(programadoAlCorte(meta, 2025)).toMatchObject({ estado: 'sin_dato', motivo: 'sin_programado' });
  });
  it('one programmed year missing → computed on the other, aviso anios_sin_dato', () => {
    const meta = crearMeta({ metaCuatrienio: 6, seguimiento: [anio(2024, 3, 0), anio(2025, null, 0)] });
    expect(programadoAlCorte(meta, 2025)).toMatchObject({ valor: 0.5, avisos: ['anios_sin_dato'] });
  });
  it('stock: (programmed level − base) / (target − base)', () => {
    const meta = crearMeta({ acumulacion: 'stock', lineaBase: 80, metaCuatrienio: 90, seguimiento: [anio(2024, 82, 0), anio(2025, 85, 0)] });
    expect(programadoAlCorte(meta, 2025).valor).toBe(0.5);
  });
  it('flujo: yearly programmed / target, combined by the option', () => {
    const meta = crearMeta({ acumulacion: 'flujo', metaCuatrienio: 100, seguimiento: [anio(2024, 50, 0), anio(2025, 100, 0)] });
    expect(programadoAlCorte(meta, 2025).valor).toBe(0.75);
    expect(programadoAlCorte(meta, 2025, { consolidacionFlujo: 'ultimo' }).valor).toBe(1);
  });
  it('reducción: (base − programmed) / (base − target)', () => {
    const meta = crearMeta({ tipo: 'reduccion', acumulacion: 'stock', lineaBase: 12, metaCuatrienio: 10, seguimiento: [anio(2025, 11, null)] });
    expect(programadoAlCorte(meta, 2025).valor).toBe(0.5);
  });
});
