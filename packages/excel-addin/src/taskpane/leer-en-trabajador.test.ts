import { importarArchivo, leerLibroXlsx, type LecturaLibro, type ResultadoImportacion } from '@tablero-pdd/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sisptComprimido } from '../../../core/src/io/xlsx/test-utils/libro-comprimido.js';
import { danarDeflate } from '../../../core/src/io/xlsx/test-utils/zip-danado.js';
import { importarArchivosElegidos } from './importar-abierto.js';
import { lectorEnTrabajador, type PedidoLectura } from './leer-en-trabajador.js';

/**
 * Node has no Web Worker: this one answers like lector-xlsx.ts (core's leerLibroXlsx on the bytes it gets),
 * never answers (a read that does not return), or fails to load (a script that is missing or blocked).
 * The real worker in Chromium: test/browser/xlsx-complemento.test.ts.
 */
class TrabajadorFalso {
  static modo: 'responde' | 'calla' | 'no-carga' = 'responde';
  static creados: Array<{ url: string; tipo: string | undefined }> = [];
  static terminados = 0;
  onmessage: ((e: { data: LecturaLibro }) => void) | null = null;
  onerror: ((e: { preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor(url: string | URL, o?: { type?: string }) {
    TrabajadorFalso.creados.push({ url: String(url), tipo: o?.type });
  }
  postMessage(p: PedidoLectura): void {
    if (TrabajadorFalso.modo === 'responde') void leerLibroXlsx(p.bytes, { ...p, lecturaXlsx: { enHilo: false } }).then((data) => this.onmessage?.({ data }));
    else if (TrabajadorFalso.modo === 'no-carga') setTimeout(() => this.onerror?.({ preventDefault: () => undefined }), 0);
  }
  terminate(): void {
    TrabajadorFalso.terminados++;
  }
}

const sano = sisptComprimido(3);

beforeEach(() => {
  TrabajadorFalso.modo = 'responde';
  TrabajadorFalso.creados = [];
  TrabajadorFalso.terminados = 0;
  vi.stubGlobal('Worker', TrabajadorFalso);
  vi.stubGlobal('document', { baseURI: 'https://localhost:3000/taskpane.html' });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('los libros elegidos en el panel se leen en un Web Worker con límite de tiempo', () => {
  it('por la ruta del panel: el trabajador lector-xlsx.js junto a la página (clásico) lee, y se termina', async () => {
    const r = await importarArchivosElegidos([{ nombre: 'plan.xlsx', contenido: sano }]);
    expect(r.ok && r.plan.metas.length).toBe(3);
    expect(TrabajadorFalso.creados).toEqual([{ url: 'https://localhost:3000/lector-xlsx.js', tipo: 'classic' }]);
    expect(TrabajadorFalso.terminados).toBe(1);
    // The same plan as core reading in this thread.
    const aqui = await importarArchivo({ nombre: 'plan.xlsx', contenido: sano }, { lecturaXlsx: { enHilo: false } });
    expect(r.ok && aqui.ok && r.plan).toEqual(aqui.ok && aqui.plan);
  });

  it('un libro que no responde a tiempo: al vencer el límite, libro_sin_respuesta que nombra el archivo, sin la opción de la CLI; el trabajador se termina', async () => {
    TrabajadorFalso.modo = 'calla';
    // Only the limit's clock is faked: the ZIP checks before the worker run as usual.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let respuesta: ResultadoImportacion | undefined;
    const pendiente = importarArchivosElegidos([{ nombre: 'lento.xlsx', contenido: sano }], { lecturaXlsx: { pisoMs: 50, msPorMB: 0 } }).then((x) => (respuesta = x));
    const vuelta = () => new Promise((res) => setImmediate(res));
    // The clock starts with the worker.
    while (TrabajadorFalso.creados.length === 0) await vuelta();
    vi.advanceTimersByTime(49);
    await vuelta();
    expect(respuesta).toBeUndefined();
    expect(TrabajadorFalso.terminados).toBe(0);
    vi.advanceTimersByTime(1);
    expect(TrabajadorFalso.terminados).toBe(1);
    const r = await pendiente;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores[0]).toMatchObject({ codigo: 'libro_sin_respuesta', archivo: 'lento.xlsx' });
    expect(r.errores[0]!.mensaje).toMatch(/parece dañado: ábralo en Excel y guárdelo de nuevo/);
    expect(r.errores[0]!.mensaje).not.toContain('lecturaXlsx');
    expect(TrabajadorFalso.terminados).toBe(1);
  });

  it('el trabajador no carga: se lee en el panel como antes', async () => {
    TrabajadorFalso.modo = 'no-carga';
    const r = await importarArchivosElegidos([{ nombre: 'plan.xlsx', contenido: sano }]);
    expect(r.ok && r.plan.metas.length).toBe(3);
    expect(TrabajadorFalso.creados).toHaveLength(1);
  });

  it('un libro con datos comprimidos dañados: libro_ilegible de core, sin llegar a crear el trabajador', async () => {
    const r = await importarArchivosElegidos([{ nombre: 'danado.xlsx', contenido: danarDeflate(sano) }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'libro_ilegible', archivo: 'danado.xlsx' });
    expect(TrabajadorFalso.creados).toHaveLength(0);
  });

  it('sin Web Worker en el entorno: el lector dice null (core lee en el panel)', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await lectorEnTrabajador()(sano, {})).toBeNull();
  });
});
