// The import of the open workbook on real samples (Chía) is in test/node/excel-importar-abierto-muestras.test.ts.
import { describe, expect, it } from 'vitest';
import { importarLibroAbierto } from './importar-abierto.js';
import { textoImportacion } from './reporte-importacion.js';
import { LibroSimulado } from './test-utils/libro-simulado.js';

type Contexto = Parameters<typeof importarLibroAbierto>[0];

describe('errores de un libro abierto: con hoja, fila y columna, y la celda para seleccionarla', () => {
  it('un SisPT con texto donde va la meta del cuatrienio', async () => {
    const { libroSispt } = await import('../../../core/src/io/xlsx/test-utils/generar.js');
    const hojas = libroSispt(2);
    const productos = hojas.find((h) => h.nombre === 'Plan indicativo - Productos')!;
    const col = (productos.filas[1] as string[]).indexOf('Meta del cuatrienio');
    productos.filas[2]![col] = 'mucho';
    const l = new LibroSimulado({ nombre: 'roto.xlsx', hojas: hojas.map((h) => ({ nombre: h.nombre, celdas: h.filas.map((f) => f.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? ('error' in v ? v.error : v.v) : v))) })) });
    const r = await importarLibroAbierto(l.contexto as unknown as Contexto);
    expect(r.ok).toBe(false);
    const t = textoImportacion(r);
    expect(t.titulo).toMatch(/^roto\.xlsx \(Plan Indicativo de SisPT\): no se importó; \d+ error\(es\) que corregir\.$/);
    const e = t.errores.find((x) => x.mensaje.includes('mucho'));
    expect(e?.celda).toBe(`'Plan indicativo - Productos'!${String.fromCharCode(65 + col)}3`);
    expect(e?.mensaje).toMatch(/^roto\.xlsx, hoja «Plan indicativo - Productos», fila 3, columna P · Meta del cuatrienio: /);
  });
});
