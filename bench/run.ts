/**
 * `npm run bench`: core's speed and memory on a department's plan (1,000 metas) and on the whole country
 * (500,000 metas), and its roll-up beside DuckDB's on the same data, each measurement in its own process,
 * every ratio taken against a baseline measured in this same run. Prints a table and writes
 * bench/out/resultados-core.json. Never asserts: a missed target is reported, not thrown.
 *
 * Uso: npm run bench [-- --rapido] [-- --metas-grande=N] [-- --sin-bundle]
 */
import { cpus, platform, arch, totalmem, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatearNumero } from '../packages/core/src/format/numero.js';
import { asegurarPlan, DIR_SALIDA, type ArchivoPlan } from './datos.js';
import { ejecutarHijo, prefijoUnNucleo } from './hijo.js';
import { MB, MODOS_VALIDACION, mediana, type ModoValidacion } from './medicion.js';
import { crecimientoPorMeta, evaluar, OBJETIVOS, type Veredicto } from './objetivos.js';
import type { ResultadoCompleto, ResultadoPar, ResultadoPequeno } from './resultados.js';

const args = process.argv.slice(2);
const rapido = args.includes('--rapido');
const sinBundle = args.includes('--sin-bundle');
const argGrande = args.find((a) => a.startsWith('--metas-grande='));
const metasGrande = argGrande ? Number(argGrande.split('=')[1]) : 500_000;
if (!Number.isInteger(metasGrande) || metasGrande < 1) throw new Error(`--metas-grande: se esperaba un entero ≥ 1, se recibió «${argGrande ?? ''}»`);
const METAS_PEQUENO = 1_000;
const REP = rapido
  ? { pequeno: 100, calentamiento: 20, completo: { generada: 1, compilada: 1, interpretada: 0 }, parPequeno: 10, parGrande: 2 }
  : { pequeno: 300, calentamiento: 30, completo: { generada: 3, compilada: 1, interpretada: 0 }, parPequeno: 30, parGrande: 5 };
/**
 * validarPlan's schema checks (bench/medicion.ts). 'generada' is the default everywhere, browsers included: the
 * targets are judged on it. 'compilada' (opt-in, needs eval) and 'interpretada' (zod's parse alone, what an
 * invalid plan pays) are informational; the latter is not run on 500,000 metas (about 50 s and 2.6 GB).
 */
const MODOS: readonly ModoValidacion[] = MODOS_VALIDACION;

const num = (v: number, decimales = 0) => formatearNumero(v, { decimales });
const ms = (v: number) => `${num(v, v < 100 ? 2 : 0)} ms`;
const seg = (v: number) => `${num(v / 1000, 2)} s`;
const mb = (v: number) => `${num(v, 0)} MB`;
const estado = (cumple: boolean, informativo = false) => (informativo ? (cumple ? 'informativo: cumpliría' : 'informativo: no cumpliría') : cumple ? 'CUMPLE (PASS)' : 'NO CUMPLE (MISS)');
const errores: string[] = [];

async function intentar<T>(que: string, f: () => Promise<T>): Promise<T | null> {
  try {
    return await f();
  } catch (e) {
    errores.push(`${que}: ${e instanceof Error ? e.message : String(e)}`);
    console.error(`  ✗ ${que}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

const entorno = {
  node: process.version,
  plataforma: `${platform()} ${arch()}`,
  nucleos: cpus().length,
  cpu: cpus()[0]?.model ?? 'desconocida',
  memoriaMB: Math.round(totalmem() / MB),
  fecha: new Date().toISOString(),
  /** Load average (1 min) when the run started and ended: above the number of cores, other processes compete. */
  cargaInicio: loadavg()[0] ?? 0,
  cargaFin: 0,
};
console.log(`tablero-pdd · npm run bench · core${rapido ? ' (rápido)' : ''}`);
console.log(`Node ${entorno.node}, ${entorno.plataforma}, ${entorno.nucleos} núcleos (${entorno.cpu}), ${mb(entorno.memoriaMB)} de RAM`);
console.log(`Carga del sistema al empezar: ${num(entorno.cargaInicio, 1)} (1 min)\n`);

console.log('Datos sintéticos (bench/generar-plan.ts, semilla fija):');
const archivos: ArchivoPlan[] = [];
for (const n of [METAS_PEQUENO, metasGrande]) {
  const a = asegurarPlan(n);
  archivos.push(a);
  const generado = a.segundosGeneracion > 0 ? `generado en ${num(a.segundosGeneracion, 1)} s` : 'reutilizado';
  console.log(`  ${relative(process.cwd(), a.ruta)}: ${num(n)} metas, ${num(a.bytes / MB, 1)} MB (${generado})`);
}
const [archPequeno, archGrande] = archivos as [ArchivoPlan, ArchivoPlan];

// Core's targets are for one core: (a) and (b) run pinned to one where the system allows it.
const unNucleo = prefijoUnNucleo() !== null;
console.log(unNucleo ? '\n(a) y (b) corren en un solo núcleo (taskset).' : '\nAviso: no se pudo fijar un solo núcleo (taskset); (a) y (b) usan todos.');

const pequenos = new Map<ModoValidacion, ResultadoPequeno | null>();
for (const modo of MODOS) {
  console.log(`${modo === MODOS[0] ? '\n' : ''}(a) ${num(METAS_PEQUENO)} metas: validarPlan (${modo}) + resumir, ${REP.pequeno} repeticiones…`);
  pequenos.set(
    modo,
    await intentar(`(a) ${modo}`, () =>
      ejecutarHijo<ResultadoPequeno>('medir-validar-resumir.ts', [archPequeno.ruta, modo, String(REP.pequeno), String(REP.calentamiento)], { unNucleo: true }),
    ),
  );
}

const corridas = new Map<ModoValidacion, ResultadoCompleto[]>();
const completos = new Map<ModoValidacion, ResultadoCompleto | null>();
for (const modo of MODOS) {
  const n = REP.completo[modo];
  console.log(`(b) ${num(metasGrande)} metas desde el archivo, resumidas al leer, validación ${modo}, ${n} proceso(s)…`);
  const rs: ResultadoCompleto[] = [];
  for (let i = 0; i < n; i++) {
    const r = await intentar(`(b) ${modo}, proceso ${i + 1}`, () => ejecutarHijo<ResultadoCompleto>('medir-completo.ts', [archGrande.ruta, modo, 'al_leer'], { unNucleo: true }));
    if (r) rs.push(r);
  }
  corridas.set(modo, rs);
  // The run with the median total stands for all (its stages add up); peak memory is the worst of the runs.
  completos.set(
    modo,
    rs.length === 0
      ? null
      : { ...([...rs].sort((x, y) => x.totalMs - y.totalMs)[rs.length >> 1] as ResultadoCompleto), rssPicoMB: Math.max(...rs.map((c) => c.rssPicoMB)) },
  );
}

// For comparison: the same file read whole (plan in memory, then validarPlan, then resumir), as a program that
// needs the plan itself reads it. Not judged.
console.log(`(b) ${num(metasGrande)} metas desde el archivo, leídas enteras (comparación), 1 proceso…`);
const entero = await intentar('(b) entero', () => ejecutarHijo<ResultadoCompleto>('medir-completo.ts', [archGrande.ruta, 'generada', 'entero'], { unNucleo: true }));

console.log('(c) consolidación por nivel e inversión por fuente: core frente a DuckDB…');
const par: ResultadoPar[] = [];
for (const [a, rep] of [
  [archPequeno, REP.parPequeno],
  [archGrande, REP.parGrande],
] as const) {
  const r = await intentar(`(c) ${num(a.metas)} metas`, () => ejecutarHijo<ResultadoPar>('medir-par.ts', [a.ruta, String(rep)]));
  if (r) par.push(r);
}

interface Bundle {
  nuestro: { gzip: number };
  chart: { gzip: number };
  razon: number;
}
let bundle: Bundle | null = null;
if (!sinBundle) {
  console.log('Tamaño del bundle (bench/tamano-bundle.mjs)…');
  const modulo = './tamano-bundle.mjs';
  bundle = await intentar('bundle', async () => ((await import(modulo)) as { medirBundles: () => Promise<Bundle> }).medirBundles());
}

// ---- Table ----
const veredictos: Veredicto[] = MODOS.flatMap((m) => evaluar(pequenos.get(m) ?? null, completos.get(m) ?? null));
const filas: Array<[string, string, string, string]> = [];
const fila = (a: string, b = '', c = '', d = '') => filas.push([a, b, c, d]);
const v = (id: string) => veredictos.find((x) => x.id === id) as Veredicto;
/** The stages of a (b) run: reads apart, the rest as one stage when it was interleaved. */
function filasEtapas(c: ResultadoCompleto): void {
  const s = (x: number) => num(x / 1000, 2);
  if (c.parsearMs === null || c.validarMs === null || c.resumirMs === null) {
    fila('    leer / parsear + validar + resumir (al leer)', `${s(c.leerMs)} / ${s(c.procesarMs)} s`);
    fila('    tiempo de CPU: leer / el resto', `${s(c.cpuMs.leer)} / ${s(c.cpuMs.procesar)} s`);
  } else {
    fila('    leer / parsear (por partes*) / validar / resumir', [c.leerMs, c.parsearMs, c.validarMs, c.resumirMs].map(s).join(' / ') + ' s');
    fila('    tiempo de CPU: leer / parsear / validar / resumir', [c.cpuMs.leer, c.cpuMs.parsear ?? 0, c.cpuMs.validar ?? 0, c.cpuMs.resumir ?? 0].map(s).join(' / ') + ' s');
  }
  fila('    núcleos disponibles para el proceso', num(c.nucleos));
}
for (const modo of MODOS) {
  const pequeno = pequenos.get(modo);
  if (!pequeno) continue;
  const x = v(`a_tiempo_${modo}`);
  fila(`(a) ${num(pequeno.metas)} metas, validación ${modo}: validar + resumir, mediana de ${pequeno.repeticiones}`, ms(pequeno.medianaMs), `≤ ${ms(x.objetivo)}`, estado(x.cumple, x.informativo));
  fila('    validar / resumir (medianas)', `${ms(pequeno.medianaValidarMs)} / ${ms(pequeno.medianaResumirMs)}`);
  fila('    tiempo de CPU (mediana)', ms(pequeno.medianaCpuMs));
  fila('    p90 / primera ejecución en frío', `${ms(pequeno.p90Ms)} / ${ms(pequeno.primeraMs)}`);
  fila('    desde el archivo, de punta a punta como (b): mediana', ms(pequeno.archivo.medianaMs));
  fila('    memoria pico del proceso', mb(pequeno.rssPicoMB));
}
for (const modo of MODOS) {
  const completo = completos.get(modo);
  if (!completo) continue;
  const t = v(`b_tiempo_${modo}`);
  const m = v(`b_memoria_${modo}`);
  const n = corridas.get(modo)?.length ?? 0;
  fila(
    `(b) ${num(completo.metas)} metas desde el archivo (${num(completo.bytes / MB, 0)} MB), resumidas al leer, validación ${modo}${n > 1 ? `, mediana de ${n} procesos` : ''}`,
    seg(completo.totalMs),
    `≤ ${seg(OBJETIVOS.completoMs)}`,
    estado(t.cumple, t.informativo),
  );
  filasEtapas(completo);
  fila(`    memoria pico (maxRSS${n > 1 ? ', la mayor' : ''})`, mb(completo.rssPicoMB), `≤ ${mb(OBJETIVOS.completoRssMB)}`, estado(m.cumple, m.informativo));
  for (const e of completo.memoria.slice(1)) fila(`      tras ${e.etapa}: rss / heap JS / externa`, `${num(e.rss)} / ${num(e.heap)} / ${num(e.externa)} MB`);
  const pequeno = pequenos.get(modo);
  if (pequeno) {
    const c = v(`crecimiento_${modo}`);
    fila(
      '    tiempo por meta desde el archivo frente a (a) desde el suyo',
      `${num((completo.totalMs / completo.metas) * 1000, 1)} µs / ${num(pequeno.archivo.msPorMeta * 1000, 1)} µs = ×${num(crecimientoPorMeta(pequeno, completo), 2)}`,
      `≤ ×${num(c.objetivo)}`,
      estado(c.cumple, c.informativo),
    );
  }
}
if (entero) {
  fila(`(b) ${num(entero.metas)} metas leídas enteras y luego validadas y resumidas (comparación)`, seg(entero.totalMs), '', 'informativo');
  filasEtapas(entero);
  fila('    memoria pico (maxRSS)', mb(entero.rssPicoMB));
}
for (const p of par) {
  fila(`(c) ${num(p.metas)} metas: consolidación por nivel + inversión por fuente`);
  fila('    core (consolidarNiveles + resumirInversion)', `${ms(p.coreMs)} (${ms(p.coreNivelesMs)} + ${ms(p.coreInversionMs)})`);
  fila(`    DuckDB ${p.duckdbVersion} en proceso, ${p.duckdbHilos} hilos / 1 hilo`, `${ms(p.duckdbMs)} / ${ms(p.duckdbUnHiloMs)}`);
  fila('    razón core / DuckDB (hilos por defecto / 1 hilo)', `${num(p.coreMs / p.duckdbMs, 2)} / ${num(p.coreMs / p.duckdbUnHiloMs, 2)}`);
  fila('    carga en DuckDB (aparte)', ms(p.duckdbCargaMs));
  fila(`    coinciden (${num(p.comparados)} valores comparados)`, p.coinciden ? 'sí' : 'no', '', p.coinciden ? '' : 'ERROR');
}
if (bundle) {
  fila('Bundle gzip tablero-pdd / Chart.js barras', `${num(bundle.nuestro.gzip / 1000, 1)} / ${num(bundle.chart.gzip / 1000, 1)} kB`, '≤ 1,00', estado(bundle.razon <= 1));
}

const anchos = [0, 1, 2, 3].map((i) => Math.max(...filas.map((f) => f[i]!.length), ['Medición', 'Resultado', 'Objetivo', 'Estado'][i]!.length));
const linea = (f: readonly string[]) => f.map((x, i) => (i === 1 ? x.padStart(anchos[i]!) : x.padEnd(anchos[i]!))).join('  ').trimEnd();
console.log(`\n${linea(['Medición', 'Resultado', 'Objetivo', 'Estado'])}`);
console.log(anchos.map((a) => '─'.repeat(a)).join('  '));
for (const f of filas) console.log(linea(f));
entorno.cargaFin = loadavg()[0] ?? 0;
if (Math.max(entorno.cargaInicio, entorno.cargaFin) > entorno.nucleos) {
  console.log(
    `\nAviso: la máquina estaba ocupada por otros procesos (carga ${num(entorno.cargaInicio, 1)} → ${num(entorno.cargaFin, 1)} con ${entorno.nucleos} núcleos):\n  los tiempos de pared crecen con la espera; el tiempo de CPU y las razones medidas en la misma corrida son más estables.`,
  );
}
const grande = [...completos.values()].find((c) => c);
if (grande) {
  console.log(
    `\n* (b) lee el archivo (${num(grande.bytes / MB)} MB, más largo que la cadena más larga de V8) por partes (trozosArchivo). Resumidas al leer:\n  resumirPlanJsonPorPartes, como \`pdd resumen\`, valida y resume cada lote de metas apenas lo interpreta. Enteras: parsearJsonPorPartes,\n  luego validarPlan y resumir sobre el plan en memoria. leer = llamadas al sistema de archivos.`,
  );
}
const origen = [...pequenos.values(), ...completos.values(), ...par].find((r) => r)?.origenCore;
if (origen === 'src') console.log('\nAviso: core se cargó desde packages/core/src (no hay dist): ejecute `npm run build` para medir lo publicado.');
if (errores.length > 0) console.log(`\nErrores:\n${errores.map((e) => `  - ${e}`).join('\n')}`);

const salida = join(DIR_SALIDA, 'resultados-core.json');
writeFileSync(
  salida,
  JSON.stringify(
    {
      entorno,
      objetivos: OBJETIVOS,
      datos: archivos.map((a) => ({ archivo: relative(DIR_SALIDA, a.ruta), metas: a.metas, bytes: a.bytes })),
      pequeno: Object.fromEntries(pequenos),
      completo: Object.fromEntries(completos),
      completoEntero: entero,
      corridasCompleto: Object.fromEntries(corridas),
      medianaTotalCompletoMs: Object.fromEntries([...corridas].map(([m, rs]) => [m, rs.length > 0 ? mediana(rs.map((c) => c.totalMs)) : null])),
      par,
      bundle,
      veredictos,
      errores,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nResultados: ${relative(process.cwd(), salida)}`);
if (errores.length > 0) process.exitCode = 1;
