// Builds the add-in into dist/ (or PDD_SALIDA): the shared-runtime bundle taskpane.js (functions + pane,
// one IIFE file, office.js left to Microsoft's CDN), the pane's workbook-reading worker lector-xlsx.js, the static pages, functions.json from the JSDoc
// (custom-functions-metadata), the icons, and manifest.xml with its URLs on PDD_URL_BASE (default
// https://localhost:3000, what `npm run addin:start` serves). Fails when a manifest URL names a file the
// build did not produce.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { escribirIconos } from './iconos.mjs';

const raiz = resolve(import.meta.dirname, '..');
const salida = resolve(process.env.PDD_SALIDA ?? join(raiz, 'dist'));
const base = (process.env.PDD_URL_BASE ?? 'https://localhost:3000').replace(/\/+$/, '');
if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(base)) {
  console.error(`PDD_URL_BASE debe ser una URL https (Office no carga complementos por http): «${base}».`);
  process.exit(1);
}

await build({
  root: raiz,
  configFile: false,
  logLevel: 'warn',
  publicDir: join(raiz, 'public'),
  build: {
    outDir: salida,
    emptyOutDir: true,
    // Syntax for the WebView2/WKWebView/browsers Excel uses; the legacy webviews get a message (taskpane.html).
    target: 'es2019',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: { entry: join(raiz, 'src/entrada.ts'), formats: ['iife'], name: 'TableroPddExcel', fileName: () => 'taskpane.js' },
  },
});

// The pane's workbook reader, a classic worker script beside taskpane.js (src/taskpane/leer-en-trabajador.ts
// starts it with a time limit): SheetJS never runs on Excel's pane thread when a worker can start.
await build({
  root: raiz,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: salida,
    emptyOutDir: false,
    target: 'es2019',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: { entry: join(raiz, 'src/taskpane/lector-xlsx.ts'), formats: ['iife'], name: 'LectorXlsxPdd', fileName: () => 'lector-xlsx.js' },
  },
});
if (!existsSync(join(salida, 'lector-xlsx.js'))) {
  console.error('La construcción no produjo lector-xlsx.js (el lector de libros del panel).');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const cfm = require.resolve('custom-functions-metadata/cli.js');
execFileSync(process.execPath, [cfm, 'generate', join(raiz, 'src/functions/funciones.ts'), join(salida, 'functions.json')], { cwd: raiz, stdio: 'inherit' });

escribirIconos(join(salida, 'iconos'));

const manifiesto = readFileSync(join(raiz, 'src/manifest.xml'), 'utf8').replaceAll('{{URL_BASE}}', base);
writeFileSync(join(salida, 'manifest.xml'), manifiesto);

const faltan = [...manifiesto.matchAll(/"(https:\/\/[^"]+)"|>(https:\/\/[^<]+)</g)]
  .map((m) => m[1] ?? m[2])
  .filter((u) => u.startsWith(`${base}/`))
  .map((u) => u.slice(base.length + 1))
  .filter((f) => !existsSync(join(salida, f)));
if (faltan.length > 0) {
  console.error(`El manifiesto nombra archivos que la construcción no produjo: ${faltan.join(', ')}`);
  process.exit(1);
}
console.log(`Complemento construido en ${salida} (URL base ${base}).`);
