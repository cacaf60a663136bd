/**
 * The two detail sheets of DNP's Informe de Seguimiento al PDT, read row by row: explanatory rows on
 * top, a group band, the header (row 7), data from row 8. A single space means "no value" (null).
 * One row may cover several SisPT consecutivos ("IP-269, IP-285"): DNP adds up duplicated products.
 */
import { plegar } from '../../format/plegar.js';
import type { Diagnostico } from './diagnostico.js';
import { filaVacia, leerEncabezados, type Encabezados } from './encabezados.js';
import { LectorHoja } from './lector.js';
import type { Hoja } from './libro.js';
import { COL_DNP, columnaAnualDnp, type ColumnaAnualDnp } from './dnp-columnas.js';

export interface FilaDnp {
  r: number;
  /** The consecutivos as DNP wrote them, in order. */
  codigos: string[];
  /** Yearly values by kind and year (numbers; explanations as text). */
  anual: Map<ColumnaAnualDnp, Map<number, number | string | null>>;
}

export interface DetalleDnp {
  hoja: Hoja;
  enc: Encabezados;
  lector: LectorHoja;
  filas: FilaDnp[];
  /** Years of each yearly kind present in the header. */
  anios: Map<ColumnaAnualDnp, number[]>;
  col(clave: string | readonly string[]): number | undefined;
}

/** "IP-269, IP-285" → ["IP-269", "IP-285"]. */
export function separarConsecutivos(texto: string | null): string[] {
  if (!texto) return [];
  return texto
    .split(/[,;\n]+/)
    .map((s) => s.trim().replace(/\s+/g, ''))
    .filter((s) => s !== '');
}

export function leerDetalleDnp(hoja: Hoja, rEncabezado: number, d: Diagnostico): DetalleDnp {
  const enc = leerEncabezados(hoja, rEncabezado);
  const lector = new LectorHoja(d, hoja, enc.texto);
  const col = (clave: string | readonly string[]) => {
    for (const k of typeof clave === 'string' ? [clave] : clave) {
      const c = enc.col(k);
      if (c !== undefined) return c;
    }
    return undefined;
  };
  const columnasAnuales: Array<{ c: number; tipo: ColumnaAnualDnp; anio: number }> = [];
  const anios = new Map<ColumnaAnualDnp, number[]>();
  for (const x of enc.columnas) {
    const a = columnaAnualDnp(x.clave);
    if (!a) continue;
    columnasAnuales.push({ c: x.c, ...a });
    const lista = anios.get(a.tipo) ?? [];
    if (!lista.includes(a.anio)) lista.push(a.anio);
    anios.set(a.tipo, lista.sort((p, q) => p - q));
  }
  const filas: FilaDnp[] = [];
  const cCodigos = enc.col(COL_DNP.consecutivos);
  for (let r = rEncabezado + 1; r < hoja.filas.length; r++) {
    if (filaVacia(hoja, r)) continue;
    const codigos = separarConsecutivos(lector.texto(r, cCodigos));
    const anual = new Map<ColumnaAnualDnp, Map<number, number | string | null>>();
    for (const a of columnasAnuales) {
      let m = anual.get(a.tipo);
      if (!m) anual.set(a.tipo, (m = new Map()));
      const esTexto = a.tipo === 'explicacion';
      m.set(
        a.anio,
        esTexto
          ? lector.texto(r, a.c)
          : lector.numero(r, a.c, { noNegativo: a.tipo !== 'avanceFisico' && a.tipo !== 'obligacionesSobreProgramado', porcentaje: a.tipo === 'avanceFisico' || a.tipo === 'obligacionesSobreProgramado' }),
      );
    }
    filas.push({ r, codigos, anual });
  }
  return { hoja, enc, lector, filas, anios, col };
}

export function valorNumero(f: FilaDnp, tipo: ColumnaAnualDnp, anio: number): number | null {
  const v = f.anual.get(tipo)?.get(anio);
  return typeof v === 'number' ? v : null;
}

export function valorTexto(f: FilaDnp, tipo: ColumnaAnualDnp, anio: number): string | null {
  const v = f.anual.get(tipo)?.get(anio);
  return typeof v === 'string' ? v : null;
}

/** The key a row is matched by across the two sheets: its consecutivos, sorted. */
export function claveCodigos(codigos: readonly string[]): string {
  return [...codigos].map(plegar).sort().join('|');
}
