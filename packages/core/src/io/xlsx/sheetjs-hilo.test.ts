import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importarArchivo } from '../importar.js';
import { importarXlsx } from './importar-xlsx.js';
import { leerEnHilo } from './sheetjs-hilo.js';
import { leerLibroConSheetJS, leerLibroXlsx } from './sheetjs.js';
import { libroSispt } from './test-utils/generar.js';
import { danarDeflate, entradasZip } from './test-utils/zip-danado.js';
import { problemaZip } from './zip-integridad.js';

/** A small SisPT workbook written with deflate (SheetJS writes "stored" entries unless asked). */
function sisptComprimido(n: number): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const h of libroSispt(n)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(h.filas), h.nombre);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

const sano = sisptComprimido(3);
// Zeroed deflate data of the first sheet, every header, size and CRC intact. In this thread SheetJS 0.20.3
// does not return on it (checked by hand: `XLSX.read(danado)` ran > 10 s of CPU and was killed).
const danado = danarDeflate(sano);

describe('SheetJS en un hilo (Node): un libro con datos comprimidos dañados no cuelga a quien lo lee', () => {
  it('el libro dañado conserva su estructura ZIP: la revisión previa (zip-integridad) no lo detecta', () => {
    expect(entradasZip(danado).map((e) => e.nombre)).toEqual(entradasZip(sano).map((e) => e.nombre));
    expect(problemaZip(danado)).toBeNull();
  });

  it('importarXlsx responde pronto con un error en español que nombra el archivo, la parte dañada y qué hacer', async () => {
    const t0 = Date.now();
    const r = await importarXlsx(danado, { archivo: 'sispt-danado.xlsx' });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores[0]).toMatchObject({ codigo: 'libro_ilegible', archivo: 'sispt-danado.xlsx' });
    expect(r.errores[0]!.mensaje).toMatch(/^sispt-danado\.xlsx: .*«xl\/worksheets\/sheet1\.xml».*parece dañado: ábralo en Excel y guárdelo de nuevo/);
  });

  it('el límite de tiempo: una lectura que no termina a tiempo se corta con libro_sin_respuesta, y el hilo siguiente lee bien', async () => {
    const t0 = Date.now();
    // A limit no read can meet stands for a parse that never returns.
    const r = await leerLibroXlsx(sano, { archivo: 'lento.xlsx', lecturaXlsx: { pisoMs: 1, msPorMB: 0 } });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]!.mensaje).toMatch(/^lento\.xlsx: .*no terminó en .* s.*parece dañado: ábralo en Excel y guárdelo de nuevo/);
    const otra = await leerLibroXlsx(sano);
    expect(otra).toEqual(leerLibroConSheetJS(XLSX, sano));
  });

  it('lo que el hilo lee es lo mismo que SheetJS en este hilo (celdas, formatos, combinadas)', async () => {
    const enHilo = await leerLibroXlsx(sano);
    expect(enHilo.ok).toBe(true);
    expect(enHilo).toEqual(leerLibroConSheetJS(XLSX, sano));
  });

  it('por la ruta única (importarArchivo): el mismo error para el dañado, el plan para el sano', async () => {
    const r = await importarArchivo({ nombre: 'plan.xlsx', contenido: danado });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'libro_ilegible', archivo: 'plan.xlsx' });
    const s = await importarArchivo({ nombre: 'plan.xlsx', contenido: sano });
    expect(s.ok && s.plan.metas.length).toBe(3);
  });

  it('lecturas simultáneas se atienden una tras otra, cada una con su resultado', async () => {
    const grande = sisptComprimido(5);
    const [a, b, c] = await Promise.all([leerEnHilo(sano), leerEnHilo(danado), leerEnHilo(grande)]);
    expect(a).toEqual(leerLibroConSheetJS(XLSX, sano));
    expect(b?.ok).toBe(false);
    expect(c).toEqual(leerLibroConSheetJS(XLSX, grande));
  });
});
