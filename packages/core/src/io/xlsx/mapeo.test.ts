import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ColumnaCasero } from './casero-encabezado.js';
import { leerCampo, resolverColumnas, validarMapeo } from './mapeo.js';
import { reconocerEncabezado } from './sinonimos.js';

const col = (c: number, texto: string): ColumnaCasero => ({ c, texto, propio: texto, reconocido: reconocerEncabezado(texto) });

describe('leerCampo', () => {
  it('campo anual con año y campo simple sin año', () => {
    expect(leerCampo('programado:2024')).toEqual({ campo: 'programado', anio: 2024 });
    expect(leerCampo('metaCuatrienio')).toEqual({ campo: 'metaCuatrienio', anio: null });
  });
  it('rechaza campos desconocidos, anuales sin año y simples con año', () => {
    expect(leerCampo('presupuesto')).toBeNull();
    expect(leerCampo('programado')).toBeNull();
    expect(leerCampo('nombre:2024')).toBeNull();
  });
  it('un valor enorme lleno de espacios no lo deja pegado', () => {
    // Took over a minute before the fix (quadratic regex): a relapse fails by the test timeout.
    expect(leerCampo(`programado${' '.repeat(300_000)}%`)).toBeNull();
    expect(leerCampo(`programado${' '.repeat(300_000)}:2024`)).toEqual({ campo: 'programado', anio: 2024 });
  });
  it('lee lo mismo que la expresión anterior', () => {
    // The expression before the fix, as the reference: what it matched is read again without spaces.
    const anterior = /^\s*([A-Za-z]+)\s*(?::\s*((?:19|20)\d\d))?\s*$/;
    const partes = [' ', '\t', ':', 'programado', 'metaCuatrienio', 'a', '2024', '19', '20', '0', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...partes), { maxLength: 12 }), (a) => {
        const spec = a.join('');
        const m = anterior.exec(spec);
        expect(leerCampo(spec)).toEqual(m ? leerCampo(m[2] ? `${m[1]}:${m[2]}` : m[1]!) : null);
      }),
    );
  });
});

describe('validarMapeo', () => {
  it('acepta el objeto del --mapeo', () => {
    const r = validarMapeo({ columnas: { 'AVANCE FÍSICO 2024': 'ejecutado:2024', F: 'metaCuatrienio', OBS: null }, hojas: ['Consolidado'], filaEncabezado: 6 });
    expect(r.ok).toBe(true);
  });
  it('nombra cada problema con lo que se esperaba', () => {
    const r = validarMapeo({ columnas: { X: 'presupuesto' }, filaEncabezado: 0, otra: 1 }, 'es');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problemas.map((p) => p.clave).sort()).toEqual(['columnas.X', 'filaEncabezado', 'otra']);
      expect(r.problemas.find((p) => p.clave === 'columnas.X')?.esperado).toContain('programado:<año>');
    }
  });
  it('un valor que no es objeto es un problema, no una excepción', () => {
    expect(validarMapeo('hola').ok).toBe(false);
    expect(validarMapeo(null).ok).toBe(false);
  });
});

describe('resolverColumnas', () => {
  it('el mapeo de la persona gana a los sinónimos; null ignora; lo no reconocido queda sin mapear', () => {
    const usadas = new Set<string>();
    const r = resolverColumnas([col(0, 'CÓDIGO'), col(1, 'AVANCE FÍSICO 2024'), col(2, 'OBSERVACIONES'), col(3, 'RARO')], { columnas: { C: null, 'avance fisico 2024': 'programado:2024' } }, usadas);
    expect(r.map((x) => x.origen)).toEqual(['sinonimo', 'mapeo', 'ignorada', 'sin_mapear']);
    expect(r[1]!.asignado).toEqual({ campo: 'programado', anio: 2024 });
    expect([...usadas].sort()).toEqual(['C', 'avance fisico 2024']);
  });
  it('un campo anual sin año queda sin mapear, marcado sinAnio', () => {
    const r = resolverColumnas([col(0, 'AVANCE')], undefined, new Set());
    expect(r[0]).toMatchObject({ origen: 'sin_mapear', sinAnio: true });
  });
});
