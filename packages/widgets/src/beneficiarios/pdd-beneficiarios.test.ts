import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { csvParse } from 'd3-dsv';
import { formatearNumero, resumir, type Plan } from '@tablero-pdd/core';
import './registro.js';
import type { PddBeneficiarios } from './pdd-beneficiarios.js';
import { esperar, violacionesAxe } from '../../../../test/browser/utilidades.js';
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

async function montar(atributos: Record<string, string>, plan?: Plan): Promise<PddBeneficiarios> {
  const el = document.createElement('pdd-beneficiarios');
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  if (plan) el.plan = plan;
  document.body.append(el);
  await esperar(() => !!el.shadowRoot?.querySelector('.grafico, p.estado:not([role])'));
  return el;
}
const graficos = (el: PddBeneficiarios) => [...el.shadowRoot!.querySelectorAll('.grafico')];
const notas = (el: PddBeneficiarios) => limpio(el.shadowRoot!.querySelector('.notas-grafico')?.textContent);

describe('<pdd-beneficiarios>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(async () => {
    document.querySelectorAll('pdd-beneficiarios').forEach((e) => e.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it('por grupo: los grupos y valores de core, sin total de grupos, y dice que se superponen', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const b = resumir(semilla).beneficiarios;
    const unidades = new Set(b.porGrupo.map((g) => g.unidad));
    const gs = graficos(el);
    expect(gs.length).to.equal(unidades.size);
    const g = gs[0]!;
    const grupos = b.porGrupo.filter((x) => x.unidad === b.porGrupo[0]!.unidad);
    expect(clavesBarras(g)).to.deep.equal(grupos.map((x) => x.grupo));
    const max = Math.max(...grupos.map((x) => x.valor));
    for (const x of grupos) {
      expect(valoresFila(g, x.grupo)).to.deep.equal([formatearNumero(x.valor)]);
      expect(largoBarra(pistasFila(g, x.grupo)[0]!)).to.be.closeTo((x.valor / max) * 100, 0.01);
    }
    expect(limpio(g.querySelector('figcaption')!.textContent)).to.contain(grupos[0]!.etiquetaUnidad);
    expect(limpio(g.textContent)).to.contain('Los grupos se superponen');
    // No total of groups: not in the bars, not in the table.
    const suma = grupos.reduce((s, x) => s + x.valor, 0);
    expect(limpio(g.textContent)).not.to.contain(formatearNumero(suma));
    g.querySelector<HTMLButtonElement>('button.ver-tabla')!.click();
    await el.updateComplete;
    expect(clavesTabla(g)).to.deep.equal(clavesBarras(g));
    expect(limpio(g.querySelector('table')!.textContent)).not.to.match(/\bTotal\b/);
  });

  it('"sin dato reportado" y "no aplica" se listan aparte, nunca como 0; un 0 reportado también se dice', async () => {
    const plan = structuredClone(semilla);
    plan.metas[0]!.beneficiarios = { ...plan.metas[0]!.beneficiarios, estado: 'reportado', total: 0 };
    const el = await montar({}, plan);
    const b = resumir(plan).beneficiarios;
    expect(b.sinDato.length).to.be.greaterThan(0);
    expect(b.noAplica.length).to.be.greaterThan(0);
    const n = notas(el);
    expect(n).to.contain(`Sin dato reportado (${b.sinDato.length} metas; no se cuentan como 0): ${b.sinDato.join(', ')}.`);
    expect(n).to.contain(`No aplica (${b.noAplica.length} metas): ${b.noAplica.join(', ')}.`);
    expect(n).to.contain(`Reportaron 0 beneficiarios (1 meta): ${plan.metas[0]!.codigo}.`);
  });

  it('grupos en dos unidades: un gráfico por unidad, cada uno con su escala', async () => {
    const plan = structuredClone(semilla);
    const emp = plan.metas.find((m) => m.beneficiarios.unidad === 'empresarios')!;
    emp.beneficiarios.grupos = [{ grupo: 'mujeres', valor: 30 }];
    const el = await montar({}, plan);
    const b = resumir(plan).beneficiarios;
    const gs = graficos(el);
    expect(gs.length).to.equal(2);
    const titulos = gs.map((g) => limpio(g.querySelector('figcaption')!.textContent));
    expect(titulos.some((x) => x.endsWith('en empresarios'))).to.equal(true);
    const g = gs.find((x) => limpio(x.querySelector('figcaption')!.textContent).endsWith('en empresarios'))!;
    expect(clavesBarras(g)).to.deep.equal(b.porGrupo.filter((x) => x.unidad === 'empresarios').map((x) => x.grupo));
    // Its only bar fills its own scale.
    expect(largoBarra(pistasFila(g, 'mujeres')[0]!)).to.equal(100);
    // Ids stay unique inside the shadow root.
    const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('por="unidad": los totales por unidad de core, sin sumar unidades', async () => {
    const el = await montar({ src: URL_SEMILLA, por: 'unidad' });
    const b = resumir(semilla).beneficiarios;
    const g = graficos(el)[0]!;
    expect(clavesBarras(g)).to.deep.equal(b.porUnidad.map((u) => u.unidad));
    for (const u of b.porUnidad) expect(valoresFila(g, u.unidad)).to.deep.equal([formatearNumero(u.total)]);
    expect(limpio(g.textContent)).not.to.contain(formatearNumero(b.porUnidad.reduce((s, u) => s + u.total, 0)));
  });

  it('nivel: los beneficiarios de la rama, por unidad', async () => {
    const el = await montar({ src: URL_SEMILLA, por: 'unidad', nivel: 'L1.C1.A4' });
    const b = resumir({ ...semilla, metas: semilla.metas.filter((m) => m.nodo === 'L1.C1.A4') }).beneficiarios;
    const g = graficos(el)[0]!;
    expect(clavesBarras(g)).to.deep.equal(b.porUnidad.map((u) => u.unidad));
    for (const u of b.porUnidad) expect(valoresFila(g, u.unidad)).to.deep.equal([formatearNumero(u.total)]);
    expect(b.porUnidad.length).to.be.lessThan(resumir(semilla).beneficiarios.porUnidad.length);
  });

  it('meta: los grupos de una sola meta; un código que el plan no tiene se dice con los válidos', async () => {
    const el = await montar({ src: URL_SEMILLA, meta: '15' });
    const b = resumir({ ...semilla, metas: semilla.metas.filter((m) => m.codigo === '15') }).beneficiarios;
    expect(b.porGrupo.length).to.be.greaterThan(1);
    const g = graficos(el)[0]!;
    expect(clavesBarras(g)).to.deep.equal(b.porGrupo.map((x) => x.grupo));
    for (const x of b.porGrupo) expect(valoresFila(g, x.grupo)).to.deep.equal([formatearNumero(x.valor)]);
    el.setAttribute('meta', '99');
    await esperar(() => !!el.shadowRoot!.querySelector('p.error[role="alert"]'));
    const alerta = limpio(el.shadowRoot!.querySelector('p.error')!.textContent);
    expect(alerta).to.contain('«99» (atributo meta)');
    expect(alerta).to.contain('15, 18, 19, 20');
  });

  it('sin grupos reportados lo dice (y sigue listando las metas sin dato)', async () => {
    const plan = structuredClone(semilla);
    for (const m of plan.metas) m.beneficiarios.grupos = [];
    const el = await montar({}, plan);
    expect(graficos(el)).to.have.length(0);
    expect(limpio(el.shadowRoot!.textContent)).to.contain('Ninguna meta reporta beneficiarios por grupo poblacional');
    expect(notas(el)).to.contain('Sin dato reportado');
  });

  it('teclado, axe con la tabla a la vista en tres temas, CSV y SVG', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const g = graficos(el)[0]!;
    const ver = g.querySelector<HTMLButtonElement>('button.ver-tabla')!;
    ver.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(ver.getAttribute('aria-expanded')).to.equal('true');
    for (const tema of ['claro', 'oscuro', 'alto-contraste']) {
      el.setAttribute('tema', tema);
      await el.updateComplete;
      expect(await violacionesAxe(el), tema).to.deep.equal([]);
    }
    const b = resumir(semilla).beneficiarios;
    const d = await capturarDescarga(() => g.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
    expect(d.nombre).to.equal('beneficiarios-grupo-1.csv');
    const filas = csvParse((await d.blob.text()).replace(/^\uFEFF/, ''));
    const grupos = b.porGrupo.filter((x) => x.unidad === b.porGrupo[0]!.unidad);
    expect(filas.map((f) => [f['Grupo poblacional'], Number(f['Beneficiarios'])])).to.deep.equal(grupos.map((x) => [x.etiqueta.es, x.valor]));
    const s = await capturarDescarga(() => g.querySelector<HTMLButtonElement>('button[data-descarga="svg"]')!.click());
    const doc = new DOMParser().parseFromString(await s.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('desc')!.textContent).to.contain('Los grupos se superponen');
  });

  it('a 320 px de ancho no desborda la página', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await montar({ src: URL_SEMILLA });
    graficos(el)[0]!.querySelector<HTMLButtonElement>('button.ver-tabla')!.click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
  });
});
