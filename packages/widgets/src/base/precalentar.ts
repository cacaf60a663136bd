/**
 * Work every widget page needs and no plan decides, done right after the script loads (after the page's next
 * frame, never before its first paint), so it is not paid between "the data arrived" and "the widgets are
 * drawn": core's DIVIPOLA code sets (validation checks every code against them), the municipality names (the
 * map's module asks), each widget class's style sheets (`definir` asks) and the fonts of the type scale. Core,
 * Lit and the browser keep all of them, so the first render only looks them up. It only uses time the page
 * spends waiting for its plan: when the plan arrives first (a cached file, a fast server), what is left is
 * dropped and the render builds what it meets. (Numbers need nothing: core's formatter builds no
 * Intl.NumberFormat.)
 */
import { esDepartamentoDivipola, esMunicipioDivipola, nombreMunicipio } from '@tablero-pdd/core';

/** Builds core's DIVIPOLA code sets, which `validarPlan` consults for every department and municipality code. */
export function precalentarCodigos(): void {
  esMunicipioDivipola('54001');
  esDepartamentoDivipola('54');
}

/** Builds core's index of municipality names (the map names every municipality it draws). */
export function precalentarNombres(): void {
  nombreMunicipio('54001');
}

/**
 * The type scale of estilos-base as multiples of the base size (--_tamano, --_t-pequeno, --_t-titulo,
 * --_t-cifra), in both weights, upright and italic ("sin nombre en el informe" and values without data are
 * italic, also inside bold headers). A test checks that every font the seed page's widgets use is here.
 */
const ESCALA = [1, 0.875, 1.15, 1.5];
const ESTILOS = [
  { peso: '400', estilo: 'normal' },
  { peso: '700', estilo: 'normal' },
  { peso: '400', estilo: 'italic' },
  { peso: '700', estilo: 'italic' },
];
/** estilos-base's --_fuente when the page sets no --pdd-fuente. */
const FAMILIA = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Letters, accents, digits and signs of the report's texts. */
const MUESTRA = 'Línea estratégica ¿Qué se hizo? Año ÁÉÍÓÚÑáéíóúñü 0123456789 % $ , . ( ) – —';

export interface FuenteTipo {
  familia: string;
  /** CSS pixels. */
  tamano: number;
  peso: string;
  estilo: string;
}

/** The fonts the widgets write in, with the --pdd-fuente and --pdd-tamano-texto the page sets on its root. */
export function fuentesDeWidgets(doc: Document): FuenteTipo[] {
  const raiz = doc.defaultView?.getComputedStyle(doc.documentElement);
  const familia = raiz?.getPropertyValue('--pdd-fuente').trim() || FAMILIA;
  // Pixels only: another unit would need the page's layout to resolve, and a miss only costs the warm-up.
  const propio = raiz?.getPropertyValue('--pdd-tamano-texto').trim() ?? '';
  const base = /^\d+(\.\d+)?px$/.test(propio) ? Number.parseFloat(propio) : 16;
  const tamanos = ESCALA.map((f) => Math.round(base * f * 100) / 100);
  return tamanos.flatMap((tamano) => ESTILOS.map(({ peso, estilo }) => ({ familia, tamano, peso, estilo })));
}

/**
 * Builds the fonts of the type scale before a plan arrives, by measuring a sample text in each on a canvas
 * (the canvas shares the page's font cache, and measuring lays out nothing of the page). Otherwise the first
 * layout with data builds each size × weight × style as it meets them (on the seed page at 4× CPU slowdown,
 * 15 fonts and about 20 ms inside that layout; the seed page drew about 10 % sooner with this).
 */
export function precalentarFuentes(doc: Document, f: FuenteTipo): void {
  lienzo ??= doc.createElement('canvas').getContext('2d');
  if (!lienzo) return;
  lienzo.font = `${f.estilo} ${f.peso} ${f.tamano}px ${f.familia}`;
  lienzo.measureText(MUESTRA);
}

let lienzo: CanvasRenderingContext2D | null | undefined;

/**
 * Builds the constructable style sheets of a Lit element class (Lit parses each `css` block into a
 * CSSStyleSheet the first time an element of the class connects, and caches it).
 */
export function precalentarEstilos(clase: CustomElementConstructor): void {
  const estilos = (clase as { elementStyles?: unknown }).elementStyles;
  if (!Array.isArray(estilos)) return;
  for (const e of estilos) if (e && typeof e === 'object' && 'styleSheet' in e) void (e as { styleSheet: unknown }).styleSheet;
}

const pendientes: Array<() => void> = [];
let enCurso = false;

/**
 * Runs `tarea` after the page's next frame is drawn (a task queued from requestAnimationFrame runs after that
 * frame's paint), or at idle time if no frame comes first (a background tab draws none). Queued tasks then run
 * one per task, in order, so a plan that arrives meanwhile waits for at most one of them (each is a few
 * milliseconds); once a plan arrives the rest are dropped (`detenerPrecalentado`). A pure idle callback came too
 * late on the seed page (Chromium granted no idle period before the plan arrived).
 */
export function alEstarInactivo(tarea: () => void, plazo = 2000): void {
  pendientes.push(tarea);
  if (enCurso) return;
  enCurso = true;
  let empezado = false;
  const siguiente = () => {
    const t = pendientes.shift();
    if (!t) {
      enCurso = false;
      return;
    }
    t();
    setTimeout(siguiente);
  };
  const empezar = () => {
    if (empezado) return;
    empezado = true;
    siguiente();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(empezar));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(empezar, { timeout: plazo });
  else setTimeout(empezar, plazo);
}

/**
 * A plan arrived: the warm-up has no waiting time left to use, and the first render builds what it needs itself
 * (only the fonts it meets), so the tasks still queued are dropped.
 */
export function detenerPrecalentado(): void {
  pendientes.length = 0;
}

let programado = false;

/** Schedules the warm-up once per page (the bundle and the npm entry both call it; a second call does nothing). */
export function programarPrecalentado(doc: Document = document): void {
  if (programado) return;
  programado = true;
  alEstarInactivo(precalentarCodigos);
  // The fonts are listed when their turn comes (the root's style is read then, not while the script loads), and
  // measured one per task: each costs a few milliseconds at 4× CPU slowdown, all of them about 150 ms.
  alEstarInactivo(() => {
    for (const f of fuentesDeWidgets(doc)) alEstarInactivo(() => precalentarFuentes(doc, f));
  });
}
