import { describe, it, expect } from 'vitest';
import { resumirInversion } from './inversion.js';
import { crearMeta, crearNodo, crearPlan } from './test-utils/fabrica.js';
import type { Inversion } from '../schema/types.js';

const inv = (desde: number, hasta: number, fuente: string, valor: number | null): Inversion => ({ desde, hasta, fuente, valor });

const plan = crearPlan({
  nodos: [crearNodo('L1', 0, null), crearNodo('A1', 1, 'L1'), crearNodo('A2', 1, 'L1'), crearNodo('L2', 0, null)],
  metas: [
    crearMeta({ codigo: '1', nodo: 'A1', inversion: [inv(2024, 2024, 'recursos_propios', 100e6), inv(2025, 2025, 'Regalías', 50e6)] }),
    crearMeta({ codigo: '2', nodo: 'A1', inversion: [inv(2024, 2025, 'Estampilla Pro Cultura', 10e6), inv(2024, 2025, 'sgp_salud', null)] }),
    crearMeta({ codigo: '3', nodo: 'A2', inversion: [inv(2024, 2024, 'sgr', null)] }),
    crearMeta({ codigo: '4', nodo: 'L2', inversion: [] }),
  ],
});

describe('resumirInversion', () => {
  const r = resumirInversion(plan);
  it('total adds reported values only; null values are listed, never added as 0', () => {
    expect(r.total).toBe(160e6);
    expect(r.metasConDato).toBe(2);
    expect(r.sinDato).toEqual(['3', '4']);
    expect(r.incompletas).toEqual(['2']);
  });
  it('by source: canonical labels first in SisPT order, unknown source kept with its own text', () => {
    expect(r.porFuente.map((f) => [f.fuente, f.valor])).toEqual([
      ['recursos_propios', 100e6],
      ['sgr', 50e6],
      ['Estampilla Pro Cultura', 10e6],
    ]);
    expect(r.porFuente[1]?.etiqueta.es).toBe('Sistema General de Regalías (SGR)');
    expect(r.porFuente[2]).toMatchObject({ canonica: false, etiqueta: { es: 'Estampilla Pro Cultura' } });
  });
  it('by year span', () => {
    expect(r.porAnio).toEqual([
      { desde: 2024, hasta: 2024, valor: 100e6 },
      { desde: 2024, hasta: 2025, valor: 10e6 },
      { desde: 2025, hasta: 2025, valor: 50e6 },
    ]);
  });
  it('by node, rolled up the tree; a node where no meta reported is null, not 0', () => {
    expect(r.porNodo.map((f) => [f.numeracion, f.codigo, f.valor, f.metasSinDato])).toEqual([
      ['1', 'L1', 160e6, 1],
      ['1.1', 'A1', 160e6, 0],
      ['1.2', 'A2', null, 1],
      ['2', 'L2', null, 1],
    ]);
  });
  it('with a period: entries outside are ignored, entries across the edge are listed and not added', () => {
    const r25 = resumirInversion(plan, { periodo: { desde: 2025, hasta: 2025 } });
    expect(r25.total).toBe(50e6);
    expect(r25.fueraDePeriodo).toEqual(['2']);
  });
  it('total is null when no meta reported investment', () => {
    const vacio = crearPlan({ metas: [crearMeta({ inversion: [inv(2024, 2024, 'sgr', null)] })] });
    expect(resumirInversion(vacio).total).toBeNull();
  });
});
