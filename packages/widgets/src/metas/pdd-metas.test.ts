import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  TEXTOS_AVISO,
  formatearMillones,
  formatearNumero,
  formatearPorcentaje,
  leerPlanCsv,
  resumir,
  type Plan,
  type ResumenMeta,
} from '@tablero-pdd/core';
import './registro.js';
import { TAMANO_PAGINA, type PddMetas } from './pdd-metas.js';
import { esperar, planGrande, violacionesAxe } from '../../../../test/browser/utilidades.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

async function montar(atributos: Record<string, string>, plan?: Plan): Promise<PddMetas> {
  const el = document.createElement('pdd-metas');
  for (const [k, v] of Object.entries(atributos)) el.setAttribute(k, v);
  if (plan) el.plan = plan;
  document.body.append(el);
  await esperar(() => !!el.shadowRoot?.querySelector('.conteo'));
  return el;
}

/** The seed's 18 metas on one page (more than the default page): these tests read every row. */
const TODAS = { 'por-pagina': 'todas' };
const raiz = (el: PddMetas) => el.shadowRoot!;
const limpio = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const codigosFilas = (el: PddMetas) => [...raiz(el).querySelectorAll('tr.fila')].map((tr) => tr.getAttribute('data-codigo'));
/** A cell's text as read: without the card-layout label (aria-hidden) that repeats the column header. */
function celda(el: PddMetas, codigo: string, columna: string): string {
  const td = raiz(el).querySelector(`tr.fila[data-codigo="${codigo}"] td[data-columna="${columna}"]`);
  const copia = td?.cloneNode(true) as HTMLElement | undefined;
  copia?.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
  return limpio(copia?.textContent);
}
const conteo = (el: PddMetas) => limpio(raiz(el).querySelector('.conteo')?.textContent);
const botonOrden = (el: PddMetas, columna: string) =>
  raiz(el).querySelector<HTMLButtonElement>(`th[data-columna="${columna}"] button`)!;

/** What a percentage cell must say, from core's figure: the number when there is one, and the state's name. */
function textoPorcentaje(v: number | null, estado: ResumenMeta['bandaCumplimiento']): { numero: string | null; estado: string } {
  return { numero: v === null ? null : limpio(formatearPorcentaje(v)), estado: estado.nombre.es };
}

/** Beneficiaries as a reader must see them: the three cases apart. */
function textoBeneficiarios(b: ResumenMeta['beneficiarios']): string {
  if (b.estado === 'no_aplica') return 'no aplica';
  if (b.estado === 'sin_dato' || b.total === null) return 'sin dato reportado';
  return `${formatearNumero(b.total)} ${b.unidad}`;
}

/** Core's cumplimiento order: values ascending (ties in core's order), then the metas without a value. */
function ordenEsperado(r: ReturnType<typeof resumir>, direccion: 1 | -1): string[] {
  const con = r.metas.map((m, i) => ({ m, i })).filter((x) => x.m.cumplimiento.valor !== null);
  con.sort((a, b) => direccion * (a.m.cumplimiento.valor! - b.m.cumplimiento.valor!) || a.i - b.i);
  return [...con.map((x) => x.m.codigo), ...r.metas.filter((m) => m.cumplimiento.valor === null).map((m) => m.codigo)];
}

describe('<pdd-metas>', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });
  afterEach(async () => {
    document.querySelectorAll('pdd-metas').forEach((e) => e.remove());
    await resetMouse();
  });

  it('muestra por meta las cifras de core: %, semáforo, inversión y beneficiarios', async () => {
    const el = await montar({ ...TODAS, src: URL_SEMILLA });
    const r = resumir(semilla);
    expect(codigosFilas(el)).to.deep.equal(r.metas.map((m) => m.codigo));
    expect(conteo(el)).to.equal(`${r.metas.length} de ${r.metas.length} metas`);
    for (const m of r.metas) {
      for (const [col, p, b] of [
        ['cumplimiento', m.cumplimiento.valor, m.bandaCumplimiento],
        ['avance', m.avance.valor, m.bandaAvance],
      ] as const) {
        const esperado = textoPorcentaje(p, b);
        const texto = celda(el, m.codigo, col);
        expect(texto, `${m.codigo} ${col}`).to.contain(esperado.estado);
        if (esperado.numero) expect(texto, `${m.codigo} ${col}`).to.contain(esperado.numero);
        else expect(texto, `${m.codigo} ${col}`).not.to.contain('%');
      }
      expect(celda(el, m.codigo, 'inversion'), m.codigo).to.contain(limpio(formatearMillones(m.inversion, { sinDato: 'sin dato reportado' })));
      expect(celda(el, m.codigo, 'beneficiarios'), m.codigo).to.equal(textoBeneficiarios(m.beneficiarios));
    }
    // Sources as the report wrote them, not a canonical label, when it wrote one.
    expect(celda(el, '8', 'inversion')).to.contain('el 96% del Sistema General de Regalías');
    expect(await violacionesAxe(el)).to.deep.equal([]);
  });

  it('ordena por % cumplimiento con un clic real, y al revés con el segundo', async () => {
    const el = await montar(TODAS, semilla);
    const r = resumir(semilla);
    const boton = botonOrden(el, 'cumplimiento');
    boton.scrollIntoView();
    const clic = async () => {
      const c = boton.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(c.x + c.width / 2), Math.round(c.y + c.height / 2)] });
      await el.updateComplete;
    };
    await clic();
    expect(boton.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(codigosFilas(el)).to.deep.equal(ordenEsperado(r, 1));
    await clic();
    expect(boton.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(codigosFilas(el)).to.deep.equal(ordenEsperado(r, -1));
    // Only the sorted column says it is sorted.
    expect(raiz(el).querySelectorAll('th[aria-sort]')).to.have.length(1);
  });

  it('ordena con el teclado: Tab hasta el encabezado y Enter, con el foco visible', async () => {
    const el = await montar(TODAS, semilla);
    const r = resumir(semilla);
    raiz(el).querySelector<HTMLInputElement>('#buscar')!.focus();
    const objetivo = botonOrden(el, 'cumplimiento');
    for (let i = 0; i < 20 && raiz(el).activeElement !== objetivo; i++) await sendKeys({ press: 'Tab' });
    expect(raiz(el).activeElement).to.equal(objetivo);
    expect(getComputedStyle(objetivo).outlineStyle).not.to.equal('none');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(objetivo.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(codigosFilas(el)).to.deep.equal(ordenEsperado(r, 1));
    // The button keeps the focus after sorting: pressing again reverses.
    expect(raiz(el).activeElement).to.equal(objetivo);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(codigosFilas(el)).to.deep.equal(ordenEsperado(r, -1));
  });

  it('filtra por texto al escribir, sin importar tildes', async () => {
    const el = await montar(TODAS, semilla);
    const buscar = raiz(el).querySelector<HTMLInputElement>('#buscar')!;
    buscar.focus();
    await sendKeys({ type: 'rondas negociacion' });
    await el.updateComplete;
    const esperado = semilla.metas.filter((m) => /rondas de negociaci/i.test(m.nombre)).map((m) => m.codigo);
    expect(esperado.length).to.be.greaterThan(1);
    expect(codigosFilas(el)).to.have.members(esperado);
    expect(conteo(el)).to.equal(`${esperado.length} de ${semilla.metas.length} metas`);
    // The filtro attribute does the same for a web editor.
    const otro = await montar({ ...TODAS, filtro: 'ZASCA' }, semilla);
    expect(codigosFilas(otro)).to.deep.equal(['9']);
  });

  it('filtra por estado del semáforo, con el atributo y con el selector', async () => {
    const r = resumir(semilla);
    const sobresalientes = r.metas.filter((m) => m.bandaCumplimiento.id === 'sobresaliente').map((m) => m.codigo);
    const el = await montar({ ...TODAS, banda: 'sobresaliente' }, semilla);
    expect(codigosFilas(el)).to.deep.equal(sobresalientes);
    const otra = r.metas.find((m) => m.bandaCumplimiento.id !== 'sobresaliente')!.bandaCumplimiento.id;
    const select = raiz(el).querySelector<HTMLSelectElement>('#banda')!;
    select.value = otra;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(codigosFilas(el)).to.deep.equal(r.metas.filter((m) => m.bandaCumplimiento.id === otra).map((m) => m.codigo));
    // An unknown state is said, never silently ignored.
    const mal = await montar({ ...TODAS, banda: 'verde' }, semilla);
    expect(limpio(raiz(mal).querySelector('[role="alert"]')?.textContent)).to.contain('banda="verde"').and.to.contain('sobresaliente');
  });

  it('filtra por nivel y secretaría; un nivel que no existe se explica', async () => {
    const el = await montar({ ...TODAS, nivel: 'L1.C1.A4' }, semilla);
    expect(codigosFilas(el)).to.deep.equal(semilla.metas.filter((m) => m.nodo === 'L1.C1.A4').map((m) => m.codigo));
    const sec = await montar({ ...TODAS, secretaria: 'Secretaría de Desarrollo Económico y Productividad', nivel: 'L1.C1.A1' }, semilla);
    expect(codigosFilas(sec)).to.deep.equal(semilla.metas.filter((m) => m.nodo === 'L1.C1.A1').map((m) => m.codigo));
    const mal = await montar({ ...TODAS, nivel: 'L9' }, semilla);
    expect(limpio(raiz(mal).querySelector('[role="alert"]')?.textContent)).to.contain('«L9»').and.to.contain('L1.C1.A1');
  });

  it('la secretaría se compara sin mayúsculas, tildes ni espacios de más; una que el plan no tiene se dice y no filtra', async () => {
    const plegada = await montar({ ...TODAS, secretaria: '  SECRETARIA de desarrollo economico y productividad' }, semilla);
    expect(codigosFilas(plegada)).to.have.length(semilla.metas.length);
    expect(raiz(plegada).querySelector<HTMLSelectElement>('#secretaria')!.value).to.equal('Secretaría de Desarrollo Económico y Productividad');
    expect(raiz(plegada).querySelector('[role="alert"]')).to.equal(null);
    const mal = await montar({ ...TODAS, secretaria: 'Secretaría de Salud' }, semilla);
    expect(codigosFilas(mal)).to.have.length(semilla.metas.length);
    expect(limpio(raiz(mal).querySelector('[role="alert"]')?.textContent)).to.equal(
      'El plan no tiene la secretaría «Secretaría de Salud»; se esperaba el nombre de una secretaría del plan: Secretaría de Desarrollo Económico y Productividad.',
    );
  });

  it('el filtro de nivel agrupa por línea cuando hay varias, y cada opción empieza por su numeración', async () => {
    // Seed with a second línea holding the last apuesta (moved, with its metas): two groups.
    const plan = structuredClone(semilla);
    const ultima = plan.nodos.filter((n) => n.nivel === 2).at(-1)!;
    plan.nodos.push({ codigo: 'L2', nombre: 'Segunda línea', nivel: 0, padre: null }, { codigo: 'L2.C1', nombre: 'Componente dos', nivel: 1, padre: 'L2' });
    ultima.padre = 'L2.C1';
    const el = await montar({}, plan);
    const select = raiz(el).querySelector<HTMLSelectElement>('#nivel')!;
    const grupos = [...select.querySelectorAll('optgroup')];
    expect(grupos.map((g) => g.label)).to.deep.equal(['1 Línea estratégica: sin nombre en el informe', '2 Línea estratégica: Segunda línea']);
    expect([...grupos[1]!.querySelectorAll('option')].map((o) => o.textContent)).to.deep.equal([
      '2 Línea estratégica: Segunda línea',
      '2.1 Componente: Componente dos',
      `2.1.1 Apuesta: ${ultima.nombre}`,
    ]);
    for (const o of select.querySelectorAll('option')) expect(o.textContent).to.match(/^(Todos|\d+(\.\d+)* \S)/);
    // Type-ahead: the keyboard reaches an apuesta by its number, and the table follows.
    select.focus();
    await sendKeys({ type: '2.1.1' });
    await el.updateComplete;
    expect(select.value).to.equal(ultima.codigo);
    expect(codigosFilas(el)).to.deep.equal(plan.metas.filter((m) => m.nodo === ultima.codigo).map((m) => m.codigo));
    expect(await violacionesAxe(el)).to.deep.equal([]);
    // One línea only (the seed): no groups.
    const uno = await montar(TODAS, semilla);
    expect(raiz(uno).querySelector('#nivel optgroup')).to.equal(null);
  });

  it('filtra por el municipio que elige el mapa (evento pdd-filtro-municipio) y quita el filtro', async () => {
    const el = await montar(TODAS, semilla);
    document.dispatchEvent(
      new CustomEvent('pdd-filtro-municipio', { detail: { codigo: '54874', nombre: 'Villa del Rosario' }, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    const villa = semilla.metas.filter((m) => m.municipios.codigos.includes('54874')).map((m) => m.codigo);
    expect(codigosFilas(el)).to.have.members(villa);
    expect(codigosFilas(el)).to.have.length(villa.length);
    expect(limpio(raiz(el).querySelector('.filtro-municipio')?.textContent)).to.contain('Villa del Rosario');
    let emitido: unknown = 'nada';
    const oir = (e: Event) => (emitido = (e as CustomEvent).detail);
    document.addEventListener('pdd-filtro-municipio', oir);
    raiz(el).querySelector<HTMLButtonElement>('.filtro-municipio button')!.click();
    await el.updateComplete;
    document.removeEventListener('pdd-filtro-municipio', oir);
    expect(emitido).to.deep.equal({ codigo: null, nombre: null });
    expect(codigosFilas(el)).to.have.length(semilla.metas.length);
  });

  it('abre el detalle con Enter: narrativa, municipios, BPIN y notas, sin violaciones', async () => {
    const el = await montar(TODAS, semilla);
    expect(await violacionesAxe(el)).to.deep.equal([]);
    const boton = raiz(el).querySelector<HTMLButtonElement>('tr.fila[data-codigo="3"] button.abrir')!;
    expect(boton.getAttribute('aria-expanded')).to.equal('false');
    boton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(boton.getAttribute('aria-expanded')).to.equal('true');
    const detalle = raiz(el).getElementById(boton.getAttribute('aria-controls')!)!;
    const texto = limpio(detalle.textContent);
    const meta = semilla.metas.find((m) => m.codigo === '3')!;
    for (const pregunta of ['¿Qué se hizo?', '¿Cómo se hizo?', '¿Con quién se ejecutó?', '¿Cuándo se realizó?', '¿Dónde se intervino?'])
      expect(texto).to.contain(pregunta);
    for (const v of Object.values(meta.evidencia)) if (v) expect(texto).to.contain(limpio(v).slice(0, 60));
    // Departmental scope stated, and the places named by DIVIPOLA's names.
    expect(texto).to.contain('Alcance departamental');
    expect(texto).to.contain('San José de Cúcuta');
    expect(texto).to.contain(meta.bpin[0]!);
    expect(texto).to.contain(meta.notas![0]!.slice(0, 40));
    for (const tema of ['claro', 'oscuro', 'alto-contraste']) {
      el.setAttribute('tema', tema);
      await el.updateComplete;
      expect(await violacionesAxe(el), tema).to.deep.equal([]);
    }
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(raiz(el).querySelector('tr.detalle')).to.equal(null);
  });

  it('el detalle dice qué no se reportó, los avisos del cálculo y dónde el informe no cuadra', async () => {
    const plan = structuredClone(semilla);
    const m = plan.metas[0]!;
    m.seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: 3 }]; // 150 %: over-execution
    m.reportado = { ...m.reportado, cumplimiento: 1 }; // the report printed 100 %
    const el = await montar({}, plan);
    raiz(el).querySelector<HTMLButtonElement>('tr.fila[data-codigo="1"] button.abrir')!.click();
    await el.updateComplete;
    const texto = limpio(raiz(el).querySelector('tr.detalle')!.textContent);
    expect(texto).to.contain(limpio(TEXTOS_AVISO.sobre_ejecucion.es));
    const discrepancias = resumir(plan).discrepancias.filter((d) => d.ambito === 'meta' && d.codigo === '1' && d.tipo !== 'no_verificable');
    expect(discrepancias.length).to.be.greaterThan(0);
    expect(texto).to.contain('el informe dice');
    for (const d of discrepancias) expect(texto).to.contain(limpio(d.causaProbable.es));
    // Meta 1 has no "¿Dónde?" in the report: "sin dato reportado", not an empty line.
    expect(limpio(raiz(el).querySelector('tr.detalle [data-alcance]')!.textContent)).to.equal('sin dato reportado');
    expect(celda(el, '1', 'cumplimiento')).to.contain(limpio(formatearPorcentaje(1.5))).and.to.contain('Sobre-ejecución');
  });

  it('sin dato, no aplica y 0 se muestran distintos', async () => {
    const plan = structuredClone(semilla);
    const porCodigo = (c: string) => plan.metas.find((m) => m.codigo === c)!;
    porCodigo('2').beneficiarios = { estado: 'reportado', total: 0, unidad: 'ciudadanos', grupos: [] };
    porCodigo('5').inversion = [];
    porCodigo('6').inversion = [{ desde: 2024, hasta: 2025, fuente: 'recursos_propios', texto: 'recursos propios', valor: 0 }];
    porCodigo('7').seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: null }];
    porCodigo('9').seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: 0 }];
    porCodigo('10').seguimiento = [{ desde: 2024, hasta: 2025, programado: 0, ejecutado: 0 }];
    const el = await montar({}, plan);
    // Beneficiaries: sin dato (meta 3), no aplica (meta 10), a reported 0 (meta 2).
    expect(celda(el, '3', 'beneficiarios')).to.equal('sin dato reportado');
    expect(celda(el, '10', 'beneficiarios')).to.equal('no aplica');
    expect(celda(el, '2', 'beneficiarios')).to.equal('0 ciudadanos');
    const estados = ['3', '10', '2'].map((c) =>
      raiz(el).querySelector(`tr.fila[data-codigo="${c}"] td[data-columna="beneficiarios"]`)!.getAttribute('data-beneficiarios'),
    );
    expect(estados).to.deep.equal(['sin_dato', 'no_aplica', 'reportado']);
    // Investment: not reported vs a reported 0.
    expect(celda(el, '5', 'inversion')).to.equal('sin dato reportado');
    expect(celda(el, '6', 'inversion')).to.contain(limpio(formatearMillones(0)));
    // Compliance: sin dato, 0 % and no programada.
    expect(celda(el, '7', 'cumplimiento')).to.equal('Sin dato');
    expect(celda(el, '9', 'cumplimiento')).to.contain(limpio(formatearPorcentaje(0))).and.to.contain('Crítico');
    expect(celda(el, '10', 'cumplimiento')).to.equal('No programada');
  });

  it('descarga en CSV las filas mostradas, en su orden', async () => {
    const el = await montar({ ...TODAS, filtro: 'rondas' }, semilla);
    botonOrden(el, 'codigo').click();
    await el.updateComplete;
    botonOrden(el, 'codigo').click(); // descending
    await el.updateComplete;
    const mostradas = codigosFilas(el);
    const original = URL.createObjectURL;
    const clicOriginal = HTMLAnchorElement.prototype.click;
    let blob: Blob | null = null;
    let nombre = '';
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:prueba';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      nombre = this.download;
    };
    try {
      [...raiz(el).querySelectorAll<HTMLButtonElement>('.barra button')].find((b) => /CSV/.test(b.textContent ?? ''))!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = clicOriginal;
    }
    expect(nombre).to.match(/\.csv$/);
    const leido = leerPlanCsv(await blob!.text());
    expect(leido.ok, JSON.stringify(leido.ok ? [] : leido.errores.slice(0, 2))).to.equal(true);
    if (leido.ok) expect(leido.plan.metas.map((m) => m.codigo)).to.deep.equal(mostradas);
  });

  it('con el atributo periodo muestra las cifras de core para ese periodo y dice por qué falta un valor', async () => {
    const el = await montar({ ...TODAS, periodo: '2024' }, semilla);
    const r = resumir(semilla, { periodo: { desde: 2024, hasta: 2024 } });
    expect(limpio(botonOrden(el, 'cumplimiento').textContent)).to.contain('% cumplimiento 2024');
    for (const m of r.metas) {
      const esperado = textoPorcentaje(m.cumplimiento.valor, m.bandaCumplimiento);
      expect(celda(el, m.codigo, 'cumplimiento'), m.codigo).to.contain(esperado.estado);
      if (esperado.numero) expect(celda(el, m.codigo, 'cumplimiento'), m.codigo).to.contain(esperado.numero);
    }
    // The seed reports 2024–2025 as one span: 2024 alone cannot be split out, and the detail says so.
    const sinValor = r.metas.find((m) => m.cumplimiento.valor === null)!;
    expect(sinValor.cumplimiento.motivo).to.equal('periodo_parcial');
    raiz(el).querySelector<HTMLButtonElement>(`tr.fila[data-codigo="${sinValor.codigo}"] button.abrir`)!.click();
    await el.updateComplete;
    expect(limpio(raiz(el).querySelector('tr.detalle')!.textContent)).to.contain('Un dato reportado cubre años dentro y fuera del periodo');
  });

  it('habla inglés con lang="en"', async () => {
    const el = await montar({ ...TODAS, lang: 'en' }, semilla);
    const texto = limpio(raiz(el).textContent);
    expect(texto).to.contain('% four-year progress').and.to.contain(`of ${semilla.metas.length} metas`);
    expect(texto).not.to.contain('Buscar');
    expect(celda(el, '10', 'beneficiarios')).to.equal('not applicable');
  });

  it('por-pagina con un tamaño que la tabla no ofrece: lo dice, en el idioma del widget, y muestra 10', async () => {
    const el = await montar({ 'por-pagina': '7', src: URL_SEMILLA });
    expect(limpio(raiz(el).querySelector('[role="alert"]')?.textContent)).to.equal(
      'El atributo por-pagina="7" no es un tamaño de página de la tabla. Valores válidos: 10, 25, 50, 100, todas. Se muestran 10.',
    );
    expect(codigosFilas(el)).to.have.length(10);
    const en = await montar({ 'por-pagina': 'all', src: URL_SEMILLA, lang: 'en' });
    expect(limpio(raiz(en).querySelector('[role="alert"]')?.textContent)).to.match(/^The attribute por-pagina="all" is not a page size of the table\. Valid values: 10, 25, 50, 100, todas\. Showing 10\.$/);
  });

  it('plan de 1.000 metas: dibuja por páginas, ordena y filtra dibujando a lo sumo una página, sin mover el encabezado', async () => {
    const plan = planGrande(semilla, 1000);
    const el = await montar({}, plan);
    el.style.width = '1200px'; // table layout (not cards); set from the test, the widget never writes styles
    await el.updateComplete;
    expect(conteo(el)).to.equal(`Mostrando 1–${TAMANO_PAGINA} de 1.000 metas`);
    expect(codigosFilas(el)).to.have.length(TAMANO_PAGINA);
    const r = resumir(plan);

    // Drawing all 1,000 rows is what would make a sort or a filter slow (their speed: bench/widgets-render.ts).
    // Each one adds at most a page of rows to the table, and leaves at most a page drawn.
    const filasEn = (n: Node) => (n instanceof Element ? Number(n.matches('tr.fila')) + n.querySelectorAll('tr.fila').length : 0);
    let anadidas = 0;
    const contar = (ms: MutationRecord[]) => {
      for (const m of ms) for (const n of m.addedNodes) anadidas += filasEn(n);
    };
    const cambios = new MutationObserver(contar);
    cambios.observe(raiz(el), { childList: true, subtree: true });
    const redibujar = async (accion: () => void, que: string) => {
      contar(cambios.takeRecords());
      anadidas = 0;
      accion();
      await el.updateComplete;
      contar(cambios.takeRecords());
      expect(anadidas, que).to.be.at.most(TAMANO_PAGINA);
      expect(codigosFilas(el).length, que).to.be.at.most(TAMANO_PAGINA);
      return anadidas;
    };
    for (const col of ['cumplimiento', 'avance', 'inversion', 'nombre', 'codigo', 'cumplimiento'] as const)
      await redibujar(() => botonOrden(el, col).click(), `ordenar por ${col}`);
    // Coming back from another column sorts ascending again.
    expect(codigosFilas(el)).to.deep.equal(ordenEsperado(r, 1).slice(0, TAMANO_PAGINA));
    await redibujar(() => (el.filtro = '9'), 'filtrar «9»');
    await redibujar(() => (el.filtro = '999'), 'filtrar «999»');
    expect(codigosFilas(el).length).to.be.lessThan(TAMANO_PAGINA);
    // Back to every meta the page fills again: the observer does see the rows drawn.
    expect(await redibujar(() => (el.filtro = ''), 'quitar el filtro')).to.be.greaterThan(0);
    await redibujar(() => (el.filtro = '1'), 'filtrar «1»');
    await redibujar(() => (el.filtro = ''), 'quitar el filtro');
    el.filtro = '99';
    await el.updateComplete;
    expect(codigosFilas(el).length).to.be.greaterThan(0);
    expect(codigosFilas(el).every((c) => c!.includes('99'))).to.equal(true);
    cambios.disconnect();
    el.filtro = '';
    await el.updateComplete;
    const dosCuadros = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    await dosCuadros(); // the programmatic changes above are laid out before observing

    // Layout shift of a real click and real typing: the header and the columns stay where they were, and
    // nothing moves that the user did not ask for (CLS leaves out shifts right after an input).
    // Relative to the widget: focusing the search box may scroll the page, which is not a layout shift.
    const arriba = () => raiz(el).querySelector('thead')!.getBoundingClientRect().top - el.getBoundingClientRect().top;
    const encabezado = arriba();
    const anchos = [...raiz(el).querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width);
    const entradas: Array<{ value: number; hadRecentInput: boolean }> = [];
    const observador = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) entradas.push(e as unknown as { value: number; hadRecentInput: boolean });
    });
    observador.observe({ type: 'layout-shift' });
    const boton = botonOrden(el, 'avance');
    const c = boton.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(c.x + c.width / 2), Math.round(c.y + c.height / 2)] });
    await el.updateComplete;
    raiz(el).querySelector<HTMLInputElement>('#buscar')!.focus();
    await sendKeys({ type: 'apoyo' });
    await el.updateComplete;
    await dosCuadros();
    observador.disconnect();
    expect(arriba()).to.equal(encabezado);
    expect([...raiz(el).querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width)).to.deep.equal(anchos);
    const cls = entradas.filter((e) => !e.hadRecentInput).reduce((a, e) => a + e.value, 0);
    expect(cls).to.equal(0);

    el.filtro = '';
    await el.updateComplete;
    raiz(el).querySelector<HTMLButtonElement>('.pasos button[data-paso="siguiente"]')!.click();
    await el.updateComplete;
    expect(codigosFilas(el)).to.have.length(TAMANO_PAGINA);
    expect(conteo(el)).to.equal(`Mostrando ${TAMANO_PAGINA + 1}–${2 * TAMANO_PAGINA} de 1.000 metas`);
  });

  it('a 320 px cada fila es una tarjeta con sus rótulos, sin desplazamiento lateral', async () => {
    const el = await montar(TODAS, semilla);
    el.style.width = '320px';
    await new Promise((res) => requestAnimationFrame(res));
    const fila = raiz(el).querySelector<HTMLElement>('tr.fila')!;
    expect(getComputedStyle(fila).display).to.equal('block');
    const rotulo = fila.querySelector<HTMLElement>('td[data-columna="cumplimiento"] .etiqueta')!;
    expect(getComputedStyle(rotulo).display).to.equal('block');
    expect(limpio(rotulo.textContent)).to.contain('% cumplimiento');
    const region = raiz(el).querySelector<HTMLElement>('.desplazable')!;
    expect(region.scrollWidth).to.be.at.most(region.clientWidth + 1);
    // Every sort button still reachable and large enough to touch.
    for (const b of raiz(el).querySelectorAll<HTMLElement>('button.orden')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    expect(await violacionesAxe(el)).to.deep.equal([]);
    // Wide: a real table row.
    el.style.width = '1200px';
    await new Promise((res) => requestAnimationFrame(res));
    expect(getComputedStyle(fila).display).to.equal('table-row');
    expect(getComputedStyle(rotulo).display).to.equal('none');
  });

  it('a la anchura mínima de la tabla, nada se sale de su celda: códigos «IP-294» en una línea, estados largos dentro de su columna', async () => {
    // Chía's plan: SisPT codes and every state, "Sobre-ejecución" and "No programada" among them.
    const chia = (await (await fetch('/demo/data/chia-25175.json')).json()) as Plan;
    const el = await montar({ 'por-pagina': 'todas' }, chia);
    // The table's min-width (read in the wide layout; cards have none) plus the widget's padding (1em a side):
    // no scroll, the tightest columns.
    el.style.width = '1600px';
    await new Promise((res) => requestAnimationFrame(res));
    el.style.width = `${parseFloat(getComputedStyle(raiz(el).querySelector('table')!).minWidth) + 32}px`;
    await new Promise((res) => requestAnimationFrame(res));
    const region = raiz(el).querySelector<HTMLElement>('.desplazable')!;
    expect(region.scrollWidth).to.be.at.most(region.clientWidth + 1);
    const filas = [...raiz(el).querySelectorAll<HTMLElement>('tr.fila')];
    expect(filas.length).to.be.greaterThan(200);
    const estados = new Set<string>();
    for (const fila of filas) {
      const codigo = fila.dataset.codigo!;
      const boton = fila.querySelector<HTMLElement>('button.abrir')!;
      const celdaBoton = boton.closest('td')!.getBoundingClientRect();
      const caja = boton.getBoundingClientRect();
      expect(caja.right, `botón de ${codigo}`).to.be.at.most(celdaBoton.right + 0.5);
      expect(caja.height, `botón de ${codigo} en una línea`).to.be.below(60);
      for (const td of fila.querySelectorAll<HTMLElement>('td[data-columna="cumplimiento"], td[data-columna="avance"]')) {
        const marca = td.querySelector<HTMLElement>('.marca')!;
        estados.add(marca.dataset.estado!);
        const m = marca.getBoundingClientRect();
        const c = td.getBoundingClientRect();
        expect(m.left, `${codigo} ${td.dataset.columna}: ${marca.textContent}`).to.be.at.least(c.left - 0.5);
        expect(m.right, `${codigo} ${td.dataset.columna}`).to.be.at.most(c.right + 0.5);
      }
    }
    expect([...estados]).to.include.members(['sobre_ejecucion', 'no_programada', 'sobresaliente', 'satisfactorio']);
  });
});
