/**
 * <pdd-metas> with a long plan: pages (size selector and previous / next, with real key presses), the status
 * that says which rows are shown, sort and filter over the whole list, the CSV and print with every filtered
 * row, the whole page drawn in the frame after a click, and the layout at 320 px.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { formatearPorcentaje, leerPlanCsv, resumir, type Plan } from '@tablero-pdd/core';
import '../../packages/widgets/src/metas/registro.js';
import { TAMANO_PAGINA, type PddMetas } from '../../packages/widgets/src/metas/pdd-metas.js';
import { capturarDescarga, limpio } from './graficos-utilidades.js';
import { esperar, planGrande, violacionesAxe } from './utilidades.js';

const T = TAMANO_PAGINA;

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

async function montar(plan: Plan, atributos: Record<string, string> = {}): Promise<PddMetas> {
  const el = document.createElement('pdd-metas');
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  el.plan = plan;
  document.body.append(el);
  await esperar(() => !!el.shadowRoot?.querySelector('.conteo'));
  await el.updateComplete;
  return el;
}

const raiz = (el: PddMetas) => el.shadowRoot!;
const codigos = (el: PddMetas) => [...raiz(el).querySelectorAll('tr.fila')].map((tr) => tr.getAttribute('data-codigo')!);
const conteo = (el: PddMetas) => limpio(raiz(el).querySelector('.conteo')?.textContent);
const boton = (el: PddMetas, paso: 'anterior' | 'siguiente') => raiz(el).querySelector<HTMLButtonElement>(`.pasos button[data-paso="${paso}"]`)!;
const porPagina = (el: PddMetas) => raiz(el).querySelector<HTMLSelectElement>('#por-pagina')!;

/** Presses Tab until `objetivo` has the focus (at most `max` times): the control is reachable by keyboard. */
async function tabularHasta(el: PddMetas, objetivo: Element, max = 60): Promise<void> {
  for (let i = 0; i < max && raiz(el).activeElement !== objetivo; i++) await sendKeys({ press: 'Tab' });
  expect(raiz(el).activeElement, 'alcanzable con Tab').to.equal(objetivo);
}

/** Core's canonical order of a plan's metas (the table's default order). */
const ordenCore = (plan: Plan) => resumir(plan).metas.map((m) => m.codigo);

describe('<pdd-metas> por páginas', () => {
  let semilla: Plan;
  let grande: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
    grande = planGrande(semilla, 1000);
  });
  afterEach(async () => {
    document.querySelectorAll('pdd-metas').forEach((e) => e.remove());
    await resetMouse();
    await emulateMedia({ media: 'screen' });
  });

  it(`un plan corto (18 metas): ${T} por página y dos páginas; con por-pagina="25", una sola y el conteo de siempre`, async () => {
    const el = await montar(semilla);
    expect(codigos(el)).to.have.length(T);
    expect(conteo(el)).to.equal(`Mostrando 1–${T} de ${semilla.metas.length} metas`);
    expect(limpio(raiz(el).querySelector('.pagina-de')!.textContent)).to.equal('Página 1 de 2');
    const entera = await montar(semilla, { 'por-pagina': '25' });
    expect(codigos(entera)).to.have.length(semilla.metas.length);
    expect(conteo(entera)).to.equal(`${semilla.metas.length} de ${semilla.metas.length} metas`);
    // One page: no steps, but the size selector stays, so the reader can still ask for smaller pages.
    expect(raiz(entera).querySelector('.pasos')).to.equal(null);
    expect(porPagina(entera).value).to.equal('25');
  });

  it('Siguiente y Anterior con Tab y Enter: cambian de página, lo anuncian y conservan el foco', async () => {
    const el = await montar(grande);
    const orden = ordenCore(grande);
    expect(codigos(el)).to.deep.equal(orden.slice(0, TAMANO_PAGINA));
    expect(conteo(el)).to.equal(`Mostrando 1–${T} de 1.000 metas`);
    expect(raiz(el).querySelector('.conteo')!.getAttribute('role')).to.equal('status');
    expect(boton(el, 'anterior').getAttribute('aria-disabled')).to.equal('true');

    raiz(el).querySelector<HTMLInputElement>('#buscar')!.focus();
    const siguiente = boton(el, 'siguiente');
    await tabularHasta(el, siguiente);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(codigos(el)).to.deep.equal(orden.slice(T, 2 * T));
    expect(conteo(el)).to.equal(`Mostrando ${T + 1}–${2 * T} de 1.000 metas`);
    expect(limpio(raiz(el).querySelector('.pagina-de')!.textContent)).to.equal(`Página 2 de ${1000 / T}`);
    expect(raiz(el).activeElement, 'el foco sigue en Siguiente').to.equal(siguiente);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(conteo(el)).to.equal(`Mostrando ${2 * T + 1}–${3 * T} de 1.000 metas`);

    const anterior = boton(el, 'anterior');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(raiz(el).activeElement).to.equal(anterior);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(conteo(el)).to.equal(`Mostrando 1–${T} de 1.000 metas`);
    // At the first page "Anterior" stays focusable (aria-disabled) and does nothing.
    expect(anterior.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(conteo(el)).to.equal(`Mostrando 1–${T} de 1.000 metas`);
    expect(raiz(el).activeElement).to.equal(anterior);
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('con un filtro, la última página tiene el resto de las filas y Siguiente ya no avanza', async () => {
    const el = await montar(grande);
    el.filtro = 'rondas'; // a word of some of the seed's names, repeated through the 1,000
    await el.updateComplete;
    const total = Number(conteo(el).match(/de ([\d.]+) metas/)![1]!.replace(/\./g, ''));
    const conNombre = grande.metas.filter((m) => /rondas/i.test(m.nombre)).length;
    expect(total).to.be.at.least(conNombre).and.to.be.lessThan(1000);
    expect(total).to.be.greaterThan(TAMANO_PAGINA);
    expect(total % TAMANO_PAGINA, 'una última página incompleta').to.not.equal(0);
    const paginas = Math.ceil(total / TAMANO_PAGINA);
    for (let i = 1; i < paginas; i++) {
      boton(el, 'siguiente').click();
      await el.updateComplete;
    }
    expect(boton(el, 'siguiente').getAttribute('aria-disabled')).to.equal('true');
    const ultima = codigos(el);
    expect(ultima).to.have.length(total - (paginas - 1) * TAMANO_PAGINA);
    boton(el, 'siguiente').click();
    await el.updateComplete;
    expect(codigos(el)).to.deep.equal(ultima);
  });

  it('el selector de metas por página con el teclado: 25, 50, 100 y todas; vuelve a la página 1', async () => {
    const el = await montar(grande);
    boton(el, 'siguiente').click();
    await el.updateComplete;
    expect(conteo(el)).to.equal(`Mostrando ${T + 1}–${2 * T} de 1.000 metas`);
    raiz(el).querySelector<HTMLInputElement>('#buscar')!.focus();
    const select = porPagina(el);
    await tabularHasta(el, select);
    expect(select.value).to.equal(String(T));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('25');
    expect(conteo(el)).to.equal('Mostrando 1–25 de 1.000 metas');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('50');
    expect(conteo(el)).to.equal('Mostrando 1–50 de 1.000 metas');
    expect(codigos(el)).to.have.length(50);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(codigos(el)).to.have.length(100);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('todas');
    expect(codigos(el)).to.have.length(1000);
    expect(conteo(el)).to.equal('1.000 de 1.000 metas');
    expect(raiz(el).querySelector('.pasos')).to.equal(null);
  });

  it('ordenar aplica a toda la lista y vuelve a la página 1', async () => {
    const el = await montar(grande);
    boton(el, 'siguiente').click();
    boton(el, 'siguiente').click();
    await el.updateComplete;
    expect(conteo(el)).to.equal(`Mostrando ${2 * T + 1}–${3 * T} de 1.000 metas`);
    const orden = raiz(el).querySelector<HTMLButtonElement>('th[data-columna="cumplimiento"] button')!;
    orden.click();
    await el.updateComplete;
    orden.click(); // descending: the page shows the highest of the 1,000, not of the page that was shown
    await el.updateComplete;
    expect(conteo(el)).to.equal(`Mostrando 1–${T} de 1.000 metas`);
    const r = resumir(grande);
    const esperado = r.metas
      .map((m, i) => ({ m, i }))
      .filter((x) => x.m.cumplimiento.valor !== null)
      .sort((a, b) => b.m.cumplimiento.valor! - a.m.cumplimiento.valor! || a.i - b.i)
      .map((x) => x.m.codigo);
    expect(codigos(el)).to.deep.equal(esperado.slice(0, TAMANO_PAGINA));
  });

  it('filtrar busca en toda la lista y vuelve a la página 1', async () => {
    const el = await montar(grande);
    for (let i = 0; i < 3; i++) boton(el, 'siguiente').click();
    await el.updateComplete;
    expect(conteo(el)).to.equal(`Mostrando ${3 * T + 1}–${4 * T} de 1.000 metas`);
    raiz(el).querySelector<HTMLInputElement>('#buscar')!.focus();
    await sendKeys({ type: '999' });
    await el.updateComplete;
    expect(codigos(el)).to.deep.equal(['999']);
    expect(conteo(el)).to.equal('1 de 1.000 metas');
  });

  it('tras un clic la página entera, ya ordenada, está en el cuadro siguiente (nada queda para después)', async () => {
    const el = await montar(grande);
    const antes = codigos(el);
    raiz(el).querySelector<HTMLButtonElement>('th[data-columna="avance"] button')!.click();
    // The next frame (rAF, then a task: after it is painted), with no await of updateComplete in between.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(el.isUpdatePending, 'ninguna actualización pendiente').to.equal(false);
    const r = resumir(grande);
    const esperado = r.metas
      .map((m, i) => ({ m, i }))
      .filter((x) => x.m.avance.valor !== null)
      .sort((a, b) => a.m.avance.valor! - b.m.avance.valor! || a.i - b.i)
      .map((x) => x.m.codigo);
    expect(codigos(el)).to.deep.equal(esperado.slice(0, TAMANO_PAGINA));
    expect(codigos(el)).to.not.deep.equal(antes);
    // A page change too: the rows of page 2 in that frame, each with its cells.
    boton(el, 'siguiente').click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(codigos(el)).to.deep.equal(esperado.slice(TAMANO_PAGINA, 2 * TAMANO_PAGINA));
    expect(raiz(el).querySelectorAll('tr.fila > td, tr.fila > th')).to.have.length(7 * TAMANO_PAGINA);
  });

  it('tras ordenar, cada fila dice lo de su meta: cifra, marca, su botón y el detalle abierto bajo su fila', async () => {
    const el = await montar(grande);
    const r = resumir(grande);
    const porCodigo = new Map(r.metas.map((m) => [m.codigo, m]));
    const orden = raiz(el).querySelector<HTMLButtonElement>('th[data-columna="cumplimiento"] button')!;
    orden.click();
    await el.updateComplete;
    // Open the 4th row of the ascending order: off the page when descending, back at its place after.
    const abierta = codigos(el)[3]!;
    raiz(el).querySelector<HTMLButtonElement>(`tr.fila[data-codigo="${abierta}"] button.abrir`)!.click();
    await el.updateComplete;
    for (let vez = 0; vez < 2; vez++) {
      orden.click(); // descending, then ascending
      await el.updateComplete;
      for (const tr of raiz(el).querySelectorAll<HTMLElement>('tr.fila')) {
        const codigo = tr.dataset.codigo!;
        const m = porCodigo.get(codigo)!;
        const pct = tr.querySelector('td[data-columna="cumplimiento"] .cifra');
        expect(limpio(pct?.textContent) || null, codigo).to.equal(m.cumplimiento.valor === null ? null : limpio(formatearPorcentaje(m.cumplimiento.valor)));
        expect(tr.querySelector('td[data-columna="cumplimiento"] .marca')!.getAttribute('data-estado'), codigo).to.equal(m.bandaCumplimiento.id);
        const abrir = tr.querySelector<HTMLButtonElement>('button.abrir')!;
        expect(abrir.dataset.codigo).to.equal(codigo);
        expect(limpio(abrir.textContent)).to.contain(codigo);
        expect(abrir.getAttribute('aria-expanded'), codigo).to.equal(codigo === abierta ? 'true' : 'false');
      }
      // The open detail stays with its meta (or leaves with it): never under another meta's row.
      const detalles = [...raiz(el).querySelectorAll<HTMLElement>('tr.detalle')];
      const enPagina = codigos(el).includes(abierta);
      expect(enPagina).to.equal(vez === 1);
      expect(detalles.map((d) => d.dataset.codigo)).to.deep.equal(enPagina ? [abierta] : []);
      if (enPagina) expect((detalles[0]!.previousElementSibling as HTMLElement).dataset.codigo).to.equal(abierta);
    }
  });

  it('el CSV de una tabla filtrada y en otra página trae TODAS las filas filtradas, en su orden', async () => {
    const el = await montar(grande, { filtro: '7' });
    const orden = raiz(el).querySelector<HTMLButtonElement>('th[data-columna="codigo"] button')!;
    orden.click();
    await el.updateComplete;
    orden.click(); // descending
    await el.updateComplete;
    boton(el, 'siguiente').click();
    await el.updateComplete;
    const total = Number(conteo(el).match(/de ([\d.]+) metas/)![1]!.replace(/\./g, ''));
    expect(total).to.be.greaterThan(2 * TAMANO_PAGINA);
    expect(codigos(el)).to.have.length(TAMANO_PAGINA);
    const csv = [...raiz(el).querySelectorAll<HTMLButtonElement>('.barra button')].find((b) => /CSV/.test(b.textContent ?? ''))!;
    const d = await capturarDescarga(() => csv.click());
    const leido = leerPlanCsv(await d.blob.text());
    expect(leido.ok).to.equal(true);
    if (!leido.ok) return;
    const enCsv = leido.plan.metas.map((m) => m.codigo);
    expect(enCsv).to.have.length(total);
    // Every meta whose code contains 7 (the code is one of the searched texts), in descending code order.
    const conSiete = enCsv.filter((c) => c.includes('7'));
    expect(conSiete.length).to.be.greaterThan(2 * TAMANO_PAGINA);
    const numeros = enCsv.map(Number);
    expect(numeros).to.deep.equal([...numeros].sort((a, b) => b - a));
    // The page on screen is a slice of the file: its second page.
    expect(codigos(el)).to.deep.equal(enCsv.slice(T, 2 * T));
  });

  it('al imprimir muestra todas las filas filtradas, sin los controles de página; después vuelve a la página', async () => {
    const el = await montar(grande);
    el.filtro = '5';
    await el.updateComplete;
    const total = Number(conteo(el).match(/de ([\d.]+) metas/)![1]!.replace(/\./g, ''));
    expect(total).to.be.greaterThan(TAMANO_PAGINA);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(codigos(el)).to.have.length(total);
    expect(getComputedStyle(raiz(el).querySelector<HTMLElement>('.paginacion')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(codigos(el)).to.have.length(TAMANO_PAGINA);
  });

  it('en papel A4 vertical imprime la tabla (no tarjetas), sin salirse del ancho; en una columna angosta, tarjetas', async () => {
    const el = await montar(semilla);
    const fila = () => raiz(el).querySelector<HTMLElement>('tr.fila')!;
    const region = () => raiz(el).querySelector<HTMLElement>('.desplazable')!;
    try {
      // A4 portrait with Chromium's default margins: about 718 CSS px of width.
      el.style.width = '718px';
      await emulateMedia({ media: 'screen' });
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(fila()).display, 'pantalla').to.equal('block');
      await emulateMedia({ media: 'print' });
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(fila()).display, 'papel').to.equal('table-row');
      expect(region().scrollWidth, 'nada se corta a la derecha').to.be.at.most(region().clientWidth + 1);
      el.style.width = '500px';
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(fila()).display, 'columna angosta en papel').to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('a 320 px: la paginación cabe, sus botones se pueden tocar y no hay violaciones', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await montar(grande);
      el.style.width = '320px';
      boton(el, 'siguiente').click();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const nav = raiz(el).querySelector<HTMLElement>('.paginacion')!;
      expect(nav.scrollWidth).to.be.at.most(nav.clientWidth + 1);
      expect(nav.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
      for (const b of nav.querySelectorAll<HTMLElement>('button, select')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
      // A real tap on "Siguiente" at this width.
      boton(el, 'siguiente').scrollIntoView({ block: 'center' });
      const c = boton(el, 'siguiente').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(c.x + c.width / 2), Math.round(c.y + c.height / 2)] });
      await el.updateComplete;
      expect(conteo(el)).to.equal(`Mostrando ${2 * T + 1}–${3 * T} de 1.000 metas`);
      for (const tema of ['claro', 'oscuro', 'alto-contraste']) {
        el.setAttribute('tema', tema);
        await el.updateComplete;
        expect(await violacionesAxe(el), tema).to.deep.equal([]);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('habla inglés con lang="en"', async () => {
    const el = await montar(grande, { lang: 'en' });
    expect(conteo(el)).to.equal(`Showing 1–${T} of 1,000 metas`);
    el.filtro = '7';
    await el.updateComplete;
    expect(conteo(el)).to.match(new RegExp(`^Showing 1–${T} of [\\d,]+ metas \\(filtered from 1,000\\)$`));
    expect(boton(el, 'siguiente').getAttribute('aria-label')).to.equal('Next page');
  });

  it('por-pagina fija el tamaño inicial; el lector aún puede cambiarlo; un valor inválido se avisa y deja el predeterminado', async () => {
    const orden = ordenCore(grande);
    const el = await montar(grande, { 'por-pagina': '50' });
    expect(codigos(el)).to.deep.equal(orden.slice(0, 50));
    expect(porPagina(el).value).to.equal('50');
    expect(conteo(el)).to.equal('Mostrando 1–50 de 1.000 metas');
    porPagina(el).value = '100';
    porPagina(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(codigos(el)).to.have.length(100);
    el.setAttribute('por-pagina', 'Todas');
    await el.updateComplete;
    expect(codigos(el)).to.have.length(1000);
    expect(raiz(el).querySelector('[role="alert"]')).to.equal(null);

    const mal = await montar(grande, { 'por-pagina': '7' });
    expect(codigos(mal)).to.deep.equal(orden.slice(0, TAMANO_PAGINA));
    expect(limpio(raiz(mal).querySelector('[role="alert"]')?.textContent)).to.contain('por-pagina="7"');
    expect(await violacionesAxe(mal)).to.deep.equal([]);
  });
});
