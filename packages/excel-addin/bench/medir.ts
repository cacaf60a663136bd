/**
 * Bench of the Excel add-in, two figures measured side by side in one run:
 * 1. 10,000 evaluations of =PDD.AVANCE over 1 × 4 year ranges (target ≤ 50 ms), timed on the BUILT
 *    bundle (dist's taskpane.js, built here into a temporary folder and run in a sandbox, as Excel runs
 *    it), next to core's avance() on the same 10,000 metas already built (the floor);
 * 2. the task pane's whole flow (read the workbook, validate, write "Resumen PDD") for a 10- and a
 *    1,000-meta home-made workbook on office-addin-mock: context.sync() and load() counts (target: the
 *    same for both) and time.
 * Run: npx tsx packages/excel-addin/bench/medir.ts  (prints a table; exits 1 when a target is missed)
 */
import { avance, type Meta } from '@tablero-pdd/core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { preparar, resumir, validar } from '../src/taskpane/flujo.js';
import { LibroSimulado } from '../src/taskpane/test-utils/libro-simulado.js';
import { libroPropio, planSintetico } from '../src/taskpane/test-utils/libros-prueba.js';
import { metaDesdeAnios } from '../src/functions/meta-sintetica.js';

const N = 10_000;
const META_MS = 50;

function mediana(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function medir(f: () => void, veces = 7): number {
  f(); // warm-up (JIT)
  const t: number[] = [];
  for (let i = 0; i < veces; i++) {
    const a = performance.now();
    f();
    t.push(performance.now() - a);
  }
  return mediana(t);
}

// Deterministic inputs: yearly executed values, a target, a type and an accumulation per evaluation.
const TIPOS = ['incremento', 'mantenimiento', 'reduccion'] as const;
const ACUM = ['acumulado', 'flujo', 'stock'] as const;
const entradas = Array.from({ length: N }, (_, i) => ({
  ejecutado: [[(i * 7) % 13, (i * 5) % 11, i % 3 === 0 ? null : (i * 3) % 17, null]] as number[][],
  meta: [[20 + (i % 30)]],
  tipo: TIPOS[i % 3] as string,
  acumulacion: ACUM[(i >> 2) % 3] as string,
  base: [[i % 5]],
}));
const metas: Meta[] = entradas.map((e, i) =>
  metaDesdeAnios({
    ejecutado: (e.ejecutado[0] as Array<number | null>).slice(),
    programado: null,
    metaCuatrienio: 20 + (i % 30),
    lineaBase: i % 5,
    tipo: TIPOS[i % 3] as Meta['tipo'],
    acumulacion: ACUM[(i >> 2) % 3] as Meta['acumulacion'],
  }),
);

/** AVANCE as the built bundle registers it (the source run through tsx would time tsx's helpers too). */
function avanceConstruido(): (...a: unknown[]) => unknown[][] {
  const carpeta = mkdtempSync(join(tmpdir(), 'pdd-bench-addin-'));
  try {
    execFileSync(process.execPath, [resolve(dirname(fileURLToPath(import.meta.url)), '../scripts/construir.mjs')], { env: { ...process.env, PDD_SALIDA: carpeta }, stdio: 'pipe' });
    const funciones = new Map<string, (...a: unknown[]) => unknown[][]>();
    // Run in this realm (a vm context would route every global lookup through its sandbox and time that).
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { associate: (id: string, f: (...a: unknown[]) => unknown[][]) => funciones.set(id, f) };
    new Function(readFileSync(join(carpeta, 'taskpane.js'), 'utf8'))();
    delete g.CustomFunctions;
    const f = funciones.get('AVANCE');
    if (!f) throw new Error('el paquete no registró AVANCE');
    return f;
  } finally {
    rmSync(carpeta, { recursive: true, force: true });
  }
}
const avancePdd = avanceConstruido();

let sumidero = 0;
const msFuncion = medir(() => {
  for (const e of entradas) {
    const r = avancePdd(e.ejecutado, e.meta, [[e.tipo]], [[e.acumulacion]], e.base);
    if (typeof r[0]?.[0] === 'number') sumidero += r[0][0] as number;
  }
});
const msCore = medir(() => {
  for (const m of metas) sumidero += avance(m).valor ?? 0;
});

async function flujo(n: number) {
  const l = new LibroSimulado({ hojas: [{ nombre: 'Plan Indicativo', celdas: libroPropio(planSintetico(n)).celdas }] });
  const ctx = l.contexto as unknown as Parameters<typeof preparar>[0];
  const o = { entidad: { nombre: 'Departamento de Prueba', divipola: '54' }, plan: { nombre: 'Plan de prueba' } };
  const a = performance.now();
  const p = await preparar(ctx);
  if (!p.ok) throw new Error(p.mensaje);
  const v = validar(p.preparacion, p.preparacion.mapeo, o);
  if (!v.ok) throw new Error(v.errores[0]?.mensaje);
  await resumir(ctx, p.preparacion, v.plan, p.preparacion.mapeo, o);
  return { ms: performance.now() - a, syncs: l.syncs, loads: l.loads };
}

await flujo(10); // warm-up
const diez = await flujo(10);
const mil = await flujo(1000);

const f = (x: number) => x.toFixed(1).padStart(8);
console.log('Complemento de Excel (mediana de 7; ms)');
console.log(`  =PDD.AVANCE × ${N.toLocaleString('es-CO')} sobre rangos  ${f(msFuncion)} ms   (meta ≤ ${META_MS} ms)`);
console.log(`  avance() de core × ${N.toLocaleString('es-CO')} (piso)      ${f(msCore)} ms   razón función/core ${(msFuncion / msCore).toFixed(1)}×`);
console.log('  Panel sobre office-addin-mock: leer + validar + escribir «Resumen PDD»');
console.log(`     10 metas: ${f(diez.ms)} ms   sync() ${diez.syncs}   load() ${diez.loads}`);
console.log(`  1.000 metas: ${f(mil.ms)} ms   sync() ${mil.syncs}   load() ${mil.loads}   (meta: los mismos sync() y load())`);
const ok = msFuncion <= META_MS && diez.syncs === mil.syncs && diez.loads === mil.loads;
if (sumidero === Number.MIN_VALUE) console.log(sumidero);
if (!ok) {
  console.error('Meta incumplida.');
  process.exitCode = 1;
}
