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
