/**
 * Bytes → text for every reader. Spreadsheets save CSV in several encodings: "CSV UTF-8" (with a BOM),
 * plain "CSV" from a Spanish Excel on Windows (Windows-1252, so "Línea" arrives as one byte 0xED), and
 * "Unicode text" (UTF-16 LE with a BOM). We accept the three and say which one was assumed.
 */

export type Codificacion = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface TextoDecodificado {
  texto: string;
  codificacion: Codificacion;
  /** True when the bytes are not text at all (NUL bytes outside UTF-16): a spreadsheet or an image. */
  binario: boolean;
}

/** Removes a leading byte-order mark left by "CSV UTF-8" exports. */
export function quitarBom(texto: string): string {
  return texto.charCodeAt(0) === 0xfeff ? texto.slice(1) : texto;
}

export function decodificarTexto(contenido: string | Uint8Array): TextoDecodificado {
  if (typeof contenido === 'string') return { texto: quitarBom(contenido), codificacion: 'utf-8', binario: false };
  const b = contenido;
  if (b[0] === 0xff && b[1] === 0xfe) return { texto: new TextDecoder('utf-16le').decode(b.subarray(2)), codificacion: 'utf-16le', binario: false };
  if (b[0] === 0xfe && b[1] === 0xff) return { texto: new TextDecoder('utf-16be').decode(b.subarray(2)), codificacion: 'utf-16be', binario: false };
  // A NUL byte never appears in UTF-8 or Windows-1252 text: these are binary files (xlsx, pdf, images).
  const limite = Math.min(b.length, 8192);
  for (let i = 0; i < limite; i++) if (b[i] === 0) return { texto: '', codificacion: 'utf-8', binario: true };
  try {
    return { texto: quitarBom(new TextDecoder('utf-8', { fatal: true }).decode(b)), codificacion: 'utf-8', binario: false };
  } catch {
    return { texto: new TextDecoder('windows-1252').decode(b), codificacion: 'windows-1252', binario: false };
  }
}
