import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plegar } from '../format/plegar.js';
import { normalizarNombre } from './normalizar.js';

// The folding itself is tested in format/plegar.test.ts; this is only its upper-case form for the add-in.
describe('normalizarNombre', () => {
  it('es plegar en mayúsculas', () => {
    expect(normalizarNombre('San José de Cúcuta')).toBe('SAN JOSE DE CUCUTA');
    expect(normalizarNombre('  Bogotá,  D.C. ')).toBe('BOGOTA D C');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizarNombre(s)).toBe(plegar(s).toUpperCase());
      }),
    );
  });
});
