import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compararCodigos, indexarArbol } from './arbol.js';
import { crearMeta, crearNodo, crearPlan } from './test-utils/fabrica.js';

const planArbol = () =>
  crearPlan({
    nodos: [
      crearNodo('L1', 0, null),
      crearNodo('L2', 0, null),
      crearNodo('C11', 1, 'L1'),
      crearNodo('A111', 2, 'C11'),
      crearNodo('A112', 2, 'C11'),
      crearNodo('C21', 1, 'L2'),
    ],
    metas: [
      crearMeta({ codigo: '10', nodo: 'A112' }),
      crearMeta({ codigo: '2', nodo: 'A111' }),
      crearMeta({ codigo: '1', nodo: 'A111' }),
      crearMeta({ codigo: '3', nodo: 'C21' }),
    ],
  });

describe('indexarArbol', () => {
  it('orders nodes depth-first with the report numbering 1 / 1.1 / 1.1.1', () => {
    const plan = planArbol();
    const ix = indexarArbol(plan);
    const codigos = Array.from(ix.nodo, (d) => plan.nodos[d]!.codigo);
    expect(codigos).toEqual(['L1', 'C11', 'A111', 'A112', 'L2', 'C21']);
    expect(ix.numeracion).toEqual(['1', '1.1', '1.1.1', '1.1.2', '2', '2.1']);
    expect(Array.from(ix.profundidad)).toEqual([0, 1, 2, 2, 0, 1]);
  });
  it('each subtree is a contiguous range, and so are its metas', () => {
    const plan = planArbol();
    const ix = indexarArbol(plan);
    expect(Array.from(ix.fin)).toEqual([4, 4, 3, 4, 6, 6]);
    const metasDe = (pos: number) =>
      Array.from(ix.metas.subarray(ix.inicioMetas[pos], ix.inicioMetas[ix.fin[pos]!]), (k) => plan.metas[k]!.codigo);
    expect(metasDe(0)).toEqual(['1', '2', '10']);
    expect(metasDe(4)).toEqual(['3']);
  });
  it('is cached per plan and rebuilt when the metas array is replaced', () => {
    const plan = planArbol();
    const a = indexarArbol(plan);
    expect(indexarArbol(plan)).toBe(a);
    const otro = { ...plan, metas: plan.metas.slice(0, 1) };
    expect(indexarArbol(otro).metas.length).toBe(1);
  });
  it('a missing parent, a cycle and an unknown node give avisos, never a crash or a lost node', () => {
    const plan = crearPlan({
      nodos: [crearNodo('X', 1, 'NO-EXISTE'), crearNodo('P', 0, 'Q'), crearNodo('Q', 0, 'P')],
      metas: [crearMeta({ codigo: '1', nodo: 'FALTA' })],
    });
    const ix = indexarArbol(plan);
    expect(ix.n).toBe(3);
    expect(ix.avisos.map((a) => a.codigo).sort()).toEqual(['ciclo', 'meta_sin_nodo', 'padre_inexistente']);
    expect(ix.metaNodo[0]).toBe(-1);
    expect(ix.inicioMetas[3]! - ix.inicioMetas[ix.n]!).toBe(0);
    expect(ix.metas.length).toBe(1);
  });
  it('a 20,000-deep chain is indexed without stack overflow', () => {
    const nodos = Array.from({ length: 20_000 }, (_, i) => crearNodo(`n${i}`, 0, i === 0 ? null : `n${i - 1}`));
    const ix = indexarArbol(crearPlan({ nodos }));
    expect(ix.profundidad[19_999]).toBe(19_999);
  });
});

describe('compararCodigos', () => {
  it('compares numbers inside codes by value', () => {
    expect(['10', '2', '1', '1.10', '1.2', 'a'].sort(compararCodigos)).toEqual(['1', '1.2', '1.10', '2', '10', 'a']);
    expect(compararCodigos('IP-9', 'IP-10')).toBeLessThan(0);
    expect(compararCodigos('01', '1')).not.toBe(0);
  });
  it('is a consistent total order (antisymmetric) on any strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => Math.sign(compararCodigos(a, b)) === -Math.sign(compararCodigos(b, a))),
      { numRuns: 2000 },
    );
  });
});
