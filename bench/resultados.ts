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
  /** Median per meta, for the linear-growth check against the large file. */
  msPorMeta: number;
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
  /** 'por_partes': core's reader by parts (parsearJsonPorPartes), as `pdd` reads a file of any size. */
  lectura: 'por_partes';
  leerMs: number;
  parsearMs: number;
  validarMs: number;
  resumirMs: number;
  totalMs: number;
  /** CPU time of each stage (all threads of the process). */
  cpuMs: { leer: number; parsear: number; validar: number; resumir: number; total: number };
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
