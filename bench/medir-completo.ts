/**
 * (b) End to end from the file, once, in a fresh process, with the time of the reads apart, the memory at
 * each stage and the peak RSS. The file is read by core's reader by parts (trozosArchivo's chunks): a
 * 500,000-meta file is longer than V8's longest string, and its bytes are never all in memory at once.
 * - 'al_leer' (default): resumirPlanJsonPorPartes, as `pdd resumen` reads a large file: each batch of metas is
 *   validated and summarised as it is parsed, so parse, validation and summary are one stage ('procesar').
 * - 'entero': parsearJsonPorPartes, then validarPlan, then resumir on the whole plan in memory, each timed.
 * 'leer' is the time spent in the file system calls.
 * Uso: node --import tsx --expose-gc bench/medir-completo.ts <plan.json> <generada|compilada|interpretada> [al_leer|entero]
 */
import { statSync } from 'node:fs';
import { cargarCore, cargarNodo, emitirResultado, entre, fijarModoValidacion, leerModo, marca, memoriaMB, nucleos, recolectar, rssPicoMB } from './medicion.js';
import type { EtapaMemoria, ResultadoCompleto } from './resultados.js';

const ruta = process.argv[2];
if (!ruta) throw new Error('falta la ruta del plan (argumento 1)');
const lectura = process.argv[4] ?? 'al_leer';
if (lectura !== 'al_leer' && lectura !== 'entero') throw new Error(`lectura: se esperaba «al_leer» o «entero», se recibió «${lectura}»`);
const { core, origen } = await cargarCore();
const nodo = await cargarNodo(origen);
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
  return { datos: d.datos, leer, parsear: { ms: total.ms - leer.ms, cpuMs: total.cpuMs - leer.cpuMs } };
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

const tamano = statSync(ruta).size;
let resultado: ResultadoCompleto;
if (lectura === 'al_leer') {
  const leer = { ms: 0, cpuMs: 0 };
  const m0 = marca();
  // A country-sized plan is summarised for its totals: the per-meta list (≈1 kB of heap per meta) is left out.
  const r = await core.resumirPlanJsonPorPartes(() => trozosMedidos(leer), { archivo: ruta, resumir: { detalleMetas: false } });
  const total = entre(m0, marca());
  anotar('resumido');
  if (!r.ok) throw new Error(`el plan no es válido: ${r.errores.slice(0, 3).map((e) => e.mensaje).join(' | ')}`);
  if (!r.alLeer) throw new Error('el plan no se resumió al leerlo (se leyó entero)');
  const metas = r.resumen.metasReportadas;
  resultado = {
    metas,
    bytes: tamano,
    origenCore: origen,
    validacion,
    lectura,
    leerMs: leer.ms,
    procesarMs: total.ms - leer.ms,
    parsearMs: null,
    validarMs: null,
    resumirMs: null,
    totalMs: total.ms,
    cpuMs: { leer: leer.cpuMs, procesar: total.cpuMs - leer.cpuMs, parsear: null, validar: null, resumir: null, total: total.cpuMs },
    nucleos: nucleos(),
    rssPicoMB: rssPicoMB(),
    memoria,
  };
} else {
  const { plan, metas, validacionPlan, leer, parsear } = await validar();
  const m3 = marca();
  const resumen = core.resumir(plan, { detalleMetas: false });
  const resumirT = entre(m3, marca());
  anotar('resumido');
  if (resumen.metasReportadas !== metas) throw new Error(`resumir contó ${resumen.metasReportadas} metas de ${metas}`);
  const procesar = parsear.ms + validacionPlan.ms + resumirT.ms;
  const procesarCpu = parsear.cpuMs + validacionPlan.cpuMs + resumirT.cpuMs;
  resultado = {
    metas,
    bytes: tamano,
    origenCore: origen,
    validacion,
    lectura,
    leerMs: leer.ms,
    procesarMs: procesar,
    parsearMs: parsear.ms,
    validarMs: validacionPlan.ms,
    resumirMs: resumirT.ms,
    totalMs: leer.ms + procesar,
    cpuMs: { leer: leer.cpuMs, procesar: procesarCpu, parsear: parsear.cpuMs, validar: validacionPlan.cpuMs, resumir: resumirT.cpuMs, total: leer.cpuMs + procesarCpu },
    nucleos: nucleos(),
    rssPicoMB: rssPicoMB(),
    memoria,
  };
}
emitirResultado(resultado);
