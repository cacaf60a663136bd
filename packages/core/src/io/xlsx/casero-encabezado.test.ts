import { describe, expect, it } from 'vitest';
import { detectarEncabezado } from './casero-encabezado.js';
import { libroDe } from './test-utils/libros.js';

const hoja = (filas: Parameters<typeof libroDe>[0][number]['filas'], combinadas?: string[]) => libroDe([{ nombre: 'H', filas, ...(combinadas ? { combinadas } : {}) }]).hojas[0]!;
const campos = (h: ReturnType<typeof hoja>) => detectarEncabezado(h)?.columnas.map((c) => (c.reconocido ? `${c.reconocido.campo}${c.reconocido.anio ? `:${c.reconocido.anio}` : ''}` : null));

describe('detectarEncabezado', () => {
  it('encuentra el encabezado bajo filas de título', () => {
    const h = hoja([['ALCALDÍA DE CHÍA'], ['SEGUIMIENTO'], [], ['PROGRAMA', 'META DE PRODUCTO', 'META CUATRIENIO', 'META 2024'], ['Salud', 'Vacunar', 400, 100]]);
    expect(detectarEncabezado(h)?.r).toBe(3);
    expect(campos(h)).toEqual(['programa', 'nombre', 'metaCuatrienio', 'programado:2024']);
  });
  it('banda de año combinada sobre las subcolumnas, y celdas combinadas hacia abajo', () => {
    const h = hoja(
      [
        ['PROGRAMA', 'META DE PRODUCTO', '2024', null, null],
        [null, null, 'META', 'AVANCE', '% CUMPLIMIENTO'],
        ['Salud', 'Vacunar', 100, 80, 0.8],
      ],
      ['A1:A2', 'B1:B2', 'C1:E1'],
    );
    expect(detectarEncabezado(h)?.r).toBe(1);
    expect(campos(h)).toEqual(['programa', 'nombre', 'programado:2024', 'ejecutado:2024', 'cumplimiento:2024']);
  });
  it('banda con palabra sobre subcolumna con año («AVANCE» sobre «META 2024» es ejecutado)', () => {
    const h = hoja([['PROGRAMA', 'META DE PRODUCTO', 'PROGRAMACIÓN', 'AVANCE'], [null, null, 'META 2024', 'META 2024'], ['Salud', 'Vacunar', 1, 1]], ['A1:A2', 'B1:B2']);
    expect(campos(h)).toEqual(['programa', 'nombre', 'programado:2024', 'ejecutado:2024']);
  });
  it('una fila de datos no se toma por encabezado (los números cuentan en contra)', () => {
    const h = hoja([['PROGRAMA', 'META DE PRODUCTO', 'L.B', 'META CUATRIENIO'], ['Programa', 'Meta', 1, 2]]);
    expect(detectarEncabezado(h)?.r).toBe(0);
  });
  it('sin tres columnas reconocibles no hay encabezado', () => {
    expect(detectarEncabezado(hoja([['A', 'B', 'C'], [1, 2, 3]]))).toBeNull();
  });
});
