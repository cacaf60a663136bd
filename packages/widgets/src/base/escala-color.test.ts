import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { COLORES_ESCALA, PASOS_ESCALA, escalaSecuencial } from './escala-color.js';

describe('escalaSecuencial', () => {
  it('con pocos conteos distintos da una clase por conteo', () => {
    const e = escalaSecuencial([1, 2, 3, 0, null], { enteros: true });
    expect(e.clases.map((c) => [c.desde, c.hasta])).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    // Three classes spread over the palette: lightest, middle, darkest.
    expect(e.clases.map((c) => c.paso)).to.deep.equal([0, 2, 4]);
    expect(e.indiceDe(2)).to.equal(1);
  });

  it('agrupa conteos grandes en rangos redondos de enteros', () => {
    // max 23 in 5 classes: a step of 4.6 rounds up to 5 → 1–5, 6–10, …, 21–25.
    const e = escalaSecuencial([1, 4, 9, 15, 23, 7], { enteros: true });
    expect(e.clases.map((c) => [c.desde, c.hasta])).to.deep.equal([
      [1, 5],
      [6, 10],
      [11, 15],
      [16, 20],
      [21, 25],
    ]);
    expect(e.indiceDe(5)).to.equal(0);
    expect(e.indiceDe(6)).to.equal(1);
    expect(e.indiceDe(23)).to.equal(4);
    expect(e.pasoDe(23)).to.equal(PASOS_ESCALA - 1);
  });

  it('agrupa dinero en pasos redondos (1, 2, 2,5 o 5 × 10^k)', () => {
    // 12.453 millones in 5 classes: 2.490,6 millones per class rounds up to 2.500 millones.
    const e = escalaSecuencial([12_453_120_000, 518_880_000, 3_000_000_000, 7_000_000_000, 1_000_000_000]);
    expect(e.clases.map((c) => c.hasta)).to.deep.equal([2.5e9, 5e9, 7.5e9, 10e9, 12.5e9]);
    expect(e.clases[0]!.desde).to.equal(0);
    expect(e.indiceDe(2.5e9)).to.equal(0); // upper bound inclusive
    expect(e.indiceDe(2.5e9 + 1)).to.equal(1);
  });

  it('un solo valor da una sola clase (no cuatro vacías), en un tono oscuro', () => {
    const e = escalaSecuencial([162_000_000, null, 0]);
    expect(e.clases).to.have.length(1);
    expect(e.clases[0]!.hasta).to.equal(2e8);
    expect(e.pasoDe(162_000_000)).to.equal(3);
  });

  it('cero y "sin dato" no son clases: -1 y null, nunca el azul más claro', () => {
    const e = escalaSecuencial([0, null, 5]);
    expect(e.indiceDe(0)).to.equal(-1);
    expect(e.indiceDe(null)).to.equal(null);
    expect(e.pasoDe(0)).to.equal(null);
    expect(e.pasoDe(null)).to.equal(null);
    expect(escalaSecuencial([0, null]).clases).to.deep.equal([]);
  });

  it('un valor subnormal (5e-324) cae en una clase que lo contiene', () => {
    const e = escalaSecuencial([5e-324]);
    const c = e.clases[e.indiceDe(5e-324)!]!;
    expect(5e-324).to.be.at.most(c.hasta);
  });

  it('la clase más alta contiene el máximo aunque el paso redondo se cuantice (valores subnormales)', () => {
    // Found by the property below: steps of 10^-323 are multiples of 5e-324, and 2 × 1e-323 < 2,5e-323.
    const e = escalaSecuencial([5e-324, 2.5e-323, null]);
    for (const v of [5e-324, 2.5e-323]) {
      const c = e.clases[e.indiceDe(v)!]!;
      expect(v).to.be.greaterThan(c.desde);
      expect(v).to.be.at.most(c.hasta);
    }
  });

  it('límites sin artefactos binarios (0,1 × 3 = 0,3)', () => {
    const e = escalaSecuencial([0.05, 0.12, 0.27, 0.31, 0.44, 0.5]);
    expect(e.clases.map((c) => c.hasta)).to.deep.equal([0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('propiedad: cada valor positivo cae en exactamente una clase que lo contiene; clases crecientes y a lo sumo 5', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e13, noNaN: true })), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        (valores, enteros) => {
          const vs = enteros ? valores.map((v) => (v === null ? null : Math.round(v))) : valores;
          const e = escalaSecuencial(vs, { enteros });
          expect(e.clases.length).to.be.at.most(PASOS_ESCALA);
          for (let i = 1; i < e.clases.length; i++) {
            expect(e.clases[i]!.desde).to.be.at.least(e.clases[i - 1]!.hasta - 1e-9);
            expect(e.clases[i]!.paso).to.be.greaterThan(e.clases[i - 1]!.paso);
          }
          for (const v of vs) {
            if (v === null || v <= 0) continue;
            const i = e.indiceDe(v)!;
            const c = e.clases[i]!;
            expect(v).to.be.at.most(c.hasta);
            if (enteros) expect(v).to.be.at.least(c.desde);
            else expect(v).to.be.greaterThan(c.desde);
          }
          if (e.clases.length) expect(e.clases[e.clases.length - 1]!.paso).to.equal(PASOS_ESCALA - 1 - (e.clases.length === 1 ? 1 : 0));
        },
      ),
    );
  });

  it('la paleta tiene cinco colores y se oscurece (luminancia decreciente)', () => {
    const lum = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((a, b) => a + b);
    expect(COLORES_ESCALA).to.have.length(PASOS_ESCALA);
    for (let i = 1; i < COLORES_ESCALA.length; i++) expect(lum(COLORES_ESCALA[i]!)).to.be.lessThan(lum(COLORES_ESCALA[i - 1]!));
  });
});
