import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// The single-file bundle a web editor loads with one <script type="module"> tag: lit, d3 modules and core
// included, nothing else to install. The npm build (tsc, bare imports) is separate.
export default defineConfig({
  // Assets (the map's geometry) are resolved next to the script, wherever the page loads it from.
  base: './',
  // The HTML and CSS inside the widgets' Lit templates, minified: 1,342 of the 2,225 text nodes in the seed
  // page's shadow roots were whitespace between tags, cloned and walked on every render (now 269), and the
  // bundle is about 2 kB gzip smaller. It trims each template's edges: test/node/bordes-plantillas.test.ts keeps every
  // separating space out of them. The two files that build CSS with unsafeCSS (which it will not minify, and says
  // so on every build) hold only a few colour rules and are left as they are.
  plugins: [
    minifyTemplateLiterals({
      include: ['**/packages/widgets/src/**'],
      exclude: ['**/base/escala-color.ts', '**/base/paleta-series.ts'],
      failOnError: true,
    }),
  ],
  build: {
    lib: {
      entry: 'src/bundle.ts',
      formats: ['es'],
      fileName: () => 'tablero-pdd.js',
    },
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    // Vite keeps whitespace and /*#__PURE__*/ marks in an ES library so that a later bundler can still
    // tree-shake it; this file is loaded as is by a <script> tag and nobody bundles it again, so it is
    // minified completely (about 10 kB less gzip). bench/tamano-bundle.mjs builds Chart.js with the same.
    rolldownOptions: {
      output: {
        minify: { codegen: { removeWhitespace: true } },
        comments: { annotation: false },
        // V8's explicit compile hint (Chrome 136+; an ordinary comment elsewhere): every function is compiled
        // while the script loads, on a background thread, instead of on first call on the main thread when
        // the data arrives. postBanner: after minification, which would drop it.
        postBanner: '//# allFunctionsCalledOnLoad',
      },
    },
    sourcemap: true,
    reportCompressedSize: false,
  },
});
