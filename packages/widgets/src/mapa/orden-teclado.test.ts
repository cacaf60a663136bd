import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { moverFoco, ordenTeclado } from './orden-teclado.js';

// A 2×2 grid, screen coordinates (y grows southwards): a b / c d.
const puntos = [
  { codigo: 'd', cx: 10, cy: 10 },
  { codigo: 'a', cx: 0, cy: 0 },
  { codigo: 'c', cx: 0, cy: 10 },
  { codigo: 'b', cx: 10, cy: 0 },
];

describe('orden del teclado del mapa', () => {
  const orden = ordenTeclado(puntos);

  it('ordena de oeste a este y de norte a sur (empates por la otra coordenada)', () => {
    expect(orden.oesteEste).to.deep.equal(['a', 'c', 'b', 'd']);
    expect(orden.norteSur).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('las flechas avanzan y retroceden, Home/End van a los extremos, en el borde no se mueve', () => {
    expect(moverFoco('a', 'ArrowRight', orden)).to.equal('c');
    expect(moverFoco('c', 'ArrowLeft', orden)).to.equal('a');
    expect(moverFoco('a', 'ArrowDown', orden)).to.equal('b');
    expect(moverFoco('b', 'ArrowUp', orden)).to.equal('a');
    expect(moverFoco('d', 'ArrowRight', orden)).to.equal('d');
    expect(moverFoco('a', 'ArrowLeft', orden)).to.equal('a');
    expect(moverFoco('c', 'Home', orden)).to.equal('a');
    expect(moverFoco('c', 'End', orden)).to.equal('d');
  });

  it('otras teclas no mueven (null); sin foco previo se empieza por el primero', () => {
    expect(moverFoco('a', 'Enter', orden)).to.equal(null);
    expect(moverFoco('a', 'Tab', orden)).to.equal(null);
    expect(moverFoco(null, 'ArrowDown', orden)).to.equal('a');
    expect(moverFoco('zz', 'ArrowRight', orden)).to.equal('a');
    expect(moverFoco('a', 'ArrowRight', ordenTeclado([]))).to.equal(null);
  });

  it('propiedad: desde el primero, n−1 flechas a la derecha visitan todos; cada paso va al este o a igual longitud', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ codigo: fc.string({ minLength: 1, maxLength: 6 }), cx: fc.integer({ min: 0, max: 1000 }), cy: fc.integer({ min: 0, max: 1000 }) }), {
          minLength: 1,
          maxLength: 50,
          selector: (p) => p.codigo,
        }),
        (ps) => {
          const o = ordenTeclado(ps);
          const x = new Map(ps.map((p) => [p.codigo, p.cx]));
          let actual = moverFoco(null, 'Home', o)!;
          const vistos = new Set([actual]);
          for (let i = 1; i < ps.length; i++) {
            const sig = moverFoco(actual, 'ArrowRight', o)!;
            expect(x.get(sig)!).to.be.at.least(x.get(actual)!);
            actual = sig;
            vistos.add(actual);
          }
          expect(vistos.size).to.equal(ps.length);
        },
      ),
    );
  });
});
