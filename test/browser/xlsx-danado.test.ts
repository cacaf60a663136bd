// A workbook whose compressed data is damaged (ZIP structure intact) in REAL Chromium: the page's own
// DecompressionStream checks every part before SheetJS, which would otherwise grow memory for seconds
// and return the sheet empty. Through the ONE import path (importarArchivo), as the demo and the add-in use it.
import { expect } from '@esm-bundle/chai';
import { importarArchivo, leerLibroXlsx } from '../../packages/core/src/index.js';
import { revisarPartesZip } from '../../packages/core/src/io/xlsx/zip-contenido.js';
import { sisptComprimido } from '../../packages/core/src/io/xlsx/test-utils/libro-comprimido.js';
import { crcDeclarado, danarDeflate, declararEnCentral } from '../../packages/core/src/io/xlsx/test-utils/zip-danado.js';

const HOJA = 'xl/worksheets/sheet1.xml';
const sano = sisptComprimido(3);
const danado = danarDeflate(sano);

/** A `lecturaXlsx.lector` that only counts: core calls it right before SheetJS, and reads as usual on its null. */
function lectorQueCuenta() {
  const c = {
    veces: 0,
    lector: () => {
      c.veces++;
      return Promise.resolve(null);
    },
  };
  return c;
}

describe('libro con datos comprimidos dañados, en el navegador', () => {
  it('la plataforma tiene DecompressionStream("deflate-raw"): la revisión se hace de verdad', async () => {
    expect(typeof DecompressionStream).to.equal('function');
    expect(await revisarPartesZip(sano)).to.deep.equal({ estado: 'sano' });
    expect(await revisarPartesZip(danado)).to.deep.equal({ estado: 'danado', parte: HOJA, motivo: 'inflado' });
  });

  it('importarArchivo del dañado: libro_ilegible que nombra archivo y parte, sin llegar a SheetJS', async () => {
    const c = lectorQueCuenta();
    const r = await importarArchivo({ nombre: 'plan-danado.xlsx', contenido: danado }, { lecturaXlsx: { lector: c.lector } });
    expect(c.veces, 'SheetJS llegó a leer el libro dañado').to.equal(0);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.errores[0]).to.include({ codigo: 'libro_ilegible', archivo: 'plan-danado.xlsx' });
    expect(r.errores[0]!.mensaje).to.match(/«xl\/worksheets\/sheet1\.xml».*El archivo parece dañado: ábralo en Excel y guárdelo de nuevo/);
  });

  it('en inglés, un CRC que no coincide', async () => {
    const b = declararEnCentral(sano, HOJA, { crc: (crcDeclarado(sano, HOJA) ^ 1) >>> 0 });
    const r = await leerLibroXlsx(b, { archivo: 'plan.xlsx', lang: 'en' });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errores[0]!.mensaje).to.match(/the part 'xl\/worksheets\/sheet1\.xml'.*checksum \(CRC\).*The file seems damaged/);
  });

  it('importarArchivo del sano: el plan, con sus 3 metas, leído por SheetJS', async () => {
    const c = lectorQueCuenta();
    const r = await importarArchivo({ nombre: 'plan.xlsx', contenido: sano }, { lecturaXlsx: { lector: c.lector } });
    expect(c.veces).to.equal(1);
    expect(r.ok, r.ok ? '' : r.errores.map((e) => e.mensaje).join('\n')).to.equal(true);
    if (r.ok) expect(r.plan.metas.length).to.equal(3);
  });
});
