import { expect } from '@esm-bundle/chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ControladorPaginas } from './controlador-paginas.js';

/** A host that only counts the updates it is asked for. */
function anfitrion(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController(_c: ReactiveController) {},
    removeController(_c: ReactiveController) {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

/** A click on the previous / next button, or a change of the size selector, inside the controls of list `id`. */
function evento(id: string, html: string, tipo: 'click' | 'change', valor?: string): Event {
  const nav = document.createElement('nav');
  nav.dataset.lista = id;
  nav.innerHTML = html;
  const objetivo = nav.firstElementChild as HTMLElement;
  if (valor !== undefined) (objetivo as HTMLSelectElement).value = valor;
  const e = new Event(tipo);
  Object.defineProperty(e, 'currentTarget', { value: objetivo });
  Object.defineProperty(e, 'target', { value: objetivo });
  return e;
}
const siguiente = (id: string) => evento(id, '<button data-paso="siguiente" aria-disabled="false"></button>', 'click');
const tamano = (id: string, v: string) =>
  evento(id, '<select><option value="10">10</option><option value="25">25</option><option value="todas">Todas</option></select>', 'change', v);

describe('ControladorPaginas', () => {
  it('una lista que cabe en su primera página no tiene controles; una más larga, sí', () => {
    const c = new ControladorPaginas(anfitrion(), 25);
    expect(c.pagina('a', 18, 'x').controles).to.equal(false);
    expect(c.pagina('b', 60, 'x')).to.deep.include({ tamano: 25, controles: true });
  });

  it('Siguiente avanza hasta la última página y no más; cada lista lleva su página', () => {
    const h = anfitrion();
    const c = new ControladorPaginas(h, 25);
    c.pagina('a', 60, 'x');
    c.pagina('b', 60, 'x');
    for (let i = 0; i < 5; i++) {
      c.alPaginar(siguiente('a'));
      c.pagina('a', 60, 'x');
    }
    expect(c.pagina('a', 60, 'x').pag).to.deep.equal({ pagina: 2, paginas: 3, desde: 50, hasta: 60 });
    expect(c.pagina('b', 60, 'x').pag.pagina).to.equal(0);
    expect(h.updates).to.equal(5);
  });

  it('otras filas vuelven a la página 1; las mismas la conservan', () => {
    const c = new ControladorPaginas(anfitrion(), 25);
    c.pagina('a', 60, 'm1|m60');
    c.alPaginar(siguiente('a'));
    expect(c.pagina('a', 60, 'm1|m60').pag.pagina).to.equal(1);
    expect(c.pagina('a', 60, 'n1|n60').pag.pagina).to.equal(0);
  });

  it('el tamaño que elige el lector deja los controles aunque todo quepa; otro tamaño inicial lo olvida', () => {
    const c = new ControladorPaginas(anfitrion(), 25);
    c.pagina('a', 60, 'x');
    c.alCambiarTamano(tamano('a', 'todas'));
    expect(c.pagina('a', 60, 'x')).to.deep.include({ tamano: Number.POSITIVE_INFINITY, controles: true });
    c.fijarTamanoInicial(10);
    expect(c.pagina('a', 60, 'x')).to.deep.include({ tamano: 10, controles: true });
    expect(c.pagina('a', 60, 'x').pag.hasta).to.equal(10);
  });
});
