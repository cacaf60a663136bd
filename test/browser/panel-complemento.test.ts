// The Excel add-in's task pane in REAL Chromium: its own taskpane.html, wired by panel.ts, with a file chosen
// through its «Importar un archivo…» input. Only the host is a test double: Office answers which API sets
// exist; no Excel call is made by these paths (import, «Parte del plan», the HTML to publish).
import { expect } from '@esm-bundle/chai';
import { iniciarPanel } from '../../packages/excel-addin/src/taskpane/panel.js';
import { esperar, violacionesAxe } from './utilidades.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Chooses `archivos` in the pane's file input, as a person does, and waits for the pane's verdict. */
async function elegir(nombre: string, texto: string): Promise<void> {
  const entrada = $<HTMLInputElement>('archivo-importar');
  const dt = new DataTransfer();
  dt.items.add(new File([texto], nombre, { type: 'application/json' }));
  entrada.files = dt.files;
  const antes = $('reporte-importacion').textContent;
  entrada.dispatchEvent(new Event('change'));
  await esperar(() => $('reporte-importacion').textContent !== antes && !$('estado').textContent?.startsWith('Leyendo'));
}

describe('complemento: el panel, «Parte del plan» y el HTML a publicar', () => {
  let semilla: string;
  let chia: string;

  before(async () => {
    const html = await (await fetch('/packages/excel-addin/public/taskpane.html')).text();
    const panel = new DOMParser().parseFromString(html, 'text/html').getElementById('panel-pdd');
    if (!panel) throw new Error('taskpane.html sin #panel-pdd');
    // The pane's own stylesheet, so axe judges the contrast a person sees.
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/packages/excel-addin/public/taskpane.css', id: 'css-panel' });
    await new Promise((ok, mal) => {
      css.onload = ok;
      css.onerror = mal;
      document.head.append(css);
    });
    document.body.append(document.importNode(panel, true));
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
    iniciarPanel({ isSetSupported: () => true });
    semilla = await (await fetch('/demo/data/norte-de-santander-2024-2025.json')).text();
    chia = await (await fetch('/demo/data/chia-25175.json')).text();
  });

  after(() => {
    $('panel-pdd').remove();
    $('css-panel').remove();
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('un plan importado llena «Parte del plan» con sus nodos; elegir uno pone su nivel en el HTML', async () => {
    const parte = $<HTMLSelectElement>('parte');
    expect(parte.disabled).to.equal(true);
    await elegir('semilla.json', semilla);
    expect($('estado').dataset['tipo']).to.equal('ok');
    expect(parte.disabled).to.equal(false);
    expect([...parte.options].map((o) => o.value)).to.deep.equal(['', 'L1', 'L1.C1', 'L1.C1.A1', 'L1.C1.A2', 'L1.C1.A3', 'L1.C1.A4']);
    expect(parte.options[4]?.textContent).to.contain('1.1.2 Productividad y competitividad en las empresas');
    const html = () => $('html-publicar').textContent ?? '';
    expect(html()).to.contain('<pdd-niveles src="pdd-departamento-de-norte-de-santander-2024-2025.json" lang="es"></pdd-niveles>');
    parte.value = 'L1.C1.A2';
    parte.dispatchEvent(new Event('change'));
    await esperar(() => html().includes('nivel='));
    expect(html()).to.contain('<pdd-niveles src="pdd-departamento-de-norte-de-santander-2024-2025.json" nivel="L1.C1.A2" lang="es"></pdd-niveles>');
  });

  it('otro plan sin ese nodo vuelve a «Todo el plan»; el mismo plan conserva la elección', async () => {
    const parte = $<HTMLSelectElement>('parte');
    await elegir('semilla-otra-vez.json', semilla);
    expect(parte.value).to.equal('L1.C1.A2');
    await elegir('chia.json', chia);
    expect(parte.value).to.equal('');
    expect(parte.options.length).to.be.greaterThan(200);
    expect($('html-publicar').textContent).not.to.contain('nivel=');
  });

  it('con dos secretarías, «Parte del plan» las ofrece en su grupo; elegir una pone su secretaria en el HTML', async () => {
    const plan = JSON.parse(semilla) as { metas: Array<{ nodo: string; secretaria: string | null }> };
    for (const m of plan.metas) if (m.nodo === 'L1.C1.A2') m.secretaria = 'Secretaría de Hacienda';
    await elegir('dos-secretarias.json', JSON.stringify(plan));
    const parte = $<HTMLSelectElement>('parte');
    const grupo = parte.querySelector('optgroup');
    expect(grupo?.label).to.equal('Secretarías');
    expect([...(grupo?.querySelectorAll('option') ?? [])].map((o) => o.textContent)).to.deep.equal(['Secretaría de Desarrollo Económico y Productividad', 'Secretaría de Hacienda']);
    parte.value = grupo!.querySelectorAll('option')[1]!.value;
    parte.dispatchEvent(new Event('change'));
    const html = () => $('html-publicar').textContent ?? '';
    await esperar(() => html().includes('secretaria='));
    expect(html()).to.contain(' secretaria="Secretaría de Hacienda" lang="es"></pdd-niveles>');
    expect(html()).not.to.contain('nivel=');
    expect(await violacionesAxe($('panel-pdd'))).to.deep.equal([]);
  });

  it('el panel con un plan importado y sus pasos a la vista: sin violaciones de axe (WCAG 2.1 AA)', async () => {
    await elegir('semilla.json', semilla);
    expect($('paso-publicar').hidden).to.equal(false);
    expect(await violacionesAxe($('panel-pdd'))).to.deep.equal([]);
  });
});
