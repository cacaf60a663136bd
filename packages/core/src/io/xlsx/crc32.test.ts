import { crc32 as crc32Zlib } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';

describe('crc32: el CRC-32 de ZIP, por partes', () => {
  it('el valor de control del estándar: "123456789" → CBF43926; vacío → 0', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(new Uint8Array())).toBe(0);
  });
  it('igual al de zlib (Node) para cualquier contenido y largo (también los que no son múltiplo de 8)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => crc32(b) === crc32Zlib(b)));
  });
  it('por partes da lo mismo que de una vez, corte donde se corte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), (b, k) => {
        const corte = b.length === 0 ? 0 : k % (b.length + 1);
        return crc32(b.subarray(corte), crc32(b.subarray(0, corte))) === crc32(b);
      }),
    );
  });
});
