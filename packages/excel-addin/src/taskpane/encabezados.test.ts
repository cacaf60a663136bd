import { describe, expect, it } from 'vitest';
import { detectarEncabezado } from './encabezados.js';
import { libroPropio, planSemilla } from './test-utils/libros-prueba.js';
import { rangoDe } from './test-utils/rango.js';

describe('detectarEncabezado', () => {
  it('encuentra el encabezado bajo filas de título', () => {
    const d = detectarEncabezado(
      rangoDe([
        ['PLAN INDICATIVO — GOBERNACIÓN', '', ''],
        ['', '', ''],
        ['Código', 'Meta de producto', 'Meta cuatrienio'],
        ['1', 'Rondas', 3],
      ]),
    );
    expect(d).toMatchObject({ fila: 2, filas: 1, reconocidos: 3 });
    expect(d?.encabezados.map((e) => e.texto)).toEqual(['Código', 'Meta de producto', 'Meta cuatrienio']);
  });

  it('une una banda combinada con la fila de años («PROGRAMACIÓN» sobre 2024 | 2025)', () => {
    const d = detectarEncabezado(
      rangoDe([
        ['CÓDIGO', 'META', 'PROGRAMACIÓN', '', 'EJECUCIÓN', ''],
        ['', '', '2024', '2025', '2024', '2025'],
        ['1', 'Rondas', 1, 1, 1, 0],
      ]),
    );
    expect(d).toMatchObject({ fila: 1, filas: 2 });
    expect(d?.encabezados.map((e) => e.texto)).toEqual(['CÓDIGO', 'META', 'PROGRAMACIÓN 2024', 'PROGRAMACIÓN 2025', 'EJECUCIÓN 2024', 'EJECUCIÓN 2025']);
  });

  it('toma la celda de abajo cuando la banda no aporta («INFORMACIÓN GENERAL» sobre «CÓDIGO»)', () => {
    const d = detectarEncabezado(
      rangoDe([
        ['INFORMACIÓN GENERAL', '', 'AVANCE', ''],
        ['CÓDIGO', 'META DE PRODUCTO', 'META 2024', 'AVANCE META 2024'],
        ['1', 'x', 1, 1],
      ]),
    );
    expect(d?.encabezados.map((e) => e.texto)).toEqual(['CÓDIGO', 'META DE PRODUCTO', 'META 2024', 'AVANCE META 2024']);
  });

  it('junta los encabezados de varias líneas («UNIDAD DE\\nMEDIDA»)', () => {
    const d = detectarEncabezado(rangoDe([['CÓDIGO', 'UNIDAD DE\nMEDIDA', 'META\r\nCUATRIENIO']]));
    expect(d?.encabezados.map((e) => e.texto)).toEqual(['CÓDIGO', 'UNIDAD DE MEDIDA', 'META CUATRIENIO']);
  });

  it('el libro propio de la semilla: encabezado en dos filas, columnas de más sin reconocer', () => {
    const l = libroPropio(planSemilla());
    const d = detectarEncabezado(rangoDe(l.celdas));
    expect(d).toMatchObject({ fila: l.primeraFila - 1, filas: 2 });
    expect(d?.encabezados.length).toBe((d?.reconocidos ?? 0) + 2);
  });

  it('sin nada reconocible: null (el panel lo dice, no inventa columnas)', () => {
    expect(detectarEncabezado(rangoDe([['a', 'b'], [1, 2]]))).toBeNull();
    expect(detectarEncabezado(rangoDe([]))).toBeNull();
  });
});
