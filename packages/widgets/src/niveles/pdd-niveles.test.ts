import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { consolidarNiveles, formatearPorcentaje, resumir, type Plan } from '@tablero-pdd/core';
import './registro.js';
import type { PddNiveles } from './pdd-niveles.js';
import { csvParse } from 'd3-dsv';
import { capturarDescarga } from '../../../../test/browser/graficos-utilidades.js';
import { esperar, violacionesAxe } from '../../../../test/browser/utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';
const URL_CHIA = '/demo/data/chia-25175.json';

async function montar(atributos: Record<string, string>, plan?: Plan): Promise<PddNiveles> {
  const el = document.createElement('pdd-niveles');
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  if (plan) el.plan = plan;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const filas = (el: PddNiveles) => [...el.shadowRoot!.querySelectorAll('tbody tr')];

describe('<pdd-niveles>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(() => document.querySelectorAll('pdd-niveles').forEach((e) => e.remove()));

  it('llena la tabla que el informe dejó vacía con las cifras de core', async () => {
    const el = await montar({ src: URL_SEMILLA });
    await esperar(() => filas(el).length > 0);
    const esperado = consolidarNiveles(semilla);
    expect(filas(el)).to.have.length(esperado.filas.length + 1); // + the whole plan
    const apuesta = esperado.filas.find((f) => f.nombre?.startsWith('Productividad'))!;
    const fila = el.shadowRoot!.querySelector(`tr[data-codigo="${apuesta.codigo}"]`)!;
    const celdas = [...fila.querySelectorAll('td')].map((td) => td.textContent!.replace(/[ \t\n]+/g, ' ').trim());
    expect(celdas[1]).to.contain(formatearPorcentaje(apuesta.cumplimiento));
    expect(celdas[2]).to.contain(formatearPorcentaje(apuesta.avance));
    // The línea and componente the report does not name are shown as unnamed, never invented.
    expect(el.shadowRoot!.textContent).to.contain('sin nombre en el informe');
    expect(el.shadowRoot!.textContent).to.contain('Promedio simple');
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('descarga CSV: cada fila de la rama, también las contraídas, y el total; sin dato es vacío, no 0', async () => {
    const chia = (await (await fetch(URL_CHIA)).json()) as Plan;
    const el = await montar({}, chia);
    await esperar(() => filas(el).length > 0);
    const esperado = resumir(chia).niveles; // what the widget shows
    expect(filas(el).length).to.be.lessThan(esperado.filas.length + 1); // a long plan opens partly
    const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
    expect(d.nombre).to.equal('niveles.csv');
    const lineas = csvParse(await d.blob.text());
    expect(lineas.map((l) => l['Código'])).to.deep.equal([...esperado.filas.map((f) => f.codigo), '']);
    const col = Object.keys(lineas[0]!).find((k) => k.startsWith('Cumplimiento ejecutado'))!;
    esperado.filas.forEach((f, i) => {
      const celda = lineas[i]![col]!;
      if (f.cumplimiento === null) expect(celda).to.equal('');
      else expect(Number(celda)).to.equal(f.cumplimiento);
      expect(lineas[i]![`Estado: ${col}`]).to.equal(f.cumplimiento === null ? '' : f.bandaCumplimiento.nombre.es);
      expect(Number(lineas[i]!['Metas'])).to.equal(f.metas);
    });
    expect(lineas.at(-1)!['Nivel del plan']).to.equal('Todo el plan');
    expect(Number(lineas.at(-1)![col])).to.equal(esperado.total.cumplimiento);
    expect(esperado.filas.some((f) => f.cumplimiento === null)).to.equal(true); // the empty cell was exercised
  });

  it('se contrae y expande con el teclado', async () => {
    const el = await montar({}, semilla);
    await esperar(() => filas(el).length > 0);
    const antes = filas(el).length;
    const boton = el.shadowRoot!.querySelector<HTMLButtonElement>('button.expandir')!;
    boton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(boton.getAttribute('aria-expanded')).to.equal('false');
    expect(filas(el).length).to.be.lessThan(antes);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(filas(el).length).to.equal(antes);
  });

  it('muestra solo una rama con el atributo nivel, y habla inglés con lang="en"', async () => {
    const el = await montar({ nivel: 'L1.C1.A4', lang: 'en' }, semilla);
    await esperar(() => filas(el).length > 0);
    expect(filas(el)).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.contain('Four-year progress');
    expect(el.shadowRoot!.textContent).not.to.contain('Avance frente al cuatrienio');
    // One apuesta alone: nothing to expand or collapse, and its row starts at the margin (not three levels in).
    expect(el.shadowRoot!.querySelectorAll('.acciones button:not([data-descarga])').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('button.expandir')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.nombre-nodo')!.textContent!.trimStart().startsWith('1.1.4')).to.equal(true);
  });

  it('una rama con hijos (un componente) se abre desde el margen y ofrece expandir y contraer', async () => {
    const el = await montar({ nivel: 'L1.C1' }, semilla);
    await esperar(() => filas(el).length > 0);
    expect(filas(el).length).to.be.greaterThan(1);
    expect(el.shadowRoot!.querySelectorAll('.acciones button:not([data-descarga])').length).to.equal(2);
    // Indentation is em spaces (U+2003), one per level below the branch's node.
    const sangria = (i: number) => (el.shadowRoot!.querySelectorAll('.nombre-nodo')[i]!.textContent!.match(/\u2003/gu) ?? []).length;
    expect(sangria(0)).to.equal(0);
    expect(sangria(1)).to.equal(1);
  });

  it('declara el método de ponderación elegido', async () => {
    const el = await montar({ metodo: 'inversion' }, semilla);
    await esperar(() => filas(el).length > 0);
    expect(el.shadowRoot!.querySelector('.metodo')!.textContent).to.contain('inversión');
  });

  it('un plan largo abre los niveles que caben en 40 filas; «Expandir todo», «Contraer todo» y el teclado abren el resto', async () => {
    const chia = (await (await fetch(URL_CHIA)).json()) as Plan;
    const esperado = consolidarNiveles(chia).filas;
    const porNivel = (p: number) => esperado.filter((f) => f.profundidad === p).length;
    const el = await montar({}, chia);
    await esperar(() => filas(el).length > 0);
    // Líneas and sectores (7 + 25 for Chía), each sector closed, and the whole plan's row.
    const iniciales = porNivel(0) + porNivel(1);
    expect(iniciales).to.be.at.most(40);
    expect(filas(el)).to.have.length(iniciales + 1);
    const mostradas = el.shadowRoot!.querySelector('.mostradas')!.textContent!.replace(/\s+/g, ' ');
    expect(mostradas).to.contain(`Se muestran ${iniciales} de ${esperado.length} filas`);
    expect(await violacionesAxe(el)).to.deep.equal([]);

    const [expandir, contraer] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.acciones button')];
    expandir!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(filas(el)).to.have.length(esperado.length + 1);
    expect(el.shadowRoot!.querySelector('.mostradas')).to.equal(null);

    contraer!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(filas(el)).to.have.length(porNivel(0) + 1);

    // One línea opened with the keyboard: its own children appear, closed.
    const linea = el.shadowRoot!.querySelector<HTMLButtonElement>('button.expandir')!;
    const codigo = linea.closest('tr')!.dataset.codigo!;
    linea.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const hijos = esperado.filter((f) => f.padre === codigo).length;
    expect(filas(el)).to.have.length(porNivel(0) + hijos + 1);
    expect(linea.getAttribute('aria-expanded')).to.equal('true');
  });

  it('al imprimir muestra todas las filas, y después vuelve a como estaba', async () => {
    const chia = (await (await fetch(URL_CHIA)).json()) as Plan;
    const total = consolidarNiveles(chia).filas.length;
    const el = await montar({}, chia);
    await esperar(() => filas(el).length > 0);
    const antes = filas(el).length;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(filas(el)).to.have.length(total + 1);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(filas(el)).to.have.length(antes);
  });
});
