/**
 * What each row below a home-made header is: a meta, a group row naming a level for the rows below
 * ("EJE 2: SOCIAL" alone on its row), a totals row, the header repeated, or numbers with no meta. Only
 * metas are imported; every other row is reported with the reason (group rows give their name to the
 * rows below them).
 */
import { plegar } from '../../format/plegar.js';
import { textoDe } from './celdas.js';
import type { ColumnaResuelta } from './mapeo.js';
import { anchoFila, celda, celdaVisible, indexarCombinadas, type Hoja } from './libro.js';
import { NIVELES_CASERO, type CampoNivel } from './sinonimos.js';

export type TipoFila = 'meta' | 'nivel' | 'totales' | 'encabezado' | 'sin_meta';

export interface FilaClasificada {
  r: number;
  tipo: TipoFila;
}

const TOTALES = /^(sub ?total(es)?|total(es)?|gran total|total general|suma total|sumatoria)( |$)/;

export function esTextoTotal(t: string | null): boolean {
  return t !== null && TOTALES.test(plegar(t));
}

export function columnasDe(cols: readonly ColumnaResuelta[]) {
  const por = new Map<string, number>();
  for (const x of cols) if (x.asignado && x.asignado.anio === null && !por.has(x.asignado.campo)) por.set(x.asignado.campo, x.c);
  const niveles = NIVELES_CASERO.filter((n) => por.has(n)).map((n) => ({ campo: n as CampoNivel, c: por.get(n)! }));
  return { por, niveles };
}

export function clasificarFilas(hoja: Hoja, rEncabezado: number, cols: readonly ColumnaResuelta[]): FilaClasificada[] {
  const ix = indexarCombinadas(hoja);
  const { por, niveles } = columnasDe(cols);
  const cCodigo = por.get('codigo');
  const cNombre = por.get('nombre');
  const cIndicador = por.get('indicador');
  const encabezados = new Set(cols.map((x) => plegar(x.texto)).filter((t) => t !== ''));
  const nivelCols = new Set(niveles.map((n) => n.c));
  const out: FilaClasificada[] = [];
  for (let r = rEncabezado + 1; r < hoja.filas.length; r++) {
    const fila = hoja.filas[r];
    if (!fila) continue;
    let vacia = true;
    let numeros = 0;
    let iguales = 0;
    let primera: string | null = null;
    for (let c = 0; c < anchoFila(hoja, r); c++) {
      const k = celda(hoja, r, c);
      if (!k) continue;
      if (k.error !== undefined) {
        vacia = false;
        continue;
      }
      if (typeof k.v === 'number') {
        vacia = false;
        numeros++;
        continue;
      }
      const t = textoDe(k);
      if (t === null) continue;
      vacia = false;
      primera ??= t;
      if (encabezados.has(plegar(t))) iguales++;
    }
    if (vacia) continue;
    const codigo = cCodigo === undefined ? null : textoDe(celda(hoja, r, cCodigo));
    const nombre = cNombre === undefined ? null : textoDe(celda(hoja, r, cNombre));
    const indicador = cIndicador === undefined ? null : textoDe(celda(hoja, r, cIndicador));
    const enNivel = niveles.some((n) => esTextoTotal(textoDe(celda(hoja, r, n.c))));
    if (codigo === null && (esTextoTotal(primera) || enNivel || esTextoTotal(nombre))) {
      out.push({ r, tipo: 'totales' });
      continue;
    }
    if (iguales >= 3) {
      out.push({ r, tipo: 'encabezado' });
      continue;
    }
    if (codigo !== null || nombre !== null || indicador !== null) {
      out.push({ r, tipo: 'meta' });
      continue;
    }
    // A row naming a level (own cell, not a merge from above) and holding no figures.
    const nombraNivel = [...nivelCols].some((c) => textoDe(celda(hoja, r, c)) !== null && celdaVisible(hoja, r, c, ix) === celda(hoja, r, c));
    out.push({ r, tipo: nombraNivel && numeros === 0 ? 'nivel' : 'sin_meta' });
  }
  return out;
}
