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

/** The sheet and 0-based row of a citation written by `cita` (null when it is not one). */
export function lugarDeCita(fuente: string | undefined): { hoja: string; r: number } | null {
  const m = fuente ? /'((?:[^']|'')*)'!(?:[A-Z]*)(\d+)/.exec(fuente) : null;
  return m ? { hoja: m[1]!.replace(/''/g, "'"), r: Number(m[2]) - 1 } : null;
}
