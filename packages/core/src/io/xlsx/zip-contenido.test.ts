import { constants, deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crc32 } from './crc32.js';
import { leerLibroXlsx } from './sheetjs.js';
import { sisptComprimido } from './test-utils/libro-comprimido.js';
import { escribirXlsx } from './test-utils/libros.js';
import { crcDeclarado, danarDeflate, declararEnCentral, entradasZip, zipDeUnaParte } from './test-utils/zip-danado.js';
import { inflarConZlib, TOPE_SINCRONO } from './inflar-zlib.js';
import { inflarEnFlujo, revisarPartesZip as revisarPartes, type Inflador } from './zip-contenido.js';
import { partesZip, problemaZip } from './zip-integridad.js';


const HOJA = 'xl/worksheets/sheet1.xml';
const sano = sisptComprimido(3);

/**
 * `mega` MiB of zeroes as raw deflate, about 1 KiB per MiB: blocks closed with a full flush (no final bit,
 * no shared dictionary) can be repeated, and an empty final block ends the stream. With `fin: 'ilegible'`
 * the stream ends instead in a block of the reserved type, which zlib refuses: whoever inflates that far
 * gets an error.
 */
function bomba(mega: number, fin: 'final' | 'ilegible' = 'final'): Uint8Array {
  const bloque = deflateRawSync(new Uint8Array(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const cola = fin === 'final' ? deflateRawSync(new Uint8Array(0)) : Uint8Array.of(0xff);
  const b = new Uint8Array(bloque.length * mega + cola.length);
  for (let k = 0; k < mega; k++) b.set(bloque, k * bloque.length);
  b.set(cola, bloque.length * mega);
  return b;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const INFLADORES: Array<[string, Inflador | undefined]> = [
  ['DecompressionStream (navegadores; por omisión)', undefined],
  ['zlib de Node (inflar-zlib.ts)', inflarConZlib],
];

describe.each(INFLADORES)('revisarPartesZip con %s: cada parte se descomprime y se compara con lo que el ZIP declara', (_, inflador) => {
  const revisarPartesZip = (b: Uint8Array) => revisarPartes(b, inflador ? { inflar: inflador } : {});

  it('un libro comprimido sano pasa (todas sus partes están comprimidas con deflate)', async () => {
    expect(entradasZip(sano).every((e) => e.metodo === 8)).toBe(true);
    expect(await revisarPartesZip(sano)).toEqual({ estado: 'sano' });
  });

  it('un libro con partes sin comprimir (como escribe SheetJS por omisión) pasa', async () => {
    const guardado = escribirXlsx([{ nombre: 'A', filas: [['x', 1]] }]);
    expect(entradasZip(guardado).some((e) => e.metodo === 0)).toBe(true);
    expect(await revisarPartesZip(guardado)).toEqual({ estado: 'sano' });
  });

  it('datos comprimidos en ceros con la estructura intacta: dañado, nombra la parte, y no descomprime las que siguen', async () => {
    const danado = danarDeflate(sano);
    expect(problemaZip(danado)).toBeNull(); // the structure check alone lets it through
    // Each part handed to the inflater, by where its data starts, with the inflater's answer.
    const partes = partesZip(danado);
    const inflados: Array<[string | undefined, Awaited<ReturnType<Inflador>>]> = [];
    const base = inflador ?? inflarEnFlujo;
    const anotado: Inflador = async (datos, tope) => {
      const r = await base(datos, tope);
      inflados.push([partes.find((p) => p.datos === datos.byteOffset - danado.byteOffset)?.nombre, r]);
      return r;
    };
    expect(await revisarPartes(danado, { inflar: anotado })).toEqual({ estado: 'danado', parte: HOJA, motivo: 'inflado' });
    // zlib refuses the zeroed data outright, and the check stops there: no part after it is inflated.
    const hastaLaHoja = partes.map((p) => p.nombre).slice(0, partes.findIndex((p) => p.nombre === HOJA) + 1);
    expect(hastaLaHoja.length).toBeLessThan(partes.length);
    expect(inflados.map(([nombre]) => nombre)).toEqual(hastaLaHoja);
    expect(inflados.at(-1)![1]).toBe('error');
  });

  it('un CRC declarado distinto del contenido: dañado por CRC', async () => {
    const b = declararEnCentral(sano, HOJA, { crc: (crcDeclarado(sano, HOJA) ^ 1) >>> 0 });
    expect(await revisarPartesZip(b)).toEqual({ estado: 'danado', parte: HOJA, motivo: 'crc' });
  });

  it('un tamaño declarado mayor o menor que lo que da al descomprimir: dañado por tamaño', async () => {
    const tamano = entradasZip(sano).find((e) => e.nombre === HOJA)!;
    expect(tamano).toBeDefined();
    const mayor = declararEnCentral(sano, HOJA, { tamano: 10_000_000 });
    const menor = declararEnCentral(sano, HOJA, { tamano: 5 });
    expect(await revisarPartesZip(mayor)).toEqual({ estado: 'danado', parte: HOJA, motivo: 'tamano' });
    expect(await revisarPartesZip(menor)).toEqual({ estado: 'danado', parte: HOJA, motivo: 'tamano' });
  });

  it('una parte sin comprimir cuyo contenido cambió (un byte): dañado por CRC', async () => {
    const guardado = escribirXlsx([{ nombre: 'A', filas: [['x', 1]] }]);
    const e = entradasZip(guardado).find((x) => x.nombre === HOJA && x.metodo === 0)!;
    expect(e).toBeDefined();
    const b = guardado.slice();
    b[e.datos + 10] = b[e.datos + 10]! ^ 0x20;
    expect(await revisarPartesZip(b)).toEqual({ estado: 'danado', parte: HOJA, motivo: 'crc' });
  });

  it('datos declarados más allá del final del archivo: dañado (cortada)', async () => {
    const b = declararEnCentral(sano, HOJA, { comprimido: sano.length });
    expect(await revisarPartesZip(b)).toEqual({ estado: 'danado', parte: HOJA, motivo: 'cortada' });
  });

  it('una bomba (16 MiB de ceros en 16 KiB, declarada de 1 000 bytes) se corta al pasar lo declarado: lo que sigue no se descomprime', async () => {
    // After the zeroes, a block zlib refuses: inflating past the declared size would end in 'inflado', not 'tamano'.
    const b = zipDeUnaParte(HOJA, bomba(16, 'ilegible'), 1000, 0);
    expect(problemaZip(b)).toBeNull();
    expect(await revisarPartesZip(b)).toEqual({ estado: 'danado', parte: HOJA, motivo: 'tamano' });
    // The same data declared with its true size: inflated to the end, it is refused there.
    expect(await revisarPartesZip(zipDeUnaParte(HOJA, bomba(16, 'ilegible'), 16 << 20, 0))).toEqual({ estado: 'danado', parte: HOJA, motivo: 'inflado' });
  });

  it('partes grandes y honestas (8 MiB y 1 MiB declarados de verdad) pasan; una de 1 MiB que da 2 no', async () => {
    expect(8 << 20).toBeGreaterThan(TOPE_SINCRONO); // zlib's inflater streams this one, and inflates the small ones at once
    expect(await revisarPartesZip(zipDeUnaParte(HOJA, bomba(8), 8 << 20, crc32(new Uint8Array(8 << 20))))).toEqual({ estado: 'sano' });
    expect(await revisarPartesZip(zipDeUnaParte(HOJA, bomba(1), 1 << 20, crc32(new Uint8Array(1 << 20))))).toEqual({ estado: 'sano' });
    expect(await revisarPartesZip(zipDeUnaParte(HOJA, bomba(2), 1 << 20, crc32(new Uint8Array(1 << 20))))).toEqual({ estado: 'danado', parte: HOJA, motivo: 'tamano' });
  });
  // The real Chía samples: test/node/importar-muestras.test.ts.
});

describe('revisarPartesZip sin inflador', () => {
  it('sin DecompressionStream (Safari < 16.4, webviews viejos): «sin-verificar», y la lectura sigue como antes', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    expect(await revisarPartes(danarDeflate(sano))).toEqual({ estado: 'sin-verificar' });
    const r = await leerLibroXlsx(sano);
    expect(r.ok).toBe(true);
  });
  it('en Node, leerLibroXlsx usa zlib (cargado aparte, solo en Node): detecta el daño aun sin DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    const r = await leerLibroXlsx(danarDeflate(sano), { archivo: 'plan.xlsx' });
    expect(r.ok === false && r.errores[0]!.codigo).toBe('libro_ilegible');
  });

});

describe('leerLibroXlsx con la revisión: el error que ve la persona', () => {
  it('español: libro_ilegible que nombra archivo, parte y qué hacer', async () => {
    const r = await leerLibroXlsx(danarDeflate(sano), { archivo: 'plan.xlsx' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores[0]).toMatchObject({ codigo: 'libro_ilegible', archivo: 'plan.xlsx' });
    expect(r.errores[0]!.mensaje).toMatch(/^plan\.xlsx: .*la parte «xl\/worksheets\/sheet1\.xml» del archivo no se puede descomprimir.*El archivo parece dañado: ábralo en Excel y guárdelo de nuevo/);
  });
  it('inglés, y el motivo del CRC dicho', async () => {
    const b = declararEnCentral(sano, HOJA, { crc: (crcDeclarado(sano, HOJA) ^ 1) >>> 0 });
    const r = await leerLibroXlsx(b, { archivo: 'plan.xlsx', lang: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]!.mensaje).toMatch(/the part 'xl\/worksheets\/sheet1\.xml' of the file cannot be decompressed.*Its content does not match the checksum \(CRC\) the ZIP declares\. The file seems damaged/);
  });
  it('sin hilo de Node (lecturaXlsx.enHilo false, como en el navegador): el mismo error, nunca la hoja vacía', async () => {
    const r = await leerLibroXlsx(danarDeflate(sano), { archivo: 'plan.xlsx', lecturaXlsx: { enHilo: false } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'libro_ilegible' });
  });
});
