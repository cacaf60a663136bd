import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizarNombre } from './normalizar.js';

describe('normalizarNombre', () => {
  it('quita tildes, eñe y diéresis y pasa a mayúsculas', () => {
    expect(normalizarNombre('San José de Cúcuta')).toBe('SAN JOSE DE CUCUTA');
    expect(normalizarNombre('Ocaña')).toBe('OCANA');
    expect(normalizarNombre('Güepsa')).toBe('GUEPSA');
    expect(normalizarNombre('ÁBREGO')).toBe('ABREGO');
  });
  it('la puntuación separa palabras y los espacios de más se pierden', () => {
    expect(normalizarNombre('  Bogotá,  D.C. ')).toBe('BOGOTA D C');
    expect(normalizarNombre('PIENDAMÓ - TUNÍA')).toBe('PIENDAMO TUNIA');
    expect(normalizarNombre('Villa\u00a0del\tRosario\n')).toBe('VILLA DEL ROSARIO');
    expect(normalizarNombre('Cúcuta,')).toBe('CUCUTA');
  });
  it('texto sin letras queda vacío', () => {
    expect(normalizarNombre('')).toBe('');
    expect(normalizarNombre(' -- . ')).toBe('');
  });
  it('es idempotente y no distingue mayúsculas', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizarNombre(s);
        expect(normalizarNombre(n)).toBe(n);
        expect(normalizarNombre(s.toLowerCase())).toBe(normalizarNombre(s.toUpperCase()));
      }),
    );
  });
});
