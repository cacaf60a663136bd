/**
 * Small helpers shared by the measuring processes: medians, peak memory, loading core, and the one line
 * a child prints for its parent to read.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Core from '../packages/core/src/index.js';
import type * as CoreNode from '../packages/core/src/node.js';

export type ApiCore = typeof Core;

/** Marks the line that carries a child's result (everything else it prints is for people). */
export const MARCA_RESULTADO = '@@resultado ';

export function mediana(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('mediana: no hay mediciones');
  const o = [...xs].sort((a, b) => a - b);
  const m = o.length >> 1;
  return o.length % 2 ? (o[m] as number) : ((o[m - 1] as number) + (o[m] as number)) / 2;
}

/** Nearest-rank percentile, p in (0, 100]. */
export function percentil(xs: readonly number[], p: number): number {
  if (xs.length === 0) throw new Error('percentil: no hay mediciones');
  const o = [...xs].sort((a, b) => a - b);
  return o[Math.min(o.length - 1, Math.max(0, Math.ceil((p / 100) * o.length) - 1))] as number;
}

/** A point in time: wall clock and this process's CPU time (all its threads), both in ms. */
export interface Marca {
  pared: number;
  cpu: number;
}

export function marca(): Marca {
  const c = process.cpuUsage();
  return { pared: performance.now(), cpu: (c.user + c.system) / 1000 };
}

/**
 * Wall time and CPU time between two marks. On a machine shared with other busy processes the wall time
 * grows while the CPU time barely moves: printing both tells contention from a real slowdown.
 */
export function entre(a: Marca, b: Marca): { ms: number; cpuMs: number } {
  return { ms: b.pared - a.pared, cpuMs: b.cpu - a.cpu };
}

/** MB = 1,000,000 bytes throughout bench (as kB = 1,000 bytes in the bundle figures). */
export const MB = 1e6;

/** Peak resident memory of this process so far, in MB (maxRSS is in kibibytes). */
export function rssPicoMB(): number {
  return (process.resourceUsage().maxRSS * 1024) / MB;
}

/** Current memory, in MB: what holds it at each stage. */
export function memoriaMB(): { rss: number; heap: number; externa: number } {
  const m = process.memoryUsage();
  // arrayBuffers (Buffers) are already counted in external.
  return { rss: m.rss / MB, heap: m.heapUsed / MB, externa: m.external / MB };
}

/** Full garbage collection when node runs with --expose-gc, so one measurement does not pay for the last. */
export function recolectar(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Core as users get it: the built package (packages/core/dist, made by `npm run build`), else its sources
 * through tsx (then the numbers are those of esbuild's output of the same code; the origin is reported).
 */
export async function cargarCore(): Promise<{ core: ApiCore; origen: 'dist' | 'src' }> {
  const dist = resolve(import.meta.dirname, '../packages/core/dist/index.js');
  if (existsSync(dist)) return { core: (await import(pathToFileURL(dist).href)) as ApiCore, origen: 'dist' };
  return { core: await import('../packages/core/src/index.js'), origen: 'src' };
}

/** Core's Node entry (file helpers), from the same place as the rest of core. */
export async function cargarNodo(origen: 'dist' | 'src'): Promise<typeof CoreNode> {
  return origen === 'dist'
    ? ((await import(pathToFileURL(resolve(import.meta.dirname, '../packages/core/dist/node.js')).href)) as typeof CoreNode)
    : await import('../packages/core/src/node.js');
}

/** CPU cores this process may run on (1 when pinned with taskset). */
export function nucleos(): number {
  return availableParallelism();
}

export type ModoValidacion = 'generada' | 'compilada' | 'interpretada';
export const MODOS_VALIDACION: readonly ModoValidacion[] = ['generada', 'compilada', 'interpretada'];

/**
 * validarPlan's schema check: 'generada' (the checker generated at build time from the schema: the default
 * everywhere, browsers under a strict Content-Security-Policy included), 'compilada' (zod's compiled checker,
 * opt-in with activarVerificacionCompilada because it needs eval) or 'interpretada' (zod's parse alone, what an
 * invalid plan pays to get its error list). Returns the mode actually in force.
 */
export function fijarModoValidacion(core: ApiCore, pedido: ModoValidacion): ModoValidacion {
  if (pedido === 'generada') return 'generada';
  if (pedido === 'interpretada') {
    core.registrarVerificador(null);
    return 'interpretada';
  }
  const activar = (core as Partial<ApiCore>).activarVerificacionCompilada;
  if (typeof activar !== 'function') throw new Error('core no exporta activarVerificacionCompilada: no se puede medir la validación compilada');
  if (!activar()) throw new Error('activarVerificacionCompilada devolvió false (¿eval prohibido?)');
  return 'compilada';
}

export function leerModo(valor: string | undefined): ModoValidacion {
  if (valor === undefined) return 'generada';
  const modo = MODOS_VALIDACION.find((m) => m === valor);
  if (!modo) throw new Error(`modo de validación: se esperaba «${MODOS_VALIDACION.join('», «')}», se recibió «${valor}»`);
  return modo;
}

export function emitirResultado(r: unknown): void {
  process.stdout.write(`${MARCA_RESULTADO}${JSON.stringify(r)}\n`);
}

/** Reads a positive whole-number argument, or says which one is wrong. */
export function argumentoEntero(valor: string | undefined, nombre: string, porDefecto: number): number {
  if (valor === undefined) return porDefecto;
  const n = Number(valor);
  if (!Number.isInteger(n) || n < 1) throw new Error(`argumento «${nombre}»: se esperaba un entero ≥ 1, se recibió «${valor}»`);
  return n;
}
