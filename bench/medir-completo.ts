/**
 * (b) End to end from the file, once, in a fresh process: read + parse → validarPlan → resumir, with the
 * time of each stage, the memory after each and the peak RSS. The file is read by core's reader by parts
 * (leerPlanJsonArchivo's pieces: trozosArchivo + parsearJsonPorPartes), as `pdd resumen` reads it: a
 * 500,000-meta file is longer than V8's longest string, and its bytes are never all in memory at once.
 * Reading and parsing overlap (each chunk is parsed as it arrives): 'leer' is the time spent in the file
 * system calls, 'parsear' everything else of that stage.
 * Uso: node --import tsx --expose-gc bench/medir-completo.ts <plan.json> <generada|compilada|interpretada>
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as CoreNode from '../packages/core/src/node.js';
import { cargarCore, emitirResultado, entre, fijarModoValidacion, leerModo, marca, memoriaMB, recolectar, rssPicoMB } from './medicion.js';
import type { EtapaMemoria, ResultadoCompleto } from './resultados.js';

const ruta = process.argv[2];
if (!ruta) throw new Error('falta la ruta del plan (argumento 1)');
const { core, origen } = await cargarCore();
// The Node entry (file helpers) from the same place as the rest of core.
const nodo = (origen === 'dist'
  ? await import(pathToFileURL(resolve(import.meta.dirname, '../packages/core/dist/node.js')).href)
  : await import('../packages/core/src/node.js')) as typeof CoreNode;
const validacion = fijarModoValidacion(core, leerModo(process.argv[3]));
const memoria: EtapaMemoria[] = [];
const anotar = (etapa: string) => memoria.push({ etapa, ...memoriaMB() });
recolectar();
anotar('inicio');

/**
 * The file's chunks, timing the reads apart from the parsing they feed. Only the wall clock per read:
 * process.cpuUsage() on each of ~12,000 chunks cost 0.2 s by itself. A read from the page cache is a copy
 * the thread does itself, so its CPU time is taken as its wall time.
 */
function* trozosMedidos(medida: { ms: number; cpuMs: number }): Generator<Uint8Array> {
  const it = nodo.trozosArchivo(ruta as string);
  for (;;) {
    const t0 = performance.now();
    const r = it.next();
    const d = performance.now() - t0;
    medida.ms += d;
    medida.cpuMs += d;
    if (r.done) return;
    yield r.value;
  }
}

// Each stage in its own function: what it no longer needs is unreachable when it returns.
async function leerYParsear() {
  const leer = { ms: 0, cpuMs: 0 };
  const m0 = marca();
  const d = await core.parsearJsonPorPartes(trozosMedidos(leer), { archivo: ruta as string });
  const total = entre(m0, marca());
  anotar('parseado');
  if (!d.ok) throw new Error(`el archivo no es JSON válido: ${d.resultado.errores[0]?.mensaje ?? ''}`);
  return { datos: d.datos, tamano: statSync(ruta as string).size, leer, parsear: { ms: total.ms - leer.ms, cpuMs: total.cpuMs - leer.cpuMs } };
}

async function validar() {
  const { datos, ...lectura } = await leerYParsear();
  const m0 = marca();
  const r = core.validarPlan(datos);
  const validacionPlan = entre(m0, marca());
  anotar('validado');
  if (!r.ok) throw new Error(`el plan no es válido: ${r.errores.slice(0, 3).map((e) => e.mensaje).join(' | ')}`);
  return { plan: r.plan, metas: (datos as { metas: unknown[] }).metas.length, validacionPlan, ...lectura };
}

const { plan, metas, validacionPlan, tamano, leer, parsear } = await validar();
const m3 = marca();
// A country-sized plan is summarised for its totals: the per-meta list (≈1 kB of heap per meta) is left out.
const resumen = core.resumir(plan, { detalleMetas: false });
const resumirT = entre(m3, marca());
anotar('resumido');
if (resumen.metasReportadas !== metas) throw new Error(`resumir contó ${resumen.metasReportadas} metas de ${metas}`);

const resultado: ResultadoCompleto = {
  metas,
  bytes: tamano,
  origenCore: origen,
  validacion,
  lectura: 'por_partes',
  leerMs: leer.ms,
  parsearMs: parsear.ms,
  validarMs: validacionPlan.ms,
  resumirMs: resumirT.ms,
  totalMs: leer.ms + parsear.ms + validacionPlan.ms + resumirT.ms,
  cpuMs: {
    leer: leer.cpuMs,
    parsear: parsear.cpuMs,
    validar: validacionPlan.cpuMs,
    resumir: resumirT.cpuMs,
    total: leer.cpuMs + parsear.cpuMs + validacionPlan.cpuMs + resumirT.cpuMs,
  },
  rssPicoMB: rssPicoMB(),
  memoria,
};
emitirResultado(resultado);
