// `npm run bench`: every benchmark of the project, one after another, each printing its figures beside a
// baseline measured in the same run. `--rapido` asks each for fewer repetitions. A target missed is reported
// by the benchmark itself; this exits non-zero only when a benchmark could not run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const raiz = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const rapido = args.includes('--rapido');

const PASOS = [
  ['core: validar, resumir, 500.000 metas, DuckDB y tamaño del bundle', ['--import', 'tsx', '--expose-gc', 'bench/run.ts', ...args]],
  ['importación de libros xlsx frente a SheetJS solo', ['--import', 'tsx', 'bench/importar-xlsx.ts', `--rep=${rapido ? 2 : 5}`]],
  ['widgets: render de la página de la semilla, orden y filtro de 1.000 metas', ['--import', 'tsx', 'bench/widgets-render.ts', `--repeticiones=${rapido ? 3 : 5}`]],
  ['mapa: Norte de Santander y Colombia a 4× de CPU, bytes de la geometría', ['bench/mapa.mjs']],
  ['demo: LCP, TBT y CLS a 4× de CPU', ['bench/demo.mjs', '--veces', rapido ? '3' : '5']],
];

const fallidos = [];
for (const [titulo, argumentos] of PASOS) {
  console.log(`\n══ ${titulo} ══`);
  const r = spawnSync(process.execPath, argumentos, { cwd: raiz, stdio: 'inherit' });
  if (r.status !== 0) fallidos.push(`${titulo} (código ${r.status})`);
}
if (fallidos.length) {
  console.error(`\nNo se pudieron completar: ${fallidos.join('; ')}`);
  process.exitCode = 1;
}
