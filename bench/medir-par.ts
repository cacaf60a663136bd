/**
 * (c) The peer: the same roll-up (per node: mean of capped cumplimiento, avance, programado; investment
 * per node and per source) by core — consolidarNiveles + resumirInversion on the validated plan — and by
 * DuckDB in-process on the same data loaded into tables (load timed apart). Medians of several runs;
 * both results compared value by value.
 * Uso: node --import tsx --expose-gc bench/medir-par.ts <plan.json> [repeticiones]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { cargarEnDuckDB } from './duckdb-carga.js';
import { consolidarEnDuckDB, type ResultadoPar as ResultadoConsulta } from './duckdb-consulta.js';
import { compararResultados, resultadoDeCore } from './comparar-par.js';
import type * as CoreNode from '../packages/core/src/node.js';
import { argumentoEntero, cargarCore, emitirResultado, fijarModoValidacion, mediana, recolectar } from './medicion.js';
import type { ResultadoPar } from './resultados.js';

const [ruta, rep] = process.argv.slice(2);
if (!ruta) throw new Error('falta la ruta del plan (argumento 1)');
const repeticiones = argumentoEntero(rep, 'repeticiones', 15);
const { core, origen } = await cargarCore();
// Validation is not part of this comparison: the compiled check only gets the plan ready sooner.
fijarModoValidacion(core, 'compilada');

// Read by parts with core's Node entry, from the same place as the rest of core: the file may be longer than V8's longest string.
const nodo = (origen === 'dist'
  ? await import(pathToFileURL(resolve(import.meta.dirname, '../packages/core/dist/node.js')).href)
  : await import('../packages/core/src/node.js')) as typeof CoreNode;
const v = await nodo.leerPlanJsonArchivo(ruta);
if (!v.ok) throw new Error(`el plan no es válido: ${v.errores.slice(0, 3).map((e) => e.mensaje).join(' | ')}`);
const plan = v.plan;
const periodo = { desde: plan.corte.desde, hasta: plan.corte.hasta };
const consolidacion = plan.opciones?.consolidacionFlujo ?? 'promedio';

const instancia = await DuckDBInstance.create(':memory:');
const con = await instancia.connect();
const version = String((await con.runAndReadAll('SELECT version()')).getRows()[0]?.[0]);
const hilos = Number((await con.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]?.[0]);
const tc0 = performance.now();
const carga = await cargarEnDuckDB(con, plan);
const duckdbCargaMs = performance.now() - tc0;

const medirCore = (): [number, number, ResultadoConsulta] => {
  // A new plan object each time: core caches its tree index per plan object, and DuckDB rebuilds the
  // tree's closure in every query, so both sides compute the whole roll-up from the loaded data.
  const p = { ...plan };
  const t0 = performance.now();
  const niveles = core.consolidarNiveles(p, { periodo, consolidacionFlujo: consolidacion });
  const t1 = performance.now();
  const inversion = core.resumirInversion(p, { periodo });
  const t2 = performance.now();
  return [t1 - t0, t2 - t1, resultadoDeCore(niveles, inversion)];
};
const medirDuckDB = async (hilosConsulta: number): Promise<[number, ResultadoConsulta]> => {
  await con.run(`SET threads = ${hilosConsulta}`);
  const t0 = performance.now();
  const r = await consolidarEnDuckDB(con, periodo, consolidacion);
  return [performance.now() - t0, r];
};

// One warm-up of each, then the runs interleaved (core, DuckDB, DuckDB on one thread) so that load from
// other processes on the machine falls on all three alike; medians.
let [, , resultadoCore] = medirCore();
let [, resultadoDuck] = await medirDuckDB(hilos);
await medirDuckDB(1);
const nivelesMs: number[] = [];
const inversionMs: number[] = [];
const coreMs: number[] = [];
const duckMs: number[] = [];
const duckUnHiloMs: number[] = [];
for (let i = 0; i < repeticiones; i++) {
  recolectar();
  const [n, inv, rc] = medirCore();
  nivelesMs.push(n);
  inversionMs.push(inv);
  coreMs.push(n + inv);
  resultadoCore = rc;
  recolectar();
  const [d, rd] = await medirDuckDB(hilos);
  duckMs.push(d);
  resultadoDuck = rd;
  recolectar();
  duckUnHiloMs.push((await medirDuckDB(1))[0]);
}
con.closeSync();
instancia.closeSync();

const comparacion = compararResultados(resultadoCore, resultadoDuck);
const resultado: ResultadoPar = {
  metas: plan.metas.length,
  origenCore: origen,
  repeticiones,
  coreMs: mediana(coreMs),
  coreNivelesMs: mediana(nivelesMs),
  coreInversionMs: mediana(inversionMs),
  duckdbCargaMs,
  duckdbMs: mediana(duckMs),
  duckdbHilos: hilos,
  duckdbUnHiloMs: mediana(duckUnHiloMs),
  duckdbVersion: version,
  filasDuckdb: carga.filas,
  coinciden: comparacion.coinciden,
  comparados: comparacion.comparados,
  diferencias: comparacion.diferencias,
  muestras: comparacion.muestras,
};
emitirResultado(resultado);
