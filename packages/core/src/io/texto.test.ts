import { describe, it, expect } from 'vitest';
import { decodificarTexto, quitarBom } from './texto.js';

describe('decodificarTexto', () => {
  it('UTF-8 con BOM: la marca se quita', () => {
    const b = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Línea')]);
    expect(decodificarTexto(b)).toEqual({ texto: 'Línea', codificacion: 'utf-8', binario: false });
  });
  it('Windows-1252 (CSV de Excel en español): "í" es el byte 0xED', () => {
    const b = new Uint8Array([0x4c, 0xed, 0x6e, 0x65, 0x61]);
    expect(decodificarTexto(b)).toEqual({ texto: 'Línea', codificacion: 'windows-1252', binario: false });
  });
  it('UTF-16 LE con BOM («Texto Unicode» de Excel)', () => {
    const b = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xed, 0x00]);
    expect(decodificarTexto(b)).toMatchObject({ texto: 'Aí', codificacion: 'utf-16le' });
  });
  it('bytes NUL: archivo binario (xlsx, pdf)', () => {
    expect(decodificarTexto(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).binario).toBe(true);
  });
  it('un string pasa tal cual, sin BOM', () => {
    expect(decodificarTexto('\ufeffa;b').texto).toBe('a;b');
    expect(quitarBom('sin marca')).toBe('sin marca');
  });
});
