#!/usr/bin/env node
// Build-time (run by hand, output committed): imports Chía's plan from the two DNP workbooks kept in the shared
// samples (SisPT's Plan Indicativo + DNP's Informe de Seguimiento al PDT) with core's spreadsheet importer and
// writes demo/data/chia-25175.json, so the demo never needs those workbooks at run time.
//   node demo/scripts/importar-chia.mjs [carpeta-de-muestras]   (default: ../shared/samples from the repo root)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importarXlsxVarios } from '@tablero-pdd/core';

const raiz = fileURLToPath(new URL('../..', import.meta.url));
const carpeta = resolve(process.argv[2] ?? join(raiz, '..', 'shared', 'samples'));
const ARCHIVOS = ['chia-25175_sispt-plan-indicativo.xlsx', 'chia-25175_dnp-informe-seguimiento-pdt.xlsx'];

const r = await importarXlsxVarios(ARCHIVOS.map((nombre) => ({ nombre, contenido: new Uint8Array(readFileSync(join(carpeta, nombre))) })));
if (!r.ok) {
  for (const e of r.errores) console.error(e.mensaje);
  process.exit(1);
}
const plan = r.plan;
plan.fuente = {
  ...plan.fuente,
  notas: [
    ...(plan.fuente?.notas ?? []),
    'Archivos públicos de la Alcaldía de Chía (DIVIPOLA 25175) y del DNP, tomados del repositorio público GovLabSabana/SCS_V2 (SisPT/25175.xlsx y Alertas/Alertas-25175.xlsx), importados con importarXlsxVarios de @tablero-pdd/core por demo/scripts/importar-chia.mjs.',
  ],
};
const salida = join(raiz, 'demo', 'data', 'chia-25175.json');
writeFileSync(salida, JSON.stringify(plan) + '\n');
console.log(`${plan.metas.length} metas, ${r.avisos.length} avisos → demo/data/chia-25175.json`);
