import { expect } from '@esm-bundle/chai';
import type { FilaNivel } from '@tablero-pdd/core';
import { cerradosIniciales, conHijos, filasVisibles, FILAS_INICIALES } from './apertura.js';

/** A tree in table order: `n` children per node, `niveles` deep; codes "1", "1.2", "1.2.3"… */
function arbol(hijos: number[], padre: string | null = null, profundidad = 0): FilaNivel[] {
  const [n, ...resto] = hijos;
  if (n === undefined) return [];
  return Array.from({ length: n }, (_, i) => {
    const codigo = padre === null ? String(i + 1) : `${padre}.${i + 1}`;
    const fila = { codigo, padre, profundidad } as unknown as FilaNivel;
    return [fila, ...arbol(resto, codigo, profundidad + 1)];
  }).flat();
}

const codigos = (filas: FilaNivel[]) => filas.map((f) => f.codigo);

describe('apertura de la tabla por niveles', () => {
  it('a short plan opens whole', () => {
    const filas = arbol([1, 1, 4]);
    expect(cerradosIniciales(filas).size).to.equal(0);
    expect(filasVisibles(filas, new Set())).to.have.length(6);
  });

  it('a long plan opens the levels that fit in the limit and closes the next (Chía: 7, 25, 48, 203 rows)', () => {
    const filas = arbol([7, 4, 2, 4]); // 7 + 28 + 56 + 224 = 315
    const cerrados = cerradosIniciales(filas);
    // 7 + 28 = 35 fit in 40; 35 + 56 do not: the 28 second-level nodes are closed.
    expect(cerrados.size).to.equal(28);
    expect([...cerrados].every((c) => c.split('.').length === 2)).to.equal(true);
    const visibles = filasVisibles(filas, cerrados);
    expect(visibles).to.have.length(35);
    expect(visibles.length).to.be.at.most(FILAS_INICIALES);
  });

  it('shows the first level even when it alone passes the limit', () => {
    const filas = arbol([50, 2]);
    const visibles = filasVisibles(filas, cerradosIniciales(filas));
    expect(codigos(visibles)).to.deep.equal(Array.from({ length: 50 }, (_, i) => String(i + 1)));
  });

  it('counts depth from a branch\'s own top row', () => {
    const rama = arbol([1, 5, 10]).map((f) => ({ ...f, profundidad: f.profundidad + 2 }));
    const cerrados = cerradosIniciales(rama, 10);
    expect(filasVisibles(rama, cerrados)).to.have.length(6); // the branch's root and its 5 children
  });

  it('hides everything inside a closed node, however deep, and nothing else', () => {
    const filas = arbol([2, 2, 2]);
    expect(codigos(filasVisibles(filas, new Set(['1'])))).to.deep.equal(['1', '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2']);
    expect(codigos(filasVisibles(filas, new Set(['1.2', '2'])))).to.deep.equal(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2']);
    expect(conHijos(filas)).to.deep.equal(new Set(['1', '1.1', '1.2', '2', '2.1', '2.2']));
  });
});
