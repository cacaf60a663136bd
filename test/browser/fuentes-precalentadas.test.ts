/**
 * The font warm-up (precalentarFuentes) covers every font the seed page's ten widgets draw text in: family,
 * size, weight and style as Chromium computes them. A widget that starts writing in a new size or style makes
 * this fail (add it to the sample, or use the type scale), instead of silently paying for the font inside the
 * first render. And the warm-up leaves the page as it found it.
 */
import { expect } from '@esm-bundle/chai';
import '../../packages/widgets/src/index.js';
import { muestraFuentes, precalentarFuentes } from '../../packages/widgets/src/base/precalentar.js';
import { esperar } from './utilidades.js';

const SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';
const ETIQUETAS = [
  'pdd-resumen',
  'pdd-niveles',
  'pdd-indicadores',
  'pdd-conciliacion',
  'pdd-metas',
  'pdd-ficha',
  'pdd-avance',
  'pdd-inversion',
  'pdd-beneficiarios',
  'pdd-mapa',
];

/** "family | 16px | 700 | normal" of an element's computed style. */
function fuente(el: Element): string {
  const e = getComputedStyle(el);
  return [e.fontFamily, e.fontSize, e.fontWeight, e.fontStyle].join(' | ');
}

/** The fonts of every element under `raiz` that holds text of its own (a non-blank text node child). */
function fuentesConTexto(raiz: ParentNode): Set<string> {
  const r = new Set<string>();
  for (const el of raiz.querySelectorAll('*')) {
    const conTexto = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (conTexto && el.getClientRects().length > 0) r.add(fuente(el));
  }
  return r;
}

describe('precalentarFuentes', () => {
  it('la muestra tiene cada fuente con la que los diez widgets escriben la semilla', async () => {
    const els = ETIQUETAS.map((t) => {
      const el = document.createElement(t);
      if (t === 'pdd-mapa') el.setAttribute('departamento', '54');
      el.setAttribute('src', SEMILLA);
      return el;
    });
    document.body.append(...els);
    const muestra = muestraFuentes(document);
    try {
      await esperar(() => els.every((el) => el.shadowRoot?.querySelector('[aria-busy="false"]')), 10000);
      await esperar(() => !!els.at(-1)!.shadowRoot!.querySelector('svg path'), 10000);
      const usadas = new Set<string>();
      for (const el of els) for (const f of fuentesConTexto(el.shadowRoot!)) usadas.add(f);
      document.body.append(muestra);
      const enMuestra = new Set([...muestra.shadowRoot!.querySelectorAll('span')].map(fuente));
      // The page really used several (sizes, bold, italic): the check below is not vacuous.
      expect(usadas.size).to.be.greaterThan(4);
      expect([...usadas].filter((f) => !enMuestra.has(f))).to.deep.equal([]);
    } finally {
      muestra.remove();
      for (const el of els) el.remove();
    }
  });

  it('la muestra no se ve, no se lee y no mueve nada; precalentarFuentes la quita', () => {
    const p = document.createElement('p');
    p.textContent = 'texto de la página';
    document.body.append(p);
    const antes = p.getBoundingClientRect().toJSON() as DOMRect;
    const hijos = [...document.body.childNodes];
    const muestra = muestraFuentes(document);
    document.body.prepend(muestra);
    try {
      expect(p.getBoundingClientRect().toJSON()).to.deep.equal(antes);
      expect(muestra.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(muestra).visibility).to.equal('hidden');
    } finally {
      muestra.remove();
    }
    precalentarFuentes(document);
    expect([...document.body.childNodes]).to.deep.equal(hijos);
    p.remove();
  });
});
