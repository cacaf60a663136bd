/**
 * The data store: every widget on a page that points at the same `src` shares one fetch and one
 * validation (per language, since error messages are localised). Figures are computed by core, once per
 * plan and options, and shared too.
 */
import {
  leerPlanCsv,
  leerPlanJson,
  resumir,
  validarPlan,
  type ErrorDato,
  type Idioma,
  type MetodoPeso,
  type OpcionesResumir,
  type Plan,
  type ResultadoValidacion,
  type Resumen,
} from '@tablero-pdd/core';
import { texto } from './i18n.js';

export type EstadoDatos =
  | { estado: 'ok'; plan: Plan; avisos: ErrorDato[]; url: string | null }
  | {
      estado: 'error';
      tipo: 'red' | 'http' | 'tiempo' | 'formato' | 'validacion';
      url: string;
      mensaje: string;
      errores: ErrorDato[];
    };

interface Descarga {
  ok: boolean;
  estadoHttp: number;
  cuerpo: string;
  tipoContenido: string;
}

const descargas = new Map<string, Promise<Descarga>>();
const validaciones = new Map<string, Promise<EstadoDatos>>();

export interface OpcionesCarga {
  lang: Idioma;
  /** Milliseconds before giving up (default 15 s). */
  tiempoEspera?: number;
  /** Forget the cached result first (the retry button). */
  recargar?: boolean;
}

function absoluta(src: string): string {
  return new URL(src, document.baseURI).href;
}

async function descargar(url: string, tiempoEspera: number): Promise<Descarga> {
  const control = new AbortController();
  const reloj = setTimeout(() => control.abort(new DOMException('tiempo', 'TimeoutError')), tiempoEspera);
  try {
    const r = await fetch(url, { signal: control.signal, credentials: 'same-origin' });
    const cuerpo = r.ok ? await r.text() : '';
    return { ok: r.ok, estadoHttp: r.status, cuerpo, tipoContenido: r.headers.get('content-type') ?? '' };
  } finally {
    clearTimeout(reloj);
  }
}

/** CSV when the server or the URL says so (Google Sheets "publish to the web" ends in output=csv). */
function esCsv(url: string, d: Descarga): boolean {
  if (/csv/i.test(d.tipoContenido)) return true;
  if (/\.csv(\?|#|$)|[?&]output=csv/i.test(url)) return true;
  const inicio = d.cuerpo.replace(/^\uFEFF/, '').trimStart()[0];
  return inicio !== '{' && inicio !== '[';
}

export function cargarPlan(src: string, o: OpcionesCarga): Promise<EstadoDatos> {
  const url = absoluta(src);
  const clave = `${o.lang}|${url}`;
  if (o.recargar) {
    descargas.delete(url);
    validaciones.delete(clave);
    for (const k of validaciones.keys()) if (k.endsWith(`|${url}`)) validaciones.delete(k);
  }
  let v = validaciones.get(clave);
  if (!v) {
    const p = procesar(url, o);
    validaciones.set(clave, p);
    // Widgets asking at the same time share one failed download; one asking later downloads again (the
    // server may be back). Invalid data is remembered: the same file would give the same errors.
    void p.then((r) => {
      if (r.estado === 'error' && r.tipo !== 'validacion' && validaciones.get(clave) === p) validaciones.delete(clave);
    });
    v = p;
  }
  return v;
}

async function procesar(url: string, o: OpcionesCarga): Promise<EstadoDatos> {
  const t = texto(o.lang);
  let d: Descarga;
  try {
    let p = descargas.get(url);
    if (!p) {
      p = descargar(url, o.tiempoEspera ?? 15000);
      descargas.set(url, p);
    }
    d = await p;
  } catch (e) {
    descargas.delete(url);
    const tiempo = e instanceof DOMException && (e.name === 'TimeoutError' || e.name === 'AbortError');
    return {
      estado: 'error',
      tipo: tiempo ? 'tiempo' : 'red',
      url,
      mensaje: tiempo ? t.errorTiempo(url, (o.tiempoEspera ?? 15000) / 1000) : t.errorRed(url),
      errores: [],
    };
  }
  if (!d.ok) {
    descargas.delete(url);
    return { estado: 'error', tipo: 'http', url, mensaje: t.errorHttp(url, d.estadoHttp), errores: [] };
  }
  const archivo = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  const r = esCsv(url, d)
    ? leerPlanCsv(d.cuerpo, { archivo, lang: o.lang })
    : leerPlanJson(d.cuerpo, { archivo, lang: o.lang });
  if (!r.ok) {
    return { estado: 'error', tipo: 'validacion', url, mensaje: t.errorDatos(url, r.errores.length), errores: r.errores };
  }
  return { estado: 'ok', plan: r.plan, avisos: r.avisos, url };
}

const validacionesDeObjeto = new WeakMap<object, Map<Idioma, ResultadoValidacion>>();

/**
 * validarPlan of a `.plan` object, once per object and language: ten widgets given the same object validate it
 * once, as ten widgets given the same `src` do. Like resumenDe, it takes a plan handed to the widgets as not
 * changing afterwards (a changed plan is a new object). Anything that is not an object is validated each time.
 */
export function validarObjeto(datos: unknown, lang: Idioma): ResultadoValidacion {
  if (datos === null || typeof datos !== 'object') return validarPlan(datos, { lang });
  let porIdioma = validacionesDeObjeto.get(datos);
  if (!porIdioma) {
    porIdioma = new Map();
    validacionesDeObjeto.set(datos, porIdioma);
  }
  let r = porIdioma.get(lang);
  if (!r) {
    r = validarPlan(datos, { lang });
    porIdioma.set(lang, r);
  }
  return r;
}

const resumenes = new WeakMap<Plan, Map<string, Resumen>>();

/**
 * The roll-up `resumir` uses when none is asked (its Resumen.metodo then; almacen.test checks it still is), so
 * that <pdd-niveles>, which always names its method, shares the page's one summary instead of computing a second.
 */
export const METODO_PREDETERMINADO: MetodoPeso = 'iguales';

/** core's `resumir`, computed once per plan and options and shared by every widget showing that plan. */
export function resumenDe(plan: Plan, opciones: Pick<OpcionesResumir, 'periodo' | 'metodo' | 'lang'> = {}): Resumen {
  const o = { ...opciones, metodo: opciones.metodo ?? METODO_PREDETERMINADO };
  const clave = `${o.lang ?? 'es'}|${o.metodo}|${o.periodo ? `${o.periodo.desde}-${o.periodo.hasta}` : ''}`;
  let porOpciones = resumenes.get(plan);
  if (!porOpciones) {
    porOpciones = new Map();
    resumenes.set(plan, porOpciones);
  }
  let r = porOpciones.get(clave);
  if (!r) {
    r = resumir(plan, o);
    porOpciones.set(clave, r);
  }
  return r;
}
