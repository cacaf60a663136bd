import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { csvParse } from 'd3-dsv';
import { formatearPorcentaje, resumir, type Plan } from '@tablero-pdd/core';
import './registro.js';
import type { PddAvance } from './pdd-avance.js';
import { conApuestas, esperar, planGrande, violacionesAxe } from '../../../../test/browser/utilidades.js';
import {
  capturarDescarga,
  clavesBarras,
  clavesTabla,
  largoBarra,
  limpio,
  pistasFila,
  valoresFila,
} from '../../../../test/browser/graficos-utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

async function montar(atributos: Record<string, string>, plan?: Plan): Promise<PddAvance> {
  const el = document.createElement('pdd-avance');
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  if (plan) el.plan = plan;
  document.body.append(el);
  await esperar(() => !!el.shadowRoot?.querySelector('.grafico, [role="alert"]'));
  return el;
}
const grafico = (el: PddAvance) => el.shadowRoot!.querySelector('.grafico')!;
const boton = (el: PddAvance, sel: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(sel)!;

describe('<pdd-avance>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(async () => {
    document.querySelectorAll('pdd-avance').forEach((e) => e.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it('por meta: una fila por meta de core, con el cumplimiento y el avance que core calcula', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const r = resumir(semilla);
    const g = grafico(el);
    expect(clavesBarras(g)).to.deep.equal(r.metas.map((m) => m.codigo));
    for (const m of r.metas) {
      expect(valoresFila(g, m.codigo), m.codigo).to.deep.equal([
        limpio(formatearPorcentaje(m.cumplimiento.valor)),
        limpio(formatearPorcentaje(m.avance.valor)),
      ]);
      // Lengths are the capped values; colours are the bands' own.
      const [pc, pa] = pistasFila(g, m.codigo);
      expect(largoBarra(pc!)).to.be.closeTo(m.cumplimiento.valorTope! * 100, 0.01);
      expect(largoBarra(pa!)).to.be.closeTo(m.avance.valorTope! * 100, 0.01);
      expect(pc!.querySelector('rect')!.getAttribute('fill')).to.equal(m.bandaCumplimiento.color);
      expect(pa!.querySelector('rect')!.getAttribute('fill')).to.equal(m.bandaAvance.color);
    }
    // The band is also a mark with its name: not colour alone.
    const fila3 = g.querySelector('[data-clave="3"]')!;
    expect(limpio(fila3.textContent)).to.contain(r.metas.find((m) => m.codigo === '3')!.bandaCumplimiento.nombre.es);
  });

  it('sobre-ejecución: barra hasta 100 % y rótulo con el valor sin tope', async () => {
    const plan = structuredClone(semilla);
    plan.metas[0]!.seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: 3 }];
    const el = await montar({}, plan);
    const m = resumir(plan).metas.find((x) => x.codigo === plan.metas[0]!.codigo)!;
    expect(m.cumplimiento.valor).to.be.greaterThan(1);
    const g = grafico(el);
    const [cumple] = valoresFila(g, m.codigo);
    expect(cumple).to.equal(`${limpio(formatearPorcentaje(m.cumplimiento.valor))} (sobre-ejecución)`);
    expect(largoBarra(pistasFila(g, m.codigo)[0]!)).to.equal(100);
  });

  it('no programada y sin dato: texto, nunca una barra en 0', async () => {
    const plan = structuredClone(semilla);
    plan.metas[1]!.seguimiento = [{ desde: 2024, hasta: 2025, programado: 0, ejecutado: 0 }];
    plan.metas[2]!.seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: null }];
    const el = await montar({}, plan);
    const r = resumir(plan);
    const np = r.metas.find((x) => x.codigo === plan.metas[1]!.codigo)!;
    const sd = r.metas.find((x) => x.codigo === plan.metas[2]!.codigo)!;
    expect(np.cumplimiento.estado).to.equal('no_programada');
    expect(sd.cumplimiento.estado).to.equal('sin_dato');
    const g = grafico(el);
    expect(valoresFila(g, np.codigo)[0]).to.equal('No programada');
    expect(valoresFila(g, sd.codigo)[0]).to.equal('sin dato reportado');
    // Only the avance bar is drawn for each (if avance has a value): no track stands for "no data".
    for (const m of [np, sd]) {
      const conValor = [m.cumplimiento, m.avance].filter((p) => p.valor !== null).length;
      expect(pistasFila(g, m.codigo).length, m.codigo).to.equal(conValor);
    }
    expect(limpio(g.querySelector(`[data-clave="${np.codigo}"]`)!.textContent)).to.contain('No había nada programado');
  });

  it('agrupar="nivel": una fila por nodo con las cifras consolidadas de core', async () => {
    const el = await montar({ src: URL_SEMILLA, agrupar: 'nivel' });
    const r = resumir(semilla);
    const g = grafico(el);
    expect(clavesBarras(g)).to.deep.equal(r.niveles.filas.map((f) => f.codigo));
    for (const f of r.niveles.filas) {
      expect(valoresFila(g, f.codigo)).to.deep.equal([limpio(formatearPorcentaje(f.cumplimiento)), limpio(formatearPorcentaje(f.avance))]);
    }
    expect(limpio(el.shadowRoot!.querySelector('h2')!.textContent)).to.equal('Cumplimiento y avance por nivel del plan');
  });

  it('nivel="…": solo las metas de esa rama; un código que no existe se dice', async () => {
    const el = await montar({ src: URL_SEMILLA, nivel: 'L1.C1.A2' });
    const esperadas = semilla.metas.filter((m) => m.nodo === 'L1.C1.A2').map((m) => m.codigo);
    expect(esperadas.length).to.be.greaterThan(0);
    expect(clavesBarras(grafico(el))).to.deep.equal(esperadas);
    const malo = await montar({ src: URL_SEMILLA, nivel: 'NO-EXISTE' });
    expect(limpio(malo.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.contain('«NO-EXISTE»').and.to.contain('L1.C1.A2');
  });

  it('periodo="2024": las cifras de core para ese periodo (un dato de 2024–2025 no se reparte: no calculable, sin barra)', async () => {
    const el = await montar({ src: URL_SEMILLA, periodo: '2024' });
    const r = resumir(semilla, { periodo: { desde: 2024, hasta: 2024 } });
    const g = grafico(el);
    const m = r.metas[0]!;
    expect(m.cumplimiento.estado).not.to.equal('calculado');
    expect(valoresFila(g, m.codigo)[0]).to.equal(m.bandaCumplimiento.nombre.es);
    expect(limpio(g.querySelector('.barras-h .serie')!.textContent)).to.equal('Cumplimiento 2024–2024');
    expect(pistasFila(g, m.codigo).length).to.equal(m.avance.valor === null ? 0 : 1);
  });

  it('el resumen en texto nombra lo graficado, cuántas metas y los extremos', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const r = resumir(semilla);
    const resumen = limpio(grafico(el).querySelector('.resumen-grafico')!.textContent);
    expect(resumen).to.contain(`${r.metas.length} metas`);
    const min = Math.min(...r.metas.map((m) => m.cumplimiento.valor!));
    const menor = r.metas.find((m) => m.cumplimiento.valor === min)!;
    expect(resumen).to.contain(`el más bajo, ${limpio(formatearPorcentaje(min))} (meta ${menor.codigo})`);
  });

  it('"Ver tabla" con el teclado: mismas filas que las barras; cero violaciones de axe con la tabla a la vista', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const ver = boton(el, 'button.ver-tabla');
    expect(ver.getAttribute('aria-expanded')).to.equal('false');
    ver.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ver.getAttribute('aria-expanded')).to.equal('true');
    const g = grafico(el);
    expect(clavesTabla(g)).to.deep.equal(clavesBarras(g));
    expect(g.querySelector(`#${ver.getAttribute('aria-controls')}`)).not.to.equal(null);
    // Same cells as the bars' labels.
    const primera = g.querySelector('tbody tr')!;
    expect(limpio(primera.querySelectorAll('td')[0]!.textContent)).to.contain(valoresFila(g, clavesBarras(g)[0]!)[0]!);
    for (const tema of ['claro', 'oscuro', 'alto-contraste']) {
      el.setAttribute('tema', tema);
      await el.updateComplete;
      expect(await violacionesAxe(el), tema).to.deep.equal([]);
    }
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(ver.getAttribute('aria-expanded')).to.equal('false');
    expect(g.querySelector('table')).to.equal(null);
  });

  it('descarga CSV: una línea por fila con los valores de core sin tope, vacío para "sin dato"', async () => {
    const plan = structuredClone(semilla);
    plan.metas[2]!.seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: null }];
    const el = await montar({}, plan);
    const d = await capturarDescarga(() => boton(el, 'button[data-descarga="csv"]').click());
    expect(d.nombre).to.equal('avance-metas.csv');
    expect(d.tipo).to.contain('text/csv');
    const filas = csvParse((await d.blob.text()).replace(/^\uFEFF/, ''));
    const r = resumir(plan);
    expect(filas.map((f) => f['Código'])).to.deep.equal(r.metas.map((m) => m.codigo));
    const col = Object.keys(filas[0]!).find((k) => k.startsWith('Cumplimiento'))!;
    r.metas.forEach((m, i) => {
      const celda = filas[i]![col]!;
      if (m.cumplimiento.valor === null) expect(celda).to.equal('');
      else expect(Number(celda)).to.equal(m.cumplimiento.valor);
    });
  });

  it('descarga SVG: un documento SVG válido con el título y una barra por valor; PNG: una imagen', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const d = await capturarDescarga(() => boton(el, 'button[data-descarga="svg"]').click());
    expect(d.nombre).to.equal('avance-metas.svg');
    const doc = new DOMParser().parseFromString(await d.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.localName).to.equal('svg');
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal('Cumplimiento y avance por meta');
    const r = resumir(semilla);
    const conValor = r.metas.flatMap((m) => [m.cumplimiento, m.avance]).filter((p) => (p.valorTope ?? 0) > 0).length;
    const barras = [...doc.querySelectorAll('rect')].filter((x) => r.metas.some((m) => x.getAttribute('fill') === m.bandaCumplimiento.color || x.getAttribute('fill') === m.bandaAvance.color));
    expect(barras.length).to.equal(conValor);
    // Styles are attributes: no class, no style element.
    expect(doc.querySelector('style, [class], [style]')).to.equal(null);
    const png = await capturarDescarga(() => boton(el, 'button[data-descarga="png"]').click());
    expect(png.nombre).to.equal('avance-metas.png');
    expect(png.tipo).to.equal('image/png');
    const imagen = await createImageBitmap(png.blob);
    expect(imagen.width).to.equal(1600);
  });

  it('si el navegador no puede generar el PNG (p. ej. una CSP sin blob: en img-src) lo dice bajo el gráfico', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const original = HTMLImageElement.prototype.decode;
    HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('bloqueada', 'EncodingError'));
    try {
      boton(el, 'button[data-descarga="png"]').click();
      await esperar(() => !!grafico(el).querySelector('[role="alert"]'));
    } finally {
      HTMLImageElement.prototype.decode = original;
    }
    expect(limpio(grafico(el).querySelector('[role="alert"]')!.textContent)).to.equal('No se pudo generar el archivo PNG en este navegador.');
  });

  it('a 320 px de ancho no desborda la página', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await montar({ src: URL_SEMILLA });
    boton(el, 'button.ver-tabla').click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    // The row label moved above its bars: the track starts at the left edge of the chart.
    const g = grafico(el);
    const etiqueta = g.querySelector('.etiqueta-fila')!.getBoundingClientRect();
    const pista = g.querySelector('svg.pista')!.getBoundingClientRect();
    expect(pista.top).to.be.at.least(etiqueta.bottom - 1);
  });

  it('en inglés', async () => {
    const el = await montar({ src: URL_SEMILLA, lang: 'en' });
    expect(limpio(el.shadowRoot!.querySelector('h2')!.textContent)).to.equal('Compliance and progress by meta');
    expect(limpio(boton(el, 'button.ver-tabla').textContent)).to.equal('Show table');
  });
});

describe('<pdd-avance> de un plan largo: una página de filas a la vez', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(() => {
    document.querySelectorAll('pdd-avance').forEach((e) => e.remove());
    window.dispatchEvent(new Event('afterprint'));
  });
  const raiz = (el: PddAvance) => el.shadowRoot!;
  const conteo = (el: PddAvance) => limpio(raiz(el).querySelector('.conteo-grafico')?.textContent);
  const paso = (el: PddAvance, cual: 'anterior' | 'siguiente') => raiz(el).querySelector<HTMLButtonElement>(`button[data-paso="${cual}"]`)!;
  const codigos = (plan: Plan, desde: number, hasta: number) => resumir(plan).metas.slice(desde, hasta).map((m) => m.codigo);

  it('1.200 metas: 25 por página; el resumen y el CSV las cuentan todas; Siguiente y Anterior con el teclado', async () => {
    const plan = planGrande(semilla, 1200);
    const el = await montar({}, plan);
    const g = grafico(el);
    expect(clavesBarras(g)).to.deep.equal(codigos(plan, 0, 25));
    expect(conteo(el)).to.equal('Mostrando 1–25 de 1.200 metas');
    expect(limpio(g.querySelector('.resumen-grafico')!.textContent)).to.contain('de 1.200 metas');
    expect(limpio(raiz(el).querySelector('nav.paginacion .pagina-de')!.textContent)).to.equal('Página 1 de 48');
    expect(raiz(el).querySelector('nav.paginacion')!.getAttribute('aria-label')).to.equal('Páginas del gráfico: Cumplimiento y avance por meta');

    const siguiente = paso(el, 'siguiente');
    siguiente.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(clavesBarras(g)).to.deep.equal(codigos(plan, 25, 50));
    expect(conteo(el)).to.equal('Mostrando 26–50 de 1.200 metas');
    // The same button, still focused: the reader can keep pressing.
    expect(raiz(el).activeElement).to.equal(siguiente);

    const anterior = paso(el, 'anterior');
    anterior.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(clavesBarras(g)).to.deep.equal(codigos(plan, 0, 25));
    expect(anterior.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(conteo(el)).to.equal('Mostrando 1–25 de 1.200 metas');

    // "Ver tabla" holds the rows of the page, as the bars.
    boton(el, 'button.ver-tabla').click();
    await el.updateComplete;
    expect(clavesTabla(g)).to.deep.equal(clavesBarras(g));
    for (const tema of ['claro', 'oscuro', 'alto-contraste']) {
      el.setAttribute('tema', tema);
      await el.updateComplete;
      expect(await violacionesAxe(el), tema).to.deep.equal([]);
    }

    const csv = await capturarDescarga(() => boton(el, 'button[data-descarga="csv"]').click());
    expect(csvParse((await csv.blob.text()).replace(/^\uFEFF/, '')).map((f) => f['Código'])).to.deep.equal(codigos(plan, 0, 1200));
    // The image is the page, and says so.
    const svg = await capturarDescarga(() => boton(el, 'button[data-descarga="svg"]').click());
    const doc = new DOMParser().parseFromString(await svg.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('title')!.textContent).to.equal('Cumplimiento y avance por meta (Mostrando 1–25 de 1.200 metas)');
  });

  it('el tamaño: «Todas» las dibuja todas; por-pagina="10" empieza con 10; un valor que no ofrece se dice y se usan 25', async () => {
    const plan = planGrande(semilla, 60);
    const el = await montar({}, plan);
    const select = raiz(el).querySelector<HTMLSelectElement>('select#avance-metas-por-pagina')!;
    expect(select.value).to.equal('25');
    select.value = 'todas';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(clavesBarras(grafico(el))).to.have.length(60);
    // The controls stay, so the choice can be undone.
    expect(raiz(el).querySelector('select#avance-metas-por-pagina')).not.to.equal(null);
    expect(conteo(el)).to.equal('Mostrando 1–60 de 60 metas');

    const diez = await montar({ 'por-pagina': '10' }, semilla);
    expect(clavesBarras(grafico(diez))).to.deep.equal(codigos(semilla, 0, 10));
    expect(conteo(diez)).to.equal('Mostrando 1–10 de 18 metas');

    const mal = await montar({ 'por-pagina': '7' }, plan);
    expect(limpio(raiz(mal).querySelector('[role="alert"]')!.textContent)).to.equal(
      'El atributo por-pagina="7" no es un tamaño de página del gráfico. Valores válidos: 10, 25, 50, 100, todas. Se muestran 25.',
    );
    expect(clavesBarras(grafico(mal))).to.have.length(25);
  });

  it('a 320 px de ancho, los controles de página caben sin desbordar y siguen a mano (44 px)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await montar({}, planGrande(semilla, 60));
    const nav = raiz(el).querySelector('nav.paginacion')!;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(nav.getBoundingClientRect().right).to.be.at.most(320);
    for (const c of nav.querySelectorAll('select, button')) expect(c.getBoundingClientRect().height, c.localName).to.be.at.least(44);
    await setViewport({ width: 800, height: 600 });
  });

  it('otras filas (otro plan) vuelven a la primera página; las mismas (otro idioma, un nivel que las tiene todas) conservan la página', async () => {
    const plan = conApuestas(semilla, 40);
    const el = await montar({}, plan);
    paso(el, 'siguiente').click();
    await el.updateComplete;
    expect(conteo(el)).to.equal('Mostrando 26–50 de 80 metas');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(conteo(el)).to.equal('Showing 26–50 of 80 metas');
    el.removeAttribute('lang');
    // The same metas under one componente: the same rows, the same page.
    el.setAttribute('nivel', 'L1.C1');
    await el.updateComplete;
    expect(conteo(el)).to.equal('Mostrando 26–50 de 80 metas');
    el.plan = planGrande(semilla, 70);
    await el.updateComplete;
    expect(conteo(el)).to.equal('Mostrando 1–25 de 70 metas');
  });

  it('las 18 metas de la semilla caben en la primera página: ni controles ni conteo', async () => {
    const el = await montar({ src: URL_SEMILLA });
    expect(clavesBarras(grafico(el))).to.have.length(18);
    expect(raiz(el).querySelector('nav.paginacion, .conteo-grafico')).to.equal(null);
  });

  it('al imprimir, todas las filas y sin controles; después, la página en que estaba', async () => {
    const plan = planGrande(semilla, 60);
    const el = await montar({ lang: 'en' }, plan);
    expect(conteo(el)).to.equal('Showing 1–25 of 60 metas');
    paso(el, 'siguiente').click();
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(clavesBarras(grafico(el))).to.have.length(60);
    expect(raiz(el).querySelector('nav.paginacion')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(clavesBarras(grafico(el))).to.deep.equal(codigos(plan, 25, 50));
  });

  it('por nivel, los niveles también van por páginas («Niveles por página»)', async () => {
    const plan = conApuestas(semilla, 40);
    const el = await montar({ agrupar: 'nivel' }, plan);
    expect(conteo(el)).to.equal('Mostrando 1–25 de 42 niveles');
    expect(limpio(raiz(el).querySelector('nav.paginacion label')!.textContent)).to.contain('Niveles por página');
  });
});

