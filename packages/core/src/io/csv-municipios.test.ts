import { describe, it, expect } from 'vitest';
import { leerMunicipios } from './csv-municipios.js';

describe('leerMunicipios', () => {
  it('códigos y nombres mezclados, en el orden de la celda, sin repetir', () => {
    expect(leerMunicipios('Cúcuta; 54874, 54001 y Ocaña', '54')).toEqual({ codigos: ['54001', '54874', '54498'], desconocidos: [], ambiguos: [] });
  });
  it('el departamento decide entre nombres repetidos: Santiago', () => {
    expect(leerMunicipios('Santiago', '54').codigos).toEqual(['54680']);
    expect(leerMunicipios('Santiago', '86').codigos).toEqual(['86760']);
  });
  it('sin departamento, un nombre repetido es ambiguo (no se adivina)', () => {
    expect(leerMunicipios('Santiago')).toEqual({ codigos: [], desconocidos: [], ambiguos: ['Santiago'] });
  });
  it('un nombre desconocido se devuelve aparte', () => {
    expect(leerMunicipios('Cúcuta, Macondo', '54')).toEqual({ codigos: ['54001'], desconocidos: ['Macondo'], ambiguos: [] });
  });
  it('un código de 4 cifras recupera su cero', () => {
    expect(leerMunicipios('5001').codigos).toEqual(['05001']);
  });
});
