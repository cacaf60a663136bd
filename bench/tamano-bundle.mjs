// Bundle size: tablero-pdd's single-file bundle (every widget, geometry excluded) against the tree-shaken
// Chart.js bar chart, both built by the same bundler (Vite) with the same settings in this run, gzip -9.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const raiz = resolve(import.meta.dirname, '..');

async function medir(entrada, nombre) {
  const salida = mkdtempSync(join(tmpdir(), `pdd-bundle-${nombre}-`));
  await build({
    root: raiz,
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry: entrada, formats: ['es'], fileName: () => 'salida.js' },
      outDir: salida,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
    },
  });
  const js = readdirSync(salida).filter((f) => f.endsWith('.js'));
  const bytes = Buffer.concat(js.map((f) => readFileSync(join(salida, f))));
  rmSync(salida, { recursive: true, force: true });
  return { nombre, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export async function medirBundles() {
  const nuestro = await medir(join(raiz, 'packages/widgets/src/bundle.ts'), 'tablero-pdd');
  const chart = await medir(join(raiz, 'bench/referencias/chartjs-barras.js'), 'chartjs-barras');
  return { nuestro, chart, razon: nuestro.gzip / chart.gzip };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await medirBundles();
  const kb = (n) => (n / 1000).toFixed(1).padStart(7);
  console.log('Tamaño del bundle (kB = 1.000 bytes; minificado / gzip -9)');
  console.log(`  tablero-pdd (todos los widgets)   ${kb(r.nuestro.min)} / ${kb(r.nuestro.gzip)}`);
  console.log(`  Chart.js barras (tree-shaken)     ${kb(r.chart.min)} / ${kb(r.chart.gzip)}`);
  console.log(`  razón gzip tablero-pdd / Chart.js ${r.razon.toFixed(2)}  (meta ≤ 1,00: ${r.razon <= 1 ? 'CUMPLE' : 'NO CUMPLE'})`);
}
