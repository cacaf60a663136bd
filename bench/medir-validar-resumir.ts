/**
 * (a) A department's plan, already parsed: validarPlan + resumir, many times in one process. Reports the
 * median (and p90) of warm runs, the first (cold) run, each stage's median and the peak memory. Then the
 * same plan from its file end to end, as (b) reads the country's (resumirPlanJsonArchivo, totals only), for
 * the linear-growth check.
 * Uso: node --import tsx --expose-gc bench/medir-validar-resumir.ts <plan.json> <generada|compilada|interpretada> [repeticiones] [calentamiento]
 */
import { readFileSync } from 'node:fs';
import type { ResultadoPequeno } from './resultados.js';
import { argumentoEntero, cargarCore, cargarNodo, nucleos, emitirResultado, entre, fijarModoValidacion, leerModo, marca, mediana, percentil, recolectar, rssPicoMB } from './medicion.js';

const [ruta, modo, rep, cal] = process.argv.slice(2);
if (!ruta) throw new Error('falta la ruta del plan (argumento 1)');
const repeticiones = argumentoEntero(rep, 'repeticiones', 300);
const calentamiento = argumentoEntero(cal, 'calentamiento', 30);
const { core, origen } = await cargarCore();
const validacion = fijarModoValidacion(core, leerModo(modo));
const datos: unknown = JSON.parse(readFileSync(ruta, 'utf8'));

let sumidero = 0; // results are used, so no run can be optimised away
const una = (): [number, number, number] => {
  const m0 = marca();
  const r = core.validarPlan(datos);
  const m1 = marca();
  if (!r.ok) throw new Error(`el plan no es válido: ${r.errores.slice(0, 3).map((e) => e.mensaje).join(' | ')}`);
  const s = core.resumir(r.plan);
  const m2 = marca();
  sumidero += s.metasReportadas + s.niveles.filas.length;
  return [entre(m0, m1).ms, entre(m1, m2).ms, entre(m0, m2).cpuMs];
};

const [v0, r0] = una();
for (let i = 1; i < calentamiento; i++) una();
recolectar();
const validar: number[] = [];
const resumirMs: number[] = [];
const total: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < repeticiones; i++) {
  const [v, s, c] = una();
  validar.push(v);
  resumirMs.push(s);
  total.push(v + s);
  cpu.push(c);
}
const metas = (datos as { metas: unknown[] }).metas.length;

// From the file, end to end (read + parse + validate + summarise while reading), as (b) does it.
const nodo = await cargarNodo(origen);
const desdeArchivo = async (): Promise<[number, number]> => {
  const m0 = marca();
  const r = await nodo.resumirPlanJsonArchivo(ruta, { resumir: { detalleMetas: false } });
  const d = entre(m0, marca());
  if (!r.ok || !r.alLeer) throw new Error('el plan no se resumió al leerlo');
  sumidero += r.resumen.metasReportadas;
  return [d.ms, d.cpuMs];
};
for (let i = 0; i < calentamiento; i++) await desdeArchivo();
recolectar();
const archivoMs: number[] = [];
const archivoCpu: number[] = [];
for (let i = 0; i < repeticiones; i++) {
  const [t, c] = await desdeArchivo();
  archivoMs.push(t);
  archivoCpu.push(c);
}
const resultado: ResultadoPequeno = {
  metas,
  origenCore: origen,
  validacion,
  repeticiones,
  primeraMs: v0 + r0,
  medianaMs: mediana(total),
  medianaCpuMs: mediana(cpu),
  p90Ms: percentil(total, 90),
  medianaValidarMs: mediana(validar),
  medianaResumirMs: mediana(resumirMs),
  msPorMeta: mediana(total) / metas,
  archivo: { medianaMs: mediana(archivoMs), medianaCpuMs: mediana(archivoCpu), msPorMeta: mediana(archivoMs) / metas },
  nucleos: nucleos(),
  rssPicoMB: rssPicoMB(),
};
if (sumidero <= 0) throw new Error('resumir no devolvió metas');
emitirResultado(resultado);
