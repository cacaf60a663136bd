// <pdd-mapa> in real Chromium: geometry, what is painted, notes, keyboard with real key presses, the filter
// event, axe in every state, another department, a hostile page stylesheet.
import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, resetMouse, emulateMedia } from '@web/test-runner-commands';
import { formatearMillones, municipiosAlcanzados, MUNICIPIOS, type Plan } from '@tablero-pdd/core';
import '../../packages/widgets/src/mapa/registro.js';
import type { PddMapa } from '../../packages/widgets/src/mapa/pdd-mapa.js';
import { COLORES_ESCALA } from '../../packages/widgets/src/base/escala-color.js';
import { EVENTO_FILTRO_MUNICIPIO, type DetalleFiltroMunicipio } from '../../packages/widgets/src/base/eventos.js';
import { csvParse } from 'd3-dsv';
import { capturarDescarga } from './graficos-utilidades.js';
import { esperar, violacionesAxe } from './utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

async function montar(atributos: Record<string, string>, plan?: Plan): Promise<PddMapa> {
  const el = document.createElement('pdd-mapa');
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  if (plan) el.plan = plan;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const raiz = (el: PddMapa) => el.shadowRoot!;
const caminos = (el: PddMapa) => [...raiz(el).querySelectorAll<SVGPathElement>('path[data-codigo]')];
const camino = (el: PddMapa, codigo: string) => raiz(el).querySelector<SVGPathElement>(`path[data-codigo="${codigo}"]`)!;
const pintado = (p: Element) => [...p.classList].some((c) => c.startsWith('paso-'));
const textoDe = (el: PddMapa) => raiz(el).textContent!.replace(/\s+/g, ' ');
const dibujado = (el: PddMapa, n?: number) => esperar(() => (n === undefined ? caminos(el).length > 0 : caminos(el).length === n), 8000);
const enfocado = (el: PddMapa) => raiz(el).activeElement as Element | null;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const codigosDe = (departamento: string) => MUNICIPIOS.filter(([c]) => c.startsWith(departamento)).map(([c]) => c);

describe('<pdd-mapa>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(() => {
    document.querySelectorAll('pdd-mapa, button.antes, style.hostil').forEach((e) => e.remove());
  });

  it('dibuja los 40 municipios de Norte de Santander con sus códigos DIVIPOLA y cita a DANE', async () => {
    const el = await montar({ src: URL_SEMILLA });
    await dibujado(el);
    const codigos = caminos(el).map((p) => p.dataset.codigo).sort();
    expect(codigos).to.have.length(40);
    expect(codigos).to.deep.equal(codigosDe('54').sort());
    for (const p of caminos(el)) expect(p.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+/);
    expect(textoDe(el)).to.contain('DANE, Marco Geoestadístico Nacional (MGN 2018)');
    // Names are DANE's, in title case: the capitals would be shouted by screen readers.
    expect(camino(el, '54001').getAttribute('aria-label')).to.match(/^San José de Cúcuta: /);
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('cuenta por municipio las metas que lo nombran; las departamentales van en una nota y no se pintan', async () => {
    const el = await montar({}, semilla);
    await dibujado(el, 40);
    // Expected figures read straight from the data: municipal metas that list the code.
    const municipales = semilla.metas.filter((m) => m.municipios.alcance === 'municipal');
    const cuenta = (c: string) => municipales.filter((m) => m.municipios.codigos.includes(c)).length;
    expect(cuenta('54001')).to.be.greaterThan(1);
    expect(camino(el, '54001').getAttribute('aria-label')).to.equal(`San José de Cúcuta: ${cuenta('54001')} metas`);
    const departamentales = semilla.metas.filter((m) => m.municipios.alcance === 'departamental');
    expect(departamentales.length).to.be.greaterThan(0);
    expect(textoDe(el)).to.contain(`alcance departamental`);
    expect(textoDe(el)).to.contain(departamentales.map((m) => m.codigo).join(', '));
    // A municipality only departmental metas list is not painted (it is not "reached" by each of them).
    const soloDepartamental = codigosDe('54').filter(
      (c) => cuenta(c) === 0 && departamentales.some((m) => m.municipios.codigos.includes(c)),
    );
    expect(soloDepartamental.length).to.be.greaterThan(0);
    for (const c of soloDepartamental) {
      expect(pintado(camino(el, c)), c).to.equal(false);
      expect(camino(el, c).getAttribute('aria-label')).to.contain('0 metas');
    }
    for (const c of codigosDe('54')) expect(pintado(camino(el, c)), c).to.equal(cuenta(c) > 0);
    // The municipality named by the most metas gets the darkest class.
    const maximo = codigosDe('54').reduce((a, b) => (cuenta(b) > cuenta(a) ? b : a));
    expect(camino(el, maximo).classList.contains('paso-4')).to.equal(true);
    // …and that class really paints: the darkest colour of the scale, while a municipality no meta names stays blank.
    expect(getComputedStyle(camino(el, maximo)).fill).to.equal(rgb(COLORES_ESCALA[4]!));
    expect(getComputedStyle(camino(el, soloDepartamental[0]!)).fill).to.equal('rgb(255, 255, 255)');
    // The legend has text labels, one per class, plus "0 metas".
    const leyenda = [...raiz(el).querySelectorAll('.leyenda li')].map((li) => li.textContent!.trim());
    expect(leyenda).to.include('0 metas');
  });

  it('para una meta pinta los municipios que alcanzó y ningún otro', async () => {
    const el = await montar({ meta: '8' }, semilla);
    await dibujado(el, 40);
    const esperados = semilla.metas.find((m) => m.codigo === '8')!.municipios.codigos;
    expect(esperados.length).to.be.greaterThan(1);
    const pintados = caminos(el).filter(pintado).map((p) => p.dataset.codigo).sort();
    expect(pintados).to.deep.equal([...esperados].sort());
    expect(camino(el, '54874').getAttribute('aria-label')).to.equal('Villa del Rosario: alcanzado por la meta 8');
    expect(camino(el, '54810').getAttribute('aria-label')).to.equal('Tibú: no alcanzado');
    // The heading names the meta, and so does the map's accessible name.
    expect(raiz(el).querySelector('h2')!.textContent).to.equal('Municipios alcanzados por las metas — meta 8');
    expect(raiz(el).querySelector('svg.mapa')?.getAttribute('aria-label') ?? '').to.contain('Municipios alcanzados por las metas — meta 8');
    expect(textoDe(el)).to.contain('Municipios alcanzados por la meta 8');
  });

  it('una meta departamental se anota como tal, sin pintar el departamento entero', async () => {
    const el = await montar({ meta: '3' }, semilla);
    await dibujado(el, 40);
    expect(caminos(el).filter(pintado)).to.have.length(0);
    expect(textoDe(el)).to.contain('La meta 3 tiene alcance departamental');
    expect(textoDe(el)).to.contain('El informe menciona: San José de Cúcuta');
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('una meta sin municipios reportados dice "sin dato" (no es cero) y un código inexistente es un error claro', async () => {
    const sinDato = semilla.metas.find((m) => m.municipios.alcance === 'sin_dato')!;
    const el = await montar({ meta: sinDato.codigo }, semilla);
    await dibujado(el, 40);
    expect(textoDe(el)).to.contain(`La meta ${sinDato.codigo} no reporta dónde se intervino (sin dato)`);
    el.setAttribute('meta', '999');
    await esperar(() => raiz(el).querySelector('[role="alert"]') !== null);
    expect(textoDe(el)).to.contain('El plan no tiene una meta con código «999» (atributo meta)');
  });

  it('un código de municipio que DIVIPOLA no tiene es un error de datos con su fila, no un municipio que desaparece', async () => {
    const i = semilla.metas.findIndex((m) => m.municipios.alcance === 'municipal');
    const metas = semilla.metas.map((m, j) => (j === i ? { ...m, municipios: { ...m.municipios, codigos: [...m.municipios.codigos, '54999'] } } : m));
    const el = await montar({}, { ...semilla, metas });
    await esperar(() => raiz(el).querySelector('[role="alert"]') !== null);
    const alerta = raiz(el).querySelector('[role="alert"]')!.textContent!;
    expect(alerta).to.contain(`fila ${i + 1} (código «${semilla.metas[i]!.codigo}»)`);
    expect(alerta).to.contain('se esperaba un código de municipio DIVIPOLA existente');
    expect(alerta).to.contain('54999');
    expect(caminos(el)).to.have.length(0);
  });

  it('medida="inversion" pinta solo la inversión atribuible a un municipio', async () => {
    const el = await montar({ medida: 'inversion' }, semilla);
    await dibujado(el, 40);
    // Metas naming exactly one municipality, summed by hand from the data.
    const unicas = semilla.metas.filter((m) => m.municipios.alcance === 'municipal' && m.municipios.codigos.length === 1);
    expect(unicas.length).to.be.greaterThan(0);
    const codigo = unicas[0]!.municipios.codigos[0]!;
    const suma = unicas
      .filter((m) => m.municipios.codigos[0] === codigo)
      .flatMap((m) => m.inversion.map((i) => i.valor ?? 0))
      .reduce((a, b) => a + b, 0);
    expect(camino(el, codigo).getAttribute('aria-label')).to.contain(formatearMillones(suma));
    expect(pintado(camino(el, codigo))).to.equal(true);
    // Cúcuta is reached only by metas that name several municipalities: hatched, "no atribuible", not 0.
    expect(camino(el, '54001').getAttribute('aria-label')).to.equal('San José de Cúcuta: no atribuible');
    expect(camino(el, '54001').classList.contains('sin-dato')).to.equal(true);
    expect(pintado(camino(el, '54001'))).to.equal(false);
    expect(textoDe(el)).to.contain('sin dato o no atribuible');
  });

  it('un nivel muestra solo las metas de su rama', async () => {
    const el = await montar({ nivel: 'L1.C1.A2' }, semilla);
    await dibujado(el, 40);
    const rama = semilla.metas.filter((m) => m.nodo === 'L1.C1.A2' && m.municipios.alcance === 'municipal');
    const cuenta = (c: string) => rama.filter((m) => m.municipios.codigos.includes(c)).length;
    for (const c of codigosDe('54')) expect(pintado(camino(el, c)), c).to.equal(cuenta(c) > 0);
  });

  it('teclado: una parada de Tab, flechas recorren todos los municipios, Enter filtra y Escape quita el filtro', async () => {
    const antes = document.createElement('button');
    antes.className = 'antes';
    antes.textContent = 'antes';
    document.body.prepend(antes);
    const el = await montar({}, semilla);
    await dibujado(el, 40);
    expect(caminos(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    antes.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    const primero = enfocado(el)!;
    expect(primero.getAttribute('role')).to.equal('option');
    const caja = (e: Element) => (e as SVGGraphicsElement).getBBox();
    const ancho = raiz(el).querySelector('svg')!.viewBox.baseVal.width;
    // The first stop is the westernmost municipality: its box starts in the western quarter of the map.
    expect(caja(primero).x).to.be.lessThan(ancho / 4);

    const visitados = new Set([primero.getAttribute('data-codigo')]);
    for (let i = 0; i < 39; i++) {
      await sendKeys({ press: 'ArrowRight' });
      visitados.add(enfocado(el)!.getAttribute('data-codigo'));
    }
    expect(visitados.size).to.equal(40); // every municipality reachable, no repeats
    const ultimo = enfocado(el)!;
    expect(caja(ultimo).x + caja(ultimo).width).to.be.greaterThan((ancho * 3) / 4); // ends in the east
    await sendKeys({ press: 'ArrowRight' });
    expect(enfocado(el)).to.equal(ultimo); // stays at the end
    // Roving tabindex follows the focus.
    expect(ultimo.getAttribute('tabindex')).to.equal('0');
    expect(caminos(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);

    await sendKeys({ press: 'Home' });
    expect(enfocado(el)).to.equal(primero);
    // Up to the northernmost, then down through every municipality from north to south.
    for (let i = 0; i < 39; i++) await sendKeys({ press: 'ArrowUp' });
    const norte = enfocado(el)!;
    await sendKeys({ press: 'ArrowUp' });
    expect(enfocado(el)).to.equal(norte);
    const alto = raiz(el).querySelector('svg')!.viewBox.baseVal.height;
    const yCentro = (e: Element) => caja(e).y + caja(e).height / 2;
    const ys = [yCentro(norte)];
    const deNorteASur = new Set([norte.getAttribute('data-codigo')]);
    for (let i = 0; i < 39; i++) {
      await sendKeys({ press: 'ArrowDown' });
      ys.push(yCentro(enfocado(el)!));
      deNorteASur.add(enfocado(el)!.getAttribute('data-codigo'));
    }
    expect(deNorteASur.size).to.equal(40);
    const media = (xs: number[]) => xs.reduce((a, b) => a + b) / xs.length;
    expect(media(ys.slice(-5))).to.be.greaterThan(media(ys.slice(0, 5)) + alto / 2);
    // The focus ring and the tooltip follow the keyboard.
    expect(raiz(el).querySelector('.anillo-foco')).to.not.equal(null);
    const actual = enfocado(el)!.getAttribute('data-codigo')!;
    const globo = raiz(el).querySelector('.globo')!;
    expect(globo.textContent).to.contain(enfocado(el)!.getAttribute('aria-label')!.split(':')[0]!);

    const eventos: DetalleFiltroMunicipio[] = [];
    const oir = (e: Event) => eventos.push((e as CustomEvent<DetalleFiltroMunicipio>).detail);
    document.addEventListener(EVENTO_FILTRO_MUNICIPIO, oir);
    try {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(eventos).to.have.length(1);
      expect(eventos[0]!.codigo).to.equal(actual);
      expect(eventos[0]!.nombre).to.equal(enfocado(el)!.getAttribute('aria-label')!.split(':')[0]);
      expect(camino(el, actual).getAttribute('aria-selected')).to.equal('true');
      // Not colour alone: a hatched, outlined overlay, the name as text and the legend entry.
      expect(raiz(el).querySelector('path.seleccion')!.getAttribute('d')).to.equal(camino(el, actual).getAttribute('d'));
      expect(raiz(el).querySelector('.etiqueta-sel')!.textContent).to.equal(eventos[0]!.nombre);
      expect(textoDe(el)).to.contain(`Tablero filtrado por ${eventos[0]!.nombre}`);

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(eventos).to.have.length(2);
      expect(eventos[1]).to.deep.equal({ codigo: null, nombre: null });
      expect(raiz(el).querySelector('path.seleccion')).to.equal(null);
      expect(raiz(el).querySelector('.globo')).to.equal(null); // Escape dismisses the tooltip too

      // Tab leaves the map in one press (one tab stop).
      await sendKeys({ press: 'Tab' });
      expect(enfocado(el)?.getAttribute('role')).to.not.equal('option');
    } finally {
      document.removeEventListener(EVENTO_FILTRO_MUNICIPIO, oir);
    }
  });

  it('el clic filtra (evento que burbujea y cruza sombras), el botón "Quitar filtro" lo quita y devuelve el foco al mapa', async () => {
    const el = await montar({}, semilla);
    await dibujado(el, 40);
    const eventos: Array<{ detalle: DetalleFiltroMunicipio; burbujea: boolean; compuesto: boolean }> = [];
    const oir = (e: Event) =>
      eventos.push({ detalle: (e as CustomEvent<DetalleFiltroMunicipio>).detail, burbujea: e.bubbles, compuesto: e.composed });
    document.addEventListener(EVENTO_FILTRO_MUNICIPIO, oir);
    try {
      camino(el, '54498').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(eventos).to.deep.equal([{ detalle: { codigo: '54498', nombre: 'Ocaña' }, burbujea: true, compuesto: true }]);
      const quitar = [...raiz(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Quitar filtro')!;
      quitar.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(eventos[1]!.detalle).to.deep.equal({ codigo: null, nombre: null });
      expect(enfocado(el)?.getAttribute('data-codigo')).to.equal('54498');
    } finally {
      document.removeEventListener(EVENTO_FILTRO_MUNICIPIO, oir);
    }
  });

  it('con el ratón: el globo sigue al puntero y un clic real filtra', async () => {
    const el = await montar({}, semilla);
    await dibujado(el, 40);
    // A point inside a municipality: the centre of its box, checked with a hit test (shapes can be concave).
    const dentro = caminos(el)
      .map((p) => {
        const r = p.getBoundingClientRect();
        return { p, x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
      })
      .find(({ p, x, y }) => raiz(el).elementFromPoint(x, y) === p)!;
    const nombre = dentro.p.getAttribute('aria-label')!.split(':')[0]!;
    const eventos: DetalleFiltroMunicipio[] = [];
    const oir = (e: Event) => eventos.push((e as CustomEvent<DetalleFiltroMunicipio>).detail);
    document.addEventListener(EVENTO_FILTRO_MUNICIPIO, oir);
    try {
      await sendMouse({ type: 'move', position: [dentro.x, dentro.y] });
      await esperar(() => raiz(el).querySelector('.globo') !== null);
      expect(raiz(el).querySelector('.globo strong')!.textContent).to.equal(nombre);
      await sendMouse({ type: 'click', position: [dentro.x, dentro.y] });
      await el.updateComplete;
      expect(eventos).to.deep.equal([{ codigo: dentro.p.dataset.codigo, nombre }]);
      // A mouse click does not draw the keyboard focus ring.
      expect(raiz(el).querySelector('.anillo-foco')).to.equal(null);
      await sendMouse({ type: 'move', position: [1, 1] });
      await esperar(() => raiz(el).querySelector('.globo') === null);
    } finally {
      document.removeEventListener(EVENTO_FILTRO_MUNICIPIO, oir);
      await resetMouse();
    }
  });

  it('sigue el filtro que emite otro widget de la página', async () => {
    const el = await montar({}, semilla);
    await dibujado(el, 40);
    const otro = document.createElement('div');
    document.body.append(otro);
    otro.dispatchEvent(new CustomEvent(EVENTO_FILTRO_MUNICIPIO, { detail: { codigo: '54874', nombre: 'Villa del Rosario' }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(camino(el, '54874').getAttribute('aria-selected')).to.equal('true');
    otro.remove();
  });

  it('"Ver tabla" lista los 40 municipios con los mismos valores que el mapa', async () => {
    const el = await montar({}, semilla);
    await dibujado(el, 40);
    const boton = [...raiz(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Ver tabla')!;
    expect(boton.getAttribute('aria-expanded')).to.equal('false');
    boton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(boton.getAttribute('aria-expanded')).to.equal('true');
    const filas = [...raiz(el).querySelectorAll('tbody tr')];
    expect(filas).to.have.length(40);
    for (const f of filas) {
      const codigo = f.getAttribute('data-codigo')!;
      const [nombre, valor] = camino(el, codigo).getAttribute('aria-label')!.split(': ');
      expect(f.querySelector('th')!.textContent).to.equal(nombre);
      expect(f.querySelectorAll('td')[1]!.textContent).to.equal(valor);
    }
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  describe('descargas', () => {
    const boton = (el: PddMapa, formato: string) => raiz(el).querySelector<HTMLButtonElement>(`button[data-descarga="${formato}"]`)!;

    it('CSV: una línea por municipio con la cifra del mapa (0 metas es 0), como «Ver tabla»', async () => {
      const el = await montar({}, semilla);
      await dibujado(el, 40);
      const d = await capturarDescarga(() => boton(el, 'csv').click());
      expect(d.nombre).to.equal('mapa-metas.csv');
      expect(d.tipo).to.contain('text/csv');
      // BOM first (spreadsheets then read the accents); text() drops it when decoding.
      expect([...new Uint8Array(await d.blob.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const filas = csvParse(await d.blob.text());
      expect(filas.columns).to.deep.equal(['Municipio', 'Código DIVIPOLA', 'Número de metas que nombran el municipio', 'Detalle']);
      expect(filas).to.have.length(40);
      // Expected figures read straight from the data: municipal metas that list the code.
      const municipales = semilla.metas.filter((m) => m.municipios.alcance === 'municipal');
      for (const f of filas) {
        const codigo = f['Código DIVIPOLA']!;
        expect(f['Municipio']).to.equal(camino(el, codigo).getAttribute('aria-label')!.split(': ')[0]);
        expect(Number(f['Número de metas que nombran el municipio'])).to.equal(municipales.filter((m) => m.municipios.codigos.includes(codigo)).length);
      }
      expect(filas.filter((f) => Number(f['Número de metas que nombran el municipio']) > 0).length).to.equal(caminos(el).filter(pintado).length);
    });

    it('SVG: un documento con título, un camino por municipio con el color de pantalla y la leyenda; PNG: una imagen', async () => {
      const el = await montar({}, semilla);
      await dibujado(el, 40);
      const d = await capturarDescarga(() => boton(el, 'svg').click());
      expect(d.nombre).to.equal('mapa-metas.svg');
      const doc = new DOMParser().parseFromString(await d.blob.text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(doc.querySelector('title')!.textContent).to.equal('Municipios alcanzados por las metas');
      const pathsImagen = [...doc.querySelectorAll('g path')];
      expect(pathsImagen).to.have.length(40);
      // Same order and fills as on screen: the colour a reader sees is the colour in the file.
      caminos(el).forEach((p, i) => {
        expect(pathsImagen[i]!.getAttribute('d')).to.equal(p.getAttribute('d'));
        const fill = getComputedStyle(p).fill;
        expect(pathsImagen[i]!.getAttribute('fill')).to.equal(fill.startsWith('url(') ? 'url(#pdd-rayado)' : fill);
      });
      const textos = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      for (const li of raiz(el).querySelectorAll('ul.leyenda li')) expect(textos).to.contain(li.textContent!.replace(/\s+/g, ' ').trim());
      expect(textos).to.contain('DANE');
      expect(doc.querySelector('style, [class], [style]')).to.equal(null);
      const png = await capturarDescarga(() => boton(el, 'png').click());
      expect(png.nombre).to.equal('mapa-metas.png');
      expect(png.tipo).to.equal('image/png');
      expect((await createImageBitmap(png.blob)).width).to.equal(1600);
    });

    it('la selección del lector no va en la imagen; si el PNG no se puede generar, lo dice', async () => {
      const el = await montar({}, semilla);
      await dibujado(el, 40);
      camino(el, '54001').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await esperar(() => !!raiz(el).querySelector('path.seleccion'));
      const d = await capturarDescarga(() => boton(el, 'svg').click());
      const doc = new DOMParser().parseFromString(await d.blob.text(), 'image/svg+xml');
      expect(doc.querySelectorAll('path')).to.have.length(40);
      expect(doc.documentElement.textContent).to.not.contain('filtro del tablero');
      const original = HTMLImageElement.prototype.decode;
      HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('bloqueada', 'EncodingError'));
      try {
        boton(el, 'png').click();
        await esperar(() => !!raiz(el).querySelector('p.error[role="alert"]'));
      } finally {
        HTMLImageElement.prototype.decode = original;
      }
      expect(raiz(el).querySelector('p.error[role="alert"]')!.textContent).to.equal('No se pudo generar el archivo PNG en este navegador.');
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });
  });

  it('otro departamento por atributo: Cundinamarca, 116 municipios, y avisa de los municipios de los datos que quedan fuera', async () => {
    const el = await montar({ departamento: '25' }, semilla);
    await dibujado(el, 116);
    expect(caminos(el).map((p) => p.dataset.codigo).sort()).to.deep.equal(codigosDe('25').sort());
    const alcanzados = new Set(semilla.metas.filter((m) => m.municipios.alcance === 'municipal').flatMap((m) => m.municipios.codigos));
    expect(textoDe(el)).to.contain(`${alcanzados.size} municipios de los datos no están en este mapa`);
    expect(textoDe(el)).to.contain('San José de Cúcuta (54001)');
    // A name works too, and a municipality's code gives its department.
    el.setAttribute('departamento', 'Norte de Santander');
    await dibujado(el, 40);
    el.setAttribute('departamento', '25754');
    await dibujado(el, 116);
  });

  it('un plan con cientos de metas sin lugar (Chía) las cuenta en la nota: diez códigos y «y N más», no un párrafo de códigos', async () => {
    const chia = (await (await fetch('/demo/data/chia-25175.json')).json()) as Plan;
    const sinLugar = municipiosAlcanzados(chia).sinDato;
    expect(sinLugar.length).to.be.greaterThan(100);
    const el = await montar({ departamento: '25' }, chia);
    await dibujado(el, 116);
    const nota = [...raiz(el).querySelectorAll('p, li')].map((n) => n.textContent!.replace(/\s+/g, ' ')).find((x) => x.startsWith('Metas que no reportan dónde'))!;
    expect(nota).to.contain(sinLugar.slice(0, 10).join(', '));
    expect(nota).not.to.contain(`${sinLugar[9]}, ${sinLugar[10]}`);
    expect(nota).to.contain(` y ${sinLugar.length - 10} más`);
  });

  it('geometria="URL" lee el GeoJSON de la página y reporta con su posición la entidad sin código', async () => {
    const cuadrado = (x: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 8],
          [x, 8.1],
          [x + 0.1, 8.1],
          [x + 0.1, 8],
          [x, 8],
        ],
      ],
    });
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { DIVIPOLA: '54001' }, geometry: cuadrado(-72.5) },
        { type: 'Feature', properties: { nombre: 'sin código' }, geometry: cuadrado(-72.3) },
        { type: 'Feature', properties: { codigo: 54874 }, geometry: cuadrado(-72.1) },
      ],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/geo+json' }));
    try {
      const el = await montar({ geometria: url }, semilla);
      await dibujado(el, 2);
      expect(caminos(el).map((p) => p.dataset.codigo).sort()).to.deep.equal(['54001', '54874']);
      expect(textoDe(el)).to.contain('1 entidad del archivo de geometría no se dibujan');
      expect(textoDe(el)).to.match(/entidad 2: se esperaba el código DIVIPOLA de 5 dígitos/);
      expect(textoDe(el)).to.contain(`Límites municipales: ${url}`);
      // The plan's other municipalities are not on this map, and the map says so.
      expect(textoDe(el)).to.contain('municipios de los datos no están en este mapa');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  describe('axe sin violaciones en cada estado', () => {
    it('cargando (datos y geometría)', async () => {
      const original = window.fetch;
      // Downloads that never finish: the widget must stay in its loading state.
      window.fetch = () => new Promise<Response>(() => {});
      try {
        const el = await montar({ src: '/datos-lentos.json' });
        expect(textoDe(el)).to.contain('Cargando datos del plan');
        expect(await violacionesAxe(el)).to.deep.equal([]);
        el.remove();
        const el2 = await montar({ departamento: '05' }, semilla);
        await esperar(() => textoDe(el2).includes('Cargando el mapa'));
        expect(await violacionesAxe(el2)).to.deep.equal([]);
      } finally {
        window.fetch = original;
      }
    });

    it('error: datos que no existen, geometría que no existe, departamento desconocido', async () => {
      const el = await montar({ src: '/no-existe.json' });
      await esperar(() => raiz(el).querySelector('[role="alert"]') !== null);
      expect(await violacionesAxe(el)).to.deep.equal([]);
      const el2 = await montar({ geometria: '/no-existe.geojson' }, semilla);
      await esperar(() => raiz(el2).querySelector('[role="alert"]') !== null);
      expect(textoDe(el2)).to.contain('404');
      expect(raiz(el2).querySelector('[role="alert"] button')!.textContent).to.equal('Reintentar');
      expect(await violacionesAxe(el2)).to.deep.equal([]);
      const el3 = await montar({ departamento: '42' }, semilla);
      await esperar(() => raiz(el3).querySelector('[role="alert"]') !== null);
      expect(textoDe(el3)).to.contain('departamento="42" no es un departamento de DIVIPOLA');
      expect(await violacionesAxe(el3)).to.deep.equal([]);
    });

    it('vacío: un nivel sin metas', async () => {
      const plan: Plan = { ...semilla, nodos: [...semilla.nodos, { codigo: 'L1.C1.A9', nombre: null, nivel: 2, padre: 'L1.C1' }] };
      const el = await montar({ nivel: 'L1.C1.A9' }, plan);
      await esperar(() => textoDe(el).includes('No hay datos para mostrar'));
      expect(caminos(el)).to.have.length(0);
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });

    it('datos con filtro activo, tema oscuro y en inglés', async () => {
      const el = await montar({ lang: 'en', tema: 'oscuro', medida: 'beneficiarios' }, semilla);
      await dibujado(el, 40);
      camino(el, '54001').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(textoDe(el)).to.contain('Dashboard filtered by San José de Cúcuta');
      expect(textoDe(el)).to.contain('Municipal boundaries: DANE');
      expect(textoDe(el)).not.to.contain('Quitar filtro');
      expect(await violacionesAxe(el)).to.deep.equal([]);
    });
  });

  it('una hoja de estilos hostil de la página no lo rompe', async () => {
    const hostil = document.createElement('style');
    hostil.className = 'hostil';
    hostil.textContent = 'svg { display: none !important } * { font-size: 40px !important } path { fill: red !important }';
    document.head.append(hostil);
    const el = await montar({}, semilla);
    await dibujado(el, 40);
    const svg = raiz(el).querySelector('svg.mapa')!;
    const caja = svg.getBoundingClientRect();
    expect(caja.width).to.be.greaterThan(100);
    expect(caja.height).to.be.greaterThan(100);
    expect(getComputedStyle(raiz(el).querySelector('h2')!).fontSize).to.equal(`${16 * 1.15}px`);
    expect(getComputedStyle(camino(el, '54810')).fill).to.not.equal('rgb(255, 0, 0)');
  });

  it('respeta prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await montar({}, semilla);
      await dibujado(el, 40);
      expect(getComputedStyle(camino(el, '54001')).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await montar({}, semilla);
    await dibujado(el, 40);
    expect(getComputedStyle(camino(el, '54001')).transitionDuration).to.not.equal('0s');
  });
});
