/**
 * What every widget must do whatever it shows: every state (loading, error, empty, data) readable and with
 * zero axe violations; clear Spanish errors naming the URL, row and field, with a retry; data rendered as
 * text, never markup; intact under a hostile page stylesheet.
 */
import { expect } from '@esm-bundle/chai';
import { escribirPlanCsv, type Plan } from '@tablero-pdd/core';
import '../../packages/widgets/src/index.js';
import { ESPERA_CARGANDO, type ElementoPdd } from '../../packages/widgets/src/base/elemento-pdd.js';
import { ETIQUETAS_WIDGETS as ETIQUETAS, esperar, violacionesAxe } from './utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

let semilla: Plan;
before(async () => {
  semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
});
afterEach(() => {
  for (const t of ETIQUETAS) document.querySelectorAll(t).forEach((e) => e.remove());
  document.getElementById('hostil')?.remove();
});

function montar(etiqueta: string, atributos: Record<string, string> = {}, plan?: unknown): ElementoPdd {
  const el = document.createElement(etiqueta) as ElementoPdd;
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  if (plan !== undefined) el.plan = plan as Plan;
  document.body.append(el);
  return el;
}

/** Painted on screen: laid out, visible and larger than the 1 px of a visually hidden element. */
const pintado = (el: HTMLElement) =>
  el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().height > 1;
/** Text of an element as painted (its box is more than the 1 px of a visually hidden one). */
const limpioVisible = (el: HTMLElement) => (el.getBoundingClientRect().width > 1 ? (el.textContent ?? '').replace(/\s+/g, ' ') : '');
const texto = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const listo = (el: Element) => !!el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]');

for (const etiqueta of ETIQUETAS) {
  describe(`<${etiqueta}> en todos sus estados`, () => {
    it('sin fuente de datos: dice qué falta, sin caja vacía', async () => {
      const el = montar(etiqueta);
      await el.updateComplete;
      expect(texto(el)).to.contain('atributo src');
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });

    it('cargando: lo anuncia y no tiene violaciones', async () => {
      const el = montar(etiqueta, { src: '/__prueba/lento' });
      await el.updateComplete;
      expect(texto(el)).to.contain('Cargando');
      expect(el.shadowRoot!.querySelector('[role="status"]')).not.to.equal(null);
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });

    it('HTTP 404: mensaje en español con la dirección, y reintento', async () => {
      const el = montar(etiqueta, { src: '/no-existe/plan.json' });
      await esperar(() => !!el.shadowRoot?.querySelector('[role="alert"]'));
      expect(texto(el)).to.match(/404/).and.to.contain('/no-existe/plan.json');
      const boton = el.shadowRoot!.querySelector('button')!;
      expect(boton.textContent).to.contain('Reintentar');
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });

    it('falla de red: lo dice, no deja la caja en blanco', async () => {
      const el = montar(etiqueta, { src: 'http://127.0.0.1:9/plan.json' });
      await esperar(() => !!el.shadowRoot?.querySelector('[role="alert"]'), 8000);
      expect(texto(el)).to.contain('No se pudo descargar');
    });

    it('JSON inválido: indica línea y columna', async () => {
      const el = montar(etiqueta, { src: '/test/fixtures/plan-truncado.json' });
      await esperar(() => !!el.shadowRoot?.querySelector('[role="alert"]'));
      expect(texto(el)).to.match(/l[ií]nea \d+/i);
    });

    it('datos que no cumplen el esquema: fila, campo y lo esperado, en inglés si se pide', async () => {
      const malo = structuredClone(semilla) as unknown as { metas: Array<Record<string, unknown>> };
      malo.metas[2]!.metaCuatrienio = 'tres';
      const es = montar(etiqueta, {}, malo);
      await esperar(() => !!es.shadowRoot?.querySelector('[role="alert"]'));
      expect(texto(es)).to.contain('fila 3').and.to.contain('meta del cuatrienio').and.to.contain('se esperaba un número');
      const en = montar(etiqueta, { lang: 'en' }, malo);
      await esperar(() => !!en.shadowRoot?.querySelector('[role="alert"]'));
      expect(texto(en)).to.contain('row 3').and.to.contain('expected a number');
      expect(await violacionesAxe(es)).to.deep.equal([]);
    });

    it('CSV con una columna mal escrita: nombra la fila y la columna', async () => {
      const csv = escribirPlanCsv(semilla).replace(/Meta cuatrienio/, 'Meta cuatrienio').split('\n');
      // Text where a number is expected, in the third data row.
      const encabezado = csv[0]!.split(csv[0]!.includes(';') ? ';' : ',');
      const sep = csv[0]!.includes(';') ? ';' : ',';
      const col = encabezado.findIndex((h) => /Meta cuatrienio/i.test(h));
      const celdas = csv[3]!.split(sep);
      celdas[col] = 'muchas';
      csv[3] = celdas.join(sep);
      const url = URL.createObjectURL(new Blob([csv.join('\n')], { type: 'text/csv' }));
      const el = montar(etiqueta, { src: url });
      await esperar(() => !!el.shadowRoot?.querySelector('[role="alert"]'));
      expect(texto(el)).to.contain('fila 4').and.to.contain('Meta cuatrienio').and.to.contain('"muchas"');
      URL.revokeObjectURL(url);
    });

    it('con el conjunto de datos: cero violaciones en tema claro, oscuro y alto contraste', async () => {
      for (const tema of ['claro', 'oscuro', 'alto-contraste']) {
        const el = montar(etiqueta, { tema }, semilla);
        await esperar(() => listo(el) && !el.shadowRoot!.querySelector('[role="alert"]'));
        expect(await violacionesAxe(el), tema).to.deep.equal([]);
        el.remove();
      }
    });

    it('encabezado="3": su título es un h3 y sus subtítulos bajan con él; un valor fuera de 1–6 deja el h2', async () => {
      // The ficha and the detail of a meta have two levels of inner headings: open one row of the table.
      const atributos: Record<string, string> = etiqueta === 'pdd-ficha' ? { meta: '8' } : {};
      const el = montar(etiqueta, { ...atributos, encabezado: '3' }, semilla);
      await esperar(() => listo(el) && !el.shadowRoot!.querySelector('[role="alert"]'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.abrir')?.click();
      await el.updateComplete;
      const niveles = () => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
      const titulo = el.shadowRoot!.querySelector('section.raiz > #titulo')!;
      expect(titulo.localName).to.equal('h3');
      // The title first, every inner heading below it, and none skips a level (WCAG 1.3.1).
      const n = niveles();
      expect(n[0]).to.equal(3);
      expect(n.slice(1).every((x) => x >= 4), n.join(' ')).to.equal(true);
      for (let i = 1; i < n.length; i++) expect(n[i]! - n[i - 1]!, `${n.join(' ')}`).to.be.at.most(1);
      // Styled by depth, not by element: the title looks as it does as an h2.
      const h3 = getComputedStyle(titulo).fontSize;
      el.remove();
      const h2 = montar(etiqueta, { ...atributos, encabezado: '7' }, semilla);
      await esperar(() => listo(h2) && !h2.shadowRoot!.querySelector('[role="alert"]'));
      const t2 = h2.shadowRoot!.querySelector('section.raiz > #titulo')!;
      expect(t2.localName).to.equal('h2');
      expect(getComputedStyle(t2).fontSize).to.equal(h3);
      expect(await violacionesAxe(h2)).to.deep.equal([]);
    });

    it('los datos son texto, nunca marcado', async () => {
      const hostil = structuredClone(semilla);
      hostil.nodos[2]!.nombre = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
      hostil.metas[0]!.nombre = '<b id="inyectado">negrita</b>';
      const el = montar(etiqueta, {}, hostil);
      await esperar(() => listo(el));
      await new Promise((r) => setTimeout(r, 50));
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('img, script, #inyectado')).to.equal(null);
    });

    it('una hoja de estilos hostil en la página no lo rompe', async () => {
      const normal = montar(etiqueta, {}, semilla);
      await esperar(() => listo(normal));
      const alto = normal.getBoundingClientRect().height;
      const tamano = getComputedStyle(normal.shadowRoot!.querySelector('.raiz')!).fontSize;
      normal.remove();
      const estilo = document.createElement('style');
      estilo.id = 'hostil';
      estilo.textContent = `* { font-size: 40px !important; line-height: 3 !important; color: red !important;
        letter-spacing: 9px !important; text-transform: uppercase !important; }
        svg, table, ul, li, button { display: none !important; } div, section { padding: 99px !important; }
        h2, h3 { visibility: hidden !important; }`;
      document.head.append(estilo);
      const el = montar(etiqueta, {}, semilla);
      await esperar(() => listo(el));
      const raiz = el.shadowRoot!.querySelector('.raiz')!;
      expect(getComputedStyle(raiz).fontSize).to.equal(tamano);
      expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).visibility).to.equal('visible');
      const tabla = el.shadowRoot!.querySelector('table, ul');
      if (tabla) expect(getComputedStyle(tabla).display).not.to.equal('none');
      // Same layout as without the hostile sheet (within a pixel of rounding).
      expect(Math.abs(el.getBoundingClientRect().height - alto)).to.be.lessThan(2);
      // And the widget changed nothing outside itself.
      expect(document.head.querySelectorAll('style').length).to.be.greaterThan(0);
      expect(document.body.style.cssText).to.equal('');
    });
  });
}

// The grace period of the loading state. After the loop above (its own loading test shares one slow request
// that must still be pending), each with its own slow URL.
for (const etiqueta of ETIQUETAS) {
  describe(`<${etiqueta}> mientras carga`, () => {
    it('cargando lento: al principio nada pintado salvo el estado para lectores; tras la espera, el aviso visible', async () => {
      const el = montar(etiqueta, { src: `/__prueba/lento?${etiqueta}-${Date.now()}` });
      await el.updateComplete;
      const caja = () => el.shadowRoot!.querySelector<HTMLElement>('section.raiz')!;
      const estado = () => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
      expect(caja().getAttribute('aria-busy')).to.equal('true');
      // Nothing painted (a fast load would go straight to the content), but the status is read: it is in the
      // accessibility tree (displayed, visible), only clipped to nothing on screen.
      expect(pintado(caja())).to.equal(false);
      expect(getComputedStyle(estado()).display).to.not.equal('none');
      expect(getComputedStyle(estado()).visibility).to.equal('visible');
      expect(estado().textContent).to.contain('Cargando');
      expect(estado().getBoundingClientRect().width).to.be.at.most(1);
      await new Promise((r) => setTimeout(r, ESPERA_CARGANDO + 150));
      await el.updateComplete;
      expect(pintado(caja())).to.equal(true);
      expect(caja().contains(estado())).to.equal(true);
      expect(estado().getBoundingClientRect().width).to.be.greaterThan(1);
      expect(limpioVisible(estado())).to.contain('Cargando');
      expect(caja().getAttribute('aria-busy')).to.equal('true');
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });

    it('una carga rápida no pinta nunca "Cargando…": de nada pintado pasa al contenido', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(semilla)], { type: 'application/json' }));
      const el = montar(etiqueta, { src: url });
      const pintados: string[] = [];
      // Every frame until the data (and the map's boundaries) are drawn.
      for (let i = 0; i < 300 && !el.shadowRoot?.querySelector('[aria-busy="false"]'); i++) {
        await new Promise((r) => requestAnimationFrame(r));
        for (const caja of el.shadowRoot?.querySelectorAll<HTMLElement>('.raiz, [role="status"]') ?? [])
          if (pintado(caja) && /Cargando/.test(caja.textContent ?? '')) pintados.push(`cuadro ${i}`);
      }
      URL.revokeObjectURL(url);
      expect(el.shadowRoot!.querySelector('[aria-busy="false"]'), 'cargó').not.to.equal(null);
      expect(pintados).to.deep.equal([]);
    });
  });
}
