/**
 * The font warm-up (precalentarFuentes) builds every font the seed page's ten widgets draw text in: family,
 * size, weight and style as Chromium computes them, also when the page sets --pdd-fuente and
 * --pdd-tamano-texto. A widget that starts writing in a new size or style makes this fail (add it to the
 * scale, or use the type scale), instead of silently paying for the font inside the first render.
 */
import { expect } from '@esm-bundle/chai';
import '../../packages/widgets/src/index.js';
import { fuentesDeWidgets, precalentarFuentes } from '../../packages/widgets/src/base/precalentar.js';
import { ETIQUETAS_WIDGETS, esperar } from './utilidades.js';

const SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

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

/** The fonts the ten widgets use once they have drawn the seed. */
async function fuentesUsadas(): Promise<Set<string>> {
  const els = ETIQUETAS_WIDGETS.map((t) => {
    const el = document.createElement(t);
    if (t === 'pdd-mapa') el.setAttribute('departamento', '54');
    el.setAttribute('src', SEMILLA);
    return el;
  });
  document.body.append(...els);
  try {
    await esperar(() => els.every((el) => el.shadowRoot?.querySelector('[aria-busy="false"]')), 10000);
    await esperar(() => !!els.find((el) => el.localName === 'pdd-mapa')!.shadowRoot!.querySelector('svg path'), 10000);
    const usadas = new Set<string>();
    for (const el of els) for (const f of fuentesConTexto(el.shadowRoot!)) usadas.add(f);
    return usadas;
  } finally {
    for (const el of els) el.remove();
  }
}

const precalentadas = () => new Set(fuentesDeWidgets(document).map((f) => [f.familia, `${f.tamano}px`, f.peso, f.estilo].join(' | ')));

describe('precalentarFuentes', () => {
  it('precalienta cada fuente con la que los diez widgets escriben la semilla', async () => {
    const usadas = await fuentesUsadas();
    // The page really used several (sizes, bold, italic): the check below is not vacuous.
    expect(usadas.size).to.be.greaterThan(4);
    const lista = precalentadas();
    expect([...usadas].filter((f) => !lista.has(f))).to.deep.equal([]);
  });

  it('sigue la fuente y el tamaño que la página fija en su raíz (--pdd-fuente, --pdd-tamano-texto)', async () => {
    const raiz = document.documentElement.style;
    raiz.setProperty('--pdd-fuente', 'Georgia, serif');
    raiz.setProperty('--pdd-tamano-texto', '20px');
    try {
      const usadas = await fuentesUsadas();
      expect([...usadas].every((f) => f.startsWith('Georgia, serif |'))).to.equal(true);
      const lista = precalentadas();
      expect([...usadas].filter((f) => !lista.has(f))).to.deep.equal([]);
    } finally {
      raiz.removeProperty('--pdd-fuente');
      raiz.removeProperty('--pdd-tamano-texto');
    }
  });

  it('no toca el documento', () => {
    const antes = document.body.innerHTML;
    for (const f of fuentesDeWidgets(document)) precalentarFuentes(document, f);
    expect(document.body.innerHTML).to.equal(antes);
  });
});
