import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatearMillones, formatearNumero, formatearPesos, formatearPorcentaje, leerNumero } from './numero.js';

const NBSP = '\u00a0';

describe('formato es-CO', () => {
  it('escribe números con punto de miles y coma decimal', () => {
    expect(formatearNumero(1234.5)).toBe('1.234,5');
    expect(formatearNumero(2378)).toBe('2.378');
    expect(formatearNumero(1234.5, { lang: 'en' })).toBe('1,234.5');
  });
  it('escribe porcentajes con coma decimal y espacio duro', () => {
    expect(formatearPorcentaje(0.667)).toBe(`66,7${NBSP}%`);
    expect(formatearPorcentaje(1)).toBe(`100${NBSP}%`);
    expect(formatearPorcentaje(0.625)).toBe(`62,5${NBSP}%`);
    expect(formatearPorcentaje(0.667, { lang: 'en' })).toBe('66.7%');
  });
  it('escribe millones de pesos como el informe', () => {
    expect(formatearMillones(776e6)).toBe(`$${NBSP}776 millones`);
    expect(formatearMillones(13_842_400_000)).toBe(`$${NBSP}13.842,4 millones`);
    expect(formatearPesos(1_234_567)).toBe(`$${NBSP}1.234.567`);
  });
  it('no reportado nunca se escribe como 0', () => {
    expect(formatearNumero(null)).toBe('sin dato');
    expect(formatearPorcentaje(undefined)).toBe('sin dato');
    expect(formatearMillones(null, { lang: 'en' })).toBe('no data');
    expect(formatearNumero(0)).toBe('0');
  });
});

describe('leerNumero', () => {
  it('lee las formas en que la gente escribe números', () => {
    expect(leerNumero('1.234,5')).toBe(1234.5);
    expect(leerNumero('66,7%')).toBeCloseTo(0.667, 10);
    expect(leerNumero('66,7 %')).toBeCloseTo(0.667, 10);
    expect(leerNumero('0,667')).toBeCloseTo(0.667, 10);
    expect(leerNumero('0.667')).toBeCloseTo(0.667, 10);
    expect(leerNumero('2.378')).toBe(2378);
    expect(leerNumero('$ 1.158,69')).toBe(1158.69);
    expect(leerNumero('12_x000D_')).toBe(12);
    expect(leerNumero('')).toBeNull();
    expect(leerNumero('  ')).toBeNull();
    expect(Number.isNaN(leerNumero('N/A'))).toBe(true);
  });
  it('lee de vuelta lo que escribe el formateador (ida y vuelta)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (entero, centesimas) => {
        const v = entero + Math.sign(entero || 1) * centesimas / 100;
        expect(leerNumero(formatearNumero(v, { decimales: 2 }))).toBeCloseTo(v, 6);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (milesimas) => {
        const ratio = milesimas / 1000;
        expect(leerNumero(formatearPorcentaje(ratio, { decimales: 1 }))).toBeCloseTo(ratio, 3);
      }),
    );
  });
});
