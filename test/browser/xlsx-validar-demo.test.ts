// The demo's "valida tu archivo" in REAL Chromium: the file is read in a module Web Worker with a time limit;
// a damaged workbook is reported (never an empty, "valid" plan), a healthy one gives its metas.
import { expect } from '@esm-bundle/chai';
import { revisarArchivo } from '../../demo/src/validar-archivo.js';
import { sisptComprimido } from '../../packages/core/src/io/xlsx/test-utils/libro-comprimido.js';
import { danarDeflate } from '../../packages/core/src/io/xlsx/test-utils/zip-danado.js';

const sano = sisptComprimido(3);

describe('demo «valida tu archivo»: lectura en un Web Worker con límite de tiempo', () => {
  it('el libro dañado: un solo error, de la revisión del contenido (nombra la parte y dice qué hacer), no del límite de tiempo', async () => {
    const r = await revisarArchivo('plan-danado.xlsx', danarDeflate(sano), 'es');
    expect(r.ok).to.equal(false);
    expect(r.metas).to.equal(null);
    // Only the content check names a part, and it answers before SheetJS reads anything.
    expect(r.problemas).to.have.length(1);
    expect(r.problemas[0]!.severidad).to.equal('error');
    expect(r.problemas[0]!.mensaje).to.match(/^plan-danado\.xlsx: .*«xl\/worksheets\/sheet1\.xml».*parece dañado: ábralo en Excel y guárdelo de nuevo/);
    expect(r.problemas[0]!.mensaje).not.to.match(/no terminó en/);
  });

  it('el libro sano: válido, con sus 3 metas', async () => {
    const r = await revisarArchivo('plan.xlsx', sano, 'en');
    expect(r.ok, r.problemas.map((p) => p.mensaje).join('\n')).to.equal(true);
    expect(r.metas).to.equal(3);
  });

  it('una lectura que pasa el límite se corta: la página responde con libro_sin_respuesta, sin la opción de la CLI', async () => {
    // A limit no read can meet stands for a read that never returns; only the worker path has a limit.
    const r = await revisarArchivo('lento.xlsx', sano, 'es', { limiteMs: 1 });
    expect(r.ok).to.equal(false);
    expect(r.problemas).to.have.length(1);
    expect(r.problemas[0]!.mensaje).to.match(/^lento\.xlsx: .*no terminó en .* s.*parece dañado/);
    expect(r.problemas[0]!.mensaje).not.to.include('lecturaXlsx');
    // The next read starts a new worker and reads normally.
    expect((await revisarArchivo('plan.xlsx', sano, 'es')).metas).to.equal(3);
  });
});
