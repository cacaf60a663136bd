/**
 * The files a web editor publishes: the canonical JSON (and the CSV template) that the widgets read, and
 * the two lines of HTML to paste in the page. Both files are written by core's own writers.
 */
import { escribirPlanCsv, escribirPlanJson, normalizarNombre, type Plan } from '@tablero-pdd/core';

export interface Exportacion {
  nombreJson: string;
  json: string;
  nombreCsv: string;
  csv: string;
  /** The script tag and the element: the files go in the same folder of the site as the page. */
  html: [string, string];
}

/** The bundle file the widgets ship as (packages/widgets: dist/tablero-pdd.js). */
export const ARCHIVO_BUNDLE = 'tablero-pdd.js';

export function nombreArchivo(plan: Plan): string {
  const base = normalizarNombre(`${plan.entidad.nombre} ${plan.corte.nombre}`).toLowerCase().replace(/\s+/g, '-');
  return `pdd-${base || 'plan'}`;
}

/** A value inside a double-quoted HTML attribute. */
function atributo(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The two lines to paste: the script tag and the element. `nivel` / `secretaria`: the element shows that part
 * of the plan (its attribute); the files stay the whole plan, so one JSON serves every part a page shows.
 */
export function htmlPublicar(plan: Plan, o: { nivel?: string | null; secretaria?: string | null } = {}): [string, string] {
  const nivel = o.nivel?.trim() ? ` nivel="${atributo(o.nivel.trim())}"` : '';
  const secretaria = o.secretaria?.trim() ? ` secretaria="${atributo(o.secretaria.trim())}"` : '';
  return [`<script type="module" src="${ARCHIVO_BUNDLE}"></script>`, `<pdd-niveles src="${atributo(`${nombreArchivo(plan)}.json`)}"${nivel}${secretaria} lang="es"></pdd-niveles>`];
}

export function exportarPlan(plan: Plan, o: { nivel?: string | null; secretaria?: string | null } = {}): Exportacion {
  const base = nombreArchivo(plan);
  return {
    nombreJson: `${base}.json`,
    json: escribirPlanJson(plan),
    nombreCsv: `${base}.csv`,
    csv: escribirPlanCsv(plan),
    html: htmlPublicar(plan, o),
  };
}
