import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leerLineas, nombrePersonalizado } from './sispt-textos.js';

describe('leerLineas', () => {
  it('separa código y nombre de la línea', () => {
    expect(leerLineas('LE-10-RUTA EN ACCIÓN AL PROGRESO')).toEqual([{ codigo: 'LE-10', nombre: 'RUTA EN ACCIÓN AL PROGRESO' }]);
  });
  it('lee varias líneas unidas por comas', () => {
    expect(leerLineas('LE-6-VIDA PLENA,LE-8-VIDA PLENA').map((l) => l.codigo)).toEqual(['LE-6', 'LE-8']);
  });
  it('texto sin código LE-n → ninguna línea', () => {
    expect(leerLineas('VIDA PLENA')).toEqual([]);
    expect(leerLineas(null)).toEqual([]);
  });
});

describe('nombrePersonalizado (textos reales de la columna «Personalización» de SisPT)', () => {
  it('solo la plantilla de SisPT → null', () => {
    expect(nombrePersonalizado('META.78No personalizado')).toBeNull();
    expect(nombrePersonalizado('NO PERSONALIZACIÓN.META47')).toBeNull();
  });
  it('extrae la redacción propia de la entidad', () => {
    expect(nombrePersonalizado('META.80Pesonalizado: Rutas agroecologías en torno a huertas autosostenibles  de la ciudad región implementadas ')).toBe(
      'Rutas agroecologías en torno a huertas autosostenibles de la ciudad región implementadas',
    );
    expect(nombrePersonalizado('SI PERSONALIZADO. Documentos de planeación diseñadosMETA53')).toBe('Documentos de planeación diseñados');
    expect(nombrePersonalizado('No personalizado. Meta260. Construcción de dos salones comunales')).toBe('Construcción de dos salones comunales');
  });
  it('una celda enorme de signos o espacios no la deja pegada', () => {
    // Each took over a minute before the fix (quadratic regexes): a relapse fails by the test timeout.
    const guiones = `Obra nueva${'-'.repeat(300_000)}x`;
    expect(nombrePersonalizado(guiones)).toBe(guiones);
    expect(nombrePersonalizado(`Obra nueva${' .'.repeat(150_000)}x`)).toBe(`Obra nueva${' .'.repeat(150_000)}x`);
    expect(nombrePersonalizado(`META${' '.repeat(300_000)}Obra nueva`)).toBe('META Obra nueva');
    expect(nombrePersonalizado(`Obra nueva${'. '.repeat(150_000)}`)).toBe('Obra nueva');
  });
  it('da lo mismo que la versión anterior', () => {
    // The version before the fix, as the reference (short texts only: it is quadratic).
    const anterior = (texto: string) => {
      let s = texto;
      for (const re of [/META\s*\.?\s*\d+/giu, /\b(?:no|si|sí)?\s*pe?r?sonaliza(?:do|da|ci[oó]n)\b\s*[.:]?/giu]) s = s.replace(re, ' ');
      s = s.replace(/\s+/g, ' ').replace(/^[\s.:;,\-–]+|[\s.:;,\-–]+$/g, '').trim();
      return s.length >= 8 ? s : null;
    };
    const partes = ['META', 'meta', ' ', '  ', '\n', '.', '-', '–', ':', ';', ',', '7', 'x', 'Obra', 'No personalizado'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...partes), { maxLength: 30 }), (a) => {
        const texto = a.join('');
        expect(nombrePersonalizado(texto)).toBe(texto === '' ? null : anterior(texto));
      }),
    );
  });
});
