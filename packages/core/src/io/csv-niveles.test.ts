import { describe, it, expect } from 'vitest';
import { ArbolNiveles } from './csv-niveles.js';

describe('ArbolNiveles', () => {
  it('sin códigos: filas con el mismo camino comparten nodos; códigos por posición', () => {
    const a = new ArbolNiveles();
    const l1 = a.nodo(0, null, 'Internacionalización', null, 2, 'Nivel 1').nodo;
    const c1 = a.nodo(1, l1, 'Ruedas', null, 2, 'Nivel 2').nodo;
    expect(a.nodo(0, null, 'INTERNACIONALIZACION', null, 3, 'Nivel 1').nodo).toBe(l1);
    const c2 = a.nodo(1, l1, 'Misiones', null, 4, 'Nivel 2').nodo;
    const l2 = a.nodo(0, null, 'Empleo', null, 5, 'Nivel 1').nodo;
    a.asignarCodigos();
    expect([l1.codigo, c1.codigo, c2.codigo, l2.codigo]).toEqual(['1', '1.1', '1.2', '2']);
  });

  it('un código repetido bajo padres distintos se antepone el del padre (sector 35 de SisPT)', () => {
    const a = new ArbolNiveles();
    const le1 = a.nodo(0, null, null, 'LE-1', 2, 'x').nodo;
    const le2 = a.nodo(0, null, null, 'LE-2', 3, 'x').nodo;
    const s1 = a.nodo(1, le1, 'Comercio', '35', 2, 'x').nodo;
    const s2 = a.nodo(1, le2, 'Comercio', '35', 3, 'x').nodo;
    const unico = a.nodo(1, le2, 'Trabajo', '36', 4, 'x').nodo;
    a.asignarCodigos();
    expect([s1.codigo, s2.codigo, unico.codigo]).toEqual(['LE-1.35', 'LE-2.35', '36']);
  });

  it('el mismo código con otro nombre se señala (con la fila donde apareció primero)', () => {
    const a = new ArbolNiveles();
    a.nodo(0, null, 'Uno', 'L1', 2, 'x');
    const r = a.nodo(0, null, 'Dos', 'L1', 7, 'x');
    expect(r.nombreDistinto?.fila).toBe(2);
  });

  it('una fila con solo el nombre se une al nodo con código de ese nombre, y el nombre llena uno sin nombre', () => {
    const a = new ArbolNiveles();
    const n = a.nodo(0, null, 'Uno', 'L1', 2, 'x').nodo;
    expect(a.nodo(0, null, 'uno', null, 3, 'x').nodo).toBe(n);
    const sinNombre = a.nodo(0, null, null, 'L2', 4, 'x').nodo;
    expect(a.nodo(0, null, 'Dos', 'L2', 5, 'x').nodo).toBe(sinNombre);
    expect(sinNombre.nombre).toBe('Dos');
  });
});
