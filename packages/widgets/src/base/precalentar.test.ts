import { expect } from '@esm-bundle/chai';
import { LitElement, css, html } from 'lit';
import { alEstarInactivo, detenerPrecalentado, precalentarEstilos } from './precalentar.js';

describe('precalentar', () => {
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
