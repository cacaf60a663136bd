import { expect } from '@esm-bundle/chai';
import { leerTamano, paginar } from './paginacion.js';

const TODAS = Number.POSITIVE_INFINITY;

describe('paginar', () => {
  it('1.000 filas de 25 en 25: 40 páginas; la última termina en la fila 1.000', () => {
    expect(paginar(1000, 0, 25)).to.deep.equal({ pagina: 0, paginas: 40, desde: 0, hasta: 25 });
    expect(paginar(1000, 39, 25)).to.deep.equal({ pagina: 39, paginas: 40, desde: 975, hasta: 1000 });
  });

  it('una última página incompleta: 85 filas de 25 → la cuarta tiene 10', () => {
    expect(paginar(85, 3, 25)).to.deep.equal({ pagina: 3, paginas: 4, desde: 75, hasta: 85 });
  });

  it('una página más allá del final (el filtro dejó menos filas) se ajusta a la última', () => {
    expect(paginar(30, 10, 25)).to.deep.equal({ pagina: 1, paginas: 2, desde: 25, hasta: 30 });
    expect(paginar(30, -3, 25).pagina).to.equal(0);
    expect(paginar(30, Number.NaN, 25).pagina).to.equal(0);
  });

  it('sin filas: una página vacía, no cero páginas', () => {
    expect(paginar(0, 2, 25)).to.deep.equal({ pagina: 0, paginas: 1, desde: 0, hasta: 0 });
  });

  it('"todas": una sola página con todas las filas', () => {
    expect(paginar(1000, 3, TODAS)).to.deep.equal({ pagina: 0, paginas: 1, desde: 0, hasta: 1000 });
  });

  it('rechaza un total o un tamaño imposibles, diciendo cuál', () => {
    expect(() => paginar(-1, 0, 25)).to.throw(/total/);
    expect(() => paginar(1.5, 0, 25)).to.throw(/total/);
    expect(() => paginar(10, 0, 0)).to.throw(/tamano/);
  });
});

describe('leerTamano', () => {
  it('acepta solo los tamaños del selector', () => {
    expect(leerTamano('10')).to.equal(10);
    expect(leerTamano('25')).to.equal(25);
    expect(leerTamano('100')).to.equal(100);
    expect(leerTamano('todas')).to.equal(TODAS);
    expect(leerTamano('7')).to.equal(null);
    expect(leerTamano('')).to.equal(null);
  });
});
