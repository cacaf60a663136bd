import { expect } from '@esm-bundle/chai';
import { RanurasFilas } from './ranuras-filas.js';

const distintas = (xs: number[]) => new Set(xs).size === xs.length;

describe('RanurasFilas', () => {
  it('la primera página ocupa las ranuras 0…n-1', () => {
    expect(new RanurasFilas().asignar(['a', 'b', 'c'])).to.deep.equal([0, 1, 2]);
  });

  it('reordenar las mismas metas: cada una conserva su ranura', () => {
    const r = new RanurasFilas();
    r.asignar(['a', 'b', 'c']);
    expect(r.asignar(['c', 'a', 'b'])).to.deep.equal([2, 0, 1]);
  });

  it('un filtro que conserva unas y trae otras: las que siguen no cambian, las nuevas toman las que se liberaron', () => {
    const r = new RanurasFilas();
    r.asignar(['a', 'b', 'c', 'd']); // 0 1 2 3
    const s = r.asignar(['b', 'x', 'd', 'y']);
    expect(s[0]).to.equal(1);
    expect(s[2]).to.equal(3);
    // a (0) and c (2) left: x and y reuse them; no new slot is made.
    expect([s[1], s[3]].sort()).to.deep.equal([0, 2]);
  });

  it('una página entera nueva (ordenar) reutiliza todas las ranuras, sin crear otras', () => {
    const r = new RanurasFilas();
    const antes = r.asignar(Array.from({ length: 25 }, (_, i) => `m${i}`));
    const despues = r.asignar(Array.from({ length: 25 }, (_, i) => `n${i}`));
    expect([...despues].sort((a, b) => a - b)).to.deep.equal([...antes].sort((a, b) => a - b));
  });

  it('si la página crece hay ranuras nuevas; si se achica, las que sobran se olvidan', () => {
    const r = new RanurasFilas();
    r.asignar(['a', 'b']);
    const grande = r.asignar(['a', 'b', 'c', 'd']);
    expect(grande).to.deep.equal([0, 1, 2, 3]);
    expect(r.asignar(['d'])).to.deep.equal([3]);
    // 0, 1 and 2 were dropped with their metas: a page of three again takes 3 and two new ones.
    const otra = r.asignar(['d', 'e', 'f']);
    expect(otra[0]).to.equal(3);
    expect(distintas(otra)).to.equal(true);
    expect(otra.slice(1).every((x) => x > 3)).to.equal(true);
  });

  it('un código repetido no comparte ranura (las claves de las filas deben ser únicas)', () => {
    const r = new RanurasFilas();
    r.asignar(['a', 'b']);
    const s = r.asignar(['a', 'a', 'c', 'a']);
    expect(s[0]).to.equal(0);
    expect(distintas(s)).to.equal(true);
  });

  it('muchas páginas al azar: ranuras distintas, las metas que siguen conservan la suya, nuevas solo si crece', () => {
    let semilla = 7;
    const azar = (n: number) => ((semilla = (semilla * 1103515245 + 12345) % 2 ** 31) % n);
    const r = new RanurasFilas();
    let previa = new Map<string, number>();
    for (let vuelta = 0; vuelta < 200; vuelta++) {
      const n = azar(30);
      const codigos = [...new Set(Array.from({ length: n }, () => `m${azar(60)}`))];
      const s = r.asignar(codigos);
      expect(distintas(s)).to.equal(true);
      codigos.forEach((c, i) => {
        if (previa.has(c)) expect(s[i], c).to.equal(previa.get(c));
      });
      // Slots not on the previous page: only as many as the page grew.
      const anteriores = new Set(previa.values());
      expect(s.filter((x) => !anteriores.has(x)).length).to.equal(Math.max(0, codigos.length - previa.size));
      previa = new Map(codigos.map((c, i) => [c, s[i]!]));
    }
  });
});
