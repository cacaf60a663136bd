/// <reference types="office-js" />
/**
 * The task pane's page: plain DOM (no framework: the pane must load fast in Excel's web view) wired to
 * the steps in flujo.ts. Every Excel call goes through Excel.run; every failure is shown in Spanish in
 * the status line, never swallowed.
 */
import { seleccionarReferencia } from './seleccionar.js';
import { evaluarSoporte, type Requisitos } from './soporte.js';
import { exportarPlan, htmlPublicar } from './exportar.js';
import { leerParte, opcionesParte, type OpcionParte, type ParteElegida } from './parte-plan.js';
import { mapeoAGuardar, preparar, resumir, validar, type Preparacion } from './flujo.js';
import { guardarMapeo } from './ajustes.js';
import { cambiarDestino, opcionesDestino, significado, type ColumnaMapeo } from './mapeo.js';
import type { ErrorHoja, OpcionesPlanHoja } from './plan-desde-hoja.js';
import { formatearNumero, type Plan } from '@tablero-pdd/core';
import type { FuentePlan } from './leer-libro.js';
import { escribirResumen } from './escribir-resumen.js';
import { importarArchivosElegidos, importarLibroAbierto } from './importar-abierto.js';
import { textoImportacion, type LineaProblema } from './reporte-importacion.js';
import { contenidoResumen } from './resumen-hoja.js';
import type { ArchivoEntrada, ResultadoImportacion } from '@tablero-pdd/core';

interface Estado {
  preparacion: Preparacion | null;
  mapeo: ColumnaMapeo[];
  plan: Plan | null;
}

const MAX_ERRORES_VISIBLES = 200;

function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`Falta el elemento #${id} en taskpane.html`);
  return e;
}

function crear<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...hijos: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...hijos);
  return e;
}

function avisar(texto: string, tipo: 'info' | 'error' | 'ok' = 'info'): void {
  const s = $('estado');
  s.textContent = texto;
  s.dataset.tipo = tipo;
}

function mensajeDe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function opciones(): OpcionesPlanHoja {
  const v = (id: string) => ($(id) as HTMLInputElement).value.trim();
  const o: OpcionesPlanHoja = {};
  if (v('entidad') && v('divipola')) o.entidad = { nombre: v('entidad'), divipola: v('divipola') };
  if (v('nombre-plan')) o.plan = { nombre: v('nombre-plan') };
  const corte = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(v('corte'));
  if (corte) o.corte = { desde: Number(corte[1]), hasta: Number(corte[2] ?? corte[1]) };
  return o;
}

function pintarMapeo(estado: Estado): void {
  const cuerpo = $('mapeo-filas');
  cuerpo.replaceChildren();
  const elecciones = opcionesDestino(estado.mapeo);
  for (const c of estado.mapeo) {
    const sel = crear('select', { title: `Qué contiene la columna «${c.encabezado}»` });
    sel.setAttribute('aria-label', `Destino de la columna «${c.encabezado}»`);
    sel.append(crear('option', { value: '', textContent: '(no usar esta columna)' }));
    const lista = c.destino && !elecciones.includes(c.destino) ? [c.destino, ...elecciones] : elecciones;
    for (const d of lista) sel.append(crear('option', { value: d, textContent: d === c.destino && c.origen !== 'persona' ? `${significado(d)} (reconocida)` : d, selected: d === c.destino }));
    sel.addEventListener('change', () => {
      estado.mapeo = cambiarDestino(estado.mapeo, c.columna, sel.value === '' ? null : sel.value);
      estado.plan = null;
      ($('resumir') as HTMLButtonElement).disabled = true;
      pintarMapeo(estado);
    });
    const origen = { reconocida: 'reconocida', sinonimo: 'sinónimo', guardada: 'recordada', persona: 'elegida', sin_reconocer: 'sin reconocer' }[c.origen];
    cuerpo.append(crear('tr', {}, crear('th', { scope: 'row', textContent: c.encabezado }), crear('td', {}, sel), crear('td', { textContent: origen, className: `origen ${c.origen}` })));
  }
}

function pintarErrores(lista: readonly ErrorHoja[], contenedor: HTMLElement): void {
  contenedor.replaceChildren();
  for (const e of lista.slice(0, MAX_ERRORES_VISIBLES)) {
    const li = crear('li');
    if (e.celda) {
      const b = crear('button', { type: 'button', className: 'enlace', textContent: e.mensaje, title: `Seleccionar ${e.celda}` });
      b.addEventListener('click', () => {
        void Excel.run((ctx) => seleccionarReferencia(ctx, e.celda as string)).catch((x: unknown) => avisar(`No se pudo seleccionar ${e.celda}: ${mensajeDe(x)}`, 'error'));
      });
      li.append(b);
    } else li.textContent = e.mensaje;
    contenedor.append(li);
  }
  if (lista.length > MAX_ERRORES_VISIBLES) contenedor.append(crear('li', { textContent: `… y ${lista.length - MAX_ERRORES_VISIBLES} más.` }));
}

async function buscar(estado: Estado, fuente: FuentePlan | null): Promise<void> {
  avisar('Leyendo el libro…');
  const r = await Excel.run((ctx) => preparar(ctx, fuente));
  if (!r.ok) {
    avisar(r.mensaje, 'error');
    return;
  }
  const p = r.preparacion;
  estado.preparacion = p;
  estado.mapeo = p.mapeo;
  estado.plan = null;
  const g = p.libro.guardado;
  if (g?.entidad) {
    ($('entidad') as HTMLInputElement).value ||= g.entidad.nombre;
    ($('divipola') as HTMLInputElement).value ||= g.entidad.divipola;
  }
  if (g?.plan) ($('nombre-plan') as HTMLInputElement).value ||= g.plan.nombre;
  const fuenteSel = $('fuente') as HTMLSelectElement;
  fuenteSel.replaceChildren(
    ...p.libro.tablas.map((t) => crear('option', { value: `t:${t.nombre}`, textContent: `Tabla ${t.nombre} (hoja ${t.hoja})`, selected: t.nombre === p.libro.rango.tabla })),
    ...p.libro.hojas.map((h) => crear('option', { value: `h:${h}`, textContent: `Hoja ${h} (rango usado)`, selected: !p.libro.rango.tabla && h === p.libro.rango.hoja })),
  );
  const filas = p.libro.rango.valores.length - p.deteccion.fila - 1;
  avisar(`Encabezado en la fila ${p.libro.rango.fila0 + p.deteccion.fila + 1} de «${p.libro.rango.hoja}»; ${filas} filas de datos; ${p.deteccion.reconocidos} columnas reconocidas. Revise el mapeo y valide.`, 'ok');
  $('paso-mapeo').hidden = false;
  pintarMapeo(estado);
}

function validarPlan(estado: Estado): void {
  if (!estado.preparacion) return;
  const l = validar(estado.preparacion, estado.mapeo, opciones());
  pintarErrores(l.avisos, $('avisos'));
  $('bloque-avisos').hidden = l.avisos.length === 0;
  if (!l.ok) {
    estado.plan = null;
    pintarErrores(l.errores, $('errores'));
    avisar(`${formatearNumero(l.errores.length)} error(es): corríjalos en la hoja (clic en cada uno para ir a la celda) y valide de nuevo.`, 'error');
    ($('resumir') as HTMLButtonElement).disabled = true;
    $('paso-publicar').hidden = true;
    return;
  }
  estado.plan = l.plan;
  $('errores').replaceChildren();
  avisar(`Plan válido: ${formatearNumero(l.plan.metas.length)} metas en ${formatearNumero(l.plan.nodos.length)} nodos.`, 'ok');
  ($('resumir') as HTMLButtonElement).disabled = false;
  ofrecerPartes(l.plan);
  $('paso-publicar').hidden = false;
  // A valid mapping is remembered in the workbook right away (one request), even if no summary is made.
  const m = mapeoAGuardar(estado.preparacion, estado.mapeo, opciones());
  void Excel.run(async (ctx) => {
    guardarMapeo(ctx, m);
    await ctx.sync();
  }).catch((x: unknown) => avisar(`El plan es válido, pero no se pudo guardar el mapeo en el libro: ${mensajeDe(x)}`, 'error'));
}

/** The node or secretaría chosen in «Parte del plan» ({} = the whole plan). */
function parte(plan: Plan | null): ParteElegida {
  return plan ? leerParte(plan, ($('parte') as HTMLSelectElement).value) : {};
}

/**
 * A new valid plan: its nodes (and, with two or more, its secretarías under their own heading) in «Parte del
 * plan», the choice kept when it still exists, and its HTML.
 */
function ofrecerPartes(plan: Plan): void {
  const sel = $('parte') as HTMLSelectElement;
  const antes = sel.value;
  const opciones = opcionesParte(plan);
  const opcion = (o: OpcionParte) => crear('option', { value: o.valor, textContent: o.texto, selected: o.valor === antes });
  const secretarias = opciones.filter((o) => o.grupo === 'secretarias');
  const grupo = secretarias.length ? [crear('optgroup', { label: 'Secretarías' })] : [];
  grupo[0]?.replaceChildren(...secretarias.map(opcion));
  sel.replaceChildren(...opciones.filter((o) => !o.grupo).map(opcion), ...grupo);
  if (!opciones.some((o) => o.valor === antes)) sel.value = '';
  sel.disabled = false;
  $('html-publicar').textContent = htmlPublicar(plan, parte(plan)).join('\n');
}

function descargar(nombre: string, texto: string, tipo: string): void {
  const url = URL.createObjectURL(new Blob([texto], { type: tipo }));
  const a = crear('a', { href: url, download: nombre });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copiar(texto: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(texto);
    avisar('Copiado al portapapeles.', 'ok');
  } catch {
    avisar('El navegador de Excel no dejó copiar: seleccione el texto y use Ctrl+C.', 'error');
  }
}

function listaProblemas(titulo: string, lista: readonly LineaProblema[], abierto: string | null): HTMLElement {
  const ul = crear('ul', { className: 'errores' });
  for (const e of lista.slice(0, MAX_ERRORES_VISIBLES)) {
    const li = crear('li');
    // Only a cell of the open workbook can be selected.
    if (e.celda && abierto !== null && (e.archivo === null || e.archivo === abierto)) {
      const celda = e.celda;
      const b = crear('button', { type: 'button', className: 'enlace', textContent: e.mensaje, title: `Seleccionar ${celda}` });
      b.addEventListener('click', () => {
        void Excel.run((ctx) => seleccionarReferencia(ctx, celda)).catch((x: unknown) => avisar(`No se pudo seleccionar ${celda}: ${mensajeDe(x)}`, 'error'));
      });
      li.append(b);
    } else li.textContent = e.mensaje;
    ul.append(li);
  }
  if (lista.length > MAX_ERRORES_VISIBLES) ul.append(crear('li', { textContent: `… y ${lista.length - MAX_ERRORES_VISIBLES} más.` }));
  return crear('details', { open: titulo === 'Errores' }, crear('summary', { textContent: `${titulo} (${formatearNumero(lista.length)})` }), ul);
}

/** The import's report in the pane; a valid plan becomes the pane's plan (summary sheet, publishing). */
function mostrarImportacion(estado: Estado, r: ResultadoImportacion, abierto: string | null): void {
  const t = textoImportacion(r);
  const caja = $('reporte-importacion');
  const bloques: HTMLElement[] = [crear('p', { className: 'titulo', textContent: t.titulo }), crear('ul', {}, ...t.resumen.map((x) => crear('li', { textContent: x })))];
  if (t.errores.length > 0) bloques.push(listaProblemas('Errores', t.errores, abierto));
  if (t.omitidas.length > 0) bloques.push(crear('details', {}, crear('summary', { textContent: `Filas omitidas (${formatearNumero(t.omitidas.length)})` }), crear('ul', {}, ...t.omitidas.map((x) => crear('li', { textContent: x })))));
  if (t.notas.length > 0) bloques.push(crear('details', {}, crear('summary', { textContent: `Supuestos del importador (${formatearNumero(t.notas.length)})` }), crear('ul', {}, ...t.notas.map((x) => crear('li', { textContent: x })))));
  if (t.avisos.length > 0) bloques.push(listaProblemas('Avisos', t.avisos, abierto));
  caja.replaceChildren(...bloques);
  caja.hidden = false;
  if (!r.ok) {
    avisar(t.titulo, 'error');
    return;
  }
  estado.plan = r.plan;
  estado.preparacion = null;
  avisar(t.titulo, 'ok');
  ($('resumir') as HTMLButtonElement).disabled = false;
  $('paso-mapeo').hidden = false;
  ofrecerPartes(r.plan);
  $('paso-publicar').hidden = false;
}

async function archivosElegidos(): Promise<ArchivoEntrada[]> {
  const input = $('archivo-importar') as HTMLInputElement;
  return Promise.all([...(input.files ?? [])].map(async (f) => ({ nombre: f.name, contenido: new Uint8Array(await f.arrayBuffer()) })));
}

export function iniciarPanel(requisitos: Requisitos | null): void {
  const estado: Estado = { preparacion: null, mapeo: [], plan: null };
  const s = evaluarSoporte(requisitos);
  if (s.aviso) {
    const a = $('aviso-version');
    a.textContent = s.aviso;
    a.hidden = false;
  }
  const accion = (f: () => Promise<void> | void) => () => {
    Promise.resolve()
      .then(f)
      .catch((e: unknown) => avisar(`No se pudo completar: ${mensajeDe(e)}`, 'error'));
  };
  $('buscar').addEventListener('click', accion(() => buscar(estado, null)));
  $('fuente').addEventListener(
    'change',
    accion(() => {
      const v = ($('fuente') as HTMLSelectElement).value;
      const hoja = estado.preparacion?.libro.tablas.find((t) => `t:${t.nombre}` === v)?.hoja;
      return buscar(estado, v.startsWith('t:') ? { hoja: hoja ?? '', tabla: v.slice(2) } : { hoja: v.slice(2), tabla: null });
    }),
  );
  $('validar').addEventListener('click', accion(() => validarPlan(estado)));
  const combinadas = Office.context.requirements.isSetSupported('ExcelApi', '1.13');
  $('importar-libro').addEventListener(
    'click',
    accion(async () => {
      avisar('Leyendo todas las hojas de este libro…');
      const r = await Excel.run((ctx) => importarLibroAbierto(ctx, [], { combinadas }));
      mostrarImportacion(estado, r, r.informe.archivo);
    }),
  );
  $('archivo-importar').addEventListener(
    'change',
    accion(async () => {
      const archivos = await archivosElegidos();
      if (archivos.length === 0) return;
      avisar(`Leyendo ${archivos.map((a) => a.nombre).join(', ')}…`);
      if (($('unir-con-libro') as HTMLInputElement).checked) {
        const r = await Excel.run((ctx) => importarLibroAbierto(ctx, archivos, { combinadas }));
        mostrarImportacion(estado, r, r.informe.archivo.split(' + ')[0] ?? null);
      } else mostrarImportacion(estado, await importarArchivosElegidos(archivos), null);
    }),
  );
  $('resumir').addEventListener(
    'click',
    accion(async () => {
      const p = estado.preparacion;
      const plan = estado.plan;
      if (!plan) return;
      avisar('Escribiendo la hoja de resumen…');
      // An imported plan (SisPT, DNP) has no column mapping to remember.
      const eleccion = parte(plan);
      const r = await Excel.run((ctx) => (p ? resumir(ctx, p, plan, estado.mapeo, opciones(), eleccion) : escribirResumen(ctx, contenidoResumen(plan, eleccion))));
      avisar(`Se creó la hoja «${r.hoja}» con ${r.tablas.length} tablas y ${r.graficos} gráficos. Sus hojas no se modificaron; el mapeo quedó guardado en el libro.`, 'ok');
    }),
  );
  $('descargar-json').addEventListener(
    'click',
    accion(() => {
      if (!estado.plan) return;
      const e = exportarPlan(estado.plan);
      descargar(e.nombreJson, e.json, 'application/json');
    }),
  );
  $('descargar-csv').addEventListener(
    'click',
    accion(() => {
      if (!estado.plan) return;
      const e = exportarPlan(estado.plan);
      descargar(e.nombreCsv, e.csv, 'text/csv');
    }),
  );
  $('copiar-json').addEventListener('click', accion(() => (estado.plan ? copiar(exportarPlan(estado.plan).json) : undefined)));
  $('copiar-html').addEventListener('click', accion(() => copiar($('html-publicar').textContent ?? '')));
  $('parte').addEventListener(
    'change',
    accion(() => {
      // Only the two lines: the files do not change with the part.
      if (estado.plan) $('html-publicar').textContent = htmlPublicar(estado.plan, parte(estado.plan)).join('\n');
    }),
  );
}
