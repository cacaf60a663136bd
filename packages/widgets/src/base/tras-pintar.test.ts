import { expect } from '@esm-bundle/chai';
import '../resumen/registro.js';
import '../beneficiarios/registro.js';
import type { ElementoPdd } from './elemento-pdd.js';
import { EVENTO_CARGA } from './eventos.js';
import { enPantalla, trasPintar } from './tras-pintar.js';

const siguienteCuadro = () => new Promise<number>((ok) => requestAnimationFrame(ok));
const dibujado = (el: Element) => el.shadowRoot?.querySelector('section.raiz[aria-busy="false"]') !== null;

describe('trasPintar', () => {
  it('releases every caller together, after a frame is painted', async () => {
    let cuadro = false;
    void siguienteCuadro().then(() => (cuadro = true));
    const orden: string[] = [];
    await Promise.all([trasPintar().then(() => orden.push(`a:${cuadro}`)), trasPintar().then(() => orden.push(`b:${cuadro}`))]);
    expect(orden).to.deep.equal(['a:true', 'b:true']);
  });
});

describe('enPantalla', () => {
  it('a box inside the viewport is; one below it, or one without a box, is not', () => {
    const arriba = document.createElement('div');
    arriba.textContent = 'arriba';
    const relleno = document.createElement('div');
    relleno.style.height = `${innerHeight * 3}px`;
    const abajo = document.createElement('div');
    abajo.textContent = 'abajo';
    const oculto = document.createElement('div');
    oculto.hidden = true;
    document.body.prepend(arriba, relleno, abajo, oculto);
    try {
      expect(enPantalla(arriba)).to.equal(true);
      expect(enPantalla(abajo)).to.equal(false);
      expect(enPantalla(oculto)).to.equal(false);
    } finally {
      for (const e of [arriba, relleno, abajo, oculto]) e.remove();
    }
  });
});

describe('widgets off screen when the plan arrives', () => {
  it('the widget on screen draws first; the one below draws right after the next paint, without scrolling', async () => {
    const texto = await (await fetch('/demo/data/norte-de-santander-2024-2025.json')).text();
    const url = URL.createObjectURL(new Blob([texto], { type: 'application/json' }));
    const arriba = document.createElement('pdd-resumen') as ElementoPdd;
    const relleno = document.createElement('div');
    relleno.style.height = `${innerHeight * 3}px`;
    const abajo = document.createElement('pdd-beneficiarios') as ElementoPdd;
    const cargas: string[] = [];
    for (const el of [arriba, abajo]) el.addEventListener(EVENTO_CARGA, () => cargas.push(el.localName));
    arriba.setAttribute('src', url);
    abajo.setAttribute('src', url);
    document.body.prepend(arriba, relleno, abajo);
    try {
      await new Promise<void>((ok) => arriba.addEventListener(EVENTO_CARGA, () => ok(), { once: true }));
      await arriba.updateComplete;
      expect(dibujado(arriba)).to.equal(true);
      // Same data, same moment: the widget below still shows its loading state.
      expect(cargas).to.deep.equal(['pdd-resumen']);
      expect(dibujado(abajo)).to.equal(false);
      // updateComplete waits for the held-back plan: "drawn with its data".
      await abajo.updateComplete;
      expect(dibujado(abajo)).to.equal(true);
      expect(cargas).to.deep.equal(['pdd-resumen', 'pdd-beneficiarios']);
      expect(scrollY).to.equal(0);
    } finally {
      for (const e of [arriba, relleno, abajo]) e.remove();
      URL.revokeObjectURL(url);
    }
  });

  it('a plan given as .plan is drawn at once, on screen or not', async () => {
    const plan = await (await fetch('/demo/data/norte-de-santander-2024-2025.json')).json();
    const relleno = document.createElement('div');
    relleno.style.height = `${innerHeight * 3}px`;
    const abajo = document.createElement('pdd-beneficiarios') as ElementoPdd;
    abajo.plan = plan;
    document.body.prepend(relleno, abajo);
    try {
      await abajo.updateComplete;
      expect(dibujado(abajo)).to.equal(true);
    } finally {
      relleno.remove();
      abajo.remove();
    }
  });
});
