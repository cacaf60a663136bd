import { expect } from '@esm-bundle/chai';
import { conciliar, type Plan } from '@tablero-pdd/core';
import './registro.js';
import { esperar, violacionesAxe } from '../../../../test/browser/utilidades.js';

describe('<pdd-conciliacion>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch('/demo/data/norte-de-santander-2024-2025.json')).json()) as Plan;
  });
  afterEach(() => document.querySelectorAll('pdd-conciliacion').forEach((e) => e.remove()));

  it('lista exactamente las cifras que core marca como que no cuadran', async () => {
    const el = document.createElement('pdd-conciliacion');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot!.querySelector('ul.lista, h3'));
    const esperadas = conciliar(semilla).filter((d) => d.tipo === 'discrepancia');
    const mostradas = [...el.shadowRoot!.querySelectorAll('li.item')];
    expect(mostradas.map((li) => `${li.getAttribute('data-codigo')}|${li.getAttribute('data-campo')}`)).to.deep.equal(
      esperadas.map((d) => `${d.codigo}|${d.campo}`),
    );
    // The seed's productividad claim ("supera los $13.843 millones") is among them, with the report's words.
    expect(el.shadowRoot!.textContent).to.contain('13.843');
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('con el atributo todo muestra también avisos y no verificables', async () => {
    const el = document.createElement('pdd-conciliacion');
    el.setAttribute('todo', '');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot!.querySelector('ul.lista'));
    const total = conciliar(semilla).length;
    expect(el.shadowRoot!.querySelectorAll('li.item').length).to.equal(total);
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });
});
