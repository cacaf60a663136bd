import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cruzarInversion } from './inversion-cruzada.js';
import { resumirInversion } from './inversion.js';
import { crearMeta, crearNodo, crearPlan } from './test-utils/fabrica.js';
import type { Inversion } from '../schema/types.js';

const inv = (desde: number, hasta: number, fuente: string, valor: number | null): Inversion => ({ desde, hasta, fuente, valor });

// The plan of inversion.test.ts: the hand-worked sums below follow from it.
const plan = crearPlan({
  nodos: [crearNodo('L1', 0, null), crearNodo('A1', 1, 'L1'), crearNodo('A2', 1, 'L1'), crearNodo('L2', 0, null)],
  metas: [
    crearMeta({ codigo: '1', nodo: 'A1', inversion: [inv(2024, 2024, 'recursos_propios', 100e6), inv(2025, 2025, 'Regalías', 50e6)] }),
    crearMeta({ codigo: '2', nodo: 'A1', inversion: [inv(2024, 2025, 'Estampilla Pro Cultura', 10e6), inv(2024, 2025, 'sgp_salud', null)] }),
    crearMeta({ codigo: '3', nodo: 'A2', inversion: [inv(2024, 2024, 'sgr', null)] }),
    crearMeta({ codigo: '4', nodo: 'L2', inversion: [] }),
    crearMeta({ codigo: '5', nodo: 'NO-EXISTE', inversion: [inv(2024, 2024, 'sgr', 7e6)] }),
  ],
});

describe('cruzarInversion', () => {
  const r = cruzarInversion(plan);
  it('by node × source, rolled up; "Regalías" lands in the sgr bucket; null values are not added', () => {
    expect(r.porNodo).toEqual([
      { codigo: 'L1', porFuente: { recursos_propios: 100e6, sgr: 50e6, 'Estampilla Pro Cultura': 10e6 } },
      { codigo: 'A1', porFuente: { recursos_propios: 100e6, sgr: 50e6, 'Estampilla Pro Cultura': 10e6 } },
      { codigo: 'A2', porFuente: {} },
      { codigo: 'L2', porFuente: {} },
    ]);
  });
  it('by year span × source; a meta of an unknown node still counts in its year', () => {
    expect(r.porAnio).toEqual([
      { desde: 2024, hasta: 2024, porFuente: { recursos_propios: 100e6, sgr: 7e6 } },
      { desde: 2024, hasta: 2025, porFuente: { 'Estampilla Pro Cultura': 10e6 } },
      { desde: 2025, hasta: 2025, porFuente: { sgr: 50e6 } },
    ]);
  });
  it('with a period: entries across the edge are left out, as in resumirInversion', () => {
    const r25 = cruzarInversion(plan, { periodo: { desde: 2025, hasta: 2025 } });
    expect(r25.porAnio).toEqual([{ desde: 2025, hasta: 2025, porFuente: { sgr: 50e6 } }]);
    expect(r25.porNodo[0]).toEqual({ codigo: 'L1', porFuente: { sgr: 50e6 } });
  });

  it('property: each row adds up to resumirInversion (node, year span and source totals)', () => {
    const fuentes = ['recursos_propios', 'sgr', 'Regalías', 'SGP - Salud', 'Estampilla', ''];
    const entrada = fc.record({
      desde: fc.integer({ min: 2024, max: 2027 }),
      largo: fc.integer({ min: 0, max: 1 }),
      fuente: fc.constantFrom(...fuentes),
      valor: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
    });
    const metas = fc.array(fc.record({ nodo: fc.constantFrom('L1', 'A1', 'A2', 'L2', 'X'), inversion: fc.array(entrada, { maxLength: 4 }) }), {
      maxLength: 12,
    });
    const periodo = fc.option(fc.constantFrom({ desde: 2024, hasta: 2025 }, { desde: 2025, hasta: 2027 }), { nil: null });
    fc.assert(
      fc.property(metas, periodo, (ms, p) => {
        const pl = crearPlan({
          nodos: plan.nodos,
          metas: ms.map((m, i) =>
            crearMeta({ codigo: String(i + 1), nodo: m.nodo, inversion: m.inversion.map((e) => inv(e.desde, e.desde + e.largo, e.fuente, e.valor)) }),
          ),
        });
        const c = cruzarInversion(pl, { periodo: p });
        const base = resumirInversion(pl, { periodo: p });
        const suma = (x: Record<string, number>) => Object.values(x).reduce((a, b) => a + b, 0);
        c.porNodo.forEach((f, i) => {
          const b = base.porNodo[i]!;
          expect(f.codigo).toBe(b.codigo);
          // A node with no value has no segments (sin dato, not a 0 bar).
          if (b.valor === null) expect(f.porFuente).toEqual({});
          else expect(suma(f.porFuente)).toBeCloseTo(b.valor, 0);
        });
        expect(c.porAnio.map((a) => [a.desde, a.hasta])).toEqual(base.porAnio.map((a) => [a.desde, a.hasta]));
        c.porAnio.forEach((a, i) => expect(suma(a.porFuente)).toBeCloseTo(base.porAnio[i]!.valor, 0));
        for (const f of base.porFuente) expect(c.porAnio.reduce((s, a) => s + (a.porFuente[f.fuente] ?? 0), 0)).toBeCloseTo(f.valor, 0);
      }),
    );
  });
});
