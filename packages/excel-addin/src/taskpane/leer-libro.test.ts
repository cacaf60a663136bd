import { describe, expect, it } from 'vitest';
import { CLAVE_AJUSTES } from './ajustes.js';
import { CELDAS_POR_LECTURA, elegirFuente, leerLibro } from './leer-libro.js';
import { mapeoParaGuardar } from './mapeo.js';
import { LibroSimulado } from './test-utils/libro-simulado.js';
import { celdasPlantilla, planSemilla } from './test-utils/libros-prueba.js';

type Contexto = Parameters<typeof leerLibro>[0];
const ctx = (l: LibroSimulado) => l.contexto as unknown as Contexto;

describe('leerLibro (office-addin-mock)', () => {
  it('lee el rango usado de la hoja activa en dos solicitudes, con valores, textos y formatos', async () => {
    const celdas = celdasPlantilla(planSemilla());
    const l = new LibroSimulado({ hojas: [{ nombre: 'Notas', celdas: [['x']] }, { nombre: 'Plan', celdas }], activa: 'Plan' });
    const r = await leerLibro(ctx(l));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.libro.rango).toMatchObject({ hoja: 'Plan', tabla: null, fila0: 0, columna0: 0 });
    expect(r.libro.rango.valores.length).toBe(celdas.length);
    expect(r.libro.rango.valores[0]?.[0]).toBe(celdas[0]?.[0]);
    expect(r.libro.rango.textos[1]?.length).toBe(celdas[0]?.length);
    expect(r.libro.hojas).toEqual(['Notas', 'Plan']);
    expect(l.syncs).toBe(2);
  });

  it('prefiere una tabla de Excel de la hoja activa y lee solo su rango', async () => {
    const celdas: unknown[][] = [
      ['Título', '', ''],
      ['', '', ''],
      ['', 'Código', 'Meta'],
      ['', '1', 'Rondas'],
    ];
    const l = new LibroSimulado({
      hojas: [{ nombre: 'Plan', celdas }],
      tablas: [{ nombre: 'TablaPlan', hoja: 'Plan', fila0: 2, columna0: 1, filas: 2, columnas: 2 }],
    });
    const r = await leerLibro(ctx(l));
    expect(r.ok && r.libro.rango).toMatchObject({ tabla: 'TablaPlan', fila0: 2, columna0: 1, valores: [['Código', 'Meta'], ['1', 'Rondas']] });
    expect(r.ok && r.libro.tablas).toEqual([{ nombre: 'TablaPlan', hoja: 'Plan' }]);
    expect(l.syncs).toBe(3);
  });

  it('vuelve a la fuente del mapeo guardado en el libro', async () => {
    const guardado = mapeoParaGuardar([], { hoja: 'Plan', tabla: null });
    const l = new LibroSimulado({ hojas: [{ nombre: 'Otra', celdas: [['a']] }, { nombre: 'Plan', celdas: [['Código'], ['1']] }], activa: 'Otra', ajustes: { [CLAVE_AJUSTES]: JSON.stringify(guardado) } });
    const r = await leerLibro(ctx(l));
    expect(r.ok && r.libro.rango.hoja).toBe('Plan');
    expect(r.ok && r.libro.guardado).toMatchObject({ hoja: 'Plan' });
  });

  it('una hoja vacía se explica, no falla', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Hoja1', celdas: [] }] });
    const r = await leerLibro(ctx(l));
    expect(r).toMatchObject({ ok: false, mensaje: expect.stringMatching(/La hoja «Hoja1» está vacía/) });
  });

  it('un bloque más grande que una solicitud se lee por lotes de filas, sin perder ni repetir filas', async () => {
    const columnas = 40;
    const filas = Math.ceil((CELDAS_POR_LECTURA * 2.5) / columnas);
    const celdas = Array.from({ length: filas }, (_, i) => Array.from({ length: columnas }, (_, j) => (j === 0 ? i : 'x')));
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas }] });
    const r = await leerLibro(ctx(l));
    expect(r.ok && r.libro.rango.valores.map((f) => f[0])).toEqual(celdas.map((f) => f[0]));
    expect(l.syncs).toBe(1 + 3);
  });

  it('elige la fuente pedida, luego la guardada, luego una tabla, luego la hoja activa', () => {
    const tablas = [
      { nombre: 'T1', hoja: 'Otra' },
      { nombre: 'T2', hoja: 'Activa' },
    ];
    const hojas = ['Activa', 'Otra'];
    expect(elegirFuente({ hoja: 'Otra', tabla: null }, null, tablas, hojas, 'Activa')).toEqual({ hoja: 'Otra', tabla: null });
    expect(elegirFuente(null, { version: 1, hoja: 'Otra', tabla: 'T1', columnas: [] }, tablas, hojas, 'Activa')).toEqual({ hoja: 'Otra', tabla: 'T1' });
    expect(elegirFuente(null, { version: 1, hoja: 'Borrada', tabla: null, columnas: [] }, tablas, hojas, 'Activa')).toEqual({ hoja: 'Activa', tabla: 'T2' });
    expect(elegirFuente(null, null, [], hojas, 'Activa')).toEqual({ hoja: 'Activa', tabla: null });
  });
});
