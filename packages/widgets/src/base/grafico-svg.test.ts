import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { partirTexto } from './grafico-svg.js';

describe('partirTexto', () => {
  it('parte por palabras sin pasar del máximo', () => {
    expect(partirTexto('Fortalecimiento de la gestión y dirección', 16)).to.deep.equal(['Fortalecimiento', 'de la gestión y', 'dirección']);
  });
  it('corta las palabras más largas que una línea', () => {
    expect(partirTexto('Reindustrialización', 8)).to.deep.equal(['Reindust', 'rializac', 'ión']);
  });
  it('con límite de líneas termina en "…"', () => {
    const l = partirTexto('uno dos tres cuatro cinco seis', 9, 2);
    expect(l).to.have.length(2);
    expect(l[1]!.endsWith('…')).to.equal(true);
    expect(l[1]!.length).to.be.at.most(9);
  });
  it('propiedad: ninguna línea supera el máximo y sin límite no se pierde ninguna letra', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (s, max) => {
        const lineas = partirTexto(s, max);
        for (const l of lineas) expect(l.length).to.be.at.most(max);
        expect(lineas.join('').replace(/\s/g, '')).to.equal(s.replace(/\s/g, ''));
      }),
    );
  });
});
