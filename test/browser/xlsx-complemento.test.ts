// The Excel add-in's "Importar un archivo…" reader in REAL Chromium: a real Web Worker reads the workbook with
// a time limit (leer-en-trabajador.ts), through core's ONE import path. The worker script is the TypeScript
// source (module worker) and, when the add-in was built, the shipped classic script dist/lector-xlsx.js.
import { expect } from '@esm-bundle/chai';
import { importarArchivos } from '@tablero-pdd/core';
import { lectorEnTrabajador, type OpcionesTrabajador } from '../../packages/excel-addin/src/taskpane/leer-en-trabajador.js';
import { sisptComprimido } from '../../packages/core/src/io/xlsx/test-utils/libro-comprimido.js';
import { danarDeflate } from '../../packages/core/src/io/xlsx/test-utils/zip-danado.js';

const sano = sisptComprimido(3);
// For the time limit: a workbook whose reading takes tens of milliseconds, so a 1 ms limit always runs out first.
const lento = sisptComprimido(300);
const FUENTE: OpcionesTrabajador = { url: new URL('../../packages/excel-addin/src/taskpane/lector-xlsx.ts', import.meta.url), tipo: 'module' };
const CONSTRUIDO: OpcionesTrabajador = { url: new URL('../../packages/excel-addin/dist/lector-xlsx.js', import.meta.url) };

describe('complemento: libros elegidos leídos en un Web Worker real', () => {
  it('el libro sano: el trabajador responde (no null: no se leyó en la página), y el plan tiene sus 3 metas', async () => {
    const l = await lectorEnTrabajador(FUENTE)(sano, { archivo: 'plan.xlsx' });
    expect(l).to.not.equal(null);
    expect(l!.ok).to.equal(true);
    const r = await importarArchivos([{ nombre: 'plan.xlsx', contenido: sano }], { lecturaXlsx: { lector: lectorEnTrabajador(FUENTE) } });
    expect(r.ok, r.ok ? '' : r.errores.map((e) => e.mensaje).join('\n')).to.equal(true);
    if (r.ok) expect(r.plan.metas.length).to.equal(3);
  });

  it('el libro con datos comprimidos dañados: libro_ilegible de la revisión en la página, sin llegar a crear el trabajador', async () => {
    // Each call of the worker reader starts a worker (and its time limit): none may start for this file.
    let lecturas = 0;
    const enTrabajador = lectorEnTrabajador(FUENTE);
    const lector: typeof enTrabajador = (bytes, o) => {
      lecturas++;
      return enTrabajador(bytes, o);
    };
    const r = await importarArchivos([{ nombre: 'danado.xlsx', contenido: danarDeflate(sano) }], { lecturaXlsx: { lector } });
    expect(lecturas, 'se creó un trabajador para el libro dañado').to.equal(0);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errores[0]).to.include({ codigo: 'libro_ilegible', archivo: 'danado.xlsx' });
  });

  it('una lectura que pasa el límite: el trabajador se corta y se responde libro_sin_respuesta', async () => {
    const r = await importarArchivos([{ nombre: 'lento.xlsx', contenido: lento }], { lecturaXlsx: { lector: lectorEnTrabajador(FUENTE), pisoMs: 1, msPorMB: 0 } });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errores[0]).to.include({ codigo: 'libro_sin_respuesta', archivo: 'lento.xlsx' });
  });

  it('el script construido (dist/lector-xlsx.js, trabajador clásico) lee el mismo plan', async function () {
    const hay = await fetch(CONSTRUIDO.url!, { method: 'HEAD' }).then((x) => x.ok, () => false);
    if (!hay) this.skip(); // the add-in was not built (npm run build -w @tablero-pdd/excel-addin)
    const l = await lectorEnTrabajador(CONSTRUIDO)(sano, { archivo: 'plan.xlsx' });
    expect(l, 'el script construido no cargó como trabajador').to.not.equal(null);
    const r = await importarArchivos([{ nombre: 'plan.xlsx', contenido: sano }], { lecturaXlsx: { lector: lectorEnTrabajador(CONSTRUIDO) } });
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.plan.metas.length).to.equal(3);
  });
});
