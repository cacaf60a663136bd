/**
 * A workbook whose ZIP structure is intact (every header, size and CRC as written) but whose compressed
 * data of one entry is zeroed: SheetJS 0.20.3 never returns on it (zeroes read as empty "stored" blocks
 * that are never the last one). zip-integridad.ts cannot see it without inflating.
 */
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
}

/** The entries of a ZIP as its local headers list them: name, method, where the compressed data is and its size. */
export function entradasZip(b: Uint8Array): Array<{ nombre: string; metodo: number; datos: number; tamano: number }> {
  const out: Array<{ nombre: string; metodo: number; datos: number; tamano: number }> = [];
  let p = 0;
  while (p + 30 <= b.length && u32(b, p) === LOCAL) {
    const tamano = u32(b, p + 18);
    const largoNombre = u16(b, p + 26);
    const datos = p + 30 + largoNombre + u16(b, p + 28);
    out.push({ nombre: new TextDecoder().decode(b.subarray(p + 30, p + 30 + largoNombre)), metodo: u16(b, p + 8), datos, tamano });
    p = datos + tamano;
  }
  return out;
}

/** A copy of the workbook with the deflated data of `entrada` (default the first sheet) set to zeroes. */
export function danarDeflate(libro: Uint8Array, entrada = 'xl/worksheets/sheet1.xml'): Uint8Array {
  const e = entradasZip(libro).find((x) => x.nombre === entrada);
  if (!e || e.metodo !== 8) throw new Error(`el libro no tiene la entrada comprimida ${entrada}`);
  const b = libro.slice();
  b.fill(0, e.datos, e.datos + e.tamano);
  return b;
}

const CENTRAL = 0x02014b50;

/** Where the central directory entry of `entrada` starts (-1 when absent). */
function central(b: Uint8Array, entrada: string): number {
  for (let p = b.length - 46; p >= 0; p--) {
    if (u32(b, p) !== CENTRAL) continue;
    const largo = u16(b, p + 28);
    if (new TextDecoder().decode(b.subarray(p + 46, p + 46 + largo)) === entrada) return p;
  }
  return -1;
}

function ponerU32(b: Uint8Array, i: number, v: number): void {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(i, v >>> 0, true);
}

/** A copy whose central directory declares other CRC, compressed or inflated size for `entrada` (data untouched). */
export function declararEnCentral(libro: Uint8Array, entrada: string, cambios: { crc?: number; comprimido?: number; tamano?: number }): Uint8Array {
  const b = libro.slice();
  const p = central(b, entrada);
  if (p < 0) throw new Error(`el libro no tiene la entrada ${entrada}`);
  if (cambios.crc !== undefined) ponerU32(b, p + 16, cambios.crc);
  if (cambios.comprimido !== undefined) ponerU32(b, p + 20, cambios.comprimido);
  if (cambios.tamano !== undefined) ponerU32(b, p + 24, cambios.tamano);
  return b;
}

/** The CRC the central directory declares for `entrada`. */
export function crcDeclarado(libro: Uint8Array, entrada: string): number {
  const p = central(libro, entrada);
  if (p < 0) throw new Error(`el libro no tiene la entrada ${entrada}`);
  return u32(libro, p + 16);
}

/**
 * A one-part ZIP (method 8) whose part is `datos` (raw deflate) declared with `tamano` and `crc`: a zip bomb
 * when the data inflates to far more than declared.
 */
export function zipDeUnaParte(nombre: string, datos: Uint8Array, tamano: number, crc: number): Uint8Array {
  const n = new TextEncoder().encode(nombre);
  const b = new Uint8Array(30 + n.length + datos.length + 46 + n.length + 22);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, LOCAL, true);
  dv.setUint16(4, 20, true);
  dv.setUint16(8, 8, true);
  dv.setUint32(14, crc >>> 0, true);
  dv.setUint32(18, datos.length, true);
  dv.setUint32(22, tamano >>> 0, true);
  dv.setUint16(26, n.length, true);
  b.set(n, 30);
  b.set(datos, 30 + n.length);
  const c = 30 + n.length + datos.length;
  dv.setUint32(c, CENTRAL, true);
  dv.setUint16(c + 4, 20, true);
  dv.setUint16(c + 6, 20, true);
  dv.setUint16(c + 10, 8, true);
  dv.setUint32(c + 16, crc >>> 0, true);
  dv.setUint32(c + 20, datos.length, true);
  dv.setUint32(c + 24, tamano >>> 0, true);
  dv.setUint16(c + 28, n.length, true);
  dv.setUint32(c + 42, 0, true);
  b.set(n, c + 46);
  const f = c + 46 + n.length;
  dv.setUint32(f, 0x06054b50, true);
  dv.setUint16(f + 8, 1, true);
  dv.setUint16(f + 10, 1, true);
  dv.setUint32(f + 12, 46 + n.length, true);
  dv.setUint32(f + 16, c, true);
  return b;
}
