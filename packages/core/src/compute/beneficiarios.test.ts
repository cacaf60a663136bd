import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ordenarUnidades, resumirBeneficiarios } from './beneficiarios.js';
import { crearMeta, crearNodo, crearPlan } from './test-utils/fabrica.js';
import type { Beneficiarios } from '../schema/types.js';

const ben = (total: number | null, unidad: string | null, grupos: Beneficiarios['grupos'] = [], estado: Beneficiarios['estado'] = 'reportado'): Beneficiarios => ({
  estado,
  total,
  unidad,
  grupos,
});

const plan = crearPlan({
  nodos: [crearNodo('L1', 0, null), crearNodo('A1', 1, 'L1'), crearNodo('A2', 1, 'L1')],
  metas: [
    crearMeta({ codigo: '1', nodo: 'A1', beneficiarios: ben(335, 'ciudadanos', [{ grupo: 'Mujeres', valor: 120 }, { grupo: 'victimas', valor: 40 }]) }),
    crearMeta({ codigo: '2', nodo: 'A1', beneficiarios: ben(664, 'Ciudadanos', [{ grupo: 'mujeres', valor: 300 }]) }),
    crearMeta({ codigo: '3', nodo: 'A2', beneficiarios: ben(81, 'empresarios') }),
    crearMeta({ codigo: '4', nodo: 'A2', beneficiarios: ben(null, null, [], 'sin_dato') }),
    crearMeta({ codigo: '5', nodo: 'A2', beneficiarios: ben(null, null, [], 'no_aplica') }),
    crearMeta({ codigo: '6', nodo: 'A2', beneficiarios: ben(0, 'empresarios') }),
  ],
});

describe('resumirBeneficiarios', () => {
  const r = resumirBeneficiarios(plan);
  it('totals by unit; different units are never added', () => {
    expect(r.porUnidad.map((u) => [u.unidad, u.total, u.metas])).toEqual([
      ['ciudadanos', 999, 2],
      ['empresarios', 81, 2],
    ]);
  });
  it('groups are per group and unit, summed across metas, never into a total', () => {
    expect(r.porGrupo.map((g) => [g.grupo, g.unidad, g.valor, g.metas])).toEqual([
      ['mujeres', 'ciudadanos', 420, 2],
      ['victimas', 'ciudadanos', 40, 1],
    ]);
    expect(r.porGrupo[0]?.etiqueta.es).toBe('Mujeres');
  });
  it('sin dato and no aplica are listed apart from a reported 0', () => {
    expect(r.sinDato).toEqual(['4']);
    expect(r.noAplica).toEqual(['5']);
    expect(r.cero).toEqual(['6']);
  });
  it('by node, rolled up, with the counts of metas without data', () => {
    const l1 = r.porNodo[0]!;
    expect(l1.porUnidad.map((u) => [u.unidad, u.total])).toEqual([
      ['ciudadanos', 999],
      ['empresarios', 81],
    ]);
    expect(l1).toMatchObject({ metas: 6, metasConDato: 4, metasSinDato: 1, metasNoAplica: 1 });
    expect(r.porNodo[2]?.porUnidad).toEqual([{ unidad: 'empresarios', etiqueta: 'empresarios', total: 81, metas: 2 }]);
  });
  it('says groups overlap', () => {
    expect(r.nota.es).toContain('se superponen');
  });
});

describe('ordenarUnidades', () => {
  const fila = (unidad: string, metas: number) => ({ unidad, etiqueta: unidad, total: 1, metas });
  it('most metas first, ties by unit key', () => {
    const r = ordenarUnidades([fila('personas', 2), fila('empresas', 5), fila('hogares', 2), fila('', 2)]);
    expect(r.map((f) => f.unidad)).toEqual(['empresas', '', 'hogares', 'personas']);
  });
  it('empty and single lists come back as they are', () => {
    expect(ordenarUnidades([])).toEqual([]);
    expect(ordenarUnidades([fila('x', 1)]).map((f) => f.unidad)).toEqual(['x']);
  });
  it('agrees with Array.prototype.sort on lists of distinct units, short and long', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string({ maxLength: 4 }), fc.nat(5)), { selector: (t) => t[0], maxLength: 40 }), (ts) => {
        const filas = ts.map(([u, m]) => fila(u, m));
        const esperado = [...filas].sort((a, b) => b.metas - a.metas || (a.unidad < b.unidad ? -1 : a.unidad > b.unidad ? 1 : 0));
        expect(ordenarUnidades(filas)).toEqual(esperado);
      }),
    );
  });
});
