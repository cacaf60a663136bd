import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { consolidarNiveles } from './niveles.js';
import { resumir } from './resumir.js';
import { anio, crearMeta, crearNodo, crearPlan } from './test-utils/fabrica.js';
import type { Meta, Plan } from '../schema/types.js';
import type { MetodoPeso } from './tipos.js';

/** A meta whose 2024–2025 cumplimiento is `c` (executed c·100 of 100) and avance c·100/400. */
function metaCon(codigo: string, nodo: string, c: number | null, extra: Partial<Meta> = {}): Meta {
  return crearMeta({
    codigo,
    nodo,
    metaCuatrienio: 400,
    seguimiento: [anio(2024, 50, c === null ? null : c * 50), anio(2025, 50, c === null ? null : c * 50), anio(2026, 300, null)],
    ...extra,
  });
}

function planBase(metas: Meta[], nodos = [crearNodo('L1', 0, null), crearNodo('C1', 1, 'L1'), crearNodo('C2', 1, 'L1'), crearNodo('L2', 0, null)]): Plan {
  return crearPlan({ nodos, metas });
}

describe('consolidarNiveles: rows', () => {
  const plan = planBase([metaCon('1', 'C1', 1), metaCon('2', 'C1', 0.5), metaCon('3', 'C2', 0.2)]);
  const r = consolidarNiveles(plan);
  it('rows are depth-first with numbering, level name, parent; null name stays null', () => {
    const sinNombre = planBase([], [crearNodo('L1', 0, null, { nombre: null })]);
    expect(consolidarNiveles(sinNombre).filas[0]?.nombre).toBeNull();
    expect(r.filas.map((f) => [f.numeracion, f.codigo, f.nombreNivel, f.padre])).toEqual([
      ['1', 'L1', 'Línea', null],
      ['1.1', 'C1', 'Componente', 'L1'],
      ['1.2', 'C2', 'Componente', 'L1'],
      ['2', 'L2', 'Línea', null],
    ]);
  });
  it("iguales (default): plain mean of capped values of all metas under the node", () => {
    expect(r.metodo).toBe('iguales');
    expect(r.filas[1]?.cumplimiento).toBe(0.75);
    expect(r.filas[0]?.cumplimiento).toBeCloseTo((1 + 0.5 + 0.2) / 3, 12);
    expect(r.total.cumplimiento).toBeCloseTo((1 + 0.5 + 0.2) / 3, 12);
    expect(r.filas[0]?.metas).toBe(3);
  });
  it('programado and avance are rolled up too (100 of 400 programmed → 0.25)', () => {
    expect(r.filas[1]?.programado).toBe(0.25);
    expect(r.filas[1]?.avance).toBeCloseTo((0.25 + 0.125) / 2, 12);
  });
  it('a node without metas has null figures (not 0) and band sin_dato', () => {
    expect(r.filas[3]).toMatchObject({ metas: 0, cumplimiento: null, avance: null, programado: null });
    expect(r.filas[3]?.bandaCumplimiento.id).toBe('sin_dato');
  });
  it('bands are given for each figure', () => {
    expect(r.filas[1]?.bandaCumplimiento.id).toBe('satisfactorio'); // 75 % is in 70–80
    expect(r.filas[2]?.bandaCumplimiento.id).toBe('critico');
  });
  it('states the period (default: the cut), the consolidation and the band source', () => {
    expect(r.periodo).toEqual({ desde: 2024, hasta: 2025 });
    expect(r.consolidacionFlujo).toBe('promedio');
    expect(r.fuenteBandas.es).toContain('DNP');
    expect(r.descripcionMetodo.es).toContain('Promedio simple');
  });
});

describe('consolidarNiveles: exclusions', () => {
  it('no_programada metas are excluded from cumplimiento; over-execution counts capped at 1', () => {
    const np = crearMeta({ codigo: '9', nodo: 'C1', seguimiento: [anio(2024, 0, 0), anio(2025, 0, 0)] });
    const sobre = metaCon('8', 'C1', 1.5);
    const r = consolidarNiveles(planBase([np, sobre, metaCon('7', 'C1', 0.5)]));
    expect(r.filas[1]?.cumplimiento).toBe(0.75);
    expect(r.filas[1]?.metas).toBe(3);
    expect(r.filas[1]?.metasConDato).toBe(2);
  });
  it('a meta with unknown node counts only in the plan total, with an aviso', () => {
    const r = consolidarNiveles(planBase([metaCon('1', 'C1', 1), metaCon('2', 'NO', 0)]));
    expect(r.filas[0]?.cumplimiento).toBe(1);
    expect(r.total.cumplimiento).toBe(0.5);
    expect(r.avisos.map((a) => a.codigo)).toContain('meta_sin_nodo');
  });
});

describe('consolidarNiveles: declared weights', () => {
  it('hierarchical weighted mean; siblings not summing 100 % are normalised with an aviso naming node and sum', () => {
    const nodos = [
      crearNodo('L1', 0, null, { peso: 0.6 }),
      crearNodo('C1', 1, 'L1', { peso: 0.5 }),
      crearNodo('C2', 1, 'L1', { peso: 0.4 }), // 0.5 + 0.4 = 90 %
      crearNodo('L2', 0, null, { peso: 0.4 }),
    ];
    const metas = [
      metaCon('1', 'C1', 1, { peso: 0.75 }),
      metaCon('2', 'C1', 0.2, { peso: 0.25 }),
      metaCon('3', 'C2', 0.5, { peso: 1 }),
      metaCon('4', 'L2', 0, { peso: 1 }),
    ];
    const r = consolidarNiveles(planBase(metas, nodos), { metodo: 'declarados' });
    const c1 = 0.75 * 1 + 0.25 * 0.2; // 0.8
    expect(r.filas[1]?.cumplimiento).toBeCloseTo(c1, 12);
    const l1 = (0.5 / 0.9) * c1 + (0.4 / 0.9) * 0.5;
    expect(r.filas[0]?.cumplimiento).toBeCloseTo(l1, 12);
    expect(r.total.cumplimiento).toBeCloseTo(0.6 * l1 + 0.4 * 0, 12);
    const aviso = r.avisos.find((a) => a.codigo === 'pesos_normalizados');
    expect(aviso?.nodo).toBe('L1');
    expect(aviso?.suma).toBeCloseTo(0.9, 12);
    // Through the one formatter: Spanish typography puts a non-breaking space before %.
    expect(aviso?.mensaje).toContain('suman 90\u00a0%, no 100\u00a0%');
    expect(aviso?.mensaje).toContain('L1');
  });
  it('missing declared weights: equal weights with one aviso, or weight 0 for the one missing', () => {
    const r = consolidarNiveles(planBase([metaCon('1', 'C1', 1), metaCon('2', 'C1', 0)]), { metodo: 'declarados' });
    expect(r.filas[1]?.cumplimiento).toBe(0.5);
    expect(r.avisos.map((a) => a.codigo)).toContain('pesos_no_declarados');
    const r2 = consolidarNiveles(planBase([metaCon('1', 'C1', 1, { peso: 1 }), metaCon('2', 'C1', 0)]), { metodo: 'declarados', lang: 'en' });
    expect(r2.filas[1]?.cumplimiento).toBe(1);
    expect(r2.avisos.find((a) => a.codigo === 'peso_faltante')?.mensaje).toContain('meta 2');
  });
});

describe('consolidarNiveles: investment weights', () => {
  const inv = (valor: number | null) => [{ desde: 2024, hasta: 2025, fuente: 'recursos_propios', valor }];
  it('weights by the investment in the period; metas without investment are left out, named in an aviso', () => {
    const r = consolidarNiveles(
      planBase([
        metaCon('1', 'C1', 1, { inversion: inv(300) }),
        metaCon('2', 'C1', 0.2, { inversion: inv(100) }),
        metaCon('3', 'C1', 0, { inversion: inv(null) }),
      ]),
      { metodo: 'inversion' },
    );
    expect(r.filas[1]?.cumplimiento).toBeCloseTo((300 + 20) / 400, 12);
    expect(r.filas[1]?.contribuyen.cumplimiento).toBe(2);
    expect(r.filas[1]?.metasConDato).toBe(3);
    const aviso = r.avisos.find((a) => a.codigo === 'inversion_sin_dato');
    expect(aviso?.metas).toEqual(['3']);
  });

  it("a department's count in the aviso goes through the formatter: «1.200 metas», «1,200 metas»", () => {
    const metas = Array.from({ length: 1201 }, (_, i) => metaCon(String(i + 1), 'C1', 0.5, { inversion: inv(i === 0 ? 100 : null) }));
    const aviso = (lang: 'es' | 'en') => consolidarNiveles(planBase(metas), { metodo: 'inversion', lang }).avisos.find((a) => a.codigo === 'inversion_sin_dato')?.mensaje;
    expect(aviso('es')).toMatch(/^1\.200 metas sin inversión reportada/);
    expect(aviso('en')).toMatch(/^1,200 metas without investment reported/);
  });
});

describe('consolidarNiveles: properties', () => {
  const metodos: MetodoPeso[] = ['iguales', 'declarados', 'inversion'];
  const valorArb = fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: null, freq: 5 });
  const metasArb = fc.array(
    fc.record({
      nodo: fc.constantFrom('C1', 'C2', 'L2', 'L1'),
      c: valorArb,
      peso: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      inv: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
    }),
    { maxLength: 25 },
  );
  const aMetas = (xs: Array<{ nodo: string; c: number | null; peso: number | null; inv: number | null }>) =>
    xs.map((x, i) =>
      metaCon(String(i + 1), x.nodo, x.c, {
        peso: x.peso,
        inversion: [{ desde: 2024, hasta: 2025, fuente: 'sgr', valor: x.inv }],
      }),
    );

  it('the order of metas changes no result (every method)', () => {
    fc.assert(
      fc.property(metasArb, fc.constantFrom(...metodos), fc.integer(), (xs, metodo, semilla) => {
        const metas = aMetas(xs);
        const barajadas = [...metas].sort((a, b) => ((Number(a.codigo) * 7919 + semilla) % 101) - ((Number(b.codigo) * 7919 + semilla) % 101));
        expect(consolidarNiveles(planBase(barajadas), { metodo })).toEqual(consolidarNiveles(planBase(metas), { metodo }));
      }),
      { numRuns: 200 },
    );
  });
  it('children with the same value roll up to that value (every method)', () => {
    fc.assert(
      fc.property(metasArb, fc.constantFrom(...metodos), fc.double({ min: 0, max: 1, noNaN: true }), (xs, metodo, v) => {
        const metas = aMetas(xs.map((x) => ({ ...x, c: v, inv: (x.inv ?? 0) + 1 })));
        const r = consolidarNiveles(planBase(metas), { metodo });
        for (const f of [...r.filas, r.total]) {
          if (f.cumplimiento !== null) expect(f.cumplimiento).toBeCloseTo(v, 9);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('rolled-up values are always null or in [0, 1]', () => {
    fc.assert(
      fc.property(metasArb, fc.constantFrom(...metodos), (xs, metodo) => {
        const r = consolidarNiveles(planBase(aMetas(xs)), { metodo });
        for (const f of [...r.filas, r.total]) {
          for (const v of [f.programado, f.cumplimiento, f.avance]) {
            if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('consolidarNiveles and resumir agree to the last digit', () => {
  // Chía's plan (DNP files, 276 metas): the per-meta figures are rounded as the Porcentajes are, so both paths
  // give identical numbers (they differed in the 12th decimal in 6 of 849 figures before).
  const chia = JSON.parse(readFileSync(new URL('../../../../demo/data/chia-25175.json', import.meta.url), 'utf8')) as Plan;
  for (const metodo of ['iguales', 'declarados', 'inversion'] as const) {
    it(metodo, () => {
      const a = consolidarNiveles(chia, { metodo });
      const b = resumir(chia, { metodo }).niveles;
      const cifras = (r: typeof a) => [...r.filas.map((f) => [f.codigo, f.programado, f.cumplimiento, f.avance]), [r.total.programado, r.total.cumplimiento, r.total.avance]];
      expect(cifras(a)).toEqual(cifras(b));
    });
  }
});
