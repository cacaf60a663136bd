/** Shapes of what each measuring process reports to bench/run.ts (and to bench/out/resultados-core.json). */
import type { Muestra } from './comparar-par.js';
import type { ModoValidacion } from './medicion.js';

export interface ResultadoPequeno {
  metas: number;
  origenCore: 'dist' | 'src';
  validacion: ModoValidacion;
  repeticiones: number;
  /** First run in a fresh process (cold JIT): what a page pays once. */
  primeraMs: number;
  medianaMs: number;
  /** Median CPU time of the same runs (wall time minus waiting for a shared CPU, plus GC threads). */
  medianaCpuMs: number;
  p90Ms: number;
  medianaValidarMs: number;
  medianaResumirMs: number;
  /** Median per meta of validate + summarise. */
  msPorMeta: number;
  /**
   * The same plan from its file, end to end as (b) does it (resumirPlanJsonArchivo: read, parse, validate,
   * summarise while reading, totals only), median of warm runs: the linear-growth check compares (b) with this.
   */
  archivo: { medianaMs: number; medianaCpuMs: number; msPorMeta: number };
  /** CPU cores the process could use (1 when pinned to one core). */
  nucleos: number;
  rssPicoMB: number;
}

export interface EtapaMemoria {
  etapa: string;
  rss: number;
  heap: number;
  externa: number;
}

export interface ResultadoCompleto {
  metas: number;
  bytes: number;
  origenCore: 'dist' | 'src';
  validacion: ModoValidacion;
  /**
   * 'al_leer': resumirPlanJsonPorPartes, as `pdd resumen` reads a large file (each batch of metas validated and
   * summarised as it is parsed; the stages are one). 'entero': parsearJsonPorPartes, then validarPlan, then
   * resumir on the whole plan in memory (what a program that needs the plan itself does).
   */
  lectura: 'al_leer' | 'entero';
  leerMs: number;
  /** Everything but the reads: parse, validate and summarise. */
  procesarMs: number;
  /** Stages apart, for 'entero' only (null when they are interleaved). */
  parsearMs: number | null;
  validarMs: number | null;
  resumirMs: number | null;
  totalMs: number;
  /** CPU time (all threads of the process). */
  cpuMs: { leer: number; procesar: number; parsear: number | null; validar: number | null; resumir: number | null; total: number };
  /** CPU cores the process could use (1 when pinned to one core). */
  nucleos: number;
  rssPicoMB: number;
  memoria: EtapaMemoria[];
}

export interface ResultadoPar {
  metas: number;
  origenCore: 'dist' | 'src';
  repeticiones: number;
  /** consolidarNiveles + resumirInversion on the validated plan. */
  coreMs: number;
  coreNivelesMs: number;
  coreInversionMs: number;
  duckdbCargaMs: number;
  /** Aggregation (both queries, rows read back into JS), with DuckDB's default threads and with one. */
  duckdbMs: number;
  duckdbHilos: number;
  duckdbUnHiloMs: number;
  duckdbVersion: string;
  filasDuckdb: { nodos: number; metas: number; seguimiento: number; inversion: number };
  coinciden: boolean;
  comparados: number;
  diferencias: string[];
  muestras: Muestra[];
}
