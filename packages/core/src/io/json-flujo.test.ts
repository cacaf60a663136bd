import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { leerPlanJson } from './json.js';
import { entreCorchetes, leerPlanJsonPorPartes, parsearJsonPorPartes } from './json-flujo.js';
import { metaCompleta, planCompleto } from './test-utils/plan-completo.js';

const codificar = (t: string) => new TextEncoder().encode(t);

/** The bytes of `t` in chunks of `tamano` (the reader must not care where a chunk ends). */
function enTrozos(t: string | Uint8Array, tamano: number): Uint8Array[] {
  const b = typeof t === 'string' ? codificar(t) : t;
  const r: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += tamano) r.push(b.slice(i, i + tamano));
  return r;
}

async function* asincrono(trozos: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const t of trozos) yield t;
}

async function parsear(t: string | Uint8Array, tamano: number, lote?: number): Promise<unknown> {
  const r = await parsearJsonPorPartes(asincrono(enTrozos(t, tamano)), lote === undefined ? {} : { tamanoLote: lote });
  if (!r.ok) throw new Error(r.resultado.errores[0]!.mensaje);
  return r.datos;
}

/** A plan with `n` metas whose names carry accents, an emoji, escapes and commas inside strings. */
function planGrande(n: number) {
  const p = planCompleto();
  const base = p.metas[0]!;
  p.metas = Array.from({ length: n }, (_, i) =>
    metaCompleta({ ...base, codigo: `m${i}`, nombre: `Meta «${i}», ñandú 😀 "comillas" \\ barra, {llaves} [corchetes]\ttab` }),
  );
  return p;
}

const DISPOSICIONES: Record<string, (p: unknown) => string> = {
  compacta: (p) => JSON.stringify(p),
  sangrada: (p) => JSON.stringify(p, null, 2),
  tabuladaCRLF: (p) => JSON.stringify(p, null, '\t').replace(/\n/g, '\r\n'),
  // One element per line, as escribirPlanJsonPorPartes and bench/escribir-plan.ts write.
  unaPorLinea: (p) => {
    const { nodos, metas, ...resto } = p as { nodos: unknown[]; metas: unknown[] };
    const lista = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join(',\n');
    return `${JSON.stringify(resto).slice(0, -1)},"nodos":[\n${lista(nodos)}\n],"metas":[\n${lista(metas)}\n]}\n`;
  },
};

describe('parsearJsonPorPartes', () => {
  for (const [nombre, escribir] of Object.entries(DISPOSICIONES)) {
    it(`lee lo mismo que JSON.parse (disposición ${nombre}), corte donde se corte el archivo`, async () => {
      const texto = escribir(planGrande(40));
      const esperado = JSON.parse(texto) as unknown;
      for (const [tamano, lote] of [
        [1, 1],
        [7, 50],
        [64, 200],
        [1000, undefined],
        [1 << 20, 1],
      ] as const) {
        expect(await parsear(texto, tamano, lote)).toEqual(esperado);
      }
    });
  }

  it('cualquier documento JSON: igual que JSON.parse (propiedad)', async () => {
    const doc = fc.record({
      antes: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
      nodos: fc.oneof(fc.array(fc.jsonValue(), { maxLength: 6 }), fc.jsonValue()),
      metas: fc.array(fc.jsonValue(), { maxLength: 8 }),
      despues: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(doc, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 100 }), fc.boolean(), async (d, tamano, lote, sangrar) => {
        const obj = { ...d.antes, nodos: d.nodos, metas: d.metas, ...d.despues };
        const texto = sangrar ? JSON.stringify(obj, null, 2) : JSON.stringify(obj);
        expect(await parsear(texto, tamano, lote)).toEqual(JSON.parse(texto));
      }),
      { numRuns: 300 },
    );
  });

  it('listas vacías, claves con escapes, claves repetidas y raíces que no son objetos', async () => {
    for (const texto of [
      '{"nodos":[],"metas":[ \n ]}',
      '{"m\\u0065tas":[1,2],"nodos":[3]}',
      '{"metas":[1],"metas":[2,3]}',
      '{"metas":5,"nodos":{"metas":[1]}}',
      '[{"metas":[1,2]}]',
      '"metas"',
      ' 42 ',
      '{"a":{"metas":[1]},"b":[["x"]]}',
      // A real replacement character is text, not an invalid byte.
      '{"metas":["\uFFFD ok", {"\uFFFD":1}]}',
    ]) {
      expect(await parsear(texto, 3, 1), texto).toEqual(JSON.parse(texto));
    }
  });

  it('quita la marca de orden de bytes (BOM) de UTF-8, aunque llegue en trozos de un byte', async () => {
    const b = new Uint8Array([0xef, 0xbb, 0xbf, ...codificar('{"metas":[1]}')]);
    expect(await parsear(b, 1)).toEqual({ metas: [1] });
  });

  it('UTF-16 o bytes que no son UTF-8 dan un error claro, no texto estropeado', async () => {
    const utf16 = await parsearJsonPorPartes([new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x7d, 0])]);
    expect(!utf16.ok && utf16.resultado.errores[0]!.esperado).toMatch(/UTF-8/);
    // "ñ" in Windows-1252 is one byte 0xF1, not UTF-8.
    const latin = await parsearJsonPorPartes([new Uint8Array([...codificar('{"metas":["a'), 0xf1, ...codificar('"]}')])], { archivo: 'p.json' });
    expect(latin.ok).toBe(false);
    if (!latin.ok) expect(latin.resultado.errores[0]).toMatchObject({ codigo: 'json_invalido', archivo: 'p.json', fila: 1 });
  });
});

describe('errores de sintaxis por partes: la misma línea y columna que leerPlanJson', () => {
  async function ambos(texto: string, tamano: number, lote: number) {
    const entero = leerPlanJson(texto, { archivo: 'p.json' });
    const partes = await leerPlanJsonPorPartes(asincrono(enTrozos(texto, tamano)), { archivo: 'p.json', tamanoLote: lote });
    return { entero, partes };
  }

  it('casos con nombre: coma sobrante, coma inicial, cierre equivocado, archivo cortado, basura al final', async () => {
    // Counted by hand: the "]" after the comma is character 31; the "," after "[ " is 24; in line 3
    // `{"a":[1}` the "}" is 8; the second "}" is 18; line 2 `{"b":` ends after 5 characters (column 6);
    // the second "," is 14; "x" is 17; "2" is 25; in line 2 the emoji counts two units, so "]" after
    // "tru" is 34; an empty file ends at line 1, column 1.
    const casos: Array<[string, number, number]> = [
      ['{"version":1,"metas":[{"a":1},]}', 1, 31],
      ['{"version":1,"metas":[ ,{"a":1}]}', 1, 24],
      ['{"version":1,\n"metas":[\n{"a":[1}\n]}', 3, 8],
      ['{"metas":[{"a":1}}', 1, 18],
      ['{"metas":[{"a":1},\n{"b":', 2, 6],
      ['{"version":1,,"metas":[]}', 1, 14],
      ['{"metas":[1,2]} x', 1, 17],
      ['{"nodos":[], "metas":[1 2]}', 1, 25],
      ['{\n  "ñandú": "😀", "metas": [1, tru]\n}', 2, 34],
      ['', 1, 1],
    ];
    for (const [texto, fila, columna] of casos) {
      for (const [tamano, lote] of [
        [1, 1],
        [5, 3],
        [4096, 1 << 16],
      ] as const) {
        const { entero, partes } = await ambos(texto, tamano, lote);
        const a = !entero.ok && entero.errores[0];
        const b = !partes.ok && partes.errores[0];
        // The whole-text reader is the reference; the expected place was also counted by hand.
        expect(a, texto).toMatchObject({ fila, columna: String(columna) });
        expect(b, `${texto} (trozos de ${tamano}, lote ${lote})`).toMatchObject({ codigo: 'json_invalido', archivo: 'p.json', fila, columna: String(columna) });
        expect((b as { esperado: string }).esperado).toBe((a as { esperado: string }).esperado);
      }
    }
  });

  // Pretty-printed (byte-by-byte path, some CRLF) and one element per line (the whole-chunk fast path).
  const TEXTOS = {
    sangrada: DISPOSICIONES.sangrada!(planGrande(3)).replace(/\n/g, (m, i: number) => (i % 3 === 0 ? '\r\n' : m)),
    unaPorLinea: DISPOSICIONES.unaPorLinea!(planGrande(12)),
  };
  for (const [nombre, texto] of Object.entries(TEXTOS))
  it(`un carácter borrado, cambiado o añadido en cualquier sitio (${nombre}): mismo lugar que el lector entero (propiedad)`, async () => {
    const alfabeto = [',', '}', ']', '"', ':', '[', '{', 'x', '1', ' ', '\\', '\n'];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: texto.length - 1 }),
        fc.constantFrom('borrar', 'cambiar', 'añadir'),
        fc.constantFrom(...alfabeto),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 300 }),
        async (i, que, c, tamano, lote) => {
          // Never cut a surrogate pair: the file must stay valid UTF-8.
          if (/[\uD800-\uDFFF]/.test(texto.slice(Math.max(0, i - 1), i + 2))) return;
          const roto = que === 'borrar' ? texto.slice(0, i) + texto.slice(i + 1) : que === 'cambiar' ? texto.slice(0, i) + c + texto.slice(i + 1) : texto.slice(0, i) + c + texto.slice(i);
          let valido = true;
          try {
            JSON.parse(roto);
          } catch {
            valido = false;
          }
          const { entero, partes } = await ambos(roto, tamano, lote);
          if (valido) {
            expect(partes.ok).toBe(entero.ok);
            return;
          }
          const a = !entero.ok && entero.errores[0];
          const b = !partes.ok && partes.errores[0];
          expect(b && { fila: b.fila, columna: b.columna, esperado: b.esperado }, `${que} «${c}» en ${i}`).toEqual(a && { fila: a.fila, columna: a.columna, esperado: a.esperado });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('leerPlanJsonPorPartes', () => {
  it('valida como leerPlanJson: un plan correcto y uno con errores de datos', async () => {
    const bien = JSON.stringify(planGrande(5));
    const r = await leerPlanJsonPorPartes(enTrozos(bien, 100));
    expect(r).toEqual(leerPlanJson(bien));
    expect(r.ok).toBe(true);
    const p = planGrande(5);
    (p.metas[3] as { nodo: string }).nodo = 'NO-EXISTE';
    const mal = JSON.stringify(p, null, 2);
    const m = await leerPlanJsonPorPartes(enTrozos(mal, 33), { archivo: 'mal.json', lang: 'en' });
    expect(m).toEqual(leerPlanJson(mal, { archivo: 'mal.json', lang: 'en' }));
    expect(!m.ok && m.errores.map((e) => e.codigo)).toContain('referencia_inexistente');
  });
});

describe('entreCorchetes', () => {
  const bytes = (t: string) => new TextEncoder().encode(t);
  const texto = (b: Uint8Array) => new TextDecoder().decode(b);
  it('wraps the pieces, in order, between "[" and "]"', () => {
    expect(texto(entreCorchetes([bytes('{"a":1},'), bytes('{"b":"ñ"}')]))).toBe('[{"a":1},{"b":"ñ"}]');
  });
  it('no pieces, or empty ones, give "[]"', () => {
    expect(texto(entreCorchetes([]))).toBe('[]');
    expect(texto(entreCorchetes([new Uint8Array(0), new Uint8Array(0)]))).toBe('[]');
  });
  it('a multibyte character cut between two pieces decodes whole', () => {
    const b = bytes('"ó€"');
    expect(texto(entreCorchetes([b.subarray(0, 2), b.subarray(2, 4), b.subarray(4)]))).toBe('["ó€"]');
  });
});
