import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { codigoVerificador, RUTA_GENERADA } from '../../scripts/generar-verificador.js';
import { verificarPlanGenerado } from './verificador-generado.js';
import { planSchema } from './plan.js';
import { registrarVerificador, validarPlan } from './validar.js';
import { planCompleto } from '../io/test-utils/plan-completo.js';

const leer = (ruta: string) => JSON.parse(readFileSync(new URL(`../../../../${ruta}`, import.meta.url), 'utf8')) as unknown;
/** Chía's plan cut to its first 30 metas: its shapes without copying 900 kB on every run. */
const chia = leer('demo/data/chia-25175.json') as { metas: unknown[] };
const BASES: ReadonlyArray<unknown> = [
  leer('demo/data/norte-de-santander-2024-2025.json'),
  { ...chia, metas: chia.metas.slice(0, 30) },
  planCompleto(),
];

/** Values that sit on the schema's edges: types, null vs missing, bounds of years and lengths, enum near-misses. */
const RAROS: ReadonlyArray<unknown> = [
  null, undefined, '', 'x', '\uD800', '\uD83D\uDE00', 0, -1, 1, 1.5, -0, 1899, 1900, 2200, 2201, 2024.5, Number.NaN,
  Number.POSITIVE_INFINITY, 2 ** 53, true, false, [], {}, [null], ['54001'], '54001', '5400', '540011', '54', 'incremento',
  'Incremento', 'reportado', 'flujo', { desde: 2024, hasta: 2024 }, { fuente: 'x' }, Object.create(null),
];

type Mutacion = { camino: number[]; tipo: 'poner' | 'quitar' | 'agregar'; valor: unknown; clave: string };

const mutacion: fc.Arbitrary<Mutacion> = fc.record({
  camino: fc.array(fc.nat(), { minLength: 0, maxLength: 8 }),
  tipo: fc.constantFrom<Mutacion['tipo']>('poner', 'poner', 'poner', 'quitar', 'agregar'),
  valor: fc.oneof(fc.constantFrom(...RAROS), fc.string({ maxLength: 6 }), fc.double(), fc.integer({ min: 1890, max: 2210 })),
  clave: fc.constantFrom('extra', '__proto__', 'constructor', 'version', 'nombre'),
});

/** Walks `camino` (each step picks a child by index modulo the number of children) and changes what it finds. */
function mutar(raiz: unknown, m: Mutacion): void {
  let padre: Record<string, unknown> | null = null;
  let clave = '';
  let actual = raiz;
  for (const paso of m.camino) {
    if (actual === null || typeof actual !== 'object') break;
    const claves = Object.keys(actual);
    if (claves.length === 0) break;
    padre = actual as Record<string, unknown>;
    clave = claves[paso % claves.length]!;
    actual = padre[clave];
  }
  if (m.tipo === 'agregar') {
    if (actual !== null && typeof actual === 'object' && !Array.isArray(actual))
      Object.defineProperty(actual, m.clave, { value: m.valor, enumerable: true, configurable: true, writable: true });
    return;
  }
  if (!padre) return;
  if (m.tipo === 'quitar') {
    if (Array.isArray(padre)) padre.splice(Number(clave), 1);
    else delete padre[clave];
  } else padre[clave] = m.valor;
}

describe('verificador generado del esquema', () => {
  afterEach(() => {
    registrarVerificador(verificarPlanGenerado);
    vi.restoreAllMocks();
  });

  it('el archivo generado corresponde al esquema y a la versión de zod actuales (si falla: npm run generar:verificador)', () => {
    expect(readFileSync(RUTA_GENERADA, 'utf8')).toBe(codigoVerificador());
  });

  it('no usa new Function ni eval: corre bajo una CSP estricta', () => {
    const codigo = readFileSync(RUTA_GENERADA, 'utf8');
    expect(codigo).not.toMatch(/new Function|\beval\(|Function\(/);
  });

  it('acepta los planes válidos de ejemplo, como zod', () => {
    for (const p of BASES) {
      expect(planSchema.safeParse(p).success).toBe(true);
      expect(verificarPlanGenerado(p)).toBe(true);
    }
  });

  it('rechaza lo que no es un plan', () => {
    for (const basura of [null, undefined, 42, 'texto', [], {}, { version: 1 }, { ...planCompleto(), version: 2 }])
      expect(verificarPlanGenerado(basura)).toBe(false);
  });

  it('acepta exactamente cuando el parse de zod tiene éxito, en planes válidos y mutados', () => {
    let aceptados = 0;
    let rechazados = 0;
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(mutacion, { minLength: 0, maxLength: 3 }), (i, mutaciones) => {
        const p = structuredClone(BASES[i]);
        for (const m of mutaciones) mutar(p, m);
        const zod = planSchema.safeParse(p).success;
        expect(verificarPlanGenerado(p)).toBe(zod);
        if (zod) aceptados++;
        else rechazados++;
      }),
      { numRuns: 1000 },
    );
    // Both answers must be common, or the property says little about one of them.
    expect(aceptados).toBeGreaterThan(100);
    expect(rechazados).toBeGreaterThan(100);
  }, 60_000);

  it('validarPlan lo usa por defecto: un plan válido no pasa por el parse interpretado', () => {
    const parse = vi.spyOn(planSchema, 'safeParse');
    const p = structuredClone(BASES[0]);
    const r = validarPlan(p);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan).toBe(p);
    expect(parse).not.toHaveBeenCalled();
  });

  it('un plan inválido sigue recibiendo la lista completa de errores en español del parse interpretado', () => {
    const p = structuredClone(BASES[0]) as { metas: Array<Record<string, unknown>> };
    p.metas[0]!.lineaBase = 'uno';
    p.metas[3]!.tipo = 'subir';
    const conGenerado = validarPlan(p);
    registrarVerificador(null);
    const interpretado = validarPlan(p);
    expect(conGenerado.ok).toBe(false);
    expect(conGenerado).toEqual(interpretado);
    if (!conGenerado.ok) {
      expect(conGenerado.errores.map((e) => e.ruta)).toEqual(['metas[0].lineaBase', 'metas[3].tipo']);
      expect(conGenerado.errores[1]!.mensaje).toContain('uno de:');
    }
  });
});
