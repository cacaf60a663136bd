import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { pluginDemo, prepararPublico } from './construccion/plugin-demo.js';

// The demo: static pages that load the PUBLISHED widget bundle (copied into the public folder's widgets/) with one script tag,
// plus the demo's own small scripts (language toggle, meta picker, "valida tu archivo"), hashed by Vite.
const demo = fileURLToPath(new URL('.', import.meta.url));
const rutas = {
  demo,
  publico: resolve(demo, '../node_modules/.cache/tablero-pdd-demo/publico'),
  widgetsDist: resolve(demo, '../packages/widgets/dist'),
  manifiesto: resolve(demo, '../packages/widgets/custom-elements.json'),
  salida: resolve(demo, 'dist'),
};
// Vite copies public/ before plugins' buildStart runs in some versions: fill it while loading the config.
prepararPublico(rutas);

export default defineConfig({
  root: demo,
  base: './',
  publicDir: rutas.publico,
  plugins: [pluginDemo(rutas)],
  // "Valida tu archivo" reads in a module worker (demo/src/validar-trabajador.ts) that loads SheetJS on demand:
  // ES format, so the worker can split that chunk off like the page does.
  worker: { format: 'es' },
  build: {
    outDir: rutas.salida,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    rollupOptions: {
      // The worker's own sub-build runs inside one plugin callback: on a busy machine it passes rolldown's
      // "slow plugin" threshold and prints a timing note that says nothing about the result.
      checks: { bundlerTimings: false },
      input: {
        index: resolve(demo, 'index.html'),
        chia: resolve(demo, 'chia.html'),
        guia: resolve(demo, 'guia.html'),
      },
    },
  },
});
