// Sentences under the charts stay readable with a real municipality's plan (Chía: 276 metas).
import { expect } from '@esm-bundle/chai';
import { resumir, type Plan } from '@tablero-pdd/core';
import { notasBeneficiarios } from '../beneficiarios/modelo-beneficiarios.js';
import { notasInversion } from '../inversion/modelo-inversion.js';
import { texto } from './i18n.js';
import { MAX_LISTA } from './lista-corta.js';

describe('notas bajo los gráficos', () => {
  it('Chía: las metas sin dato de beneficiarios se cuentan todas y se nombran las diez primeras', async () => {
    const chia = (await (await fetch('/demo/data/chia-25175.json')).json()) as Plan;
    const r = resumir(chia);
    const sinDato = r.beneficiarios.sinDato;
    expect(sinDato.length).to.be.greaterThan(MAX_LISTA);
    const nota = notasBeneficiarios(r, 'es').find((n) => n.startsWith('Sin dato reportado'))!;
    expect(nota).to.contain(`(${sinDato.length} metas;`);
    expect(nota).to.contain(`${sinDato.slice(0, MAX_LISTA).join(', ')} y ${sinDato.length - MAX_LISTA} más`);
    for (const n of [...notasBeneficiarios(r, 'es'), ...notasInversion(r, 'es')]) expect(n.split(', ').length, n).to.be.at.most(MAX_LISTA);
  });

  it('conciliación: «Además hay…» nombra solo lo que hay', () => {
    for (const lang of ['es', 'en'] as const) {
      const t = texto(lang);
      expect(t.resumenOtros(0, 2)).not.to.match(/\b0\b/);
      expect(t.resumenOtros(3, 0)).not.to.match(/\b0\b/);
      expect(t.resumenOtros(3, 2)).to.match(/3.*2/);
    }
    expect(texto('es').resumenOtros(0, 2)).to.equal('Además hay 2 cifras sin insumos para verificarlas.');
    expect(texto('es').resumenOtros(1, 1)).to.equal('Además hay 1 aviso y 1 cifra sin insumos para verificarlas.');
  });

  it('una sola meta o un solo municipio van en singular (un plan de una meta; Bogotá, D.C., un municipio)', () => {
    expect(texto('es').conteoMetas('1', '1')).to.equal('1 de 1 meta');
    expect(texto('es').conteoMetas('1', '18')).to.equal('1 de 18 metas');
    expect(texto('en').conteoMetas('1', '1')).to.equal('1 of 1 meta');
    expect(texto('es').mapaEtiqueta('Mapa', 1)).to.equal('Mapa: mapa de 1 municipio');
    expect(texto('en').mapaEtiqueta('Map', 1)).to.equal('Map: map of 1 municipality');
    expect(texto('es').mapaEtiqueta('Mapa', 40)).to.equal('Mapa: mapa de 40 municipios');
  });
});

