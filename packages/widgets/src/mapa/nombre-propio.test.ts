import { expect } from '@esm-bundle/chai';
import { nombrePropio } from './nombre-propio.js';

describe('nombrePropio', () => {
  it('escribe los nombres de DANE en tipo título español', () => {
    expect(nombrePropio('SAN JOSÉ DE CÚCUTA')).to.equal('San José de Cúcuta');
    expect(nombrePropio('VILLA DEL ROSARIO')).to.equal('Villa del Rosario');
    expect(nombrePropio('OCAÑA')).to.equal('Ocaña');
    expect(nombrePropio('SAN JUAN DE RIOSECO')).to.equal('San Juan de Rioseco');
  });
  it('una partícula al comienzo va en mayúscula; las abreviaturas con punto se conservan', () => {
    expect(nombrePropio('EL CARMEN')).to.equal('El Carmen');
    expect(nombrePropio('LA PLAYA')).to.equal('La Playa');
    expect(nombrePropio('BOGOTÁ, D.C.')).to.equal('Bogotá, D.C.');
  });
  it('paréntesis y guiones', () => {
    expect(nombrePropio('MARIQUITA (SAN SEBASTIÁN DE MARIQUITA)')).to.equal('Mariquita (San Sebastián de Mariquita)');
    expect(nombrePropio('SANTA ROSA-CABAL')).to.equal('Santa Rosa-Cabal');
  });
});
