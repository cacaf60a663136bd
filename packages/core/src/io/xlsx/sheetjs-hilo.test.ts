import { Worker } from 'node:worker_threads';
import * as XLSX from '@e965/xlsx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importarArchivo } from '../importar.js';
import { importarXlsx } from './importar-xlsx.js';
import { leerEnHilo } from './sheetjs-hilo.js';
import { leerLibroConSheetJS, leerLibroXlsx } from './sheetjs.js';
import { sisptComprimido } from './test-utils/libro-comprimido.js';
import { danarDeflate, entradasZip } from './test-utils/zip-danado.js';
import { problemaZip } from './zip-integridad.js';


const sano = sisptComprimido(3);
// Zeroed deflate data of the first sheet, every header, size and CRC intact. SheetJS 0.20.3 alone grows memory
// for seconds and returns that sheet EMPTY (checked by hand: 2,5 s, 0 rows instead of 7); zip-contenido.ts refuses it first.
const danado = danarDeflate(sano);
// For the time limit: a workbook whose reading takes tens of milliseconds, so that a 1 ms limit always runs out
// first (with `sano`, a warm worker could answer within the millisecond and the test would fail now and then).
const lento = sisptComprimido(300);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SheetJS en un hilo (Node) tras la revisión del contenido: un libro dañado no cuelga ni se lee vacío', () => {
  it('el libro dañado conserva su estructura ZIP: la revisión previa (zip-integridad) no lo detecta', () => {
    expect(entradasZip(danado).map((e) => e.nombre)).toEqual(entradasZip(sano).map((e) => e.nombre));
    expect(problemaZip(danado)).toBeNull();
  });

  it('importarXlsx responde, sin llegar a SheetJS, con un error en español que nombra el archivo, la parte dañada y qué hacer', async () => {
    // The reader hook is called right before SheetJS (in the thread or here): untouched, SheetJS never saw the bytes.
    const lector = vi.fn(async () => null);
    const r = await importarXlsx(danado, { archivo: 'sispt-danado.xlsx', lecturaXlsx: { lector } });
    expect(lector).not.toHaveBeenCalled();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores[0]).toMatchObject({ codigo: 'libro_ilegible', archivo: 'sispt-danado.xlsx' });
    expect(r.errores[0]!.mensaje).toMatch(/^sispt-danado\.xlsx: .*«xl\/worksheets\/sheet1\.xml».*parece dañado: ábralo en Excel y guárdelo de nuevo/);
  });

  it('el límite de tiempo: una lectura que no termina a tiempo se corta con libro_sin_respuesta, su hilo se termina, y el hilo siguiente lee bien', async () => {
    const terminar = vi.spyOn(Worker.prototype, 'terminate');
    // A limit no read can meet stands for a parse that never returns.
    const r = await leerLibroXlsx(lento, { archivo: 'lento.xlsx', lecturaXlsx: { pisoMs: 1, msPorMB: 0 } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errores[0]!.codigo).toBe('libro_sin_respuesta');
      expect(r.errores[0]!.mensaje).toMatch(/^lento\.xlsx: .*no terminó en .* s.*parece dañado: ábralo en Excel y guárdelo de nuevo/);
    }
    // The answer came from the limit, and the worker still parsing was stopped with it.
    expect(terminar).toHaveBeenCalledTimes(1);
    const otra = await leerLibroXlsx(sano);
    expect(otra).toEqual(leerLibroConSheetJS(XLSX, sano));
    expect(terminar).toHaveBeenCalledTimes(1);
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

  it('lecturas simultáneas se atienden una tras otra, cada una con su resultado (también tras un hilo cortado)', async () => {
    const grande = sisptComprimido(5);
    // The middle read cannot meet its limit: its worker is terminated and the next read starts another.
    const [a, b, c] = await Promise.all([leerEnHilo(sano), leerEnHilo(lento, { lecturaXlsx: { pisoMs: 1, msPorMB: 0 } }), leerEnHilo(grande)]);
    expect(a).toEqual(leerLibroConSheetJS(XLSX, sano));
    expect(b?.ok === false && b.errores[0]!.codigo).toBe('libro_sin_respuesta');
    expect(c).toEqual(leerLibroConSheetJS(XLSX, grande));
  });
});
