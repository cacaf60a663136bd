import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { porcentajePista } from './escala-lineal.js';

describe('porcentajePista', () => {
  it('es lineal desde 0: la mitad del máximo es la mitad de la pista', () => {
    expect(porcentajePista(50, 200)).to.equal(25);
    expect(porcentajePista(200, 200)).to.equal(100);
  });
  it('con tope: un valor por encima del máximo llena la pista, nunca la desborda', () => {
    expect(porcentajePista(1.15, 1)).to.equal(100);
  });
  it('valores negativos, no finitos o máximo inválido: 0 (sin barra), nunca NaN', () => {
    expect(porcentajePista(-0.2, 1)).to.equal(0);
    expect(porcentajePista(Number.NaN, 1)).to.equal(0);
    expect(porcentajePista(5, 0)).to.equal(0);
    expect(porcentajePista(5, Number.NaN)).to.equal(0);
  });
  it('propiedad: monótona y dentro de [0, 100]', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.double({ min: 1e-6, max: 1e12 }), (a, b, max) => {
        const pa = porcentajePista(a, max);
        const pb = porcentajePista(b, max);
        expect(pa).to.be.within(0, 100);
        if (a <= b) expect(pa).to.be.at.most(pb);
      }),
    );
  });
});
