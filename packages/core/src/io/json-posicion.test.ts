import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buscarErrorJson, lineaYColumna, posicionDeMensaje, posicionErrorJson } from './json-posicion.js';

function falloDe(texto: string): unknown {
  try {
    JSON.parse(texto);
  } catch (e) {
    return e;
  }
  return null;
}

describe('lineaYColumna', () => {
  it('cuenta líneas con LF, CRLF y CR, columnas desde 1', () => {
    expect(lineaYColumna('ab\ncd', 4)).toEqual({ offset: 4, linea: 2, columna: 2 });
    expect(lineaYColumna('a\r\nb', 3)).toEqual({ offset: 3, linea: 2, columna: 1 });
    expect(lineaYColumna('a\rb', 2)).toEqual({ offset: 2, linea: 2, columna: 1 });
    expect(lineaYColumna('abc', 0)).toEqual({ offset: 0, linea: 1, columna: 1 });
  });
  it('recorta un offset fuera del texto', () => {
    expect(lineaYColumna('abc', 99)).toEqual({ offset: 3, linea: 1, columna: 4 });
  });
});

describe('posicionDeMensaje', () => {
  it('lee "at position N" (V8) y "line L column C" (Firefox)', () => {
    expect(posicionDeMensaje('{"a":1', "Expected ',' or '}' after property value in JSON at position 6")).toEqual({ offset: 6, linea: 1, columna: 7 });
    expect(posicionDeMensaje('{\n"a" 1}', 'JSON.parse: expected colon at line 2 column 5 of the JSON data')).toEqual({ offset: 6, linea: 2, columna: 5 });
  });
  it('un mensaje sin posición da null', () => {
    expect(posicionDeMensaje('{"a":}', `Unexpected token '}', "{"a":}" is not valid JSON`)).toBeNull();
  });
});

describe('buscarErrorJson', () => {
  it.each([
    ['{"a":}', 5, 'falta el valor'],
    ['[1,2,,]', 5, 'coma doble'],
    ['{"a":1', 6, 'termina antes de cerrar'],
    ['{"a" 1}', 5, 'faltan los dos puntos'],
    ['\n\n  {"a": tru}', 13, 'literal incompleto'],
    ['[1] x', 4, 'texto tras el documento'],
    ['{"a":01}', 6, 'cero a la izquierda'],
    ['"abc', 4, 'comilla sin cerrar'],
    ['"a\\x"', 3, 'escape inválido'],
    ['{"a":1,}', 7, 'coma final'],
    ['', 0, 'vacío'],
  ])('%j → offset %i (%s)', (texto, offset) => {
    expect(buscarErrorJson(texto)).toBe(offset);
    // The scanner and the parser agree the text is invalid.
    expect(falloDe(texto)).not.toBeNull();
  });

  it('JSON válido da null', () => {
    for (const t of ['{"a":[1,-2.5e3,true,null,"x\\u00e9"]}', '  []  ', '{}', '0', '"\\n"'])
      expect(buscarErrorJson(t)).toBeNull();
  });

  it('no desborda la pila con 200.000 corchetes', () => {
    const t = '['.repeat(200_000);
    expect(buscarErrorJson(t)).toBe(t.length);
  });

  it('propiedad: null exactamente cuando JSON.parse acepta el texto', () => {
    const casiJson = fc.oneof(
      fc.string(),
      fc.json().map((j) => j),
      fc.tuple(fc.json(), fc.nat(), fc.nat({ max: 3 })).map(([j, i, n]) => j.slice(0, i % (j.length + 1)) + j.slice((i % (j.length + 1)) + n)),
    );
    fc.assert(
      fc.property(casiJson, (t) => {
        expect(buscarErrorJson(t) === null).toBe(falloDe(t) === null);
      }),
      { numRuns: 3000 },
    );
  });

  it('propiedad: cuando V8 dice la posición, el escáner dice la misma', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.json(), fc.nat(), fc.nat({ max: 3 })).map(([j, i, n]) => j.slice(0, i % (j.length + 1)) + j.slice((i % (j.length + 1)) + n)),
        (t) => {
          const e = falloDe(t);
          const m = e instanceof Error ? /at position (\d+)/.exec(e.message) : null;
          if (m) expect(buscarErrorJson(t)).toBe(Number(m[1]));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('posicionErrorJson', () => {
  it('usa la posición del mensaje cuando existe y el escáner cuando no', () => {
    const sinPosicion = '{\n  "a": }';
    expect(posicionErrorJson(sinPosicion, falloDe(sinPosicion))).toEqual({ offset: 9, linea: 2, columna: 8 });
    const conPosicion = '{"a":1';
    expect(posicionErrorJson(conPosicion, new Error('… in JSON at position 6'))).toEqual({ offset: 6, linea: 1, columna: 7 });
  });
});
