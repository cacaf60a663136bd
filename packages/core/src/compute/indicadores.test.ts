import { describe, it, expect } from 'vitest';
import { progresoIndicador } from './indicadores.js';
import { crearIndicador } from './test-utils/fabrica.js';

const ranking = (base: number, actual: number, meta: number) =>
  crearIndicador({
    lineaBase: { valor: base, anio: 2023 },
    actual: { valor: actual, anio: 2025, tipo: 'nivel' },
    meta: { valor: meta, anio: 2027 },
    direccion: 'menor_es_mejor',
  });

describe('progresoIndicador: rankings (menor es mejor)', () => {
  it('23 → 22 with target 20 is progress 1/3', () => {
    const p = progresoIndicador(ranking(23, 22, 20));
    expect(p.estado).toBe('avance');
    expect(p.progreso).toBeCloseTo(1 / 3, 12);
  });
  it('23 → 27 with target 20 is retroceso −4/3, capped at 0', () => {
    const p = progresoIndicador(ranking(23, 27, 20));
    expect(p.estado).toBe('retroceso');
    expect(p.progreso).toBeCloseTo(-4 / 3, 10); // results keep 12 significant digits
    expect(p.progresoTope).toBe(0);
  });
  it('6 → 3 with target 5 is meta_alcanzada, raw progress 3', () => {
    expect(progresoIndicador(ranking(6, 3, 5))).toMatchObject({ estado: 'meta_alcanzada', progreso: 3, progresoTope: 1 });
  });
  it('no change is sin_cambio', () => {
    expect(progresoIndicador(ranking(15, 15, 12)).estado).toBe('sin_cambio');
  });
});

describe('progresoIndicador: other cases', () => {
  it('a rate going down toward its target (63,5 % → 62,8 %, target 60 %) is progress 0.2', () => {
    const p = progresoIndicador({ ...ranking(0.635, 0.628, 0.6) });
    expect(p.progreso).toBeCloseTo(0.2, 10);
  });
  it("'incremento' actual: comparable level = base + increment (2.378 + 664 → 3.042; target 3.500)", () => {
    const p = progresoIndicador(
      crearIndicador({
        lineaBase: { valor: 2378, anio: 2023 },
        actual: { valor: 664, anio: 2025, tipo: 'incremento' },
        meta: { valor: 3500, anio: 2027 },
      }),
    );
    expect(p.valorComparable).toBe(3042);
    expect(p.progreso).toBeCloseTo(664 / 1122, 12);
  });
  it('target == baseline → no_calculable', () => {
    expect(progresoIndicador(ranking(5, 4, 5))).toMatchObject({ estado: 'no_calculable', motivo: 'meta_igual_linea_base', progreso: null });
  });
  it('a target on the wrong side for the direction → no_calculable, not a fake progress', () => {
    expect(progresoIndicador(ranking(5, 6, 8)).motivo).toBe('direccion_contradice_meta');
  });
  it('missing baseline, actual or target → sin_dato', () => {
    expect(progresoIndicador(crearIndicador({ lineaBase: { valor: null, anio: null } })).motivo).toBe('sin_linea_base');
    expect(progresoIndicador(crearIndicador({ actual: { valor: null, anio: null, tipo: 'nivel' } })).motivo).toBe('sin_valor_actual');
    expect(progresoIndicador(crearIndicador({ meta: { valor: null, anio: null } })).estado).toBe('sin_dato');
  });
  it('mayor es mejor: 10 → 12 of 20 is 0.2', () => {
    expect(progresoIndicador(crearIndicador()).progreso).toBe(0.2);
  });
});
