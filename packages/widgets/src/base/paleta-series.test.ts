import { expect } from '@esm-bundle/chai';
import { razonContraste } from '@tablero-pdd/core';
import { COLORES_SERIE, FONDOS, PALETAS, TRAMAS, estiloSerie, type Tema } from './paleta-series.js';

describe('paleta de series', () => {
  for (const tema of Object.keys(PALETAS) as Tema[]) {
    it(`tema ${tema}: cada color tiene contraste ≥ 3:1 con el fondo`, () => {
      expect(PALETAS[tema].length).to.equal(COLORES_SERIE);
      for (const c of PALETAS[tema]) expect(razonContraste(c, FONDOS[tema]), c).to.be.at.least(3);
    });
  }

  it('las primeras 30 series tienen pares color + trama distintos', () => {
    const pares = new Set(Array.from({ length: COLORES_SERIE * TRAMAS }, (_, k) => JSON.stringify(estiloSerie(k))));
    expect(pares.size).to.equal(COLORES_SERIE * TRAMAS);
  });

  it('los fondos son los del tema base (estilos-base.ts)', async () => {
    const { estilosBase } = await import('./estilos-base.js');
    const css = estilosBase.cssText;
    expect(css).to.contain(`--pdd-fondo, ${FONDOS.claro}`);
    expect(css).to.contain(`--pdd-fondo, ${FONDOS.oscuro}`);
    expect(css).to.contain(`--pdd-fondo, ${FONDOS['alto-contraste']}`);
  });
});
