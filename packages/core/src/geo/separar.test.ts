import { describe, expect, it } from 'vitest';
import { separarNombres } from './separar.js';

describe('separarNombres', () => {
  it('separa por comas, punto y coma, «y» y «e», como escribe el informe', () => {
    expect(separarNombres('Cúcuta, Los Patios, Villa del Rosario y Ocaña.')).toEqual(['Cúcuta', 'Los Patios', 'Villa del Rosario', 'Ocaña']);
    expect(separarNombres('Ocaña, Pamplona y Cúcuta.')).toEqual(['Ocaña', 'Pamplona', 'Cúcuta']);
    expect(separarNombres('Medellín e Ibagué; Tibú')).toEqual(['Medellín', 'Ibagué', 'Tibú']);
  });
  it('no parte nombres que contienen «y» o «e» dentro de una palabra', () => {
    expect(separarNombres('Yopal, Yacopí y El Peñón')).toEqual(['Yopal', 'Yacopí', 'El Peñón']);
    expect(separarNombres('Villa del Rosario')).toEqual(['Villa del Rosario']);
  });
  it('mantiene «Bogotá, D.C.» en un solo nombre', () => {
    expect(separarNombres('Bogotá, D.C., Medellín')).toEqual(['Bogotá, D.C.', 'Medellín']);
  });
  it('sin nombres, lista vacía', () => {
    expect(separarNombres('')).toEqual([]);
    expect(separarNombres(' , ; ')).toEqual([]);
  });
});
