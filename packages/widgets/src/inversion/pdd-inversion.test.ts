import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { csvParse } from 'd3-dsv';
import { cruzarInversion, formatearMillones, resumir, type Plan } from '@tablero-pdd/core';
import './registro.js';
import type { PddInversion } from './pdd-inversion.js';
import { conApuestas, esperar, violacionesAxe } from '../../../../test/browser/utilidades.js';
import {
  capturarDescarga,
  clavesBarras,
  clavesTabla,
  largoBarra,
  limpio,
  pistasFila,
  valoresFila,
} from '../../../../test/browser/graficos-utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

async function montar(atributos: Record<string, string>, plan?: Plan): Promise<PddInversion> {
  const el = document.createElement('pdd-inversion');
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  if (plan) el.plan = plan;
  document.body.append(el);
  await esperar(() => !!el.shadowRoot?.querySelector('.grafico, p.estado:not([role])'));
  return el;
}
const grafico = (el: PddInversion) => el.shadowRoot!.querySelector('.grafico')!;
const boton = (el: PddInversion, sel: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(sel)!;
const millones = (v: number | null) => limpio(formatearMillones(v, { sinDato: 'sin dato reportado' }));

/** The seed with yearly investment entries, so "por año" has several bars and sources differ by year. */
function conAnios(semilla: Plan): Plan {
  const p = structuredClone(semilla);
  p.metas[0]!.inversion = [
    { desde: 2024, hasta: 2024, fuente: 'recursos_propios', valor: 300e6 },
    { desde: 2025, hasta: 2025, fuente: 'sgr', valor: 476e6 },
  ];
  p.metas[1]!.inversion = [{ desde: 2025, hasta: 2025, fuente: 'recursos_propios', valor: 601.4e6 }];
  return p;
}

describe('<pdd-inversion>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(async () => {
    document.querySelectorAll('pdd-inversion').forEach((e) => e.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it('por fuente (predeterminado): las fuentes y sumas de core, en millones, con largos proporcionales', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const r = resumir(semilla).inversion;
    const g = grafico(el);
    expect(clavesBarras(g)).to.deep.equal(r.porFuente.map((f) => f.fuente));
    const max = Math.max(...r.porFuente.map((f) => f.valor));
    for (const f of r.porFuente) {
      expect(valoresFila(g, f.fuente)).to.deep.equal([millones(f.valor)]);
      expect(largoBarra(pistasFila(g, f.fuente)[0]!)).to.be.closeTo((f.valor / max) * 100, 0.01);
    }
    expect(limpio(g.textContent)).to.contain(r.porFuente[0]!.etiqueta.es);
  });

  it('por="nivel": los nodos de core; un nodo sin inversión reportada es texto, y sus metas se dicen aparte', async () => {
    const plan = structuredClone(semilla);
    const deA4 = plan.metas.filter((m) => m.nodo === 'L1.C1.A4');
    for (const m of deA4) m.inversion = m.inversion.map((e) => ({ ...e, valor: null }));
    const el = await montar({ por: 'nivel' }, plan);
    const r = resumir(plan).inversion;
    const g = grafico(el);
    expect(clavesBarras(g)).to.deep.equal(r.porNodo.map((f) => f.codigo));
    for (const f of r.porNodo) expect(valoresFila(g, f.codigo)).to.deep.equal([millones(f.valor)]);
    expect(r.porNodo.find((f) => f.codigo === 'L1.C1.A4')!.valor).to.equal(null);
    expect(valoresFila(g, 'L1.C1.A4')).to.deep.equal(['sin dato reportado']);
    expect(pistasFila(g, 'L1.C1.A4')).to.have.length(0);
    const notas = limpio(el.shadowRoot!.querySelector('.notas-grafico')!.textContent);
    expect(notas).to.contain(`${deA4.length} metas sin dato de inversión reportado`).and.to.contain(r.sinDato.join(', '));
  });

  it('nivel: solo la inversión de la rama; por nivel, solo sus nodos, desde el margen; un código inexistente se dice', async () => {
    const rama = { ...semilla, metas: semilla.metas.filter((m) => m.nodo === 'L1.C1.A1') };
    const r = resumir(rama).inversion;
    const el = await montar({ nivel: 'L1.C1.A1' }, semilla);
    const g = grafico(el);
    expect(clavesBarras(g)).to.deep.equal(r.porFuente.map((f) => f.fuente));
    for (const f of r.porFuente) expect(valoresFila(g, f.fuente)).to.deep.equal([millones(f.valor)]);
    expect(r.total).to.not.equal(resumir(semilla).inversion.total); // the branch, not the plan
    el.remove();
    const porNivel = await montar({ nivel: 'L1.C1', por: 'nivel' }, semilla);
    const claves = clavesBarras(grafico(porNivel));
    expect(claves).to.deep.equal(['L1.C1', 'L1.C1.A1', 'L1.C1.A2', 'L1.C1.A3', 'L1.C1.A4']);
    // Indented from the branch's own top: the componente at the margin, its apuestas one step in.
    const sangria = (c: string) => grafico(porNivel).querySelector(`.fila[data-clave="${c}"] .etiqueta-fila`)!.getAttribute('data-profundidad');
    expect([sangria('L1.C1'), sangria('L1.C1.A1')]).to.deep.equal(['0', '1']);
    porNivel.remove();
    const mal = document.createElement('pdd-inversion');
    mal.setAttribute('nivel', 'L9');
    mal.plan = semilla;
    document.body.append(mal);
    await esperar(() => !!mal.shadowRoot?.querySelector('p.error[role="alert"]'));
    expect(mal.shadowRoot!.querySelector('p.error')!.textContent).to.contain('«L9»');
  });

  it('meta: la inversión de una sola meta por fuente; por nivel, los nodos de los que cuelga', async () => {
    const meta = semilla.metas.find((m) => m.codigo === '8')!;
    const r = resumir({ ...semilla, metas: [meta] }).inversion;
    expect(r.porFuente.length).to.be.greaterThan(1);
    const el = await montar({ meta: '8' }, semilla);
    const g = grafico(el);
    expect(clavesBarras(g)).to.deep.equal(r.porFuente.map((f) => f.fuente));
    for (const f of r.porFuente) expect(valoresFila(g, f.fuente)).to.deep.equal([millones(f.valor)]);
    el.remove();
    const porNivel = await montar({ meta: '8', nivel: 'L1.C1.A1', por: 'nivel' }, semilla); // meta wins over nivel
    expect(clavesBarras(grafico(porNivel))).to.deep.equal(['L1', 'L1.C1', meta.nodo]);
    for (const c of ['L1', 'L1.C1', meta.nodo]) expect(valoresFila(grafico(porNivel), c)).to.deep.equal([millones(r.total)]);
    // The downloaded chart keeps the heading's words: one meta's figures are never shown as the plan's.
    expect(porNivel.shadowRoot!.querySelector('h2')!.textContent).to.equal('Inversión por nivel del plan — meta 8');
    const d = await capturarDescarga(() => boton(porNivel, 'button[data-descarga="svg"]').click());
    const doc = new DOMParser().parseFromString(await d.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('title')!.textContent).to.equal('Inversión por nivel del plan — meta 8');
  });

  it('apilado por nivel: segmentos por fuente que suman la barra, leyenda con trama y tabla con una columna por fuente', async () => {
    const el = await montar({ src: URL_SEMILLA, por: 'nivel', apilado: '' });
    const r = resumir(semilla).inversion;
    const c = cruzarInversion(semilla, { periodo: { desde: 2024, hasta: 2025 } });
    const g = grafico(el);
    const max = Math.max(...r.porNodo.map((f) => f.valor ?? 0));
    r.porNodo.forEach((f, i) => {
      const pista = pistasFila(g, f.codigo)[0]!;
      const segs = pista.querySelectorAll('rect.seg');
      expect(segs.length, f.codigo).to.equal(Object.values(c.porNodo[i]!.porFuente).filter((v) => v > 0).length);
      expect(largoBarra(pista)).to.be.closeTo(((f.valor ?? 0) / max) * 100, 0.01);
    });
    const leyenda = [...g.querySelectorAll('.leyenda li')].map((li) => limpio(li.textContent));
    expect(leyenda).to.deep.equal(r.porFuente.map((f) => f.etiqueta.es));
    // Every layer but the first is hatched: colour is not the only cue.
    expect(g.querySelectorAll('.definiciones pattern').length).to.equal(r.porFuente.length - 1);
    boton(el, 'button.ver-tabla').click();
    await el.updateComplete;
    const encabezados = [...g.querySelectorAll('thead th')].map((th) => limpio(th.textContent));
    expect(encabezados).to.deep.equal(['Nivel del plan', ...r.porFuente.map((f) => f.etiqueta.es), 'Total', 'Metas']);
    const filaA2 = [...g.querySelectorAll('tbody tr[data-clave="L1.C1.A2"] td')].map((td) => limpio(td.textContent));
    const a2 = c.porNodo.find((f) => f.codigo === 'L1.C1.A2')!.porFuente;
    expect(filaA2.slice(0, r.porFuente.length)).to.deep.equal(r.porFuente.map((f) => (a2[f.fuente] === undefined ? '—' : millones(a2[f.fuente]!))));
  });

  it('por="anio": columnas verticales por periodo de reporte, apiladas por fuente', async () => {
    const plan = conAnios(semilla);
    const el = await montar({ por: 'anio', apilado: '' }, plan);
    const r = resumir(plan).inversion;
    const g = grafico(el);
    expect(g.querySelector('.barras-v')).not.to.equal(null);
    expect(clavesBarras(g)).to.deep.equal(r.porAnio.map((a) => `${a.desde}-${a.hasta}`));
    expect(r.porAnio.length).to.be.greaterThan(1);
    for (const a of r.porAnio) expect(valoresFila(g, `${a.desde}-${a.hasta}`)).to.deep.equal([millones(a.valor)]);
    expect(limpio(g.querySelector('[data-clave="2024-2024"] .etiqueta-fila')!.textContent)).to.equal('2024');
  });

  it('sin ninguna inversión reportada lo dice, sin gráfico vacío', async () => {
    const plan = structuredClone(semilla);
    for (const m of plan.metas) m.inversion = [];
    const el = await montar({}, plan);
    expect(el.shadowRoot!.querySelector('.grafico')).to.equal(null);
    expect(limpio(el.shadowRoot!.textContent)).to.contain('Ninguna meta reporta inversión').and.to.contain(`${plan.metas.length} metas sin dato`);
  });

  it('"Ver tabla" con el teclado y cero violaciones de axe en los tres temas (apilado, tabla a la vista)', async () => {
    const el = await montar({ src: URL_SEMILLA, por: 'nivel', apilado: '' });
    const ver = boton(el, 'button.ver-tabla');
    ver.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ver.getAttribute('aria-expanded')).to.equal('true');
    const g = grafico(el);
    expect(clavesTabla(g)).to.deep.equal(clavesBarras(g));
    for (const tema of ['claro', 'oscuro', 'alto-contraste']) {
      el.setAttribute('tema', tema);
      await el.updateComplete;
      expect(await violacionesAxe(el), tema).to.deep.equal([]);
    }
  });

  it('descarga CSV en pesos, con una columna por fuente cuando está apilado', async () => {
    const el = await montar({ src: URL_SEMILLA });
    const r = resumir(semilla).inversion;
    const d = await capturarDescarga(() => boton(el, 'button[data-descarga="csv"]').click());
    expect(d.nombre).to.equal('inversion-fuente.csv');
    const filas = csvParse((await d.blob.text()).replace(/^\uFEFF/, ''));
    expect(filas.map((f) => f['Fuente de financiación'])).to.deep.equal(r.porFuente.map((f) => f.etiqueta.es));
    expect(filas.map((f) => Number(f['Inversión (pesos)']))).to.deep.equal(r.porFuente.map((f) => f.valor));
    el.setAttribute('por', 'nivel');
    el.toggleAttribute('apilado', true);
    await el.updateComplete;
    const d2 = await capturarDescarga(() => boton(el, 'button[data-descarga="csv"]').click());
    const filas2 = csvParse((await d2.blob.text()).replace(/^\uFEFF/, ''));
    expect(filas2.columns).to.include('Recursos propios (pesos)').and.to.include('Total (pesos)');
    expect(filas2.map((f) => Number(f['Total (pesos)']))).to.deep.equal(r.porNodo.map((f) => f.valor));
  });

  it('descarga SVG apilada: SVG válido con las tramas y un rectángulo por segmento', async () => {
    const el = await montar({ src: URL_SEMILLA, por: 'nivel', apilado: '' });
    const d = await capturarDescarga(() => boton(el, 'button[data-descarga="svg"]').click());
    const doc = new DOMParser().parseFromString(await d.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('pattern').length).to.equal(resumir(semilla).inversion.porFuente.length - 1);
    const segmentosPantalla = grafico(el).querySelectorAll('svg.pista rect.seg').length;
    const enArchivo = [...doc.querySelectorAll('svg > rect')].filter((x) => x.getAttribute('stroke') !== 'none' && x.getAttribute('width') !== '100%' && x.getAttribute('width') !== '12');
    expect(enArchivo.length).to.equal(segmentosPantalla);
  });

  it('a 320 px de ancho no desborda la página (con la tabla apilada a la vista)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await montar({ src: URL_SEMILLA, por: 'nivel', apilado: '' });
    boton(el, 'button.ver-tabla').click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('por nivel, un plan con 42 niveles va por páginas de 25, con el orden del árbol; por-pagina="todas" los muestra todos', async () => {
    const plan = conApuestas(semilla, 40);
    const el = await montar({ por: 'nivel' }, plan);
    const r = resumir(plan);
    const g = grafico(el);
    const orden = r.inversion.porNodo.map((f) => f.codigo);
    expect(orden).to.have.length(42);
    expect(clavesBarras(g)).to.deep.equal(orden.slice(0, 25));
    expect(limpio(el.shadowRoot!.querySelector('.conteo-grafico')!.textContent)).to.equal('Mostrando 1–25 de 42 niveles');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-paso="siguiente"]')!.click();
    await el.updateComplete;
    expect(clavesBarras(g)).to.deep.equal(orden.slice(25));
    expect(await violacionesAxe(el)).to.deep.equal([]);

    const todas = await montar({ por: 'nivel', 'por-pagina': 'todas' }, plan);
    expect(clavesBarras(grafico(todas))).to.deep.equal(orden);
    expect(todas.shadowRoot!.querySelector('nav.paginacion')).to.equal(null);
  });
});
