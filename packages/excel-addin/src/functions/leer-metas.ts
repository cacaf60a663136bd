/**
 * The rows of a yearly range as metas: each row of `ejecutado` is one meta and each column one year (the
 * layout of a Plan Indicativo workbook). Per-meta arguments (meta del cuatrienio, tipo…) are one cell for
 * all rows or one cell per row.
 */
import type { Acumulacion, TipoMeta } from '@tablero-pdd/core';
import {
  comoMatriz,
  dimensiones,
  exigirRectangular,
  exigirTamano,
  invalido,
  leerNumeroCelda,
  omitido,
  porFila,
  type Argumento,
  type Matriz,
} from './argumentos.js';
import type { AniosMeta } from './meta-sintetica.js';
import { leerAcumulacion, leerTipo } from './opciones.js';

export interface ArgumentosAnuales {
  ejecutado: { arg: Argumento; valor: unknown };
  programado?: { arg: Argumento; valor: unknown };
  metaCuatrienio?: { arg: Argumento; valor: unknown };
  tipo: { arg: Argumento; valor: unknown };
  acumulacion: { arg: Argumento; valor: unknown };
  lineaBase: { arg: Argumento; valor: unknown };
}

function fila(arg: Argumento, m: Matriz, i: number): Array<number | null> {
  const r = m[i] as unknown[];
  return r.map((_, j) => leerNumeroCelda(arg, m, i, j));
}

/** Reads every row; stops at the first bad cell with #VALUE! naming it. */
export function leerMetasAnuales(a: ArgumentosAnuales): { metas: AniosMeta[]; columnas: number } {
  const e = comoMatriz(a.ejecutado.valor);
  exigirRectangular(a.ejecutado.arg, e);
  exigirTamano(a.ejecutado.arg, e);
  const { filas, columnas } = dimensiones(e);

  let p: Matriz | null = null;
  if (a.programado) {
    p = comoMatriz(a.programado.valor);
    exigirRectangular(a.programado.arg, p);
    const d = dimensiones(p);
    if (d.filas !== filas || d.columnas !== columnas) {
      invalido(a.programado.arg, `un rango del mismo tamaño que «${a.ejecutado.arg.nombre}» (${filas} × ${columnas}: una fila por meta, una columna por año)`, `${d.filas} × ${d.columnas}`);
    }
  }
  const porMeta = (x: { arg: Argumento; valor: unknown } | undefined) => {
    if (!x || omitido(x.valor)) return null;
    const m = comoMatriz(x.valor);
    return { m, celda: porFila(x.arg, m, filas), arg: x.arg };
  };
  const meta = porMeta(a.metaCuatrienio);
  const base = porMeta(a.lineaBase);
  const tipo = porMeta(a.tipo);
  const acum = porMeta(a.acumulacion);

  const metas: AniosMeta[] = [];
  for (let i = 0; i < filas; i++) {
    const num = (x: ReturnType<typeof porMeta>) => (x ? leerNumeroCelda(x.arg, x.m, ...x.celda(i)) : null);
    const t: TipoMeta = tipo ? leerTipo(tipo.arg, tipo.m, ...tipo.celda(i)) : 'incremento';
    const ac: Acumulacion = acum ? leerAcumulacion(acum.arg, acum.m, ...acum.celda(i)) : 'acumulado';
    metas.push({
      ejecutado: fila(a.ejecutado.arg, e, i),
      programado: p && a.programado ? fila(a.programado.arg, p, i) : null,
      metaCuatrienio: num(meta),
      lineaBase: num(base),
      tipo: t,
      acumulacion: ac,
    });
  }
  return { metas, columnas };
}
