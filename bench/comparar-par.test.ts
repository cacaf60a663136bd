import { describe, it, expect } from 'vitest';
import { compararResultados, igualesCon } from './comparar-par.js';
import type { CifrasGrupo, ResultadoPar } from './duckdb-consulta.js';

const cifras = (p: Partial<CifrasGrupo> = {}): CifrasGrupo => ({ metas: 3, cumplimiento: 0.5, avance: 0.25, programado: 0.75, inversion: 1000, ...p });
const resultado = (niveles: Array<[string, CifrasGrupo]>, fuentes: Array<[string, number, number]> = [['sgr', 1000, 1]]): ResultadoPar => ({
  niveles: new Map(niveles),
  fuentes: new Map(fuentes.map(([f, valor, metas]) => [f, { valor, metas }])),
});

describe('igualesCon', () => {
  it('null solo es igual a null: «sin dato» nunca iguala a 0', () => {
    expect(igualesCon(null, null, 1e-9)).toBe(true);
    expect(igualesCon(null, 0, 1e-9)).toBe(false);
    expect(igualesCon(0, null, 1e-9)).toBe(false);
  });
  it('tolera el ruido de coma flotante, relativo a la magnitud', () => {
    expect(igualesCon(0.1 + 0.2, 0.3, 1e-9)).toBe(true);
    expect(igualesCon(1e12, 1e12 + 1, 1e-9)).toBe(true);
    expect(igualesCon(0.5, 0.5001, 1e-9)).toBe(false);
  });
});

describe('compararResultados', () => {
  const base = resultado([
    ['', cifras()],
    ['A', cifras()],
  ]);

  it('coinciden: cuenta cada campo de cada grupo y cada fuente', () => {
    const c = compararResultados(base, resultado([['', cifras()], ['A', cifras()]]));
    expect(c).toMatchObject({ coinciden: true, comparados: 2 * 5 + 2, diferencias: [] });
  });

  it('señala un campo distinto, un grupo que falta y una fuente con otro número de metas', () => {
    const otro = resultado([['', cifras({ avance: null })]], [['sgr', 1000, 2]]);
    const c = compararResultados(base, otro);
    expect(c.coinciden).toBe(false);
    expect(c.diferencias).toEqual([
      'grupo «plan», avance: core 0.25, DuckDB null',
      'grupo «A»: solo en core',
      'fuente «sgr», metas: core 1, DuckDB 2',
    ]);
  });

  it('da muestras del plan, de un nodo y de la fuente mayor', () => {
    const c = compararResultados(base, base);
    expect(c.muestras.map((m) => m.grupo)).toEqual(['plan', 'A', 'fuente sgr']);
  });
});
