import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CODIGOS_COMPACTOS, decodificarCodigos, esDepartamentoDivipola, esMunicipioDivipola } from './divipola-codigos.js';
import { DEPARTAMENTOS, MUNICIPIOS } from './divipola-datos.js';

/** The encoder the data was generated with: gaps between ascending codes, base 26, most significant first. */
function codificar(codigos: readonly string[]): string {
  let previo = 0;
  let s = '';
  for (const c of codigos) {
    let salto = Number(c) - previo;
    previo = Number(c);
    const digitos: number[] = [];
    do {
      digitos.push(salto % 26);
      salto = Math.floor(salto / 26);
    } while (salto > 0);
    digitos.reverse().forEach((d, i) => (s += String.fromCharCode(40 + d + (i < digitos.length - 1 ? 26 : 0))));
  }
  return s;
}

describe('divipola-codigos', () => {
  it('holds 1,122 distinct five-digit codes, ascending (checked code by code against DANE in test/node/divipola-mgn.test.ts)', () => {
    const codigos = decodificarCodigos(CODIGOS_COMPACTOS);
    expect(codigos).toHaveLength(1122);
    expect(new Set(codigos).size).toBe(1122);
    expect(codigos.every((c) => /^\d{5}$/.test(c))).toBe(true);
    expect(codigos).toEqual([...codigos].sort());
  });

  it('is the canonical encoding of its codes (regenerate with codificar when the data changes)', () => {
    const esperado = codificar(decodificarCodigos(CODIGOS_COMPACTOS));
    expect(CODIGOS_COMPACTOS, `nuevo valor:\n${JSON.stringify(esperado)}`).toBe(esperado);
  });

  it('gives the names table its codes, in order', () => {
    expect(MUNICIPIOS.map(([c]) => c)).toEqual(decodificarCodigos(CODIGOS_COMPACTOS));
  });

  it('uses no character that would need escaping in a string literal', () => {
    expect(CODIGOS_COMPACTOS).toMatch(/^[(-[]*$/);
  });

  it('round-trips any ascending set of five-digit codes, large gaps included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 99999 }), { maxLength: 60 }), (numeros) => {
        const codigos = numeros.sort((a, b) => a - b).map((n) => String(n).padStart(5, '0'));
        expect(decodificarCodigos(codificar(codigos))).toEqual(codigos);
      }),
    );
  });

  it('recognises municipalities and rejects near misses', () => {
    expect(esMunicipioDivipola('05001')).toBe(true); // Medellín, the first code
    expect(esMunicipioDivipola('99773')).toBe(true); // Cumaribo, the last
    expect(esMunicipioDivipola('54001')).toBe(true);
    expect(esMunicipioDivipola('05003')).toBe(false);
    expect(esMunicipioDivipola('5001')).toBe(false);
    expect(esMunicipioDivipola(' 05001')).toBe(false);
    expect(esMunicipioDivipola('00000')).toBe(false);
  });

  it('recognises departments as the first two digits of a municipality', () => {
    for (const [codigo] of DEPARTAMENTOS) expect(esDepartamentoDivipola(codigo), codigo).toBe(true);
    expect(esDepartamentoDivipola('06')).toBe(false);
    expect(esDepartamentoDivipola('5')).toBe(false);
    expect(esDepartamentoDivipola('054')).toBe(false);
    expect(esDepartamentoDivipola('0')).toBe(false);
  });
});
