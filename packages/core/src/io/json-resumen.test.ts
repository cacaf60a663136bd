import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { resumirPlanJsonPorPartes } from './json-resumen.js';
import { leerPlanJsonPorPartes } from './json-flujo.js';
import { metaCompleta, planCompleto } from './test-utils/plan-completo.js';
import { resumir, type OpcionesResumir } from '../compute/resumir.js';
import { resumirSeleccion, type Seleccion } from '../compute/seleccion.js';
import { validarPlan } from '../schema/validar.js';
import type { Meta, Plan } from '../schema/types.js';

const codificar = new TextEncoder();

/** The text in chunks of `n` bytes, as a file or a fetch body gives them. */
function trozos(texto: string, n = 701): Uint8Array[] {
  const b = codificar.encode(texto);
  const r: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += n) r.push(b.subarray(i, i + n));
  return r;
}

/** What resumir gives for the whole plan (the reference). */
function referencia(texto: string, o: OpcionesResumir) {
  const v = validarPlan(JSON.parse(texto));
  if (!v.ok) throw new Error(v.errores.map((e) => e.mensaje).join('\n'));
  return { resumen: resumir(v.plan, o), avisos: v.avisos };
}

async function porPartes(texto: string, o: OpcionesResumir, tamanoLote = 300) {
  let aperturas = 0;
  const r = await resumirPlanJsonPorPartes(
    () => {
      aperturas++;
      return trozos(texto);
    },
    { resumir: o, tamanoLote },
  );
  return { r, aperturas };
}

function barajar<T>(xs: T[], semilla: number): T[] {
  const r = xs.slice();
  let s = semilla >>> 0 || 1;
  for (let i = r.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [r[i], r[j]] = [r[j] as T, r[i] as T];
  }
  return r;
}

const seed = readFileSync(new URL('../../../../demo/data/norte-de-santander-2024-2025.json', import.meta.url), 'utf8');
const chia = readFileSync(new URL('../../../../demo/data/chia-25175.json', import.meta.url), 'utf8');
/** The seed with apuesta 2's metas and meta 13 given to a second secretaría. */
const dosSecretarias = (() => {
  const p = JSON.parse(seed) as Plan;
  for (const m of p.metas) if (m.nodo === 'L1.C1.A2' || m.codigo === '13') m.secretaria = 'Secretaría de Hacienda';
  return JSON.stringify(p);
})();

describe('resumirPlanJsonPorPartes: the summary made while reading is resumir’s', () => {
  it.each([
    ['seed, with the per-meta list', seed, {}],
    ['seed, totals only', seed, { detalleMetas: false }],
    ['seed, weights by investment, English', seed, { metodo: 'inversion', lang: 'en' }],
    ['Chía (SisPT), declared weights', chia, { metodo: 'declarados' }],
  ] as Array<[string, string, OpcionesResumir]>)('%s', async (_n, texto, o) => {
    const { r, aperturas } = await porPartes(texto, o);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.alLeer).toBe(true);
    expect(aperturas).toBe(1);
    const ref = referencia(texto, o);
    expect(r.resumen).toEqual(ref.resumen);
    expect(r.avisos).toEqual(ref.avisos);
  });

  it('metas in any order in the file: lists and sums follow the canonical order (seed, shuffled)', async () => {
    const p = JSON.parse(seed) as Plan;
    for (const semilla of [1, 7, 42]) {
      const texto = JSON.stringify({ ...p, metas: barajar(p.metas, semilla) });
      const { r } = await porPartes(texto, {}, 1);
      if (!r.ok) throw new Error('inválido');
      expect(r.alLeer).toBe(true);
      // Discrepancies and per-meta rows come in canonical order, whatever the file's order.
      expect(r.resumen).toEqual(referencia(seed, {}).resumen);
      expect(r.resumen.discrepancias.length).toBeGreaterThan(0);
    }
  });

  it('property: generated plans in any order give resumir’s summary', async () => {
    const metaArb = fc.record({
      nodo: fc.constantFrom('A1', 'A2', 'A3', 'C1', 'L1'),
      prog: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      ejec: fc.option(fc.double({ min: 0, max: 80, noNaN: true }), { nil: null }),
      inv: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
      fuente: fc.constantFrom('recursos_propios', 'sgp', 'SGR', 'Cooperación'),
      ben: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
      muni: fc.constantFrom([], ['54001'], ['54001', '54498']),
      repC: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: null }),
      peso: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(metaArb, { maxLength: 25 }), fc.nat(), fc.constantFrom<OpcionesResumir['metodo']>('iguales', 'inversion', 'declarados'), async (xs, semilla, metodo) => {
        const metas: Meta[] = xs.map((x, i) =>
          metaCompleta({
            codigo: `${(i * 7919) % 101}-${i}`,
            nodo: x.nodo,
            peso: x.peso,
            seguimiento: [{ desde: 2024, hasta: 2024, programado: x.prog, ejecutado: x.ejec }],
            inversion: [{ desde: 2024, hasta: 2025, fuente: x.fuente, valor: x.inv }],
            beneficiarios: x.ben === null ? { estado: 'sin_dato', total: null, grupos: [] } : { estado: 'reportado', total: x.ben, unidad: 'personas', grupos: [] },
            municipios: { alcance: x.muni.length === 0 ? 'departamental' : 'municipal', codigos: [...x.muni] },
            reportado: { periodo: { desde: 2024, hasta: 2025 }, cumplimiento: x.repC, avance: null, inversion: x.inv, beneficiarios: x.ben },
          }),
        );
        const base = planCompleto();
        const nodos = base.nodos.map((n) => (n.codigo === 'C1' ? { ...n, afirmaciones: [{ magnitud: 'inversion' as const, relacion: 'mas_de' as const, valor: 1e9, texto: 'más de $1.000 millones' }] } : n));
        const plan: Plan = { ...base, nodos, metas: barajar(metas, semilla) };
        const texto = JSON.stringify(plan);
        const o = { metodo, detalleMetas: semilla % 2 === 0 };
        const { r } = await porPartes(texto, o, 1 + (semilla % 400));
        if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
        expect(r.alLeer).toBe(true);
        expect(r.resumen).toEqual(referencia(texto, o).resumen);
      }),
      { numRuns: 60 },
    );
  });
});

describe('resumirPlanJsonPorPartes with a selection: one branch, one meta or one secretaría, as resumirSeleccion gives it', () => {
  async function elegido(texto: string, seleccion: Seleccion, o: OpcionesResumir = {}, lang: 'es' | 'en' = 'es') {
    let aperturas = 0;
    const r = await resumirPlanJsonPorPartes(
      () => {
        aperturas++;
        return trozos(texto);
      },
      { resumir: o, tamanoLote: 7, seleccion, lang },
    );
    return { r, aperturas };
  }
  const planDe = (texto: string) => {
    const v = validarPlan(JSON.parse(texto));
    if (!v.ok) throw new Error('inválido');
    return v.plan;
  };

  it.each([
    ['seed, apuesta 2', seed, { nivel: 'L1.C1.A2' }, {}],
    ['seed, apuesta 4, totals only', seed, { nivel: 'L1.C1.A4' }, { detalleMetas: false }],
    ['seed, meta 15', seed, { meta: '15' }, {}],
    ['Chía, one línea, declared weights', chia, { nivel: 'LE-12' }, { metodo: 'declarados' }],
    ['Chía, one meta', chia, { meta: 'IP-331' }, {}],
    ['two secretarías, the second one', dosSecretarias, { secretaria: 'secretaría de hacienda' }, {}],
    ['two secretarías, the first one, by investment', dosSecretarias, { secretaria: 'Secretaría de Desarrollo Económico y Productividad' }, { metodo: 'inversion' }],
    ['two secretarías, one of them within a branch', dosSecretarias, { nivel: 'L1.C1.A3', secretaria: 'Secretaría de Hacienda' }, {}],
  ] as Array<[string, string, Seleccion, OpcionesResumir]>)('%s', async (_n, texto, sel, o) => {
    const { r, aperturas } = await elegido(texto, sel, o);
    if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
    expect(r.alLeer).toBe(true);
    expect(aperturas).toBe(1);
    const ref = resumirSeleccion(planDe(texto), sel, o);
    expect(ref.ok && r.resumen).toEqual(ref.ok && ref.resumen);
    expect(r.resumen.metasReportadas).toBeLessThan(planDe(texto).metas.length);
  });

  it('the same summary when the document must be read whole (metas before the nodes)', async () => {
    const p = JSON.parse(seed) as Plan;
    const { metas, ...resto } = p;
    const texto = JSON.stringify({ metas, ...resto });
    const { r } = await elegido(texto, { nivel: 'L1.C1.A3' });
    if (!r.ok) throw new Error('inválido');
    expect(r.alLeer).toBe(false);
    const ref = resumirSeleccion(planDe(seed), { nivel: 'L1.C1.A3' });
    expect(ref.ok && r.resumen).toEqual(ref.ok && ref.resumen);
  });

  it('a level or a meta the plan lacks: one error naming the field and the valid codes, in the language asked', async () => {
    const n = await elegido(seed, { nivel: 'L9' });
    expect(n.r.ok).toBe(false);
    expect(!n.r.ok && n.r.errores.map((e) => [e.codigo, e.columna, e.valor])).toEqual([['nivel_inexistente', 'nivel', 'L9']]);
    const m = await elegido(seed, { meta: '16' }, {}, 'en');
    expect(!m.r.ok && m.r.errores[0]?.mensaje).toBe(
      'The plan has no meta "16"; expected the code of a meta of the plan: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20.',
    );
    const c = await elegido(chia, { meta: 'no-existe' });
    const ref = resumirSeleccion(planDe(chia), { meta: 'no-existe' });
    expect(!c.r.ok && c.r.errores).toEqual(!ref.ok && [ref.error]);
  });

  it('the secretaría of every meta: the whole plan; one the plan lacks: the same error as resumirSeleccion', async () => {
    const { r } = await elegido(seed, { secretaria: ' Secretaría de Desarrollo Económico y Productividad ' });
    expect(r.ok && r.alLeer).toBe(true);
    expect(r.ok && r.resumen).toEqual(resumir(planDe(seed)));
    for (const [texto, lang] of [[dosSecretarias, 'es'], [chia, 'en']] as const) {
      const { r: mal } = await elegido(texto, { secretaria: 'Salud' }, {}, lang);
      const ref = resumirSeleccion(planDe(texto), { secretaria: 'Salud' }, {}, lang);
      expect(!mal.ok && mal.errores).toEqual(!ref.ok && [ref.error]);
      expect(!mal.ok && mal.errores[0]?.codigo).toBe('secretaria_inexistente');
    }
  });

  it('an invalid plan is said as such, before the level it lacks', async () => {
    const p = JSON.parse(seed) as Plan;
    const texto = JSON.stringify({ ...p, metas: p.metas.map((m, i) => (i === 3 ? { ...m, metaCuatrienio: 'mucho' } : m)) });
    const { r } = await elegido(texto, { nivel: 'L9' });
    expect(!r.ok && r.errores.map((e) => e.ruta)).toEqual(['metas[3].metaCuatrienio']);
  });
});

describe('resumirPlanJsonPorPartes: documents it cannot summarise while reading', () => {
  const p = planCompleto();

  it('metas before the nodes: handled whole, same summary, read once', async () => {
    const { metas, ...resto } = p;
    const texto = JSON.stringify({ metas, ...resto });
    const { r, aperturas } = await porPartes(texto, {});
    if (!r.ok) throw new Error('inválido');
    expect(r.alLeer).toBe(false);
    expect(aperturas).toBe(1);
    expect(r.resumen).toEqual(referencia(texto, {}).resumen);
  });

  it('a key after the metas: read again whole, same summary', async () => {
    const { indicadoresResultado: _i, ...resto } = p;
    const texto = JSON.stringify({ ...resto, opciones: { consolidacionFlujo: 'ultimo' } });
    // "opciones" comes after "metas" and changes how flujo metas are computed.
    const { r, aperturas } = await porPartes(texto, {});
    if (!r.ok) throw new Error('inválido');
    expect(r.alLeer).toBe(false);
    expect(aperturas).toBe(2);
    expect(r.resumen).toEqual(referencia(texto, {}).resumen);
    expect(r.resumen.consolidacionFlujo).toBe('ultimo');
  });

  it('"metas" twice: the last one counts, as in JSON.parse', async () => {
    const texto = JSON.stringify(p).replace(/}$/, `,"metas":${JSON.stringify([p.metas[0]])}}`);
    const { r, aperturas } = await porPartes(texto, {});
    if (!r.ok) throw new Error('inválido');
    expect(aperturas).toBe(2);
    expect(r.resumen.metasReportadas).toBe(1);
    expect(r.resumen).toEqual(referencia(texto, {}).resumen);
  });

  it('an invalid meta: the full error list of leerPlanJsonPorPartes, naming row and field', async () => {
    const malas = p.metas.map((m, i) => (i === 1 ? { ...m, codigo: p.metas[0]?.codigo as string, seguimiento: [{ desde: 2024, hasta: 2024, programado: -1, ejecutado: 'diez' }] } : m));
    const texto = JSON.stringify({ ...p, metas: malas });
    const { r, aperturas } = await porPartes(texto, {});
    expect(r.ok).toBe(false);
    expect(aperturas).toBe(2);
    const esperado = await leerPlanJsonPorPartes(trozos(texto));
    if (r.ok || esperado.ok) throw new Error('debía fallar');
    expect(r.errores).toEqual(esperado.errores);
    expect(r.errores.some((e) => e.fila === 2 && e.ruta.includes('seguimiento'))).toBe(true);
  });

  it('a duplicated meta code (valid alone, wrong together) is an error, not a silent summary', async () => {
    const dup = [...p.metas, { ...(p.metas[0] as Meta) }];
    const texto = JSON.stringify({ ...p, metas: dup });
    const { r } = await porPartes(texto, {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores.map((e) => e.codigo)).toContain('codigo_duplicado');
  });

  it('a syntax error: one json_invalido with line and column, read once', async () => {
    const texto = JSON.stringify(p).replace('"nodo":"A2"', '"nodo":A2');
    const { r, aperturas } = await porPartes(texto, {});
    expect(r.ok).toBe(false);
    expect(aperturas).toBe(1);
    if (r.ok) return;
    expect(r.errores[0]?.codigo).toBe('json_invalido');
  });

  it('fuzz: any damage to the document gives what reading it whole gives, never a throw', async () => {
    const texto = JSON.stringify(p);
    const damage = fc.record({
      pos: fc.nat({ max: texto.length - 1 }),
      largo: fc.integer({ min: 0, max: 3 }),
      insertar: fc.constantFrom('', '"', ',', '{', '}', '[', ']', ':', '-1', 'null', '"x"', '1e999', '\\'),
    });
    await fc.assert(
      fc.asyncProperty(damage, fc.integer({ min: 1, max: 64 }), async (d, lote) => {
        const roto = texto.slice(0, d.pos) + d.insertar + texto.slice(d.pos + d.largo);
        const { r } = await porPartes(roto, {}, lote);
        // Same batch size: the text quoted around a syntax error ends where the batch ends.
        const entero = await leerPlanJsonPorPartes(trozos(roto), { tamanoLote: lote });
        expect(r.ok).toBe(entero.ok);
        if (!r.ok && !entero.ok) expect(r.errores).toEqual(entero.errores);
        if (r.ok && entero.ok) expect(r.resumen).toEqual(resumir(entero.plan, {}));
      }),
      { numRuns: 300 },
    );
  });

  it('warnings of a valid plan are validarPlan’s (a reduction meta with a target above its baseline)', async () => {
    const metas = [...p.metas, metaCompleta({ codigo: '9', tipo: 'reduccion', lineaBase: 10, metaCuatrienio: 20 })];
    const texto = JSON.stringify({ ...p, metas });
    const { r } = await porPartes(texto, {});
    if (!r.ok) throw new Error('inválido');
    expect(r.alLeer).toBe(true);
    expect(r.avisos.map((a) => a.codigo)).toEqual(['reduccion_incoherente']);
    expect(r.avisos).toEqual(referencia(texto, {}).avisos);
  });
});
