import { expect } from '@esm-bundle/chai';
import {
  GRUPOS_CANONICOS,
  formatearMillones,
  formatearNumero,
  formatearPorcentaje,
  leerPlanCsv,
  nombreMunicipio,
  resumir,
  type Plan,
  type ResumenMeta,
} from '@tablero-pdd/core';
import './registro.js';
import type { PddFicha } from './pdd-ficha.js';
import { capturarDescarga } from '../../../../test/browser/graficos-utilidades.js';
import { esperar, violacionesAxe } from '../../../../test/browser/utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

async function montar(atributos: Record<string, string>, plan?: Plan): Promise<PddFicha> {
  const el = document.createElement('pdd-ficha');
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  if (plan) el.plan = plan;
  document.body.append(el);
  await esperar(() => !!el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]'));
  await el.updateComplete;
  return el;
}

const limpio = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const texto = (el: PddFicha, selector: string) => limpio(el.shadowRoot!.querySelector(selector)?.textContent);

function textoBeneficiarios(b: ResumenMeta['beneficiarios']): string {
  if (b.estado === 'no_aplica') return 'no aplica';
  if (b.estado === 'sin_dato' || b.total === null) return 'sin dato reportado';
  return `${formatearNumero(b.total)} ${b.unidad}`;
}

describe('<pdd-ficha>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(() => document.querySelectorAll('pdd-ficha').forEach((e) => e.remove()));

  it('cada meta de la semilla se muestra sin error, con las cifras de core', async () => {
    const r = resumir(semilla);
    const p = `${r.periodo.desde}–${r.periodo.hasta}`;
    for (const m of r.metas) {
      const el = await montar({ meta: m.codigo }, semilla);
      const raiz = el.shadowRoot!;
      expect(raiz.querySelector('[role="alert"]'), m.codigo).to.equal(null);
      expect(texto(el, 'h2'), m.codigo).to.equal(`Meta # ${m.codigo}: ${limpio(m.nombre)}`);
      const cumplimiento = texto(el, '[data-cifra="cumplimiento"]');
      const avance = texto(el, '[data-cifra="avance"]');
      if (m.cumplimiento.valor !== null) expect(cumplimiento, m.codigo).to.contain(limpio(formatearPorcentaje(m.cumplimiento.valor)));
      expect(cumplimiento, m.codigo).to.contain(m.bandaCumplimiento.nombre.es).and.to.contain(p);
      if (m.avance.valor !== null) expect(avance, m.codigo).to.contain(limpio(formatearPorcentaje(m.avance.valor)));
      expect(avance, m.codigo).to.contain(m.bandaAvance.nombre.es).and.to.contain('cuatrienio');
      expect(texto(el, '[part="bloque"]:nth-of-type(2) .cifra-grande'), m.codigo).to.equal(
        limpio(formatearMillones(m.inversion, { sinDato: 'sin dato reportado' })),
      );
      expect(texto(el, '[data-beneficiarios]'), m.codigo).to.equal(textoBeneficiarios(m.beneficiarios));
      for (const seccion of ['Ejecución', 'Impacto', 'Localización']) expect(limpio(raiz.textContent), m.codigo).to.contain(seccion);
      el.remove();
    }
  });

  it('meta 8: la inversión con sus fuentes tal como las escribió el informe, y los lugares por su nombre DIVIPOLA', async () => {
    const el = await montar({ meta: '8' }, semilla);
    const meta = semilla.metas.find((m) => m.codigo === '8')!;
    const fuentes = [...el.shadowRoot!.querySelectorAll('ul.fuentes li')].map((li) => limpio(li.textContent));
    expect(fuentes).to.have.length(meta.inversion.length);
    meta.inversion.forEach((e, i) => {
      expect(fuentes[i]).to.contain(limpio(formatearMillones(e.valor)));
      expect(fuentes[i]).to.contain(e.texto ?? 'Sin especificar');
    });
    expect(texto(el, '.bloque:nth-of-type(2) .cifra-grande')).to.equal(limpio(formatearMillones(12_972_000_000)));
    const lugares = [...el.shadowRoot!.querySelectorAll('ul.municipios li')].map((li) => limpio(li.textContent).toLocaleLowerCase('es'));
    expect(lugares).to.deep.equal(meta.municipios.codigos.map((c) => nombreMunicipio(c)!.toLocaleLowerCase('es')));
    expect(limpio(el.shadowRoot!.textContent)).to.contain(meta.bpin[0]!);
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('beneficiarios: grupos con su nombre; sin dato, no aplica y 0 se distinguen', async () => {
    const meta15 = semilla.metas.find((m) => m.codigo === '15')!;
    const el = await montar({ meta: '15' }, semilla);
    const grupos = [...el.shadowRoot!.querySelectorAll('ul.grupos li')].map((li) => limpio(li.textContent));
    expect(grupos).to.deep.equal(
      meta15.beneficiarios.grupos.map((g) => `${GRUPOS_CANONICOS[g.grupo as keyof typeof GRUPOS_CANONICOS].es}: ${formatearNumero(g.valor)}`),
    );
    const plan = structuredClone(semilla);
    plan.metas.find((m) => m.codigo === '2')!.beneficiarios = { estado: 'reportado', total: 0, unidad: 'ciudadanos', grupos: [] };
    const casos: Array<[string, string, string]> = [
      ['3', 'sin dato reportado', 'sin_dato'],
      ['10', 'no aplica', 'no_aplica'],
      ['2', '0 ciudadanos', 'reportado'],
    ];
    for (const [codigo, esperado, estado] of casos) {
      const f = await montar({ meta: codigo }, plan);
      expect(texto(f, '[data-beneficiarios]'), codigo).to.equal(esperado);
      expect(f.shadowRoot!.querySelector('[data-beneficiarios]')!.getAttribute('data-beneficiarios')).to.equal(estado);
      f.remove();
    }
  });

  it('lo que el informe no trae se dice: meta 11 sin ejecución ni impacto ni lugar', async () => {
    const el = await montar({ meta: '11' }, semilla);
    const meta = semilla.metas.find((m) => m.codigo === '11')!;
    expect(meta.evidencia.como).to.equal(null);
    const ejecucion = limpio(el.shadowRoot!.querySelector('[aria-labelledby="s-ejecucion"]')!.textContent);
    expect(ejecucion).to.contain('¿Cómo se hizo? sin dato reportado');
    expect(texto(el, '[data-alcance]')).to.equal('sin dato reportado');
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('alcance departamental dicho, con los municipios que el informe nombra', async () => {
    const el = await montar({ meta: '3' }, semilla);
    expect(texto(el, '[data-alcance="departamental"]')).to.contain('Alcance departamental');
    expect(limpio(el.shadowRoot!.querySelector('ul.municipios')!.textContent)).to.contain('San José de Cúcuta');
  });

  it('descarga CSV: la meta en la plantilla, que se vuelve a importar con sus cifras', async () => {
    const el = await montar({ meta: '8' }, semilla);
    const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
    expect(d.nombre).to.equal('meta-8.csv');
    const leido = leerPlanCsv(await d.blob.text());
    expect(leido.ok).to.equal(true);
    if (!leido.ok) return;
    expect(leido.plan.metas.map((m) => m.codigo)).to.deep.equal(['8']);
    const [antes] = resumir(semilla).metas.filter((m) => m.codigo === '8');
    const [despues] = resumir(leido.plan).metas;
    expect([despues!.cumplimiento.valor, despues!.avance.valor]).to.deep.equal([antes!.cumplimiento.valor, antes!.avance.valor]);
  });

  it('un código que no existe: error en español que nombra el código y los válidos', async () => {
    const el = await montar({ meta: '99' }, semilla);
    const alerta = texto(el, '[role="alert"]');
    expect(alerta).to.contain('«99»').and.to.contain('atributo meta');
    expect(alerta).to.contain(semilla.metas.map((m) => m.codigo).join(', '));
    expect(texto(el, 'h2')).to.equal('Meta # 99');
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('sin atributo meta muestra la primera meta; en inglés con lang="en"', async () => {
    const el = await montar({ lang: 'en' }, semilla);
    const primera = resumir(semilla).metas[0]!;
    expect(texto(el, 'h2')).to.contain(`Meta # ${primera.codigo}`);
    expect(limpio(el.shadowRoot!.textContent)).to.contain('progress towards the four-year target').and.to.contain('Execution');
    expect(limpio(el.shadowRoot!.textContent)).not.to.contain('Ejecución');
  });
});
