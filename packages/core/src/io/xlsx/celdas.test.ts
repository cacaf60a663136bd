import { describe, expect, it } from 'vitest';
import { codigoDe, limpiarTexto, numeroDe, separarCodigos, textoDe } from './celdas.js';

describe('limpiarTexto / textoDe', () => {
  it('quita el artefacto _x000D_ y los retornos de carro', () => {
    expect(limpiarTexto('Vacunar niños_x000D_')).toBe('Vacunar niños');
    expect(limpiarTexto('a_x000d_\r\nb')).toBe('a\nb');
  });
  it('una celda con un solo espacio es vacía (null), no texto', () => {
    expect(textoDe({ v: ' ' })).toBeNull();
    expect(textoDe({ v: 'Agricultura y desarrollo rural\n' })).toBe('Agricultura y desarrollo rural');
  });
  it('un error de fórmula no es texto', () => {
    expect(textoDe({ v: null, error: '#N/A' })).toBeNull();
  });
});

describe('numeroDe', () => {
  it('vacío, espacio y «ND» son sin dato (null), nunca 0', () => {
    expect(numeroDe(undefined)).toEqual({ tipo: 'valor', valor: null });
    expect(numeroDe({ v: ' ' })).toEqual({ tipo: 'valor', valor: null });
    expect(numeroDe({ v: 'ND' })).toEqual({ tipo: 'valor', valor: null });
  });
  it('un 0 escrito es 0', () => {
    expect(numeroDe({ v: 0 })).toEqual({ tipo: 'valor', valor: 0 });
  });
  it('lee texto con coma decimal y porcentajes con signo', () => {
    expect(numeroDe({ v: '1.234,5' })).toEqual({ tipo: 'valor', valor: 1234.5 });
    expect(numeroDe({ v: '66,7%' })).toEqual({ tipo: 'valor', valor: 0.667 });
  });
  it('#DIV/0! (celda de error o texto) es error de fórmula; texto cualquiera es «no número»', () => {
    expect(numeroDe({ v: null, error: '#DIV/0!' })).toEqual({ tipo: 'error_formula', texto: '#DIV/0!' });
    expect(numeroDe({ v: '#DIV/0!' })).toEqual({ tipo: 'error_formula', texto: '#DIV/0!' });
    expect(numeroDe({ v: 'doce' })).toEqual({ tipo: 'no_numero', texto: 'doce' });
    expect(numeroDe({ v: true })).toMatchObject({ tipo: 'no_numero' });
  });
});

describe('codigoDe', () => {
  it('el texto conserva los ceros; un número se marca como numérico', () => {
    expect(codigoDe({ v: '010101' })).toEqual({ codigo: '010101', numerico: false });
    expect(codigoDe({ v: 10101 })).toEqual({ codigo: '10101', numerico: true });
  });
  it('un número con formato "000000" se lee como Excel lo muestra', () => {
    expect(codigoDe({ v: 10101, z: '000000', w: '010101' })).toEqual({ codigo: '010101', numerico: false });
  });
});

describe('separarCodigos', () => {
  it('separa por comas, punto y coma, saltos de línea y espacios entre códigos largos', () => {
    expect(separarCodigos('2024251750070, 2024251750071')).toEqual(['2024251750070', '2024251750071']);
    expect(separarCodigos('2024251750070\n2024251750071;2024251750072')).toHaveLength(3);
    expect(separarCodigos('2024251750070 2024251750071')).toEqual(['2024251750070', '2024251750071']);
    expect(separarCodigos(null)).toEqual([]);
  });
});
