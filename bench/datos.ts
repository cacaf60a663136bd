/**
 * The benchmark's data files in bench/out (git-ignored): generated once per (metas, semilla, version of
 * the generator) and reused, since 500,000 metas take a while to write.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { escribirPlan } from './escribir-plan.js';
import { SEMILLA_PREDETERMINADA, VERSION_GENERADOR } from './generar-plan.js';

export const DIR_SALIDA = resolve(import.meta.dirname, 'out');

export interface ArchivoPlan {
  ruta: string;
  metas: number;
  bytes: number;
  /** Seconds spent generating it in this run (0 when reused). */
  segundosGeneracion: number;
}

export function asegurarPlan(metas: number, semilla = SEMILLA_PREDETERMINADA): ArchivoPlan {
  const ruta = join(DIR_SALIDA, `plan-${metas}.json`);
  const rutaInfo = `${ruta}.info`;
  const info = JSON.stringify({ metas, semilla, version: VERSION_GENERADOR });
  if (existsSync(ruta) && existsSync(rutaInfo) && readFileSync(rutaInfo, 'utf8') === info) {
    return { ruta, metas, bytes: statSync(ruta).size, segundosGeneracion: 0 };
  }
  const t0 = performance.now();
  const r = escribirPlan(ruta, { metas, semilla });
  writeFileSync(rutaInfo, info);
  return { ruta, metas, bytes: r.bytes, segundosGeneracion: (performance.now() - t0) / 1000 };
}
