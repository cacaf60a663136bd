import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
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

  it('una lista larga muestra las 10 primeras y un botón, operable con el teclado, para el resto; al imprimir, todas', async () => {
    const chia = (await (await fetch('/demo/data/chia-25175.json')).json()) as Plan;
    const errores = conciliar(chia).filter((d) => d.tipo === 'discrepancia');
    expect(errores.length).to.be.greaterThan(10);
    const el = document.createElement('pdd-conciliacion');
    el.plan = chia;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot!.querySelector('ul.lista'));
    const items = () => el.shadowRoot!.querySelectorAll('li.item').length;
    const boton = el.shadowRoot!.querySelector<HTMLButtonElement>('button.mas')!;
    expect(items()).to.equal(10);
    expect(boton.textContent!.trim()).to.equal(`Mostrar las ${errores.length - 10} restantes`);
    expect(boton.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.getElementById(boton.getAttribute('aria-controls')!)).to.not.equal(null);
    expect(await violacionesAxe(el)).to.deep.equal([]);

    boton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items()).to.equal(errores.length);
    expect(boton.getAttribute('aria-expanded')).to.equal('true');
    expect(boton.textContent!.trim()).to.equal('Mostrar solo las 10 primeras');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(items()).to.equal(10);

    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(items()).to.equal(errores.length);
    expect(el.shadowRoot!.querySelector('button.mas')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(items()).to.equal(10);
  });

  it('una lista corta (la semilla) no tiene botón', async () => {
    const el = document.createElement('pdd-conciliacion');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot!.querySelector('ul.lista'));
    expect(el.shadowRoot!.querySelector('button.mas')).to.equal(null);
  });
});
