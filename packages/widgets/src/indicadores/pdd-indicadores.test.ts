import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { formatearPorcentaje, NOMBRES_ESTADO_INDICADOR, progresoIndicador, type Plan } from '@tablero-pdd/core';
import { csvParse } from 'd3-dsv';
import { capturarDescarga } from '../../../../test/browser/graficos-utilidades.js';
import './registro.js';
import { esperar, violacionesAxe } from '../../../../test/browser/utilidades.js';

describe('<pdd-indicadores>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch('/demo/data/norte-de-santander-2024-2025.json')).json()) as Plan;
  });
  afterEach(() => document.querySelectorAll('pdd-indicadores').forEach((e) => e.remove()));

  it('muestra línea base, último valor y meta con el estado que core calcula, sensible a la dirección', async () => {
    const el = document.createElement('pdd-indicadores');
    el.plan = semilla;
    document.body.append(el);
    await esperar(() => el.shadowRoot!.querySelectorAll('li.indicador').length > 0);
    const items = [...el.shadowRoot!.querySelectorAll('li.indicador')];
    expect(items).to.have.length(semilla.indicadoresResultado!.length);
    const nombres: Record<string, string> = { avance: 'Avance', retroceso: 'Retroceso', meta_alcanzada: 'Meta alcanzada' };
    for (const ind of semilla.indicadoresResultado!) {
      const p = progresoIndicador(ind);
      const li = el.shadowRoot!.querySelector(`li[data-codigo="${ind.codigo}"]`)!;
      const estado = li.querySelector('.estado')!;
      expect(estado.getAttribute('data-estado'), ind.codigo).to.equal(p.estado);
      if (nombres[p.estado]) expect(estado.textContent).to.equal(nombres[p.estado]);
      if (p.progreso !== null) expect(li.textContent).to.contain(formatearPorcentaje(p.progreso));
    }
    // A ranking going 15 → 17 (target 12) is a regression; 6 → 3 (target 5) reached the target.
    const densidad = semilla.indicadoresResultado!.find((i) => i.lineaBase.valor === 15)!;
    expect(progresoIndicador(densidad).estado).to.equal('retroceso');
    // Footnotes travel with the figures.
    expect(el.shadowRoot!.textContent).to.contain('Índice Departamental de Competitividad');
    expect(el.shadowRoot!.textContent).to.contain('puesto 23');
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('un sentido inferido (del texto del informe, o supuesto donde el archivo no lo dice) se marca y da su razón', async () => {
    const chia = (await (await fetch('/demo/data/chia-25175.json')).json()) as Plan;
    // One indicator whose direction the source states: no trace of an inference.
    const declarado = structuredClone(semilla);
    delete declarado.indicadoresResultado![0]!.trazas!['direccion'];
    for (const plan of [chia, declarado]) {
      const el = document.createElement('pdd-indicadores');
      el.plan = plan;
      document.body.append(el);
      await esperar(() => el.shadowRoot!.querySelectorAll('li.indicador').length > 0);
      for (const ind of plan.indicadoresResultado!) {
        const razon = ind.trazas?.['direccion']?.inferido;
        const li = el.shadowRoot!.querySelector(`li[data-codigo="${ind.codigo}"]`)!;
        const dd = li.querySelector('[data-direccion-inferida]')!;
        expect(dd.getAttribute('data-direccion-inferida'), ind.codigo).to.equal(razon ? 'si' : 'no');
        expect(dd.textContent!.includes('(inferido)'), ind.codigo).to.equal(!!razon);
        if (razon) expect(li.textContent!.replace(/\s+/g, ' '), ind.codigo).to.contain(`Sentido inferido: ${razon.replace(/\s+/g, ' ')}`);
        else expect(li.textContent, ind.codigo).not.to.contain('Sentido inferido');
      }
      expect(await violacionesAxe(el)).to.deep.equal([]);
      el.remove();
    }
  });

  it('descarga CSV: una línea por indicador con las cifras crudas, vacío donde el informe no da cifra', async () => {
    const plan = structuredClone(semilla);
    plan.indicadoresResultado![0]!.actual.valor = null; // a latest value the report does not give
    const el = document.createElement('pdd-indicadores');
    el.plan = plan;
    document.body.append(el);
    await esperar(() => el.shadowRoot!.querySelectorAll('li.indicador').length > 0);
    const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
    expect(d.nombre).to.equal('indicadores.csv');
    const lineas = csvParse(await d.blob.text());
    expect(lineas.map((l) => l['Código'])).to.deep.equal(plan.indicadoresResultado!.map((i) => i.codigo));
    plan.indicadoresResultado!.forEach((ind, i) => {
      const l = lineas[i]!;
      const p = progresoIndicador(ind);
      expect(l['Línea base']).to.equal(ind.lineaBase.valor === null ? '' : String(ind.lineaBase.valor));
      expect(l['Meta']).to.equal(ind.meta.valor === null ? '' : String(ind.meta.valor));
      expect(l['Progreso']).to.equal(p.progreso === null ? '' : String(p.progreso));
      expect(l['Estado']).to.equal(NOMBRES_ESTADO_INDICADOR[p.estado].es);
    });
    expect(lineas[0]!['Último valor']).to.equal('');
    // The ranking reads "menor es mejor"; the credits row prints an increment, and says so.
    expect(lineas.find((l) => l['Línea base'] === '15')!['Sentido']).to.equal('menor es mejor');
    expect(lineas.find((l) => l['Código'] === 'IR6')!['El último valor es']).to.equal('un incremento sobre la línea base');
  });

  describe('nivel="…": los indicadores de una rama del plan', () => {
    let chia: Plan;
    before(async () => {
      chia = (await (await fetch('/demo/data/chia-25175.json')).json()) as Plan;
    });
    const mostrar = async (plan: Plan, nivel: string) => {
      const el = document.createElement('pdd-indicadores');
      el.setAttribute('nivel', nivel);
      el.plan = plan;
      document.body.append(el);
      await el.updateComplete;
      await esperar(() => el.shadowRoot!.querySelector('section.raiz[aria-busy="false"]') !== null);
      return el;
    };
    const codigos = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('li.indicador')].map((li) => li.getAttribute('data-codigo'));

    it('muestra solo los indicadores de ese nodo y de los que cuelgan de él, y el CSV trae esos mismos', async () => {
      const linea = chia.indicadoresResultado!.find((i) => i.nodo)!.nodo!;
      const esperados = chia.indicadoresResultado!.filter((i) => i.nodo === linea).map((i) => i.codigo);
      expect(esperados.length).to.be.greaterThan(0);
      expect(esperados.length).to.be.lessThan(chia.indicadoresResultado!.length);
      const el = await mostrar(chia, linea);
      expect(codigos(el)).to.have.members(esperados);
      expect(codigos(el)).to.have.length(esperados.length);
      const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
      expect(csvParse(await d.blob.text()).map((l) => l['Código'])).to.have.members(esperados);
      expect(await violacionesAxe(el)).to.deep.equal([]);

      // An indicator placed in a node under the line is part of its branch; one of another line is not.
      const plan = structuredClone(chia);
      const hijo = plan.nodos.find((n) => n.padre === linea)!;
      const otro = plan.indicadoresResultado!.find((i) => i.nodo !== linea)!;
      otro.nodo = hijo.codigo;
      const el2 = await mostrar(plan, linea);
      expect(codigos(el2)).to.include(otro.codigo);
      // From the child's side the line's own indicators are above it: not shown.
      const el3 = await mostrar(plan, hijo.codigo);
      expect(codigos(el3)).to.deep.equal([otro.codigo]);
    });

    it('dice cuándo ninguno pertenece al nivel y cuántos no dicen a qué nivel pertenecen (la semilla no los ubica)', async () => {
      const el = await mostrar(semilla, 'L1');
      expect(codigos(el)).to.have.length(0);
      const texto = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(texto).to.contain('Ningún indicador de resultado está asociado a «L1»');
      expect(texto).to.contain(`${semilla.indicadoresResultado!.length} indicadores del plan no dicen a qué nivel pertenecen`);
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });

    it('un código que el plan no tiene es una alerta con los códigos válidos', async () => {
      const el = await mostrar(semilla, 'NO-EXISTE');
      const alerta = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alerta?.textContent).to.contain('«NO-EXISTE»');
      expect(alerta?.textContent).to.contain('L1.C1.A1');
      expect(codigos(el)).to.have.length(0);
    });
  });

  describe('una lista larga de indicadores', () => {
    /** The seed's indicators repeated with new codes, IR-1 … IR-n. */
    const muchos = (n: number): Plan => {
      const plan = structuredClone(semilla);
      const base = semilla.indicadoresResultado!;
      plan.indicadoresResultado = Array.from({ length: n }, (_, i) => ({ ...structuredClone(base[i % base.length]!), codigo: `IR-${i + 1}` }));
      return plan;
    };
    const montar = async (plan: Plan, atributos: Record<string, string> = {}) => {
      const el = document.createElement('pdd-indicadores');
      for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
      el.plan = plan;
      document.body.append(el);
      await esperar(() => el.shadowRoot!.querySelectorAll('li.indicador').length > 0);
      return el;
    };
    const visibles = (el: Element) => [...el.shadowRoot!.querySelectorAll('li.indicador')].map((li) => li.getAttribute('data-codigo'));
    const conteo = (el: Element) => el.shadowRoot!.querySelector('.conteo-lista')?.textContent?.replace(/\s+/g, ' ').trim();
    const rango = (desde: number, hasta: number) => Array.from({ length: hasta - desde + 1 }, (_, i) => `IR-${desde + i}`);
    afterEach(() => window.dispatchEvent(new Event('afterprint')));

    it('150 indicadores: de 10 en 10, con Siguiente del teclado y el foco en su sitio; el CSV los trae todos; al imprimir, todos', async () => {
      const el = await montar(muchos(150));
      expect(visibles(el)).to.deep.equal(rango(1, 10));
      expect(conteo(el)).to.equal('Mostrando 1–10 de 150 indicadores');
      const siguiente = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-paso="siguiente"]')!;
      siguiente.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibles(el)).to.deep.equal(rango(11, 20));
      expect(el.shadowRoot!.activeElement).to.equal(siguiente);
      expect(conteo(el)).to.equal('Mostrando 11–20 de 150 indicadores');
      expect(await violacionesAxe(el)).to.deep.equal([]);

      const d = await capturarDescarga(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-descarga="csv"]')!.click());
      expect(csvParse(await d.blob.text()).map((l) => l['Código'])).to.deep.equal(rango(1, 150));

      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(visibles(el)).to.have.length(150);
      expect(el.shadowRoot!.querySelector('nav.paginacion')).to.equal(null);
    });

    it('por-pagina="todas" los muestra todos; un valor que no ofrece se dice y se usan 10; los 6 de la semilla, sin controles', async () => {
      const todas = await montar(muchos(30), { 'por-pagina': 'todas' });
      expect(visibles(todas)).to.deep.equal(rango(1, 30));
      expect(todas.shadowRoot!.querySelector('nav.paginacion')).to.equal(null);

      const mal = await montar(muchos(30), { 'por-pagina': '12' });
      expect(mal.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
        'El atributo por-pagina="12" no es un tamaño de página de la lista. Valores válidos: 10, 25, 50, 100, todas. Se muestran 10.',
      );
      expect(visibles(mal)).to.have.length(10);

      const semillaEl = await montar(semilla);
      expect(visibles(semillaEl)).to.have.length(semilla.indicadoresResultado!.length);
      expect(semillaEl.shadowRoot!.querySelector('nav.paginacion, .conteo-lista')).to.equal(null);
    });
  });
});
