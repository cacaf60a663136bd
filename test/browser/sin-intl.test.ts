/**
 * The first Intl object of a page loads ICU's data (tens of milliseconds on a slow phone). Core formats
 * numbers and orders texts itself, so loading the widgets, drawing the seed and sorting build none: this page
 * counts every Intl.NumberFormat and Intl.Collator built and every localeCompare call from before the
 * widgets' script is evaluated.
 */
import { expect } from '@esm-bundle/chai';
import { ETIQUETAS_WIDGETS, esperar } from './utilidades.js';

const usos: string[] = [];
const originales = { NumberFormat: Intl.NumberFormat, Collator: Intl.Collator, localeCompare: String.prototype.localeCompare };

function espiar(): void {
  for (const nombre of ['NumberFormat', 'Collator'] as const)
    (Intl as Record<string, unknown>)[nombre] = new Proxy(originales[nombre], {
      construct(objetivo, args: unknown[]) {
        usos.push(`new Intl.${nombre}`);
        return Reflect.construct(objetivo, args) as object;
      },
    });
  String.prototype.localeCompare = function (this: string, ...args: Parameters<string['localeCompare']>) {
    usos.push('localeCompare');
    return originales.localeCompare.apply(this, args);
  };
}

function restaurar(): void {
  Intl.NumberFormat = originales.NumberFormat;
  Intl.Collator = originales.Collator;
  String.prototype.localeCompare = originales.localeCompare;
}

describe('los widgets no construyen objetos Intl', () => {
  after(restaurar);

  it('al cargar su script, dibujar la semilla en todos y ordenar la tabla por nombre', async () => {
    espiar();
    await import('../../packages/widgets/src/index.js');
    const elementos = ETIQUETAS_WIDGETS.map((etiqueta) => {
      const el = document.createElement(etiqueta);
      el.setAttribute('src', '/demo/data/norte-de-santander-2024-2025.json');
      if (etiqueta === 'pdd-mapa') el.setAttribute('departamento', '54');
      document.body.append(el);
      return el;
    });
    const listo = (el: Element) => !!el.shadowRoot?.querySelector('[aria-busy="false"]') && !/Cargando/.test(el.shadowRoot.textContent ?? '');
    await esperar(() => elementos.every(listo), 15000);
    const metas = elementos.find((e) => e.localName === 'pdd-metas')!;
    const boton = metas.shadowRoot!.querySelector<HTMLButtonElement>('th[data-columna="nombre"] button')!;
    boton.click();
    await (metas as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(boton.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    // The map drew its municipalities, ordered by name for the listbox.
    expect(elementos.find((e) => e.localName === 'pdd-mapa')!.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(30);
    restaurar();
    expect(usos).to.deep.equal([]);
  });
});
