/**
 * The built demo (demo/dist, made by `npm run build`) in real headless Chromium, served by the demo's own static
 * server: no console error, zero axe violations (WCAG 2.1 A/AA), each meta's card shows core's figures, the
 * language toggle leaves no Spanish UI text, the "valida tu archivo" box lists every error of a broken CSV, the
 * page works offline once loaded, and screenshots at 360/768/1280 px are saved under test-results/demo/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { formatearMillones, formatearPorcentaje, importarArchivo, NOMBRES_VEREDICTO, plantillaCsv, resumir, type Plan } from '@tablero-pdd/core';
import { servir } from '../../demo/servidor.mjs';
import { TEXTOS } from '../../demo/src/textos.js';
import { DICCIONARIOS } from '../../packages/widgets/src/base/i18n.js';

const raiz = join(import.meta.dirname, '..', '..');
const dist = join(raiz, 'demo', 'dist');
const artefactos = join(raiz, 'test-results', 'demo');
const chromium = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const semilla = JSON.parse(readFileSync(join(raiz, 'demo', 'data', 'norte-de-santander-2024-2025.json'), 'utf8')) as Plan;

let navegador: Browser;
let base: string;
let cerrarServidor: () => void;

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('No hay demo construida en demo/dist: ejecute «npm run build» antes de esta prueba.');
  if (!chromium) throw new Error('No se encontró Chromium: instale el paquete chromium o indique CHROME_PATH.');
  mkdirSync(artefactos, { recursive: true });
  const s = await servir(dist, 0);
  base = s.url;
  cerrarServidor = () => s.servidor.close();
  navegador = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'], headless: true });
}, 30000);

afterAll(async () => {
  await navegador?.close();
  cerrarServidor?.();
});

interface Abierta {
  pagina: Page;
  problemas: string[];
}

/** Opens a page, recording every console error, uncaught exception and failed request, and waits for the widgets. */
async function abrir(ruta: string, ancho = 1280): Promise<Abierta> {
  // A fresh profile per page: the language choice kept by one test must not leak into the next.
  const contexto = await navegador.createBrowserContext();
  const pagina = await contexto.newPage();
  pagina.once('close', () => void contexto.close().catch(() => undefined));
  await pagina.setViewport({ width: ancho, height: 900 });
  const problemas: string[] = [];
  pagina.on('console', (m) => {
    if (m.type() === 'error') problemas.push(`console: ${m.text()}`);
  });
  pagina.on('pageerror', (e) => problemas.push(`excepción: ${String(e)}`));
  pagina.on('requestfailed', (r) => problemas.push(`petición fallida: ${r.url()}`));
  pagina.on('response', (r) => {
    if (r.status() >= 400) problemas.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await pagina.goto(base + ruta, { waitUntil: 'networkidle0' });
  await esperarComponentes(pagina);
  return { pagina, problemas };
}

async function esperarComponentes(pagina: Page): Promise<void> {
  await pagina.waitForFunction(
    () => {
      const ws = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pdd-'));
      return ws.length > 0 && ws.every((w) => w.shadowRoot && !w.shadowRoot.querySelector('[aria-busy="true"]') && w.shadowRoot.textContent!.trim() !== '');
    },
    { timeout: 20000 },
  );
}

async function violacionesAxe(pagina: Page): Promise<string[]> {
  const ruta = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await pagina.addScriptTag({ path: ruta });
  return pagina.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(' | ')}`);
  });
}

/**
 * Text of every widget's shadow root, whitespace collapsed: all of it (`texto`) and only its interface labels
 * (`rotulos`: headings, buttons, captions, column headers, terms, labels), which hold no data from the report —
 * the report's own narrative stays in Spanish in both languages.
 */
function textosComponentes(pagina: Page): Promise<{ etiqueta: string; texto: string; rotulos: string }[]> {
  return pagina.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('pdd-'))
      .map((e) => ({
        etiqueta: `${e.localName}${e.getAttribute('meta') ? `[meta=${e.getAttribute('meta')}]` : ''}`,
        texto: (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
        rotulos: [...(e.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6, button, caption, thead th, dt, label, legend, summary') ?? [])]
          .map((x) => x.textContent ?? '')
          .join(' | ')
          .replace(/\s+/g, ' '),
      })),
  );
}

const limpio = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('demo construida', () => {
  it('la página del informe carga sin errores de consola y con cada componente dibujado; capturas a 360, 768 y 1280 px', async () => {
    for (const ancho of [360, 768, 1280]) {
      const { pagina, problemas } = await abrir('index.html', ancho);
      expect(problemas).toEqual([]);
      const alertas = await pagina.evaluate(() =>
        [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pdd-') && e.shadowRoot?.querySelector('[role="alert"]')).map((e) => e.outerHTML),
      );
      expect(alertas).toEqual([]);
      const archivo = join(artefactos, `informe-${ancho}.png`);
      await pagina.screenshot({ path: archivo as `${string}.png`, fullPage: true });
      expect(existsSync(archivo)).toBe(true);
      await pagina.close();
    }
  }, 120000);

  it('trae una ficha y un mapa por meta de la semilla, y las apuestas con lo que afirma el informe', async () => {
    const { pagina } = await abrir('index.html');
    const metas = await pagina.$$eval('pdd-ficha', (fs) => fs.map((f) => f.getAttribute('meta')));
    expect(metas).toEqual(semilla.metas.map((m) => m.codigo));
    const mapas = await pagina.$$eval('.meta pdd-mapa', (ms) => ms.map((m) => m.getAttribute('meta')));
    expect(mapas).toEqual(semilla.metas.map((m) => m.codigo));
    // Each claim, as the report wrote it, inside its apuesta's card beside what its metas give.
    await pagina.waitForFunction(() => document.querySelectorAll('.apuesta pdd-conciliacion').length === 4 && [...document.querySelectorAll('.apuesta pdd-conciliacion')].every((e) => e.shadowRoot?.querySelector('li.item')));
    const citas = await pagina.$$eval('.apuesta pdd-conciliacion', (es) =>
      es.flatMap((e) => [...e.shadowRoot!.querySelectorAll('li.item')].map((li) => `${li.getAttribute('data-codigo')} ${li.querySelector('div')?.textContent} ${li.querySelector('.veredicto')?.textContent}`)),
    );
    const esperadas = resumir(semilla).afirmaciones.map((a) => `${a.nodo} «${a.afirmacion.texto}» Resultado: ${NOMBRES_VEREDICTO[a.veredicto].es}`);
    expect(citas).toEqual(esperadas);
    expect(esperadas.length).toBe(8); // two claims per apuesta in the report's introduction
    for (const etiqueta of ['pdd-resumen', 'pdd-conciliacion', 'pdd-indicadores', 'pdd-inversion', 'pdd-beneficiarios', 'pdd-avance'])
      expect(await pagina.$(etiqueta), etiqueta).not.toBeNull();
    await pagina.close();
  }, 60000);

  it('a 320 px ninguna página se desplaza de lado (WCAG 1.4.10): ni el informe, ni Chía, ni la guía', async () => {
    for (const ruta of ['index.html', 'chia.html', 'guia.html']) {
      const { pagina } = await abrir(ruta, 320);
      const ancho = await pagina.evaluate(() => document.documentElement.scrollWidth);
      expect(ancho, ruta).toBeLessThanOrEqual(320);
      await pagina.close();
    }
  }, 120000);

  it('a 320 px, los componentes de cada apuesta empiezan donde su título: el marco de la apuesta no se duplica', async () => {
    const { pagina } = await abrir('index.html', 320);
    const bordes = await pagina.$$eval('.apuesta', (as) =>
      as.flatMap((a) => {
        const titulo = a.querySelector(':scope > h3')!.getBoundingClientRect().left;
        return [...a.children]
          .filter((e) => e.localName.startsWith('pdd-'))
          .map((e) => `${e.localName} ${Math.round(e.shadowRoot!.querySelector('.enc-0')!.getBoundingClientRect().left - titulo)}`);
      }),
    );
    expect(bordes.length).toBe(8); // each apuesta: its claims and its level row
    expect(bordes).toEqual(bordes.map((b) => b.replace(/-?\d+$/, '0')));
    await pagina.close();
  }, 60000);

  it('las cifras de cada ficha son las que calcula core para esa meta', async () => {
    const { pagina } = await abrir('index.html');
    const r = resumir(semilla);
    const fichas = await pagina.$$eval('pdd-ficha', (fs) =>
      fs.map((f) => {
        const t = (s: string) => (f.shadowRoot?.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return { meta: f.getAttribute('meta'), cumplimiento: t('[data-cifra="cumplimiento"]'), avance: t('[data-cifra="avance"]'), inversion: t('[part="bloque"]:nth-of-type(2) .cifra-grande') };
      }),
    );
    expect(fichas.length).toBe(r.metas.length);
    for (const m of r.metas) {
      const f = fichas.find((x) => x.meta === m.codigo)!;
      if (m.cumplimiento.valor !== null) expect(f.cumplimiento, m.codigo).toContain(limpio(formatearPorcentaje(m.cumplimiento.valor)));
      if (m.avance.valor !== null) expect(f.avance, m.codigo).toContain(limpio(formatearPorcentaje(m.avance.valor)));
      expect(f.inversion, m.codigo).toBe(limpio(formatearMillones(m.inversion, { sinDato: 'sin dato reportado' })));
    }
    // Checked against the report itself, not only core: meta 1 printed «100% de cumplimiento» and «66,7% de avance»
    // (2 of 2 programmed, 2 of a four-year target of 3), and «$ 776 millones».
    const uno = fichas.find((x) => x.meta === '1')!;
    expect(uno.cumplimiento).toContain('100 %');
    expect(uno.avance).toContain('66,7 %');
    expect(uno.inversion).toContain('776');
    await pagina.close();
  }, 60000);

  it('cero violaciones de axe (WCAG 2.1 AA) en el informe, en Chía y en la guía', async () => {
    for (const ruta of ['index.html', 'chia.html', 'guia.html']) {
      const { pagina, problemas } = await abrir(ruta);
      expect(problemas, ruta).toEqual([]);
      expect(await violacionesAxe(pagina), ruta).toEqual([]);
      await pagina.close();
    }
  }, 120000);

  it('los títulos de cada página, también los de los componentes, forman un esquema que no salta niveles', async () => {
    for (const ruta of ['index.html', 'chia.html', 'guia.html']) {
      const { pagina } = await abrir(ruta);
      // Tree order through the widgets' shadow roots (they have no light children): what a screen reader lists.
      const niveles = await pagina.evaluate(() => {
        const r: Array<[number, string]> = [];
        const recorrer = (n: Node) => {
          if (n instanceof HTMLElement && /^h[1-6]$/.test(n.localName) && n.checkVisibility()) r.push([Number(n.localName[1]), n.textContent!.trim().slice(0, 40)]);
          if (n instanceof Element && n.shadowRoot) recorrer(n.shadowRoot);
          for (const h of n.childNodes) recorrer(h);
        };
        recorrer(document.body);
        return r;
      });
      expect(niveles[0]?.[0], ruta).toBe(1);
      expect(niveles.length, ruta).toBeGreaterThan(15);
      for (let i = 1; i < niveles.length; i++) expect(niveles[i]![0] - niveles[i - 1]![0], `${ruta}: «${niveles[i - 1]![1]}» → «${niveles[i]![1]}»`).toBeLessThanOrEqual(1);
      // And each widget's title sits below the heading that names its section (encabezado), never beside it.
      const dentro = await pagina.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((w) => w.localName.startsWith('pdd-'))
          .map((w) => {
            const region = w.closest('section[aria-labelledby], article[aria-labelledby]');
            const nombre = region ? document.getElementById(region.getAttribute('aria-labelledby')!) : null;
            const titulo = w.shadowRoot?.querySelector('#titulo');
            return { w: w.localName, region: nombre ? Number(nombre.localName[1]) : 0, titulo: titulo ? Number(titulo.localName[1]) : 0 };
          }),
      );
      expect(dentro.length, ruta).toBeGreaterThan(5);
      for (const d of dentro) expect(d.titulo, `${ruta}: ${d.w}`).toBeGreaterThan(d.region);
      await pagina.close();
    }
  }, 120000);

  it('el botón de idioma pone lang="en" en la página y en cada componente, y no deja texto de interfaz en español', async () => {
    const { pagina } = await abrir('index.html');
    const antes = await textosComponentes(pagina);
    await pagina.click('#cambiar-idioma');
    await esperarComponentes(pagina);
    await pagina.waitForFunction(() => document.querySelector('pdd-resumen')?.shadowRoot?.textContent?.includes('Summary') ?? false, { timeout: 10000 }).catch(() => undefined);
    expect(await pagina.evaluate(() => document.documentElement.lang)).toBe('en');
    const langs = await pagina.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pdd-')).map((e) => e.getAttribute('lang')));
    expect(langs.length).toBeGreaterThan(30);
    expect(new Set(langs)).toEqual(new Set(['en']));
    // The page's own texts: every marked element shows its English entry.
    const marcados = await pagina.$$eval('[data-t]', (es) => es.map((e) => ({ clave: (e as HTMLElement).dataset['t']!, texto: e.textContent ?? '' })));
    expect(marcados.length).toBeGreaterThan(20);
    for (const m of marcados) expect(m.texto, m.clave).toBe(TEXTOS.en[m.clave as keyof typeof TEXTOS.en]);
    // Widget headings the page sets (titulo, beside each apuesta's own heading) follow the language too.
    const titulos = await pagina.$$eval('[data-t-titulo]', (es) => es.map((e) => ({ clave: (e as HTMLElement).dataset['tTitulo']!, titulo: e.getAttribute('titulo') ?? '' })));
    expect(titulos.length).toBeGreaterThan(3);
    for (const m of titulos) expect(m.titulo, m.clave).toBe(TEXTOS.en[m.clave as keyof typeof TEXTOS.en]);
    // The widgets: each one's text changed, and none keeps a phrase of the widgets' Spanish dictionary.
    const despues = await textosComponentes(pagina);
    despues.forEach((d, i) => expect(d.texto, d.etiqueta).not.toBe(antes[i]!.texto));
    const es = DICCIONARIOS.es as unknown as Record<string, unknown>;
    const en = DICCIONARIOS.en as unknown as Record<string, unknown>;
    const frases = Object.keys(es)
      .map((k) => [es[k], en[k]])
      .filter((p): p is [string, string] => typeof p[0] === 'string' && p[0] !== p[1] && p[0].length >= 8)
      .map((p) => p[0]);
    expect(frases.length).toBeGreaterThan(20);
    const quedan = despues.flatMap((d) => frases.filter((f) => d.rotulos.includes(f)).map((f) => `${d.etiqueta}: «${f}»`));
    expect(quedan).toEqual([]);
    // And back.
    await pagina.click('#cambiar-idioma');
    expect(await pagina.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await pagina.$eval('[data-t="tituloApuestas"]', (e) => e.textContent)).toBe(TEXTOS.es.tituloApuestas);
    await pagina.close();
  }, 60000);

  it('la guía describe los componentes en español, y en inglés con el botón de idioma', async () => {
    const { pagina } = await abrir('guia.html');
    const visibles = (lang: string) =>
      pagina.$$eval(`[data-solo-idioma="${lang}"]`, (es) => es.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('lang')));
    const es = await visibles('es');
    expect(es.length).toBeGreaterThan(100);
    expect(new Set(es)).toEqual(new Set(['es']));
    expect(await visibles('en')).toEqual([]);
    expect(await pagina.$eval('#pdd-resumen [data-solo-idioma="es"]', (p) => p.textContent)).toMatch(/^Tarjetas de resumen/);
    await pagina.click('#cambiar-idioma');
    expect(await visibles('es')).toEqual([]);
    expect((await visibles('en')).length).toBe(es.length);
    expect(await pagina.$eval('#pdd-resumen [data-solo-idioma="en"]', (p) => p.textContent)).toMatch(/^summary cards/);
    await pagina.close();
  }, 60000);

  it('Chía: el mismo tablero con otro plan; la ficha y el mapa empiezan en la meta del selector y la siguen', async () => {
    const { pagina, problemas } = await abrir('chia.html');
    expect(problemas).toEqual([]);
    const chia = JSON.parse(readFileSync(join(raiz, 'demo', 'data', 'chia-25175.json'), 'utf8')) as Plan;
    expect(chia.entidad.divipola).toBe('25175');
    const sigue = () => pagina.$$eval('[data-sigue-meta]', (ws) => ws.map((w) => `${w.localName} ${w.getAttribute('meta')}`));
    // From the start on the meta the picker shows: the map beside the ficha is that meta's, not the whole plan's.
    const primera = await pagina.$eval('#elegir-meta', (s) => (s as HTMLSelectElement).value);
    expect(primera).toBe(chia.metas[0]!.codigo);
    expect(await sigue()).toEqual([`pdd-ficha ${primera}`, `pdd-mapa ${primera}`]);
    const otra = chia.metas[5]!.codigo;
    await pagina.select('#elegir-meta', otra);
    expect(await sigue()).toEqual([`pdd-ficha ${otra}`, `pdd-mapa ${otra}`]);
    await pagina.waitForFunction((c) => document.querySelector('pdd-ficha')?.shadowRoot?.querySelector('#titulo')?.textContent?.includes(c), { timeout: 10000 }, otra);
    await pagina.close();
  }, 60000);

  it('«valida tu archivo» lista cada error de un CSV roto, con fila y columna, como core', async () => {
    const encabezado = plantillaCsv({ bom: false }).trim().split(/\r?\n/)[0]!;
    const columnas = encabezado.split(';');
    const fila = (v: Record<string, string>) => columnas.map((c) => v[c] ?? '').join(';');
    const buena = { 'Código meta': '1', Meta: 'Rondas', 'Meta cuatrienio': '3', 'Programado 2024': '1', 'Ejecutado 2024': '1' };
    const csv = [
      encabezado,
      fila(buena),
      fila({ ...buena, 'Código meta': '2', 'Meta cuatrienio': 'muchos' }),
      fila({ ...buena, 'Código meta': '3', 'Ejecutado 2024': '-5' }),
      fila({ ...buena, 'Código meta': '4', Tipo: 'creciente' }),
    ].join('\n');
    const esperado = await importarArchivo({ nombre: 'roto.csv', contenido: csv }, { lang: 'es' });
    expect(esperado.ok).toBe(false);
    const errores = esperado.ok ? [] : esperado.errores;
    expect(errores.length).toBeGreaterThanOrEqual(3);
    const archivo = join(artefactos, 'roto.csv');
    writeFileSync(archivo, csv);

    const { pagina } = await abrir('guia.html');
    const entrada = (await pagina.$('#archivo')) as ElementHandle<HTMLInputElement> | null;
    await entrada!.uploadFile(archivo);
    await pagina.waitForSelector('#resultado-validacion table', { timeout: 15000 });
    const filas = await pagina.$$eval('#resultado-validacion tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const errPagina = filas.filter((f) => f[2] === 'error');
    expect(errPagina.length).toBe(errores.length);
    for (const e of errores) expect(errPagina.some((f) => f[3] === e.mensaje && f[0] === String(e.fila ?? '—')), e.mensaje).toBe(true);
    // Rows 3, 4 and 5 of the file hold the three mistakes.
    for (const n of ['3', '4', '5']) expect(errPagina.some((f) => f[0] === n), `fila ${n}`).toBe(true);
    expect(await pagina.$eval('#resultado-validacion p', (p) => p.textContent)).toContain(`${errores.length} errores`);
    await pagina.close();
  }, 60000);

  it('la hoja de impresión quita navegación y botones y hace un PDF', async () => {
    const { pagina } = await abrir('index.html');
    await pagina.emulateMediaType('print');
    const visibles = await pagina.$$eval('.barra, .saltar, #imprimir, #cambiar-idioma', (es) => es.filter((e) => e.getClientRects().length > 0).length);
    expect(visibles).toBe(0);
    const pdf = await pagina.pdf({ format: 'A4', printBackground: false });
    writeFileSync(join(artefactos, 'informe.pdf'), pdf);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    await pagina.close();
  }, 60000);

  it('funciona sin conexión una vez cargada (service worker)', async () => {
    const { pagina } = await abrir('index.html');
    await pagina.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await pagina.reload({ waitUntil: 'networkidle0' }); // now controlled by the worker, which has precached everything
    await pagina.setOfflineMode(true);
    await pagina.reload({ waitUntil: 'load' });
    await esperarComponentes(pagina);
    const fallidos = await pagina.evaluate(() =>
      [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pdd-') && e.shadowRoot?.querySelector('[role="alert"]')).length,
    );
    expect(fallidos).toBe(0);
    expect(await pagina.$eval('pdd-ficha[meta="1"]', (f) => f.shadowRoot?.querySelector('[data-cifra="avance"]')?.textContent ?? '')).toContain('66,7');
    await pagina.setOfflineMode(false);
    await pagina.close();
  }, 60000);
});
