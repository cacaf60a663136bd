import { describe, expect, it } from 'vitest';
import { acumulacionSupuesta, inferirAcumulacion, leerAcumulacion, leerTipoMeta, metaVacia } from './meta-base.js';

describe('leerAcumulacion', () => {
  it('lee las palabras de SisPT, del DNP y de libros propios', () => {
    expect(leerAcumulacion('Acumulativo')).toBe('acumulado');
    expect(leerAcumulacion('No acumulativo')).toBe('flujo');
    expect(leerAcumulacion('Si')).toBe('acumulado');
    expect(leerAcumulacion('NO')).toBe('flujo');
    expect(leerAcumulacion('Capacidad')).toBe('stock');
  });
  it('una palabra desconocida o vacía es null (quien llama lo informa)', () => {
    expect(leerAcumulacion('Reducción anual')).toBeNull();
    expect(leerAcumulacion(null)).toBeNull();
  });
});

describe('leerTipoMeta', () => {
  it('lee la TENDENCIA', () => {
    expect(leerTipoMeta('Incremento')).toBe('incremento');
    expect(leerTipoMeta('MANTENIMIENTO')).toBe('mantenimiento');
    expect(leerTipoMeta('Reducción')).toBe('reduccion');
    expect(leerTipoMeta('Disminuir')).toBe('reduccion');
    expect(leerTipoMeta('Otra')).toBeNull();
  });
});

describe('inferirAcumulacion', () => {
  it('programación que suma la meta → acumulado', () => {
    expect(inferirAcumulacion(12, [1.4, 4.6, 4, 2])).toEqual({ acumulacion: 'acumulado', regla: 'suma' });
  });
  it('la meta completa cada año → flujo', () => {
    expect(inferirAcumulacion(800, [800, 800, 800, 800])).toEqual({ acumulacion: 'flujo', regla: 'cada_anio' });
  });
  it('nada evidente → null (sin meta, sin programación o sin patrón)', () => {
    expect(inferirAcumulacion(null, [1, 2])).toBeNull();
    expect(inferirAcumulacion(1, [0, 0, 0, 0])).toBeNull();
    expect(inferirAcumulacion(10, [1, 2, 3])).toBeNull();
    expect(inferirAcumulacion(5, [null, null])).toBeNull();
  });
});

describe('metaVacia', () => {
  it('todo lo no leído queda sin dato (null / sin_dato), nunca 0', () => {
    const m = metaVacia({ codigo: 'A', nombre: 'B', nodo: 'C' });
    expect(m.metaCuatrienio).toBeNull();
    expect(m.beneficiarios).toEqual({ estado: 'sin_dato', total: null, grupos: [] });
    expect(m.reportado.cumplimiento).toBeNull();
  });
});

describe('acumulacionSupuesta (el mismo texto en SisPT, DNP y libros propios)', () => {
  const es = (a: string) => a;
  const en = (_: string, b: string) => b;
  it('la suma de los años da la meta: acumulado, evidente, y lo dice', () => {
    expect(acumulacionSupuesta(10, [2, 3, 5, null], es)).toEqual({ acumulacion: 'acumulado', evidente: true, regla: 'la programación anual suma la meta del cuatrienio: acumulado' });
  });
  it('cada año la meta completa: flujo', () => {
    expect(acumulacionSupuesta(4, [4, 4, 4, 4], en)).toEqual({ acumulacion: 'flujo', evidente: true, regla: 'every year programs the whole target: flujo' });
  });
  it('nada evidente (o sin meta): acumulado supuesto, no evidente', () => {
    expect(acumulacionSupuesta(10, [1, 2], es)).toMatchObject({ acumulacion: 'acumulado', evidente: false, regla: 'la programación no lo hace evidente: se asume acumulado' });
    expect(acumulacionSupuesta(null, [1, 2], es).evidente).toBe(false);
  });
});
