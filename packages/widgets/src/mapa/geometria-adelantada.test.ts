// Its own page (web-test-runner opens one per file): the boundaries must not be cached by another test.
import { expect } from '@esm-bundle/chai';
import './registro.js';
import type { PddMapa } from './pdd-mapa.js';

const pedidas = (nombre: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(nombre));

async function hasta(condicion: () => boolean): Promise<void> {
  while (!condicion()) await new Promise((ok) => setTimeout(ok, 20));
}

describe('<pdd-mapa> with departamento: boundaries load while the plan downloads', () => {
  // The test server serves every source module as its own request: the default buffer of 250 resource
  // entries fills before the boundaries are asked for, and later entries would never be recorded.
  before(() => performance.setResourceTimingBufferSize(5000));
  afterEach(() => document.querySelectorAll('pdd-mapa').forEach((e) => e.remove()));

  it('starts the download as the element reaches the page, before its first update, while the plan loads', async () => {
    const original = window.fetch;
    const llamadas: string[] = [];
    window.fetch = (entrada: RequestInfo | URL, opciones?: RequestInit) => {
      llamadas.push(String(entrada instanceof Request ? entrada.url : entrada));
      return original(entrada, opciones);
    };
    const el = document.createElement('pdd-mapa') as PddMapa;
    el.setAttribute('departamento', '54');
    // The server answers this one after 4 s (with an error): the plan is still loading during the whole test.
    el.setAttribute('src', '/__prueba/lento');
    try {
      document.body.append(el);
      // Synchronously: no microtask (so no Lit update, no plan request) has run yet.
      expect(llamadas.filter((u) => u.includes('norte-de-santander-municipios'))).to.have.length(1);
      expect(llamadas.filter((u) => u.includes('/__prueba/lento'))).to.have.length(0);
    } finally {
      window.fetch = original;
    }
    await hasta(() => pedidas('norte-de-santander-municipios').length > 0);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
    // A second map of the same department, given the plan at once, draws in its first update and downloads
    // nothing: the boundaries were read and projected once, for the first map.
    const plan = (await (await original('/demo/data/norte-de-santander-2024-2025.json')).json()) as PddMapa['plan'];
    const otro = document.createElement('pdd-mapa') as PddMapa;
    otro.setAttribute('departamento', '54');
    otro.plan = plan;
    await new Promise((ok) => setTimeout(ok, 300));
    document.body.append(otro);
    await otro.updateComplete;
    expect(otro.shadowRoot!.querySelectorAll('path[data-codigo]').length).to.equal(40);
    expect(pedidas('norte-de-santander-municipios')).to.have.length(1);
  });

  it('without data it downloads nothing (no src, no plan)', async () => {
    const el = document.createElement('pdd-mapa');
    el.setAttribute('departamento', '25');
    document.body.append(el);
    await (el as PddMapa).updateComplete;
    await new Promise((ok) => setTimeout(ok, 100));
    expect(pedidas('colombia-municipios')).to.have.length(0);
  });
});
