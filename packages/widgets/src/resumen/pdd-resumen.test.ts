import { expect } from '@esm-bundle/chai';
import { formatearMillones, formatearPorcentaje, resumir, type Plan } from '@tablero-pdd/core';
import './registro.js';
import { csvParse } from 'd3-dsv';
import { capturarDescarga } from '../../../../test/browser/graficos-utilidades.js';
import { esperar, violacionesAxe } from '../../../../test/browser/utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

describe('<pdd-resumen>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(() => document.querySelectorAll('pdd-resumen').forEach((e) => e.remove()));

  it('muestra las cifras que core calcula para el conjunto de datos', async () => {
    const el = document.createElement('pdd-resumen');
    el.setAttribute('src', URL_SEMILLA);
    document.body.append(el);
    await esperar(() => !!el.shadowRoot?.querySelector('.tarjetas'));
    const r = resumir(semilla);
    const texto = el.shadowRoot!.textContent!;
    expect(texto).to.contain(formatearPorcentaje(r.promedio.cumplimiento));
    expect(texto).to.contain(formatearPorcentaje(r.promedio.avance));
    expect(texto).to.contain(formatearMillones(r.inversion.total));
    expect(texto).to.contain('16, 17'); // absent metas are said, not hidden
    // Beneficiaries of different units are listed apart, never added.
    const unidades = [...el.shadowRoot!.querySelectorAll('.unidades li')];
    expect(unidades.length).to.equal(r.beneficiarios.porUnidad.length);
    expect(unidades.length).to.be.greaterThan(1);
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('descarga CSV: cada cifra de las tarjetas con su valor crudo', async () => {
    const el = document.createElement('pdd-resumen');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot?.querySelector('.tarjetas'));
    const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
    expect(d.nombre).to.equal('resumen.csv');
    const lineas = csvParse(await d.blob.text());
    const r = resumir(semilla);
    const valor = (inicio: string) => lineas.find((l) => l['Cifra']!.startsWith(inicio))?.['Valor'];
    expect(Number(valor('Metas reportadas'))).to.equal(r.metasReportadas);
    expect(Number(valor('Cumplimiento promedio'))).to.equal(r.promedio.cumplimiento);
    expect(Number(valor('Avance promedio'))).to.equal(r.promedio.avance);
    expect(Number(valor('Inversión total'))).to.equal(r.inversion.total);
    for (const u of r.beneficiarios.porUnidad) expect(Number(valor(`Beneficiarios: ${u.etiqueta}`))).to.equal(u.total);
    expect(Number(valor('Metas en estado Sobresaliente'))).to.equal(r.conteoBandas.cumplimiento.porEstado['sobresaliente']);
    // Metas without beneficiary data: a line with an empty value that says how many, never a 0.
    expect(lineas.find((l) => l['Cifra'] === 'Beneficiarios')).to.deep.include({ Valor: '', Detalle: '3 metas sin dato reportado' });
  });

  it('nivel: las cifras de una apuesta, sin atribuirle las metas ausentes del plan; un código inexistente se dice', async () => {
    const el = document.createElement('pdd-resumen');
    el.setAttribute('nivel', 'L1.C1.A2');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot?.querySelector('.tarjetas'));
    const rama = { ...semilla, metas: semilla.metas.filter((m) => m.nodo === 'L1.C1.A2') };
    const r = resumir(rama);
    const cifras = [...el.shadowRoot!.querySelectorAll('.cifra')].map((c) => c.textContent!.trim());
    expect(cifras[0]).to.equal(String(rama.metas.length));
    expect(cifras).to.include(formatearMillones(r.inversion.total));
    expect(el.shadowRoot!.textContent).to.not.contain('No reportadas en el informe'); // 16 and 17 name no apuesta
    el.setAttribute('nivel', 'L9');
    await esperar(() => !!el.shadowRoot!.querySelector('p.error[role="alert"]'));
    expect(el.shadowRoot!.querySelector('p.error')!.textContent).to.contain('L1.C1.A4');
  });

  it('el título predeterminado nombra la parte que se muestra; titulo manda; un código inexistente no se nombra', async () => {
    const el = document.createElement('pdd-resumen');
    el.setAttribute('nivel', 'L1.C1.A2');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot?.querySelector('.tarjetas'));
    const h2 = () => el.shadowRoot!.querySelector('h2#titulo')!.textContent!.trim();
    expect(h2()).to.equal('Resumen del avance del plan — 1.1.2 Productividad y competitividad en las empresas');
    // The section's accessible name is the heading: the part is heard too.
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('titulo');
    el.setAttribute('meta', '8');
    el.setAttribute('lang', 'en');
    await esperar(() => h2() === 'Plan progress summary — meta 8');
    el.setAttribute('titulo', 'Apuesta 2');
    await esperar(() => h2() === 'Apuesta 2');
    el.removeAttribute('titulo');
    el.removeAttribute('meta');
    el.setAttribute('nivel', 'L9');
    await esperar(() => !!el.shadowRoot!.querySelector('p.error[role="alert"]'));
    expect(h2()).to.equal('Plan progress summary');
  });

  it('meta: las cifras de una sola meta; un código inexistente se dice con los válidos', async () => {
    const el = document.createElement('pdd-resumen');
    el.setAttribute('meta', '8');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot?.querySelector('.tarjetas'));
    const r = resumir({ ...semilla, metas: semilla.metas.filter((m) => m.codigo === '8'), ausentes: [] });
    const cifras = [...el.shadowRoot!.querySelectorAll('.cifra')].map((c) => c.textContent!.trim());
    expect(cifras[0]).to.equal('1');
    expect(cifras).to.include(formatearMillones(r.inversion.total));
    expect(cifras).to.include(formatearPorcentaje(r.promedio.cumplimiento));
    el.setAttribute('meta', 'X1');
    await esperar(() => !!el.shadowRoot!.querySelector('p.error[role="alert"]'));
    expect(el.shadowRoot!.querySelector('p.error')!.textContent).to.contain('«X1»');
  });

  it('cuenta las metas por estado con texto, no solo color', async () => {
    const el = document.createElement('pdd-resumen');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot?.querySelector('.bandas'));
    const marcas = [...el.shadowRoot!.querySelectorAll('.bandas .marca')];
    expect(marcas.length).to.be.greaterThan(0);
    for (const m of marcas) expect(m.textContent!.trim().length).to.be.greaterThan(2);
  });

  it('con muchas unidades de beneficiarios, su tarjeta ocupa una fila propia y las cifras no se estiran', async () => {
    const el = document.createElement('pdd-resumen');
    el.style.width = '1100px';
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot?.querySelector('.tarjetas'));
    const tarjetas = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tarjetas > .tarjeta')];
    const rejilla = el.shadowRoot!.querySelector('.tarjetas')!.getBoundingClientRect();
    const beneficiarios = tarjetas.at(-1)!;
    expect(beneficiarios.querySelectorAll('.unidades li').length).to.be.greaterThan(3);
    expect(beneficiarios.getBoundingClientRect().width).to.be.closeTo(rejilla.width, 1);
    // The four figures share one row, as tall as the tallest of their contents (plus padding and border).
    const cifras = tarjetas.slice(0, 4);
    expect(new Set(cifras.map((t) => Math.round(t.getBoundingClientRect().top))).size).to.equal(1);
    const necesaria = (t: HTMLElement) => {
      const e = getComputedStyle(t);
      const contenido = [...t.children].reduce((s, c) => s + c.getBoundingClientRect().height, 0);
      return contenido + parseFloat(e.paddingTop) + parseFloat(e.paddingBottom) + 2 * parseFloat(e.borderTopWidth);
    };
    const maxima = Math.max(...cifras.map(necesaria));
    for (const t of cifras) expect(t.getBoundingClientRect().height).to.be.at.most(maxima + 2);
    // The list of units flows in columns at this width.
    const items = [...beneficiarios.querySelectorAll('.unidades li')].map((li) => Math.round(li.getBoundingClientRect().left));
    expect(new Set(items).size).to.be.greaterThan(1);
  });
});
