import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodificarSegmento, desglosar, paqueteDe, tramosPorFuente } from './tamano-detalle.mjs';

describe('tamano-detalle', () => {
  it('decodes VLQ segments, negative and multi-digit fields included', () => {
    // "AAAA" = [0,0,0,0]; "C" = 1; "D" = -1; "gB" = 16 (continuation digit then 1).
    expect(decodificarSegmento('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodificarSegmento('CDgB')).toEqual([1, -1, 16]);
    expect(() => decodificarSegmento('A*')).toThrow(/VLQ/);
  });

  it('charges every byte to the source its mapping names, across lines', () => {
    const codigo = 'aaaa\nbbbbcc';
    // line 0: col 0 → source 0; line 1: col 0 → source 1, col 4 → source 0 (delta -1).
    const mapa = { sources: ['x.js', 'y.js'], mappings: 'AAAA;ACAA,IDAA' };
    expect(tramosPorFuente(codigo, mapa)).toEqual([
      { fuente: 'x.js', desde: 0, hasta: 5 },
      { fuente: 'y.js', desde: 5, hasta: 9 },
      { fuente: 'x.js', desde: 9, hasta: 11 },
    ]);
  });

  it('adds up to the whole bundle, minified and gzip, and counts UTF-8 bytes', () => {
    const codigo = `${'const a="ÁÉÍ";'.repeat(40)}\n${'let b=1;'.repeat(40)}`;
    const mapa = { sources: ['node_modules/lit-html/lit-html.js', 'packages/core/dist/geo/nombres.js'], mappings: 'AAAA;ACAA' };
    const d = desglosar(codigo, mapa);
    expect(d.total.min).toBe(Buffer.byteLength(codigo));
    expect(d.total.gzip).toBe(gzipSync(Buffer.from(codigo), { level: 9 }).length);
    expect(d.modulos.reduce((s, m) => s + m.min, 0)).toBe(d.total.min);
    expect(d.modulos.reduce((s, m) => s + m.gzip, 0)).toBe(d.total.gzip);
    expect(d.paquetes.map((p) => p.nombre).sort()).toEqual(['core/geo', 'lit-html']);
  });

  it('groups sources by npm package (scoped too) and by core / widgets folder', () => {
    expect(paqueteDe('node_modules/@lit/reactive-element/css-tag.js')).toBe('@lit/reactive-element');
    expect(paqueteDe('node_modules/zod/v4/core/util.js')).toBe('zod');
    expect(paqueteDe('packages/core/dist/io/csv-leer.js')).toBe('core/io');
    expect(paqueteDe('packages/widgets/src/mapa/pdd-mapa.ts')).toBe('widgets/mapa');
    expect(paqueteDe(null)).toBe('(sin mapa)');
  });
});
