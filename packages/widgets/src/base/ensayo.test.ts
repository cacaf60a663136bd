import { expect } from '@esm-bundle/chai';
import { validarPlan } from '@tablero-pdd/core';
import '../index.js';
import { ensayar, etiquetasEnsayo, ordenEnsayos } from './ensayo.js';
import { planEnsayo } from './plan-ensayo.js';
import { alEstarInactivo } from './precalentar.js';
import { EVENTO_CARGA, EVENTO_ERROR } from './eventos.js';
import { esperar } from '../../../../test/browser/utilidades.js';

const LENTO = '/__prueba/lento';

describe('ensayo (rehearsal while the page waits for its plan)', () => {
  afterEach(() => document.querySelectorAll('[data-prueba-ensayo]').forEach((e) => e.remove()));

  it('every widget but the map rehearses', () => {
    const definidas = ['pdd-niveles', 'pdd-resumen', 'pdd-indicadores', 'pdd-conciliacion', 'pdd-metas', 'pdd-ficha', 'pdd-avance', 'pdd-inversion', 'pdd-beneficiarios'];
    expect([...etiquetasEnsayo()].sort()).to.deep.equal([...definidas].sort());
    expect(etiquetasEnsayo()).not.to.include('pdd-mapa');
  });

  it('the rehearsal plan is valid, and each widget draws it as data, not as an error (or it would rehearse the wrong paths)', async () => {
    const r = validarPlan(planEnsayo());
    expect(r.ok, JSON.stringify(r.ok ? [] : r.errores.map((e) => e.mensaje))).to.equal(true);
    for (const etiqueta of etiquetasEnsayo()) {
      const el = document.createElement(etiqueta) as HTMLElement & { plan: unknown; updateComplete: Promise<unknown> };
      el.dataset['pruebaEnsayo'] = '';
      el.plan = planEnsayo();
      document.body.append(el);
      await el.updateComplete;
      const raiz = el.shadowRoot!;
      expect(raiz.querySelectorAll('[role="alert"]').length, etiqueta).to.equal(0);
      expect(raiz.querySelector('section.raiz')?.getAttribute('aria-busy'), etiqueta).to.equal('false');
      el.remove();
    }
  });

  it('draws inside a waiting widget and leaves nothing behind: no node, no event, the warm-up goes on', async () => {
    const anfitrion = document.createElement('pdd-metas');
    anfitrion.dataset['pruebaEnsayo'] = '';
    anfitrion.setAttribute('src', LENTO); // answers after 4 s: the widget waits, as on a page whose plan is on its way
    document.body.append(anfitrion);
    await anfitrion.updateComplete;
    const antes = anfitrion.shadowRoot!.childNodes.length;
    const eventos: string[] = [];
    const oir = (e: Event) => eventos.push(e.type);
    document.addEventListener(EVENTO_CARGA, oir);
    document.addEventListener(EVENTO_ERROR, oir);
    let dibujado = false;
    const observador = new MutationObserver((registros) => {
      for (const r of registros) for (const n of r.addedNodes) if (n instanceof HTMLElement && n.querySelector('pdd-metas')) dibujado = true;
    });
    observador.observe(anfitrion.shadowRoot!, { childList: true });
    try {
      // Queued before: a rehearsal must not drop the warm-up's queue as a real plan does.
      let siguio = false;
      alEstarInactivo(() => (siguio = true));
      const hecho = await ensayar(document, 'pdd-metas', planEnsayo());
      expect(hecho).to.equal(true);
      await Promise.resolve();
      expect(dibujado, 'the rehearsal was drawn in the host').to.equal(true);
      expect(anfitrion.shadowRoot!.childNodes.length).to.equal(antes);
      expect(anfitrion.shadowRoot!.querySelectorAll('pdd-metas').length).to.equal(0);
      await esperar(() => siguio);
      expect(eventos).to.deep.equal([]);
    } finally {
      observador.disconnect();
      document.removeEventListener(EVENTO_CARGA, oir);
      document.removeEventListener(EVENTO_ERROR, oir);
    }
  });

  it('rehearses the kinds on the page, from the top of the page down; the map and kinds not on the page do not', () => {
    const caja = document.createElement('div');
    caja.dataset['pruebaEnsayo'] = '';
    for (const etiqueta of ['pdd-mapa', 'pdd-avance', 'pdd-resumen', 'pdd-avance', 'pdd-metas']) caja.append(document.createElement(etiqueta));
    document.body.append(caja);
    expect(ordenEnsayos(document)).to.deep.equal(['pdd-avance', 'pdd-resumen', 'pdd-metas']);
  });

  it('does nothing when the page has no widget of that kind', async () => {
    expect(await ensayar(document, 'pdd-ficha', planEnsayo())).to.equal(false);
  });
});
