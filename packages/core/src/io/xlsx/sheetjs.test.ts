import { describe, expect, it, vi } from 'vitest';
import { leerLibroConSheetJS, leerLibroXlsx, tipoPorFirma, type LecturaLibro } from './sheetjs.js';
import { escribirXlsx } from './test-utils/libros.js';

describe('tipoPorFirma', () => {
  it('ZIP (xlsx/ods) y OLE (xls); lo demás no es un libro', () => {
    expect(tipoPorFirma(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('zip');
    expect(tipoPorFirma(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole');
    expect(tipoPorFirma(new TextEncoder().encode('codigo;meta\n1;2'))).toBeNull();
    expect(tipoPorFirma(new Uint8Array())).toBeNull();
  });
});

describe('leerLibroXlsx', () => {
  it('lee celdas, formatos, errores de fórmula y combinaciones', async () => {
    const bytes = escribirXlsx([{ nombre: 'Hoja 1', combinadas: ['A1:C1'], filas: [['Título'], ['010101', 12.5, { error: '#DIV/0!' }], [{ v: 10101, z: '000000' }, { v: 0.5, z: '0%' }]] }]);
    const r = await leerLibroXlsx(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const h = r.libro.hojas[0]!;
    expect(h.nombre).toBe('Hoja 1');
    expect(h.combinadas).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }]);
    expect(h.filas[1]![0]).toMatchObject({ v: '010101' });
    expect(h.filas[1]![2]).toEqual({ v: null, error: '#DIV/0!' });
    expect(h.filas[2]![0]).toMatchObject({ v: 10101, z: '000000', w: '010101' });
    expect(h.filas[2]![1]).toMatchObject({ v: 0.5, z: '0%' });
  });
  it('bytes que no son un libro: error claro, sin llamar a SheetJS', async () => {
    const r = await leerLibroXlsx(new TextEncoder().encode('a;b;c'), { archivo: 'x.xlsx' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'no_es_libro', archivo: 'x.xlsx' });
  });
  it('un ZIP dañado: error «libro_ilegible», nunca una excepción', async () => {
    const bytes = escribirXlsx([{ nombre: 'A', filas: [['x']] }]).slice(0, 200);
    const r = await leerLibroXlsx(bytes, { lang: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]!.codigo).toMatch(/^libro_(ilegible|protegido)$/);
  });
  it('la mitad síncrona sin la biblioteca cargada responde con un error, no con una excepción', () => {
    const r = leerLibroConSheetJS(null, escribirXlsx([{ nombre: 'A', filas: [['x']] }]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]!.codigo).toBe('biblioteca_xlsx_no_cargada');
  });
});

describe('leerLibroXlsx con lecturaXlsx.lector (la lectura en otro lugar: el Web Worker del complemento)', () => {
  const bytes = escribirXlsx([{ nombre: 'A', filas: [['x', 1]] }]);
  const otro: LecturaLibro = { ok: true, libro: { hojas: [{ nombre: 'leída fuera', filas: [], combinadas: [] }] } };

  it('las revisiones del ZIP van primero: un libro dañado no llega al lector', async () => {
    const lector = vi.fn(async () => otro);
    const r = await leerLibroXlsx(bytes.slice(0, 200), { lecturaXlsx: { lector } });
    expect(r.ok).toBe(false);
    expect(lector).not.toHaveBeenCalled();
  });
  it('un libro sano: lo que el lector responde, con el archivo y el idioma', async () => {
    const lector = vi.fn(async () => otro);
    expect(await leerLibroXlsx(bytes, { archivo: 'p.xlsx', lang: 'en', lecturaXlsx: { lector } })).toBe(otro);
    expect(lector).toHaveBeenCalledWith(bytes, expect.objectContaining({ archivo: 'p.xlsx', lang: 'en' }));
  });
  it('el lector no puede (null): se lee como siempre', async () => {
    const r = await leerLibroXlsx(bytes, { lecturaXlsx: { lector: async () => null } });
    expect(r.ok && r.libro.hojas[0]!.nombre).toBe('A');
  });
});
