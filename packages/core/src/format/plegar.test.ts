import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { plegar } from './plegar.js';

describe('plegar: la única forma de comparar texto libre', () => {
  it('mayúsculas, tildes, signos y espacios no cuentan', () => {
    expect(plegar('  ¿Qué se HIZO? ')).toBe('que se hizo');
    expect(plegar('Programado 2024-2025')).toBe('programado 2024 2025');
    expect(plegar('% cumplimiento   reportado')).toBe('cumplimiento reportado');
    expect(plegar('Línea  Estratégica')).toBe(plegar('linea estrategica'));
  });
  it('nombres de lugares (lo que hacía geo/normalizarNombre, ahora en minúscula)', () => {
    expect(plegar('San José de Cúcuta')).toBe('san jose de cucuta');
    expect(plegar('Ocaña')).toBe('ocana');
    expect(plegar('Güepsa')).toBe('guepsa');
    expect(plegar('  Bogotá,  D.C. ')).toBe('bogota d c');
    expect(plegar('PIENDAMÓ - TUNÍA')).toBe('piendamo tunia');
    expect(plegar('Villa\u00a0del\tRosario\n')).toBe('villa del rosario');
  });
  it('el retorno de Excel «_x000D_» separa palabras (lo que hacía compute/normalizarTexto)', () => {
    expect(plegar('Vacunar niños_x000D_')).toBe('vacunar ninos');
    expect(plegar('Recursos_x000D_propios')).toBe('recursos propios');
  });
  it('texto vacío o solo signos: cadena vacía', () => {
    expect(plegar('')).toBe('');
    expect(plegar(' -- . ')).toBe('');
  });
  it('texto largo (sin memoria) da lo mismo que corto', () => {
    const largo = 'Línea Estratégica '.repeat(20);
    expect(plegar(largo)).toBe(Array(20).fill('linea estrategica').join(' '));
  });
  it('propiedades: idempotente, sin mayúsculas ni tildes, insensible a mayúsculas', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const p = plegar(s);
        expect(plegar(p)).toBe(p);
        expect(p).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
        expect(plegar(s.toUpperCase())).toBe(plegar(s.toLowerCase()));
      }),
    );
  });
});
