import { describe, expect, it } from 'vitest';
import { importarXlsx } from './importar-xlsx.js';
import { libroSispt } from './test-utils/generar.js';
import { escribirXlsx } from './test-utils/libros.js';
import { problemaZip } from './zip-integridad.js';

const libro = escribirXlsx(libroSispt(2));

describe('problemaZip: el ZIP se revisa antes de que SheetJS lo vea (SheetJS no regresa con algunos dañados)', () => {
  it('un libro escrito por SheetJS está completo', () => {
    expect(problemaZip(libro)).toBeNull();
  });
  it('10 bytes con la firma ZIP: incompleto (SheetJS 0.20.3 se queda en un ciclo con esto)', () => {
    expect(problemaZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]))?.es).toContain('incompleto');
  });
  it('una descarga cortada a la mitad: incompleto', () => {
    expect(problemaZip(libro.subarray(0, libro.length >> 1))?.es).toContain('incompleto');
  });
  it('el final del ZIP intacto pero el resto en ceros: índice dañado', () => {
    const b = new Uint8Array(libro.length);
    b.set(libro.subarray(0, 4));
    b.set(libro.subarray(libro.length - 22), libro.length - 22);
    expect(problemaZip(b)?.es).toContain('dañado');
  });
  it('una entrada cuyo encabezado local no está donde el índice dice: dañado', () => {
    const b = libro.slice();
    b[0] = 0; // the first entry's local header signature
    expect(problemaZip(b)?.es).toContain('dañad');
  });
  it('por importarXlsx: error libro_ilegible con el motivo, sin colgarse', async () => {
    const r = await importarXlsx(libro.subarray(0, 100), { archivo: 'cortado.xlsx' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'libro_ilegible', archivo: 'cortado.xlsx' });
  });
});
