/**
 * `secretaria` on the widgets that choose their metas through core (seleccionarPlan): the figures are those of
 * the secretaría's metas, the heading names it as the plan writes it, and one the plan lacks is an alert that
 * names the plan's secretarías.
 */
import { expect } from '@esm-bundle/chai';
import { formatearMillones, resumirSeleccion, type Plan } from '@tablero-pdd/core';
import '../../packages/widgets/src/index.js';
import { esperar, violacionesAxe } from './utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';
const HACIENDA = 'Secretaría de Hacienda';

/** The seed with apuesta 2's metas and meta 13 (of apuesta 3) given to a second secretaría. */
async function dosSecretarias(): Promise<Plan> {
  const p = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  for (const m of p.metas) if (m.nodo === 'L1.C1.A2' || m.codigo === '13') m.secretaria = HACIENDA;
  return p;
}

async function montar(etiqueta: string, plan: Plan, secretaria: string): Promise<HTMLElement & { plan: Plan }> {
  const el = document.createElement(etiqueta) as HTMLElement & { plan: Plan };
  el.setAttribute('secretaria', secretaria);
  el.plan = plan;
  document.body.append(el);
  await esperar(() => !!el.shadowRoot?.querySelector('[aria-busy="false"]'), 8000).catch(() => {
    throw new Error(`${etiqueta}: no terminó de cargar`);
  });
  return el;
}

const titulo = (el: HTMLElement) => (el.shadowRoot!.querySelector('#titulo')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('el atributo secretaria', () => {
  let plan: Plan;
  before(async () => {
    plan = await dosSecretarias();
  });
  afterEach(() => {
    for (const e of [...document.body.children]) if (e.localName.startsWith('pdd-')) e.remove();
  });

  it('pdd-resumen: las cifras de sus metas y un título que la nombra como la escribe el plan', async () => {
    const el = await montar('pdd-resumen', plan, 'secretaria de hacienda');
    await esperar(() => !!el.shadowRoot!.querySelector('.tarjetas'));
    const s = resumirSeleccion(plan, { secretaria: HACIENDA });
    if (!s.ok) throw new Error('la secretaría debía existir');
    const cifras = [...el.shadowRoot!.querySelectorAll('.cifra')].map((c) => c.textContent!.trim());
    expect(cifras[0]).to.equal('5');
    expect(cifras).to.include(formatearMillones(s.resumen.inversion.total));
    expect(titulo(el)).to.equal(`Resumen del avance del plan — ${HACIENDA}`);
    el.setAttribute('nivel', 'L1.C1.A3');
    await esperar(() => titulo(el).includes('1.1.3'));
    expect(titulo(el)).to.equal(`Resumen del avance del plan — 1.1.3 Fortalecimiento de la gestión y dirección de los sectores Trabajo, Comercio, Industria y Turismo · ${HACIENDA}`);
    await esperar(() => el.shadowRoot!.querySelector('.cifra')?.textContent?.trim() === '1');
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('pdd-inversion por nivel: solo los niveles cuyas metas son todas suyas', async () => {
    const el = await montar('pdd-inversion', plan, HACIENDA);
    el.setAttribute('por', 'nivel');
    await esperar(() => !!el.shadowRoot!.querySelector('figure'));
    const s = resumirSeleccion(plan, { secretaria: HACIENDA });
    if (!s.ok) throw new Error('la secretaría debía existir');
    expect(s.resumen.inversion.porNodo.map((f) => f.codigo)).to.deep.equal(['L1.C1.A2']);
    const filas = [...el.shadowRoot!.querySelectorAll('figure tbody tr, .tabla-grafico tbody tr')];
    const texto = el.shadowRoot!.textContent ?? '';
    expect(texto).to.contain('Productividad y competitividad en las empresas');
    expect(texto).to.not.contain('Fortalecimiento de la gestión');
    expect(filas.length).to.be.at.most(1);
    expect(titulo(el)).to.contain(HACIENDA);
  });

  it('pdd-niveles: solo las filas de los niveles cuyas metas son todas suyas, sin el total del plan', async () => {
    const el = await montar('pdd-niveles', plan, HACIENDA);
    await esperar(() => !!el.shadowRoot!.querySelector('tbody tr'));
    const filas = () => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-codigo') ?? tr.className);
    expect(filas()).to.deep.equal(['L1.C1.A2']);
    expect(titulo(el)).to.contain(HACIENDA);
    el.setAttribute('secretaria', 'Secretaría de Desarrollo Económico y Productividad');
    await esperar(() => filas().length === 2);
    expect(filas()).to.deep.equal(['L1.C1.A1', 'L1.C1.A4']);
    el.removeAttribute('secretaria');
    await esperar(() => filas().includes('total'));
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('pdd-avance: una barra por cada meta suya; por nivel, solo los niveles enteramente suyos', async () => {
    const el = await montar('pdd-avance', plan, HACIENDA);
    const claves = () => [...el.shadowRoot!.querySelectorAll('[data-clave]')].map((e) => e.getAttribute('data-clave'));
    await esperar(() => claves().length > 0);
    expect([...new Set(claves())]).to.deep.equal(['6', '7', '8', '9', '13']);
    el.setAttribute('agrupar', 'nivel');
    await esperar(() => claves().includes('L1.C1.A2'));
    expect([...new Set(claves())]).to.deep.equal(['L1.C1.A2']);
    el.setAttribute('secretaria', 'Salud');
    await esperar(() => !!el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('«Salud»');
  });

  it('pdd-conciliacion: las entradas de sus metas y de sus niveles; con nivel, las afirmaciones de sus niveles en la rama', async () => {
    const el = await montar('pdd-conciliacion', plan, HACIENDA);
    const codigos = () => [...el.shadowRoot!.querySelectorAll('li.item')].map((li) => li.getAttribute('data-codigo'));
    await esperar(() => codigos().length > 0);
    const s = resumirSeleccion(plan, { secretaria: HACIENDA });
    if (!s.ok) throw new Error('la secretaría debía existir');
    const suyas = new Set(['6', '7', '8', '9', '13', 'L1.C1.A2']);
    expect(codigos().length).to.be.greaterThan(0);
    expect(codigos().every((c) => suyas.has(c ?? ''))).to.equal(true);
    el.setAttribute('nivel', 'L1.C1');
    await esperar(() => codigos().length > 0 && codigos().every((c) => c === 'L1.C1.A2'));
    expect(codigos()).to.deep.equal(s.resumen.afirmaciones.map((a) => a.nodo));
  });

  it('pdd-indicadores: los de la semilla no dicen su nivel, así que una secretaría parcial no muestra ninguno y lo dice; la de todas las metas, todos', async () => {
    const el = await montar('pdd-indicadores', plan, HACIENDA);
    await esperar(() => !!el.shadowRoot!.querySelector('p.estado'));
    const texto = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    expect(texto).to.contain(`Ningún indicador de resultado está asociado a un nivel cuyas metas sean todas de «${HACIENDA}».`);
    expect(texto).to.contain(`${plan.indicadoresResultado!.length} indicadores del plan no dicen a qué nivel pertenecen`);
    const semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
    const todo = await montar('pdd-indicadores', semilla, 'Secretaría de Desarrollo Económico y Productividad');
    await esperar(() => todo.shadowRoot!.querySelectorAll('ol.indicadores > li').length > 0);
    expect(todo.shadowRoot!.querySelectorAll('ol.indicadores > li').length).to.equal(semilla.indicadoresResultado!.length);
  });

  it('pdd-beneficiarios y pdd-mapa: el título la nombra; una secretaría que el plan no tiene es una alerta con las del plan', async () => {
    for (const etiqueta of ['pdd-beneficiarios', 'pdd-mapa']) {
      const el = await montar(etiqueta, plan, HACIENDA);
      await esperar(() => titulo(el).includes(HACIENDA), 8000).catch(() => {
        throw new Error(`${etiqueta}: el título es «${titulo(el)}»`);
      });
      el.setAttribute('secretaria', 'Salud');
      await esperar(() => !!el.shadowRoot!.querySelector('[role="alert"]')).catch(() => {
        throw new Error(`${etiqueta}: sin alerta; dice «${(el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300)}»`);
      });
      const alerta = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(alerta, etiqueta).to.contain('«Salud»');
      expect(alerta, etiqueta).to.contain(HACIENDA);
      expect(alerta, etiqueta).to.contain('Secretaría de Desarrollo Económico y Productividad');
      expect(titulo(el), etiqueta).to.not.contain('Salud');
      el.remove();
    }
  });
});
