import { describe, expect, it } from 'vitest';
import { anchoEvidente, restaurarCeros } from './codigos.js';

describe('restaurarCeros', () => {
  it('rellena con ceros hasta el ancho, solo si son dígitos y más cortos', () => {
    expect(restaurarCeros('10101', 6)).toBe('010101');
    expect(restaurarCeros('4', 2)).toBe('04');
    expect(restaurarCeros('010101', 6)).toBeNull();
    expect(restaurarCeros('IP-1', 6)).toBeNull();
  });
});

describe('anchoEvidente', () => {
  it('es el ancho común de los códigos de texto cuando alguno empieza por 0', () => {
    expect(anchoEvidente([{ codigo: '010101', numerico: false }, { codigo: '020304', numerico: false }, { codigo: '10102', numerico: true }])).toBe(6);
  });
  it('no hay ancho evidente si los textos difieren en largo, no son dígitos o ninguno lleva cero', () => {
    expect(anchoEvidente([{ codigo: '0101', numerico: false }, { codigo: '010101', numerico: false }])).toBeNull();
    expect(anchoEvidente([{ codigo: '1.1', numerico: false }])).toBeNull();
    expect(anchoEvidente([{ codigo: '110101', numerico: false }, { codigo: '10102', numerico: true }])).toBeNull();
    expect(anchoEvidente([{ codigo: '10102', numerico: true }])).toBeNull();
  });
});
