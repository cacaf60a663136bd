/**
 * Every part of a workbook's ZIP inflated with the platform's own zlib (`DecompressionStream('deflate-raw')`:
 * Chromium, Safari 16.4+, Firefox 113+, Node 18+) and compared with the size and CRC-32 the central directory
 * declares, before SheetJS sees the bytes. SheetJS 0.20.3's own inflater, given corrupt deflate data with the
 * ZIP structure intact, grows memory for seconds and then returns the sheet EMPTY with no error (or never
 * returns): a silently wrong plan. zlib refuses such data at once.
 *
 * Streaming and light: the inflated bytes go through the CRC and are dropped; the compressed data is fed in
 * small slices (a slice of deflate inflates to at most ~1 032 times its size), and a part that inflates past
 * its declared size is stopped there, so a zip bomb never fills memory.
 */
import { crc32 } from './crc32.js';
import { partesZip, type ParteZip } from './zip-integridad.js';

/** inflado: zlib refuses the data; tamano: another size than declared; crc: other content; cortada: data past the end of the file. */
export type MotivoParteDanada = 'inflado' | 'tamano' | 'crc' | 'cortada';

export type RevisionPartesZip =
  | { estado: 'sano' }
  | { estado: 'danado'; parte: string; motivo: MotivoParteDanada }
  /** This platform has no DecompressionStream('deflate-raw') (Safari < 16.4, old webviews): nothing was checked. */
  | { estado: 'sin-verificar' };

/** Inflates raw deflate data and gives its size and CRC-32; 'excede' once past `tope` bytes, 'error' when zlib refuses it. */
export type Inflador = (datos: Uint8Array, tope: number) => Promise<{ tamano: number; crc: number } | 'excede' | 'error'>;

/** 16 KiB of deflate inflate to at most ~16 MiB: the most a damaged part can hold in memory at once. */
const TROZO = 16 * 1024;

function hayDeflateRaw(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    // Chromium < 103 and Safari < 16.4 have the class but refuse 'deflate-raw'.
    void new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** The platform's inflater, streaming: the inflated bytes go through the CRC and are dropped. */
export const inflarEnFlujo: Inflador = async (datos, tope) => {
  const ds = new DecompressionStream('deflate-raw');
  const escritor = ds.writable.getWriter();
  const lector = ds.readable.getReader();
  // The next slice is written only when the inflater is ready for it (backpressure), while the output is read.
  // (A writer is ~5× faster than piping a ReadableStream source through, measured in Node 20.)
  const escribir = (async () => {
    for (let pos = 0; pos < datos.length; pos += TROZO) {
      await escritor.ready;
      // A file's bytes never live in a SharedArrayBuffer (File.arrayBuffer(), fs): the view type says so.
      await escritor.write(datos.subarray(pos, pos + TROZO) as Uint8Array<ArrayBuffer>);
    }
    await escritor.close();
  })().catch(() => undefined); // the reader sees the same error, or cancelled the stream
  let tamano = 0;
  let crc = 0;
  try {
    for (;;) {
      const { done, value } = await lector.read();
      if (done) return { tamano, crc };
      tamano += value.length;
      if (tamano > tope) {
        await lector.cancel().catch(() => undefined);
        return 'excede';
      }
      crc = crc32(value, crc);
    }
  } catch {
    return 'error';
  } finally {
    await escribir;
  }
};

async function revisarParte(b: Uint8Array, p: ParteZip, inflar: Inflador | null): Promise<MotivoParteDanada | null> {
  if (p.datos + p.comprimido > b.length) return 'cortada';
  const datos = b.subarray(p.datos, p.datos + p.comprimido);
  if (p.metodo === 0) {
    if (p.comprimido !== p.tamano) return 'tamano';
    return crc32(datos) === p.crc ? null : 'crc';
  }
  if (!inflar) return null; // not reached: revisarPartesZip answers 'sin-verificar' first
  const r = await inflar(datos, p.tamano);
  if (r === 'error') return 'inflado';
  if (r === 'excede' || r.tamano !== p.tamano) return 'tamano';
  return r.crc === p.crc ? null : 'crc';
}

/**
 * Checks each stored or deflated part of the ZIP in `b` (whose structure `problemaZip` accepted), in order;
 * the first damaged one is named. Parts with another method or encrypted are left to SheetJS. Never throws.
 * `inflar`: another inflater (Node: zlib's, inflar-zlib.ts, ~6× faster than web streams there); default the
 * platform's DecompressionStream.
 */
export async function revisarPartesZip(b: Uint8Array, o: { inflar?: Inflador } = {}): Promise<RevisionPartesZip> {
  const partes = partesZip(b).filter((p) => (p.metodo === 0 || p.metodo === 8) && (p.banderas & 1) === 0);
  const inflar = o.inflar ?? (hayDeflateRaw() ? inflarEnFlujo : null);
  if (!inflar && partes.some((p) => p.metodo === 8)) return { estado: 'sin-verificar' };
  for (const p of partes) {
    const motivo = await revisarParte(b, p, inflar);
    if (motivo) return { estado: 'danado', parte: p.nombre, motivo };
  }
  return { estado: 'sano' };
}
