import { describe, expect, it } from 'vitest';
import { LECTOR_XLSX } from './registro.js';
import { cargarSheetJS } from './sheetjs.js';
import { libroSispt } from './test-utils/generar.js';
import { escribirXlsx } from './test-utils/libros.js';

describe('LECTOR_XLSX (forma del registro de io/importar.ts)', () => {
  it('lee un libro SisPT una vez cargada la biblioteca', async () => {
    await cargarSheetJS();
    const l = LECTOR_XLSX.leer({ nombre: 'a.xlsx', texto: '', bytes: escribirXlsx(libroSispt(3)) }, { archivo: 'a.xlsx' });
    expect(l.resultado.ok).toBe(true);
    if (l.resultado.ok) expect(l.resultado.plan.metas).toHaveLength(3);
  });
  it('sin bytes: error, no excepción', async () => {
    await cargarSheetJS();
    const l = LECTOR_XLSX.leer({ nombre: 'a.xlsx', texto: '' }, { archivo: 'a.xlsx' });
    expect(l.resultado.ok).toBe(false);
  });
  it('declara sus extensiones y que es binario', () => {
    expect(LECTOR_XLSX.extensiones).toContain('xlsx');
    expect(LECTOR_XLSX.binario).toBe(true);
  });
});
