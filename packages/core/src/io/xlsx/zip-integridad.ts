/**
 * Structural check of a ZIP container (.xlsx, .xlsm, .ods) before SheetJS sees it. SheetJS 0.20.3 never
 * returns on some damaged ZIPs (10 bytes "PK\x03\x04…", a download cut short, a central directory that
 * points at garbage): a truncated file would hang the CLI or freeze the browser tab. So the directory is
 * walked here first: end record, central directory inside the file, every entry with its signature and a
 * local header where it says. Cheap (it reads only headers) and it never throws.
 */

const FIN = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
}

/** Where the end record starts, or -1. It is the last 22 bytes plus a comment of at most 65 535. */
function buscarFin(b: Uint8Array): number {
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) if (u32(b, i) === FIN) return i;
  return -1;
}

/** null when the ZIP's structure holds together; otherwise what is wrong, in a few words (Spanish and English). */
export function problemaZip(b: Uint8Array): { es: string; en: string } | null {
  const fin = buscarFin(b);
  if (fin < 0) return { es: 'el archivo está incompleto (falta el final del ZIP)', en: 'the file is incomplete (the ZIP end record is missing)' };
  const entradas = u16(b, fin + 10);
  const tamano = u32(b, fin + 12);
  const inicio = u32(b, fin + 16);
  // ZIP64 marks these fields 0xFFFF/0xFFFFFFFF; a workbook is never that big, so it is treated as damage.
  if (entradas === 0 || inicio + tamano > fin) return { es: 'el índice del ZIP está dañado', en: 'the ZIP index is damaged' };
  let p = inicio;
  for (let k = 0; k < entradas; k++) {
    if (p + 46 > fin || u32(b, p) !== CENTRAL) return { es: 'el índice del ZIP está dañado', en: 'the ZIP index is damaged' };
    const local = u32(b, p + 42);
    if (local + 30 > b.length || u32(b, local) !== LOCAL) return { es: 'una parte del ZIP falta o está dañada', en: 'a part of the ZIP is missing or damaged' };
    p += 46 + u16(b, p + 28) + u16(b, p + 30) + u16(b, p + 32);
  }
  return null;
}

/** One entry of the central directory: what the ZIP says the part holds, and where its data is. */
export interface ParteZip {
  nombre: string;
  /** 0 stored, 8 deflate (the only two SheetJS reads). */
  metodo: number;
  /** General purpose flags; bit 0 = encrypted. */
  banderas: number;
  crc: number;
  comprimido: number;
  tamano: number;
  /** Offset of the compressed data (after the local header, whose own name and extra lengths count). */
  datos: number;
}

/**
 * The parts as the central directory lists them (its sizes and CRCs are the ones to trust: the local
 * header may leave them zero and put them in a data descriptor). Call only after `problemaZip` said null.
 */
export function partesZip(b: Uint8Array): ParteZip[] {
  const fin = buscarFin(b);
  if (fin < 0) return [];
  const out: ParteZip[] = [];
  let p = u32(b, fin + 16);
  for (let k = u16(b, fin + 10); k > 0 && p + 46 <= fin; k--) {
    const largo = u16(b, p + 28);
    const local = u32(b, p + 42);
    out.push({
      nombre: new TextDecoder().decode(b.subarray(p + 46, p + 46 + largo)),
      metodo: u16(b, p + 10),
      banderas: u16(b, p + 8),
      crc: u32(b, p + 16),
      comprimido: u32(b, p + 20),
      tamano: u32(b, p + 24),
      datos: local + 30 + u16(b, local + 26) + u16(b, local + 28),
    });
    p += 46 + largo + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}
