/**
 * (b) End to end from the file, once, in a fresh process: read → parse → validarPlan → resumir, with the
 * time of each stage, the memory after each and the peak RSS. A file longer than V8's longest string
 * (536,870,888 characters) cannot become one string for JSON.parse: it is then parsed line by line
 * (bench/leer-por-lineas.ts), and the result says so.
 * Uso: node --import tsx --expose-gc bench/medir-completo.ts <plan.json> <interpretada|compilada>
 */
import { readFileSync } from 'node:fs';
import { constants } from 'node:buffer';
import { leerPlanPorLineas } from './leer-por-lineas.js';
import { cargarCore, emitirResultado, entre, fijarModoValidacion, leerModo, marca, memoriaMB, recolectar, rssPicoMB } from './medicion.js';
import type { EtapaMemoria, ResultadoCompleto } from './resultados.js';

const ruta = process.argv[2];
if (!ruta) throw new Error('falta la ruta del plan (argumento 1)');
const { core, origen } = await cargarCore();
const validacion = fijarModoValidacion(core, leerModo(process.argv[3]));
const memoria: EtapaMemoria[] = [];
const anotar = (etapa: string) => memoria.push({ etapa, ...memoriaMB() });
recolectar();
anotar('inicio');

// Each stage in its own function: what it no longer needs (the bytes, then the parsed input, since
// validarPlan returns its own plan) is unreachable when it returns and can be collected.
function leerYParsear() {
  const m0 = marca();
  const bytes = readFileSync(ruta as string);
  const m1 = marca();
  anotar('leído');
  // UTF-8 never has fewer bytes than characters: under the limit in bytes, the text fits in one string.
  const lectura: ResultadoCompleto['lectura'] = bytes.length <= constants.MAX_STRING_LENGTH ? 'entero' : 'por_lineas';
  const datos: unknown = lectura === 'entero' ? JSON.parse(bytes.toString('utf8')) : leerPlanPorLineas(bytes);
  const m2 = marca();
  anotar('parseado');
  return { datos, tamano: bytes.length, lectura, leer: entre(m0, m1), parsear: entre(m1, m2) };
}

function validar() {
  const { datos, ...lectura } = leerYParsear();
  const m0 = marca();
  const r = core.validarPlan(datos);
  const validacionPlan = entre(m0, marca());
  anotar('validado');
  if (!r.ok) throw new Error(`el plan no es válido: ${r.errores.slice(0, 3).map((e) => e.mensaje).join(' | ')}`);
  return { plan: r.plan, metas: (datos as { metas: unknown[] }).metas.length, validacionPlan, ...lectura };
}

const { plan, metas, validacionPlan, tamano, lectura, leer, parsear } = validar();
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
  lectura,
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
