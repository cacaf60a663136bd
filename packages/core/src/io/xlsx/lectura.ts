/**
 * What each format reader hands back before validation: the candidate plan, its diagnostics and report,
 * and where each meta came from (sheet and row) so schema errors can name the row of the file.
 */
import type { Idioma, Plan, Traza } from '../../schema/types.js';
import type { Diagnostico } from './diagnostico.js';
import { letraColumna } from './libro.js';
import type { ReporteXlsx } from './reporte.js';

export interface OpcionesLectura {
  archivo?: string;
  lang?: Idioma;
  /** The entity, when the file does not say it (home-made workbooks) or to check it (SisPT, DNP). */
  entidad?: { divipola: string; nombre?: string };
  /** The plan's name and period, when the file does not say them. */
  plan?: { nombre?: string; inicio?: number; fin?: number };
}

export interface LecturaPlan {
  plan: Plan | null;
  diag: Diagnostico;
  reporte: ReporteXlsx;
  /** Per meta (same order as plan.metas): the sheet and 0-based row it was read from. */
  origenMetas: Array<{ hoja: string; r: number }>;
  /** Field name → column as the file names it ("P · Meta del cuatrienio"), for schema errors. */
  columnas: Record<string, string>;
}

/** "chia.xlsx: 'Plan indicativo - Productos'!A12:CG12" — where a figure stands in the file. */
export function cita(archivo: string | undefined, hoja: string, r: number, c1?: number, c2?: number): string {
  const h = `'${hoja.replace(/'/g, "''")}'`;
  // A whole row is written as Excel does: 12:12.
  const desde = c1 === undefined ? `${r + 1}:${r + 1}` : `${letraColumna(c1)}${r + 1}`;
  const hasta = c1 === undefined || c2 === undefined || c2 === c1 ? '' : `:${letraColumna(c2)}${r + 1}`;
  return `${archivo ? `${archivo}: ` : ''}${h}!${desde}${hasta}`;
}

export function traza(fuente: string, inferido?: string): Traza {
  return inferido ? { fuente, inferido } : { fuente };
}

/** After the "'!" that closes the sheet name: the column letters and the row. */
const CELDA_CITA = /[A-Z]*(\d+)/y;

/**
 * The sheet and 0-based row of a citation written by `cita` (null when it is not one).
 * Finds what /'((?:[^']|'')*)'!(?:[A-Z]*)(\d+)/ finds, in linear time: that regex, tried from every quote,
 * rescanned the same text from each one (quadratic on a long text full of doubled quotes, e.g. a plan
 * JSON's `trazas`).
 */
export function lugarDeCita(fuente: string | undefined): { hoja: string; r: number } | null {
  if (!fuente?.includes("'!")) return null;
  const n = fuente.length;
  // cierre[p]: the quote that ends a sheet name whose text starts at p (pairs '' are part of the name), or -1.
  const cierre = new Int32Array(n + 1).fill(-1);
  for (let p = n - 1; p >= 0; p--) {
    if (fuente[p] !== "'") cierre[p] = cierre[p + 1]!;
    else if (fuente[p + 1] === "'") cierre[p] = cierre[p + 2]!;
    else cierre[p] = p;
  }
  // Many opening quotes can share one closing quote: each closing is checked once.
  const probados = new Set<number>();
  for (let i = 0; i < n; i++) {
    const j = fuente[i] === "'" ? cierre[i + 1]! : -1;
    if (j < 0 || fuente[j + 1] !== '!' || probados.has(j)) continue;
    probados.add(j);
    CELDA_CITA.lastIndex = j + 2;
    const m = CELDA_CITA.exec(fuente);
    if (m) return { hoja: fuente.slice(i + 1, j).replace(/''/g, "'"), r: Number(m[1]) - 1 };
  }
  return null;
}
