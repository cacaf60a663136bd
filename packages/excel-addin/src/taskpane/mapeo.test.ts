import { describe, expect, it } from 'vitest';
import { cambiarDestino, leerMapeoGuardado, mapeoParaGuardar, opcionesDestino, proponerMapeo, significado } from './mapeo.js';

const enc = (...t: string[]) => t.map((texto, columna) => ({ columna, texto }));

describe('mapeo de columnas', () => {
  it('propone los encabezados que core reconoce y deja fuera los demás', () => {
    const m = proponerMapeo(enc('CÓDIGO', 'META DE PRODUCTO', 'TENDENCIA', '% CUMPLIMIENTO P.A 2024', 'AVANCE\nMETA 2024'.replace(/\s+/g, ' ')));
    expect(m.map((c) => [c.destino, c.origen])).toEqual([
      ['CÓDIGO', 'reconocida'],
      ['META DE PRODUCTO', 'reconocida'],
      ['TENDENCIA', 'reconocida'],
      [null, 'sin_reconocer'],
      ['AVANCE META 2024', 'reconocida'],
    ]);
    expect(m.map((c) => significado(c.destino))).toEqual(['Código meta', 'Meta', 'Tipo', 'No se usa', 'Ejecutado 2024']);
  });

  it('nombra niveles, inversión por fuente y grupos en palabras', () => {
    expect(significado('SECTOR')).toBe('Nivel del plan: SECTOR');
    expect(significado('Inversión 2024-2025 Recursos propios')).toBe('Inversión 2024-2025 · Recursos propios');
    expect(significado('Beneficiarios Víctimas del conflicto armado')).toBe('Beneficiarios · Víctimas del conflicto armado');
    expect(significado('Programación 2024-2025')).toBe('Programado 2024-2025');
  });

  it('la persona corrige una columna con un encabezado de la plantilla; uno inventado se rechaza', () => {
    const m = proponerMapeo(enc('AGRUPACIÓN TEMÁTICA', 'CÓDIGO'));
    expect(m[0]).toMatchObject({ destino: null, origen: 'sin_reconocer' });
    const c = cambiarDestino(m, 0, 'Nivel 1: Línea estratégica');
    expect(c[0]).toMatchObject({ destino: 'Nivel 1: Línea estratégica', origen: 'persona' });
    expect(cambiarDestino(c, 1, null)[1]).toMatchObject({ destino: null, origen: 'persona' });
    expect(() => cambiarDestino(m, 0, 'Cosa rara')).toThrow(/no es un encabezado que el tablero entienda/);
  });

  it('recuerda el mapeo guardado en el libro (sin importar mayúsculas ni tildes)', () => {
    const m = cambiarDestino(proponerMapeo(enc('EJE / LÍNEA', 'CÓDIGO', 'NOTAS INTERNAS')), 0, 'Nivel 1: Línea estratégica');
    const guardado = mapeoParaGuardar(cambiarDestino(m, 2, null), { hoja: 'Plan', tabla: null }, { entidad: { nombre: 'Norte', divipola: '54' } });
    const leido = leerMapeoGuardado(JSON.stringify(guardado));
    expect(leido).toEqual({ ...guardado, plan: null });
    const otra = proponerMapeo(enc('Eje / Linea', 'CODIGO', 'Notas internas'), leido);
    expect(otra.map((c) => [c.destino, c.origen])).toEqual([
      ['Nivel 1: Línea estratégica', 'guardada'],
      ['CÓDIGO', 'guardada'],
      [null, 'guardada'],
    ]);
  });

  it('un ajuste dañado o de otra versión se ignora', () => {
    expect(leerMapeoGuardado('{no es json')).toBeNull();
    expect(leerMapeoGuardado({ version: 2, hoja: 'x', columnas: [] })).toBeNull();
    expect(leerMapeoGuardado(null)).toBeNull();
    expect(leerMapeoGuardado({ version: 1, hoja: 'P', columnas: [{ encabezado: 1 }, { encabezado: 'a', destino: 'Meta' }] })?.columnas).toEqual([{ encabezado: 'a', destino: 'Meta' }]);
  });

  it('ofrece los encabezados de la plantilla para los años que usa el libro', () => {
    const o = opcionesDestino(proponerMapeo(enc('META 2030', 'CÓDIGO')));
    expect(o).toContain('Programado 2030');
    expect(o).toContain('Meta cuatrienio');
    expect(o).not.toContain('Programado 2024');
  });
});

describe('sinónimos de libros propios (tabla de core, io/xlsx)', () => {
  it('reconoce encabezados que la plantilla no conoce y los lleva al encabezado de la plantilla del mismo campo', () => {
    const m = proponerMapeo(enc('L.B', 'META CUATRIENAL', 'EJE / LÍNEA', 'RECURSOS EJECUTADOS 2024', '% AVANCE P.D 2024', 'LOGRO 2024'));
    expect(m.map((c) => [c.destino, c.origen])).toEqual([
      ['Línea base', 'sinonimo'],
      ['Meta cuatrienio', 'sinonimo'],
      ['Línea estratégica', 'sinonimo'],
      ['Inversión 2024', 'sinonimo'],
      // A reported % per year has no template column: left out, visibly.
      [null, 'sin_reconocer'],
      ['LOGRO 2024', 'reconocida'],
    ]);
    expect(significado(m[3]?.destino ?? null)).toBe('Inversión 2024');
  });
});
