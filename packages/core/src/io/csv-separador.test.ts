import { describe, it, expect } from 'vitest';
import { detectarSeparador } from './csv-separador.js';

describe('detectarSeparador', () => {
  it('punto y coma (Excel en español)', () => {
    expect(detectarSeparador('Código meta;Meta;Línea base\n1;"a, b";1,5').separador).toBe(';');
  });
  it('coma (Google Sheets)', () => {
    expect(detectarSeparador('Código meta,Meta,Línea base\n1,x,"1,5"').separador).toBe(',');
  });
  it('tabulador', () => {
    expect(detectarSeparador('a\tb\tc\n').separador).toBe('\t');
  });
  it('solo cuenta el encabezado y fuera de comillas', () => {
    expect(detectarSeparador('"a;b;c",d,e\n;;;;;;').separador).toBe(',');
  });
  it('la línea "sep=;" de Excel manda y se quita', () => {
    expect(detectarSeparador('sep=;\r\na,b;c')).toEqual({ separador: ';', texto: 'a,b;c' });
  });
  it('una sola columna: coma', () => {
    expect(detectarSeparador('Meta\nx').separador).toBe(',');
  });
});
