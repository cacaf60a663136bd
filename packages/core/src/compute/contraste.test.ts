import { describe, it, expect } from 'vitest';
import { esColorHex, luminanciaRelativa, razonContraste } from './contraste.js';

describe('contraste (WCAG 2.x)', () => {
  it('black on white is 21:1 and white on white 1:1', () => {
    expect(razonContraste('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(razonContraste('#ffffff', '#FFFFFF')).toBe(1);
  });
  it('matches the known value for #767676 on white (4.54:1, the lightest AA grey)', () => {
    expect(razonContraste('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });
  it('luminance of pure primaries follows the WCAG coefficients', () => {
    expect(luminanciaRelativa('#FF0000')).toBeCloseTo(0.2126, 4);
    expect(luminanciaRelativa('#00FF00')).toBeCloseTo(0.7152, 4);
    expect(luminanciaRelativa('#0000FF')).toBeCloseTo(0.0722, 4);
  });
  it('rejects malformed colours', () => {
    expect(esColorHex('#12345')).toBe(false);
    expect(esColorHex('red')).toBe(false);
    expect(Number.isNaN(luminanciaRelativa('#GG0000'))).toBe(true);
  });
});
