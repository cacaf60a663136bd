import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { validarPlan } from '../packages/core/src/schema/validar.js';
import { consolidarNiveles } from '../packages/core/src/compute/niveles.js';
import { resumirInversion } from '../packages/core/src/compute/inversion.js';
import { nuevaSalida, valorTope } from '../packages/core/src/compute/reglas.js';
import { inversionDeMeta } from '../packages/core/src/compute/inversion-meta.js';
import { anio, crearMeta, crearNodo, crearPlan, s } from '../packages/core/src/compute/test-utils/fabrica.js';
import type { ConsolidacionFlujo, Plan } from '../packages/core/src/schema/types.js';
import { generarPlan } from './generar-plan.js';
import { cargarEnDuckDB } from './duckdb-carga.js';
import { consolidarEnDuckDB, sqlPorMeta } from './duckdb-consulta.js';
import { compararResultados, igualesCon, resultadoDeCore } from './comparar-par.js';

const PERIODO = { desde: 2024, hasta: 2025 };

/** Metas chosen for the rules' corners, on a small tree, to check the SQL restatement one by one. */
function planDeBordes(): Plan {
  const m = (codigo: string, p: Parameters<typeof crearMeta>[0]) => crearMeta({ codigo, nodo: 'A.1', ...p });
  return crearPlan({
    niveles: ['Línea', 'Apuesta'],
    nodos: [crearNodo('A', 0, null), crearNodo('A.1', 1, 'A'), crearNodo('B', 0, null)],
    metas: [
      m('suma-sin-programar', { seguimiento: [anio(2024, 0, 2), anio(2025, 4, 2)] }),
      m('sobre-ejecucion', { seguimiento: [anio(2024, 2, 5)] }),
      m('parcial', { seguimiento: [s(2025, 2026, 2, 2)] }),
      m('no-programada', { seguimiento: [anio(2024, 0, 0), anio(2025, null, null)] }),
      m('sin-ejecutado', { seguimiento: [anio(2024, 2, null)] }),
      m('sin-seguimiento', { seguimiento: [] }),
      m('flujo', { acumulacion: 'flujo', metaCuatrienio: 10, seguimiento: [s(2024, 2025, 10, 5), anio(2026, 10, null)] }),
      m('mantenimiento', { tipo: 'mantenimiento', metaCuatrienio: 8, seguimiento: [anio(2024, 8, 8), anio(2025, 8, 4)] }),
      m('stock', { acumulacion: 'stock', lineaBase: 10, metaCuatrienio: 20, seguimiento: [anio(2024, 12, 13), anio(2025, 15, 9)] }),
      m('stock-meta-igual-base', { acumulacion: 'stock', lineaBase: 10, metaCuatrienio: 10, seguimiento: [anio(2024, 10, 10)] }),
      m('reduccion-nivel', { tipo: 'reduccion', acumulacion: 'flujo', lineaBase: 40, metaCuatrienio: 20, seguimiento: [anio(2024, 35, 30), anio(2025, 30, 45)] }),
      m('reduccion-sin-base', { tipo: 'reduccion', acumulacion: 'stock', lineaBase: null, metaCuatrienio: 20, seguimiento: [anio(2024, 35, 30)] }),
      m('sin-meta', { metaCuatrienio: null, seguimiento: [anio(2024, 2, 1)] }),
      m('meta-cero', { metaCuatrienio: 0, seguimiento: [anio(2024, 2, 1)] }),
      crearMeta({
        codigo: 'inversion',
        nodo: 'B',
        seguimiento: [anio(2024, 1, 1)],
        inversion: [
          { desde: 2024, hasta: 2024, fuente: 'recursos_propios', valor: 100 },
          { desde: 2025, hasta: 2026, fuente: 'sgr', valor: 900 },
          { desde: 2025, hasta: 2025, fuente: 'Regalías', valor: 50 },
          { desde: 2025, hasta: 2025, fuente: 'credito', valor: null },
        ],
      }),
    ],
  });
}

let instancia: DuckDBInstance;
let con: DuckDBConnection;
beforeAll(async () => {
  instancia = await DuckDBInstance.create(':memory:');
  con = await instancia.connect();
});
afterAll(() => {
  con.closeSync();
  instancia.closeSync();
});

/** Per-meta figures from SQL against core's valorTope / inversionDeMeta, meta by meta. */
async function compararPorMeta(plan: Plan, consolidacion: ConsolidacionFlujo) {
  await cargarEnDuckDB(con, plan);
  const filas = (await con.runAndReadAll(`${sqlPorMeta(PERIODO, consolidacion)} ORDER BY id`)).getRows();
  const out = nuevaSalida();
  const nulo = (v: number) => (Number.isNaN(v) ? null : v);
  const diferencias: string[] = [];
  expect(filas).toHaveLength(plan.metas.length);
  for (const [id, , c, a, p, inv] of filas) {
    const meta = plan.metas[Number(id)] as Plan['metas'][number];
    const esperado = {
      c: nulo(valorTope(meta, PERIODO.desde, PERIODO.hasta, 'cumplimiento', consolidacion, out)),
      a: nulo(valorTope(meta, 0, PERIODO.hasta, 'avance', consolidacion, out)),
      p: nulo(valorTope(meta, 0, PERIODO.hasta, 'programado', consolidacion, out)),
      inv: inversionDeMeta(meta, PERIODO).valor,
    };
    const obtenido = { c, a, p, inv } as Record<string, number | null>;
    for (const [k, v] of Object.entries(esperado)) {
      if (!igualesCon(v, obtenido[k] ?? null, 1e-12)) diferencias.push(`${meta.codigo}.${k}: core ${String(v)}, SQL ${String(obtenido[k])}`);
    }
  }
  return diferencias;
}

describe('la consulta de DuckDB repite las reglas de core', () => {
  it('en cada caso borde, meta por meta (no programada, parcial, sin dato, línea base, sobre-ejecución…)', async () => {
    const plan = planDeBordes();
    expect(validarPlan(plan).ok).toBe(true);
    expect(await compararPorMeta(plan, 'promedio')).toEqual([]);
    expect(await compararPorMeta(plan, 'ultimo')).toEqual([]);
  });

  it('los casos borde no entran (null) donde core no da cifra, y la sobre-ejecución queda con tope 1', async () => {
    const plan = planDeBordes();
    await cargarEnDuckDB(con, plan);
    const filas = (await con.runAndReadAll(`${sqlPorMeta(PERIODO, 'promedio')} ORDER BY id`)).getRows();
    const por = new Map(filas.map((f) => [plan.metas[Number(f[0])]!.codigo, f]));
    for (const codigo of ['parcial', 'no-programada', 'sin-ejecutado', 'sin-seguimiento']) expect(por.get(codigo)?.[2], codigo).toBeNull();
    expect(por.get('sobre-ejecucion')?.[2]).toBe(1);
    // (2 + 2) / 4: in a sum, execution without programming still counts as done.
    expect(por.get('suma-sin-programar')?.[2]).toBe(1);
    // Yearly ratios from the baseline, combined raw and capped only at the end: 2024 (40−30)/(40−35) = 2,
    // 2025 a regression (40−45)/(40−30) = −0.5; mean 0.75.
    expect(por.get('reduccion-nivel')?.[2]).toBe(0.75);
    // Investment: 100 + 50 (Regalías); the 2025–2026 SGR entry straddles the cut; the credit is sin dato.
    expect(por.get('inversion')?.[5]).toBe(150);
  });

  it('en planes generados (tres semillas), meta por meta', async () => {
    for (const semilla of [1, 2, 3]) {
      const plan = generarPlan({ metas: 300, semilla });
      expect(await compararPorMeta(plan, 'promedio')).toEqual([]);
    }
  });
});

describe('consolidación completa: core frente a DuckDB', () => {
  it('coinciden por nodo, para el plan entero y por fuente', async () => {
    const r = validarPlan(generarPlan({ metas: 400 }));
    if (!r.ok) throw new Error('el plan generado no es válido');
    await cargarEnDuckDB(con, r.plan);
    const core = resultadoDeCore(consolidarNiveles(r.plan), resumirInversion(r.plan, { periodo: PERIODO }));
    const par = await consolidarEnDuckDB(con, PERIODO, 'promedio');
    const c = compararResultados(core, par);
    expect(c.diferencias).toEqual([]);
    expect(c.coinciden).toBe(true);
    // Every node and the whole plan × 5 fields, plus 2 per source.
    expect(c.comparados).toBe((r.plan.nodos.length + 1) * 5 + 2 * core.fuentes.size);
    expect(par.niveles.get('')?.metas).toBe(400);
  });

  it('dicen «no coinciden» cuando las reglas difieren (DuckDB con «último año», core con «promedio»)', async () => {
    const plan = generarPlan({ metas: 400 });
    await cargarEnDuckDB(con, plan);
    const core = resultadoDeCore(consolidarNiveles(plan, { consolidacionFlujo: 'promedio' }), resumirInversion(plan, { periodo: PERIODO }));
    const par = await consolidarEnDuckDB(con, PERIODO, 'ultimo');
    const c = compararResultados(core, par);
    expect(c.coinciden).toBe(false);
    expect(c.diferencias[0]).toMatch(/core .*, DuckDB /);
  });

  it('rechaza un periodo que no es de años enteros (no arma SQL con cualquier cosa)', () => {
    expect(() => sqlPorMeta({ desde: 2024.5, hasta: 2025 }, 'promedio')).toThrow(/periodo.desde: se esperaba un año entero/);
  });
});
