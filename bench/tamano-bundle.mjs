// Bundle size: tablero-pdd's single-file bundle (every widget, geometry excluded) against the tree-shaken
// Chart.js bar chart, both built by the same bundler (Vite) with the same settings in this run, gzip -9.
// Ours is built from the widgets' own vite.config.ts (what ships); Chart.js with its minifier settings.
import { build, loadConfigFromFile } from 'vite';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { desglosar, tablaDetalle } from './tamano-detalle.mjs';

const raiz = resolve(import.meta.dirname, '..');
const widgets = join(raiz, 'packages/widgets');
const configWidgets = join(widgets, 'vite.config.ts');

// Built in memory (nothing written): every JavaScript chunk counts, assets (geometry, names) do not.
// 'hidden' sourcemaps leave the code as it ships (no sourceMappingURL comment) and feed the breakdown.
async function medir(entrada, nombre, { detalle = false, configFile = false, rolldownOptions } = {}) {
  const resultado = await build({
    root: configFile ? widgets : raiz,
    configFile,
    logLevel: 'silent',
    build: {
      write: false,
      // The widgets' config names its own entry (merging another one would make two).
      ...(configFile ? {} : { lib: { entry: entrada, formats: ['es'], fileName: () => 'salida.js' }, target: 'es2022', minify: true }),
      sourcemap: detalle ? 'hidden' : false,
      reportCompressedSize: false,
      ...(rolldownOptions ? { rolldownOptions } : {}),
    },
  });
  const salidas = (Array.isArray(resultado) ? resultado : [resultado]).flatMap((r) => r.output);
  const trozos = salidas.filter((o) => o.type === 'chunk');
  const bytes = Buffer.concat(trozos.map((o) => Buffer.from(o.code)));
  const medida = { nombre, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, trozos: trozos.length };
  if (detalle && trozos.length === 1 && trozos[0].map) {
    // Sourcemap paths are relative to the output folder; named from the repository root they group well.
    const salida = join(configFile ? widgets : raiz, 'dist');
    const mapa = trozos[0].map;
    const fuentes = mapa.sources.map((f) => relative(raiz, resolve(salida, f)));
    medida.detalle = desglosar(trozos[0].code, { mappings: mapa.mappings, sources: fuentes });
  }
  return medida;
}

export async function medirBundles({ detalle = false } = {}) {
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, configWidgets, widgets, 'silent');
  const nuestro = await medir(null, 'tablero-pdd', { detalle, configFile: configWidgets });
  const chart = await medir(join(raiz, 'bench/referencias/chartjs-barras.js'), 'chartjs-barras', {
    rolldownOptions: config.build?.rolldownOptions,
  });
  return { nuestro, chart, razon: nuestro.gzip / chart.gzip };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const detalle = process.argv.includes('--detalle');
  const r = await medirBundles({ detalle });
  const kb = (n) => (n / 1000).toFixed(1).padStart(7);
  console.log('Tamaño del bundle (kB = 1.000 bytes; minificado / gzip -9)');
  console.log(`  tablero-pdd (todos los widgets)   ${kb(r.nuestro.min)} / ${kb(r.nuestro.gzip)}`);
  console.log(`  Chart.js barras (tree-shaken)     ${kb(r.chart.min)} / ${kb(r.chart.gzip)}`);
  console.log(`  razón gzip tablero-pdd / Chart.js ${r.razon.toFixed(2)}  (meta ≤ 1,00: ${r.razon <= 1 ? 'CUMPLE' : 'NO CUMPLE'})`);
  if (r.nuestro.trozos > 1) console.log(`  aviso: tablero-pdd salió en ${r.nuestro.trozos} trozos de JavaScript (se suman todos)`);
  if (detalle) {
    console.log('');
    console.log(r.nuestro.detalle ? tablaDetalle(r.nuestro.detalle) : 'Sin desglose: el bundle no salió en un solo trozo con sourcemap.');
  }
}
