import { describe, expect, it } from 'vitest';
import { LECTOR_XLSX } from './registro.js';
import { libroSispt } from './test-utils/generar.js';
import { escribirXlsx } from './test-utils/libros.js';

describe('LECTOR_XLSX (forma del registro de io/importar.ts)', () => {
  it('lee un libro SisPT; carga SheetJS por su cuenta', async () => {
    const l = await LECTOR_XLSX.leer({ nombre: 'a.xlsx', texto: '', bytes: escribirXlsx(libroSispt(3)) }, { archivo: 'a.xlsx' });
    expect(l.resultado.ok).toBe(true);
    if (l.resultado.ok) expect(l.resultado.plan.metas).toHaveLength(3);
    expect(l.reporte?.formato).toBe('sispt-plan-indicativo');
  });
  it('sin bytes: error, no excepción', async () => {
    const l = await LECTOR_XLSX.leer({ nombre: 'a.xlsx', texto: '' }, { archivo: 'a.xlsx' });
    expect(l.resultado.ok).toBe(false);
    if (!l.resultado.ok) expect(l.resultado.errores[0]!.codigo).toBe('no_es_libro');
  });
  it('declara sus extensiones, que es binario, y reconoce la firma ZIP', () => {
    expect(LECTOR_XLSX.extensiones).toContain('xlsx');
    expect(LECTOR_XLSX.binario).toBe(true);
    expect(LECTOR_XLSX.reconoceBytes?.(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(LECTOR_XLSX.reconoceBytes?.(new TextEncoder().encode('{"version":1}'))).toBe(false);
  });
});
