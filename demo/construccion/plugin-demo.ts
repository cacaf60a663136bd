/**
 * The demo's Vite plugin: fills the public folder with what the pages load as a web editor would (the published widget
 * bundle and its geometry, the data sets, the CSV template), expands the build-time markers of the HTML, and
 * writes the offline service worker once the build is done.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { plantillaCsv, type Plan } from '@tablero-pdd/core';
import { componentesDe, htmlGuiaComponentes, type Manifiesto } from './guia-componentes.js';
import { escaparHtml } from './html.js';
import { htmlApuestas, htmlFichas, htmlOpcionesMetas } from './secciones-plan.js';
import { codigoServiceWorker, versionDeArchivos } from './service-worker.js';
import { rellenarTextos } from './textos-html.js';

export interface RutasDemo {
  demo: string;
  /** Vite's publicDir, filled at each build (kept under node_modules/.cache: not versioned, not linted). */
  publico: string;
  widgetsDist: string;
  manifiesto: string;
  salida: string;
}

function exigir(ruta: string, que: string): void {
  try {
    statSync(ruta);
  } catch {
    throw new Error(`demo: falta ${que} (${ruta}). Ejecute primero «npm run build -w @tablero-pdd/widgets».`);
  }
}

/** Copies the published bundle, its geometry, the data and the CSV templates into the public folder. */
export function prepararPublico(r: RutasDemo): void {
  const publico = r.publico;
  exigir(join(r.widgetsDist, 'tablero-pdd.js'), 'el paquete de los componentes');
  rmSync(publico, { recursive: true, force: true });
  mkdirSync(join(publico, 'widgets'), { recursive: true });
  for (const f of readdirSync(r.widgetsDist)) {
    const ruta = join(r.widgetsDist, f);
    if (statSync(ruta).isFile()) cpSync(ruta, join(publico, 'widgets', f));
  }
  mkdirSync(join(publico, 'datos'), { recursive: true });
  for (const f of readdirSync(join(r.demo, 'data'))) if (f.endsWith('.json')) cpSync(join(r.demo, 'data', f), join(publico, 'datos', f));
  mkdirSync(join(publico, 'descargas'), { recursive: true });
  writeFileSync(join(publico, 'descargas', 'plantilla-plan.csv'), plantillaCsv({ lang: 'es' }));
  writeFileSync(join(publico, 'descargas', 'plan-template.csv'), plantillaCsv({ lang: 'en' }));
}

function leerPlan(demo: string, src: string): Plan {
  const nombre = src.replace(/^.*\//, '');
  return JSON.parse(readFileSync(join(demo, 'data', nombre), 'utf8')) as Plan;
}

/** `<!--apuestas SRC-->`, `<!--fichas SRC-->`, `<!--opciones-metas SRC-->`, `<!--guia-componentes SRC-->`, then `{{clave}}`. */
export function expandirHtml(html: string, r: RutasDemo): string {
  // The widgets that follow the meta picker start on the meta it shows first, not on the whole plan.
  const opciones = /<!--opciones-metas ([^ ]+)-->/.exec(html);
  const primera = opciones?.[1] ? (leerPlan(r.demo, opciones[1]).metas[0]?.codigo ?? null) : null;
  const expandido = html.replace(/<!--(apuestas|fichas|opciones-metas|guia-componentes) ([^ ]+)-->/g, (_, que: string, src: string) => {
    if (que === 'guia-componentes') {
      exigir(r.manifiesto, 'el manifiesto de los componentes');
      const m = JSON.parse(readFileSync(r.manifiesto, 'utf8')) as Manifiesto;
      return htmlGuiaComponentes(componentesDe(m), 'widgets/tablero-pdd.js', src);
    }
    const plan = leerPlan(r.demo, src);
    return que === 'apuestas' ? htmlApuestas(plan, src) : que === 'fichas' ? htmlFichas(plan, src) : htmlOpcionesMetas(plan);
  });
  const siguiendo = primera === null ? expandido : expandido.replaceAll(' data-sigue-meta', ` meta="${escaparHtml(primera)}" data-sigue-meta`);
  return rellenarTextos(siguiendo);
}

function archivosDe(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'));
}

export function pluginDemo(r: RutasDemo): Plugin {
  return {
    name: 'tablero-pdd-demo',
    transformIndexHtml: { order: 'pre', handler: (html) => expandirHtml(html, r) },
    closeBundle(error?: Error) {
      // Rollup calls this hook after a failed build too: its own error is the one to show.
      if (error || !existsSync(r.salida)) return;
      // Source maps are for developers: not worth a megabyte of every visitor's cache.
      const rutas = archivosDe(r.salida).filter((f) => !f.endsWith('.map') && f !== 'sw.js');
      const version = versionDeArchivos(rutas.map((f) => ({ ruta: f, contenido: readFileSync(join(r.salida, f)) })));
      writeFileSync(join(r.salida, 'sw.js'), codigoServiceWorker(rutas, version));
      console.log(`demo: ${relative(process.cwd(), r.salida)} listo (${rutas.length} archivos, caché ${version}).`);
    },
  };
}
