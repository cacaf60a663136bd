// Map bench: first render of <pdd-mapa> in headless Chromium (Norte de Santander, 40 municipalities, and the
// whole country, 1,122), at 1× and 4× CPU slowdown (Lighthouse's mobile preset), median of N cold loads from
// a local server that gzips like a web server would; the bytes the geometry costs over the wire; the JS of
// the map alone; and the time a keyboard move takes on the 1,122-municipality map.
//   node bench/mapa.mjs            (needs `npm run build -w @tablero-pdd/core` first, and /usr/bin/chromium)
import { build } from 'vite';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../test/find-chromium.mjs';

const raiz = resolve(import.meta.dirname, '..');
const PLAN = join(raiz, 'demo/data/norte-de-santander-2024-2025.json');
const TIPOS = { '.js': 'text/javascript', '.json': 'application/json', '.geojson': 'application/geo+json', '.topojson': 'application/json', '.html': 'text/html' };

/** Builds the map alone (Vite library mode, as the one-script bundle is built) into a temporary folder. */
async function construir() {
  const salida = mkdtempSync(join(tmpdir(), 'pdd-mapa-bench-'));
  await build({
    root: raiz,
    configFile: false,
    logLevel: 'silent',
    // Relative asset URLs, as the widgets' own build must use (see the report): the geometry sits next to the JS.
    base: './',
    build: {
      lib: { entry: join(raiz, 'packages/widgets/src/mapa/registro.ts'), formats: ['es'], fileName: () => 'mapa.js' },
      outDir: salida,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
    },
  });
  return salida;
}

function pagina(atributos, n) {
  const el = n === 0 ? '' : `<pdd-mapa src="plan.json" ${atributos}></pdd-mapa>`;
  return `<!doctype html><html lang="es"><meta charset="utf-8"><title>bench</title><body>${el}
<script type="module">
import './mapa.js';
const listo = () => requestAnimationFrame(() => setTimeout(() => { window.__listo = performance.now(); }));
const el = document.querySelector('pdd-mapa');
if (!el) listo();
else {
  await customElements.whenDefined('pdd-mapa');
  const mirar = () => (el.shadowRoot.querySelectorAll('path[data-codigo]').length >= ${n});
  if (mirar()) listo();
  else new MutationObserver((_, o) => { if (mirar()) { o.disconnect(); listo(); } }).observe(el.shadowRoot, { childList: true, subtree: true });
}
</script>`;
}

const ESCENARIOS = [
  { nombre: 'script sin mapa (piso)', atributos: '', n: 0 },
  { nombre: 'Norte de Santander (40)', atributos: 'departamento="54"', n: 40 },
  { nombre: 'Colombia (1.122)', atributos: 'departamento="colombia"', n: 1122 },
];

function servir(carpeta) {
  const archivos = new Map();
  for (const f of readdirSync(carpeta)) archivos.set(`/${f}`, readFileSync(join(carpeta, f)));
  archivos.set('/plan.json', readFileSync(PLAN));
  ESCENARIOS.forEach((e, i) => archivos.set(`/e${i}.html`, Buffer.from(pagina(e.atributos, e.n))));
  const comprimidos = new Map([...archivos].map(([k, v]) => [k, gzipSync(v, { level: 9 })]));
  const servidor = createServer((req, res) => {
    const ruta = new URL(req.url, 'http://x').pathname;
    const cuerpo = archivos.get(ruta);
    if (!cuerpo) {
      res.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': TIPOS[extname(ruta)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? comprimidos.get(ruta) : cuerpo);
  });
  return new Promise((ok) => servidor.listen(0, '127.0.0.1', () => ok({ servidor, puerto: servidor.address().port, archivos, comprimidos })));
}

const mediana = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function cargar(navegador, url, lentitud) {
  const page = await navegador.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  const urls = new Map();
  const bytes = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
  cdp.on('Network.loadingFinished', (e) => bytes.set(urls.get(e.requestId), e.encodedDataLength));
  await page.emulateCPUThrottling(lentitud);
  await page.goto(url);
  await page.waitForFunction('window.__listo !== undefined', { timeout: 60000 });
  const ms = await page.evaluate('window.__listo');
  return { page, ms, bytes };
}

/** Time from a real ArrowRight press to the next frame, on the 1,122-municipality map. */
async function medirTecla(navegador, base, lentitud) {
  const { page } = await cargar(navegador, `${base}/e2.html`, lentitud);
  await page.evaluate(() => document.querySelector('pdd-mapa').shadowRoot.querySelector('path[tabindex="0"]').focus());
  const tiempos = [];
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => {
      window.__t0 = performance.now();
      window.__t1 = undefined;
      document.addEventListener('keydown', () => requestAnimationFrame(() => setTimeout(() => (window.__t1 = performance.now()))), { once: true, capture: true });
    });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction('window.__t1 !== undefined');
    tiempos.push(await page.evaluate('window.__t1 - window.__t0'));
  }
  await page.close();
  return mediana(tiempos);
}

export async function medirMapa({ repeticiones = 5 } = {}) {
  const carpeta = await construir();
  const { servidor, puerto, archivos, comprimidos } = await servir(carpeta);
  const base = `http://127.0.0.1:${puerto}`;
  const navegador = await puppeteer.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const render = [];
    let transferidos = new Map();
    for (const [i, e] of ESCENARIOS.entries()) {
      const fila = { escenario: e.nombre };
      for (const lentitud of [1, 4]) {
        const ms = [];
        await cargar(navegador, `${base}/e${i}.html`, lentitud).then((r) => r.page.close()); // warm-up
        for (let k = 0; k < repeticiones; k++) {
          const r = await cargar(navegador, `${base}/e${i}.html`, lentitud);
          ms.push(r.ms);
          transferidos = new Map([...transferidos, ...r.bytes]);
          await r.page.close();
        }
        fila[`x${lentitud}`] = mediana(ms);
      }
      render.push(fila);
    }
    const tecla = { x1: await medirTecla(navegador, base, 1), x4: await medirTecla(navegador, base, 4) };
    const geo = [...archivos.keys()]
      .filter((k) => /\.(geo|topo)json$/.test(k))
      .map((k) => ({ archivo: k.slice(1), bytes: archivos.get(k).length, gzip: comprimidos.get(k).length, transferidos: transferidos.get(k) ?? null }));
    const js = archivos.get('/mapa.js');
    return { render, tecla, geo, js: { min: js.length, gzip: gzipSync(js, { level: 9 }).length } };
  } finally {
    await navegador.close();
    servidor.close();
    rmSync(carpeta, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await medirMapa();
  const kb = (n) => (n / 1000).toFixed(1).padStart(7);
  const ms = (n) => n.toFixed(0).padStart(6);
  console.log('Mapa <pdd-mapa>: primer render en Chromium sin interfaz (ms desde la navegación, mediana de 5 cargas en frío)');
  console.log('                                   1× CPU   4× CPU');
  for (const f of r.render) console.log(`  ${f.escenario.padEnd(30)} ${ms(f.x1)}   ${ms(f.x4)}`);
  console.log(`  flecha → siguiente cuadro, 1.122 ${ms(r.tecla.x1)}   ${ms(r.tecla.x4)}`);
  console.log('Bytes (kB = 1.000 bytes): archivo / gzip -9 / transferidos por la red (gzip del servidor, con cabeceras)');
  for (const g of r.geo) console.log(`  ${g.archivo.padEnd(40)} ${kb(g.bytes)} / ${kb(g.gzip)} / ${g.transferidos === null ? '   —' : kb(g.transferidos)}`);
  console.log(`  JS del mapa solo (con lit, core y d3) ${kb(r.js.min)} / ${kb(r.js.gzip)}`);
}
