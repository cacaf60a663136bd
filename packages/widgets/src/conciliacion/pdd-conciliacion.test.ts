import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { conciliar, NOMBRES_VEREDICTO, resumir, type Plan } from '@tablero-pdd/core';
import { csvParse } from 'd3-dsv';
import { capturarDescarga } from '../../../../test/browser/graficos-utilidades.js';
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

  it('la diferencia entre dos porcentajes va en puntos porcentuales y con su signo, no en %', async () => {
    const plan = structuredClone(semilla);
    plan.metas.find((m) => m.codigo === '8')!.reportado.cumplimiento = 0.1;
    const calculado = resumir(plan).metas.find((m) => m.codigo === '8')!.cumplimiento.valor!;
    const el = document.createElement('pdd-conciliacion');
    el.setAttribute('meta', '8');
    el.plan = plan;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot!.querySelector('li.item'));
    const cifras = el.shadowRoot!.querySelector('li.item[data-campo="cumplimiento"] .cifras')!.textContent!.replace(/\s+/g, ' ').trim();
    const puntos = ((calculado - 0.1) * 100).toFixed(2).replace(/\.?0+$/, '').replace('.', ',');
    expect(cifras).to.match(new RegExp(`Diferencia: \\+${puntos} p\\. p\\.$`));
  });

  it('una lista corta (la semilla) no tiene botón', async () => {
    const el = document.createElement('pdd-conciliacion');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot!.querySelector('ul.lista'));
    expect(el.shadowRoot!.querySelector('button.mas')).to.equal(null);
  });

  it('descarga CSV: todas las entradas de las tres listas, también las que la pantalla solo cuenta, con cifras crudas', async () => {
    const el = document.createElement('pdd-conciliacion');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot!.querySelector('ul.lista'));
    const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
    expect(d.nombre).to.equal('conciliacion.csv');
    const lineas = csvParse(await d.blob.text());
    const esperadas = conciliar(semilla);
    expect(el.shadowRoot!.querySelectorAll('li.item').length).to.be.lessThan(esperadas.length); // without todo, notes are only counted
    expect(lineas.map((l) => `${l['Código']}|${l['Tipo']}`)).to.deep.equal(
      esperadas.map((x) => `${x.codigo}|${{ discrepancia: 'No cuadra', aviso: 'Aviso', no_verificable: 'No se puede verificar' }[x.tipo]}`),
    );
    const redondeo = lineas.find((l) => l['Afirmación'] === 'inversión que supera los $13.843 millones')!;
    expect([Number(redondeo['Informe']), Number(redondeo['Calculado'])]).to.deep.equal([13_843e6, esperadas.find((x) => x.texto === redondeo['Afirmación'])!.calculado]);
    expect(lineas.find((l) => l['Tipo'] === 'No se puede verificar')!['Calculado']).to.equal(''); // no figure, not 0
  });

  it('con meta: solo las entradas de esa meta (y su CSV); sin ninguna lo dice; un código inexistente se dice; meta gana a nivel', async () => {
    const plan = structuredClone(semilla);
    for (const c of ['6', '8']) plan.metas.find((m) => m.codigo === c)!.reportado.cumplimiento = 0.1; // printed figures that do not add up
    const esperadas = conciliar(plan).filter((d) => d.ambito === 'meta' && d.codigo === '8');
    expect(esperadas.length).to.be.greaterThan(0);
    const el = document.createElement('pdd-conciliacion');
    el.setAttribute('meta', '8');
    el.setAttribute('nivel', 'L1.C1.A2');
    el.setAttribute('todo', '');
    el.plan = plan;
    document.body.append(el);
    await esperar(() => !!el.shadowRoot!.querySelector('ul.lista'));
    const items = [...el.shadowRoot!.querySelectorAll('li.item')];
    expect(items.map((li) => `${li.getAttribute('data-codigo')}|${li.getAttribute('data-campo')}`)).to.deep.equal(esperadas.map((d) => `${d.codigo}|${d.campo}`));
    expect(el.shadowRoot!.querySelectorAll('li.item[data-veredicto]').length).to.equal(0); // not the level's claims
    const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
    expect(d.nombre).to.equal('conciliacion-meta-8.csv');
    expect(csvParse(await d.blob.text()).map((l) => l['Código'])).to.deep.equal(esperadas.map(() => '8'));
    expect(await violacionesAxe(el)).to.deep.equal([]);

    el.setAttribute('meta', '1');
    await esperar(() => el.shadowRoot!.querySelectorAll('li.item').length === 0);
    expect(el.shadowRoot!.textContent).to.contain('Todas las cifras verificables coinciden');
    el.setAttribute('meta', 'X1');
    await esperar(() => !!el.shadowRoot!.querySelector('p.error[role="alert"]'));
    expect(el.shadowRoot!.querySelector('p.error')!.textContent).to.contain('«X1»');
  });

  describe('con nivel: las afirmaciones de un nivel frente a lo que dan sus metas', () => {
    const crear = async (nivel: string, lang?: string) => {
      const el = document.createElement('pdd-conciliacion');
      el.setAttribute('nivel', nivel);
      if (lang) el.setAttribute('lang', lang);
      el.plan = semilla;
      document.body.append(el);
      await esperar(() => !!el.shadowRoot!.querySelector('ul.lista, p.error, .raiz > p'));
      return el;
    };
    const lineas = (el: HTMLElement) =>
      [...el.shadowRoot!.querySelectorAll('li.item')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

    it('lista cada afirmación de la apuesta con la cifra calculada y su resultado, también la que se sostiene', async () => {
      const el = await crear('L1.C1.A3');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Lo que dice el informe y lo que dan sus metas — 1.1.3 Fortalecimiento de la gestión y dirección de los sectores Trabajo, Comercio, Industria y Turismo');
      const [inversion, ciudadanos] = lineas(el);
      // «inversión que supera los $988 millones»: the apuesta's metas give 3.817,3 (seed, Fortalecimiento de la gestión).
      expect(inversion).to.contain('«inversión que supera los $988 millones»');
      expect(inversion).to.contain('Informe: $ 988 millones · Calculado: $ 3.817,3 millones');
      expect(inversion).to.contain('Resultado: Se sostiene, con holgura');
      expect(inversion).to.contain('286 % más');
      // «más de 2500 ciudadanos»: 709 + 193 + 1.649 = 2.551; no reconciliation entry, yet it is shown.
      expect(ciudadanos).to.contain('Informe: 2.500 ciudadanos · Calculado: 2.551 ciudadanos');
      expect(ciudadanos).to.contain('Resultado: Se sostiene');
      expect(el.shadowRoot!.querySelectorAll('li.item .causa:not(.traza)').length).to.equal(1);
      // Where the report says it, in its own words (the data's trace).
      expect(ciudadanos).to.contain(
        'En el informe: Introducción › Fortalecimiento de la gestión y dirección de los sectores Trabajo, Comercio, Industria y Turismo — «Con una inversión que supera los $988 millones se ha logrado beneficiar a más de 2500 ciudadanos»',
      );
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });

    it('una afirmación que no se sostiene va marcada como error, con su causa', async () => {
      const el = await crear('L1.C1.A1');
      const li = el.shadowRoot!.querySelector('li.item[data-campo="beneficiarios"]')!;
      expect(li.getAttribute('data-severidad')).to.equal('error');
      expect(li.textContent).to.contain('No se sostiene');
      expect(li.textContent).to.contain('La meta 3 no reporta beneficiarios');
    });

    it('un nivel con varias apuestas las lista todas, cada una con el nombre de su apuesta', async () => {
      const el = await crear('L1');
      const esperadas = resumir(semilla).afirmaciones;
      expect([...el.shadowRoot!.querySelectorAll('li.item')].map((li) => li.getAttribute('data-codigo'))).to.deep.equal(esperadas.map((a) => a.nodo));
      expect(el.shadowRoot!.querySelector('li.item .donde')!.textContent).to.equal('Internacionalización de su economía');
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });

    it('en inglés', async () => {
      const el = await crear('L1.C1.A4', 'en');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('What the report says and what its metas give — 1.1.4 Acceso al crédito');
      expect(lineas(el)[0]).to.contain('Report: 1,150 ciudadanos · Computed: 999 ciudadanos');
      expect(lineas(el)[0]).to.contain('Result: Does not hold');
    });

    it('descarga CSV de las afirmaciones del nivel con su resultado', async () => {
      const el = await crear('L1');
      const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
      expect(d.nombre).to.equal('afirmaciones-L1.csv');
      const lineas = csvParse(await d.blob.text());
      const esperadas = resumir(semilla).afirmaciones;
      expect(lineas.map((l) => [l['Nivel'], l['Afirmación'], l['Resultado'], l['Calculado']])).to.deep.equal(
        esperadas.map((a) => [a.nodo, a.afirmacion.texto, NOMBRES_VEREDICTO[a.veredicto].es, a.calculado === null ? '' : String(a.calculado)]),
      );
      expect(lineas.map((l) => l['Cita'])).to.deep.equal(esperadas.map((a) => a.afirmacion.traza?.cita ?? ''));
    });

    it('un código que no existe se dice, con los códigos válidos; no queda en blanco', async () => {
      const el = await crear('L9');
      const error = el.shadowRoot!.querySelector('p.error[role="alert"]')!;
      expect(error.textContent).to.contain('«L9»');
      expect(error.textContent).to.contain('L1.C1.A4');
      expect(el.shadowRoot!.querySelector('li.item')).to.equal(null);
    });

    it('un nivel sin afirmaciones lo dice', async () => {
      const plan = structuredClone(semilla);
      for (const n of plan.nodos) delete n.afirmaciones;
      const el = document.createElement('pdd-conciliacion');
      el.setAttribute('nivel', 'L1.C1.A2');
      el.plan = plan;
      document.body.append(el);
      await esperar(() => !!el.shadowRoot!.querySelector('.raiz > p'));
      expect(el.shadowRoot!.querySelector('.raiz > p')!.textContent).to.equal('El informe no hace afirmaciones con cifras sobre este nivel.');
    });
  });
});
