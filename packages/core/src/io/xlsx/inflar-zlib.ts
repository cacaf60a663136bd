/**
 * NODE ONLY (node:zlib): the inflater of `revisarPartesZip` in Node. Web streams cost Node about 0,5 ms per
 * part (24 parts in a SisPT workbook: ~17 ms of CPU, a quarter of SheetJS's own parse); zlib's synchronous
 * call does the same work in ~3 ms. Only for parts declared up to TOPE_SINCRONO: that is the most it holds
 * in memory at once; bigger parts go through the streaming inflater. sheetjs.ts loads this module by a name
 * in a variable, only in Node, so browser bundles never meet it.
 */
import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.js';
import { inflarEnFlujo, type Inflador } from './zip-contenido.js';

export const TOPE_SINCRONO = 4 * 1024 * 1024;

export const inflarConZlib: Inflador = async (datos, tope) => {
  if (tope > TOPE_SINCRONO) return inflarEnFlujo(datos, tope);
  let salida: Uint8Array;
  try {
    // One byte more than declared: enough to know it inflates past the declared size, never more.
    salida = inflateRawSync(datos, { maxOutputLength: tope + 1 });
  } catch (e) {
    return (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? 'excede' : 'error';
  }
  return salida.length > tope ? 'excede' : { tamano: salida.length, crc: crc32(salida) };
};
