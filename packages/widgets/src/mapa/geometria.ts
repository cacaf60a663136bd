/**
 * Loads boundaries at run time, only when a map is on the page, and shares them between maps: one download
 * per URL, one reading and projection per URL and department. The shipped files sit next to the bundle
 * (`new URL(…, import.meta.url)`): Vite emits them as files (`?no-inline`: a library build would otherwise
 * inline them as base64 in the JavaScript) and the page fetches them from its own server, no third party.
 * Norte de Santander has its own small file (2.5 kB gzip); any other department is cut from the national
 * TopoJSON (about 61 kB gzip), downloaded once.
 */
import type { ErrorDato, Idioma } from '@tablero-pdd/core';
import { texto } from '../base/i18n.js';
import { leerGeometria } from './leer-geometria.js';
import { proyectar, type Proyeccion } from './proyeccion.js';
import type { FuenteGeometria } from './fuente-geometria.js';

const URL_NORTE_DE_SANTANDER = new URL('./geo/norte-de-santander-municipios.geojson?no-inline', import.meta.url).href;
const URL_COLOMBIA = new URL('./geo/colombia-municipios.topojson?no-inline', import.meta.url).href;
const TIEMPO_ESPERA = 15000;

export type EstadoGeometria =
  | {
      estado: 'ok';
      proyeccion: Proyeccion;
      /** Features left out, with their position (shown as data errors under the map). */
      errores: ErrorDato[];
      /** Where the boundaries come from: null = DANE MGN 2018 (shipped); else the page's URL. */
      url: string | null;
    }
  | { estado: 'error'; mensaje: string; errores: ErrorDato[]; url: string };

const documentos = new Map<string, Promise<unknown>>();
const lecturas = new Map<string, Promise<EstadoGeometria>>();

class ErrorDescarga extends Error {
  constructor(
    readonly tipo: 'red' | 'http' | 'tiempo' | 'formato',
    readonly estadoHttp = 0,
  ) {
    super(tipo);
  }
}

async function descargar(url: string): Promise<unknown> {
  const control = new AbortController();
  const reloj = setTimeout(() => control.abort(), TIEMPO_ESPERA);
  let r: Response;
  try {
    r = await fetch(url, { signal: control.signal, credentials: 'same-origin' });
  } catch {
    throw new ErrorDescarga(control.signal.aborted ? 'tiempo' : 'red');
  } finally {
    clearTimeout(reloj);
  }
  if (!r.ok) throw new ErrorDescarga('http', r.status);
  try {
    return JSON.parse(await r.text()) as unknown;
  } catch {
    throw new ErrorDescarga('formato');
  }
}

/** The URL a source is read from (the shipped files for the default). */
export function urlDeFuente(f: FuenteGeometria): string {
  if (f.tipo === 'url') return new URL(f.url, document.baseURI).href;
  return f.departamento === '54' ? URL_NORTE_DE_SANTANDER : URL_COLOMBIA;
}

export function cargarGeometria(f: FuenteGeometria, lang: Idioma, recargar = false): Promise<EstadoGeometria> {
  const url = urlDeFuente(f);
  const clave = `${lang}|${url}|${f.departamento ?? '*'}`;
  if (recargar) {
    documentos.delete(url);
    lecturas.delete(clave);
  }
  let p = lecturas.get(clave);
  if (!p) {
    p = leer(url, f, lang);
    lecturas.set(clave, p);
    // A failed download may succeed later (the retry button): do not keep failures.
    void p.then((r) => {
      if (r.estado === 'error') {
        lecturas.delete(clave);
        documentos.delete(url);
      }
    });
  }
  return p;
}

/** Up to this many municipalities (the largest department, Antioquia, has 125) reading and projecting is short. */
const MUNICIPIOS_SIN_CEDER = 200;

/** Lets the browser handle pending input before the next step. */
const ceder = () => new Promise<void>((listo) => setTimeout(listo, 0));

async function leer(url: string, f: FuenteGeometria, lang: Idioma): Promise<EstadoGeometria> {
  const t = texto(lang);
  let doc = documentos.get(url);
  if (!doc) {
    doc = descargar(url);
    documentos.set(url, doc);
  }
  let datos: unknown;
  try {
    datos = await doc;
  } catch (e) {
    const d = e instanceof ErrorDescarga ? e : new ErrorDescarga('red');
    const mensaje =
      d.tipo === 'http'
        ? t.errorHttp(url, d.estadoHttp)
        : d.tipo === 'tiempo'
          ? t.errorTiempo(url, TIEMPO_ESPERA / 1000)
          : d.tipo === 'formato'
            ? t.mapaErrorFormato(url)
            : t.errorRed(url);
    return { estado: 'error', mensaje, errores: [], url };
  }
  const archivo = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  const r = leerGeometria(datos, { departamento: f.departamento, archivo, lang });
  if (r.municipios.length === 0) {
    return { estado: 'error', mensaje: t.mapaSinMunicipios(url, f.departamento), errores: r.errores, url };
  }
  // Reading, projecting and drawing 1,122 municipalities is one long task on a slow phone: give the page a
  // turn between the steps so a tap or a key press is not kept waiting behind all three. One department is a
  // few milliseconds of work: each turn would instead let a whole frame of the page pass before the map.
  const ceda = r.municipios.length > MUNICIPIOS_SIN_CEDER;
  if (ceda) await ceder();
  const proyeccion = proyectar(r.municipios);
  if (ceda) await ceder();
  return { estado: 'ok', proyeccion, errores: r.errores, url: f.tipo === 'url' ? url : null };
}
