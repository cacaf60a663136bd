import { expect } from '@esm-bundle/chai';
import { formatearMillones, formatearNumero, formatearPesos, formatearPorcentaje } from '@tablero-pdd/core';
import { LitElement, css, html } from 'lit';
import { alEstarInactivo, detenerPrecalentado, idiomasDelDocumento, precalentarEstilos, precalentarFormatos } from './precalentar.js';

/** Counts Intl.NumberFormat constructions while `f` runs (core builds its formatters with `new`). */
function contarFormateadores(f: () => void): number {
  const original = Intl.NumberFormat;
  let n = 0;
  const contador = new Proxy(original, {
    construct(objetivo, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      n++;
      return new objetivo(...args);
    },
  });
  Intl.NumberFormat = contador;
  try {
    f();
  } finally {
    Intl.NumberFormat = original;
  }
  return n;
}

describe('precalentar', () => {
  it('after precalentarFormatos the default formats of core build no formatter of their own', () => {
    // English: no other test of this page formats in English, so core's cache starts empty for it.
    expect(contarFormateadores(() => precalentarFormatos('en'))).to.be.greaterThan(0);
    const despues = contarFormateadores(() => {
      formatearNumero(1234.5, { lang: 'en' });
      formatearPorcentaje(0.667, { lang: 'en' });
      formatearMillones(776_000_000, { lang: 'en' });
      formatearPesos(1_234_567, { lang: 'en' });
    });
    expect(despues).to.equal(0);
  });

  it('precalentarEstilos parses a class\'s style sheets, so its first element connects without parsing any', async () => {
    class Prueba extends LitElement {
      static override styles = [css`
        p {
          color: rgb(1, 2, 3);
        }
      `];
      override render() {
        return html`<p>x</p>`;
      }
    }
    customElements.define('pdd-prueba-precalentar', Prueba);
    const original = CSSStyleSheet.prototype.replaceSync;
    let n = 0;
    CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, texto: string) {
      n++;
      original.call(this, texto);
    };
    try {
      precalentarEstilos(Prueba);
      expect(n).to.equal(1);
      const el = document.createElement('pdd-prueba-precalentar') as Prueba;
      document.body.append(el);
      await el.updateComplete;
      expect(n).to.equal(1);
      expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
      el.remove();
    } finally {
      CSSStyleSheet.prototype.replaceSync = original;
    }
  });

  it('warms Spanish always and the document language when it is another', () => {
    const doc = (lang: string) => {
      const d = document.implementation.createHTMLDocument('x');
      d.documentElement.lang = lang;
      return d;
    };
    expect(idiomasDelDocumento(doc(''))).to.deep.equal(['es']);
    expect(idiomasDelDocumento(doc('es-CO'))).to.deep.equal(['es']);
    expect(idiomasDelDocumento(doc('en-US'))).to.deep.equal(['es', 'en']);
  });

  it('runs queued tasks later, in order, one per task, and a task queued afterwards too', async () => {
    const orden: string[] = [];
    alEstarInactivo(() => {
      orden.push('a');
      // Work of the page queued while the warm-up runs (a plan arriving) runs before the next warm-up task.
      setTimeout(() => orden.push('pagina'));
    });
    alEstarInactivo(() => orden.push('b'));
    expect(orden).to.deep.equal([]); // never synchronously: the caller's own work comes first
    await new Promise<void>((ok) => alEstarInactivo(() => ok()));
    expect(orden).to.deep.equal(['a', 'pagina', 'b']);
    alEstarInactivo(() => orden.push('c'));
    await new Promise<void>((ok) => alEstarInactivo(() => ok()));
    expect(orden).to.deep.equal(['a', 'pagina', 'b', 'c']);
  });

  it('detenerPrecalentado drops the tasks still queued; later ones run', async () => {
    const orden: string[] = [];
    alEstarInactivo(() => orden.push('a'));
    alEstarInactivo(() => orden.push('b'));
    detenerPrecalentado();
    await new Promise<void>((ok) => alEstarInactivo(() => ok()));
    expect(orden).to.deep.equal([]);
    alEstarInactivo(() => orden.push('c'));
    await new Promise<void>((ok) => alEstarInactivo(() => ok()));
    expect(orden).to.deep.equal(['c']);
  });
});
