/**
 * Finds the header of a plan in a block of cells: home-made workbooks put title rows above it, write
 * multi-line headers ("AVANCE\nMETA 2024") and split a header over two rows under a merged band
 * ("PROGRAMACIÓN" over "2024 | 2025"). Each candidate row (and each pair band + row) is scored by how
 * many of its cells core recognises (sinonimos.ts); the best one wins, a single row on ties.
 */
import { celdaTexto, type RangoLeido } from './rango-leido.js';
import { reconocer } from './sinonimos.js';

export interface Encabezado {
  /** 0-based column inside the block. */
  columna: number;
  /** The header as the person wrote it, whitespace collapsed (two-row headers joined: "PROGRAMACIÓN 2024"). */
  texto: string;
}

export interface DeteccionEncabezado {
  /** 0-based row (inside the block) of the header's last row; data starts right below. */
  fila: number;
  /** 1, or 2 when a band row above completes the headers. */
  filas: 1 | 2;
  encabezados: Encabezado[];
  /** How many headers core recognised. */
  reconocidos: number;
}

/** Rows searched for a header: title bands are a few rows, never dozens. */
export const FILAS_BUSCADAS = 30;

export function limpiarEncabezado(t: string): string {
  return t.replace(/_x000D_/g, ' ').replace(/\s+/g, ' ').trim();
}

function filaTextos(r: RangoLeido, f: number): string[] {
  const ancho = r.textos[f]?.length ?? r.valores[f]?.length ?? 0;
  return Array.from({ length: ancho }, (_, c) => limpiarEncabezado(celdaTexto(r, f, c)));
}

function puntuar(textos: readonly string[]): number {
  let n = 0;
  for (const t of textos) if (reconocer(t) !== null) n++;
  return n;
}

/** The band row carried rightwards over empty cells, as a merged title band looks once unmerged. */
function banda(textos: readonly string[]): string[] {
  const r: string[] = [];
  let actual = '';
  for (const t of textos) {
    if (t !== '') actual = t;
    r.push(actual);
  }
  return r;
}

/**
 * Each column's header over two rows: the band joined to the cell below ("PROGRAMACIÓN 2024"), else the
 * lower cell alone ("CÓDIGO" under a band "INFORMACIÓN GENERAL"), else the upper one (a header merged
 * down both rows); the first that core recognises, or the joined text.
 */
function combinar(arriba: readonly string[], abajo: readonly string[]): string[] {
  const b = banda(arriba);
  const ancho = Math.max(arriba.length, abajo.length);
  return Array.from({ length: ancho }, (_, c) => {
    const sup = b[c] ?? '';
    const inf = abajo[c] ?? '';
    const propia = arriba[c] ?? '';
    if (inf === '') return propia;
    const unida = sup === '' ? inf : `${sup} ${inf}`;
    for (const t of [unida, inf, propia]) if (reconocer(t) !== null) return t;
    return unida;
  });
}

export function detectarEncabezado(r: RangoLeido, maxFilas = FILAS_BUSCADAS): DeteccionEncabezado | null {
  const limite = Math.min(r.valores.length, maxFilas);
  let mejor: { fila: number; filas: 1 | 2; textos: string[]; puntos: number } | null = null;
  let anterior: string[] | null = null;
  for (let f = 0; f < limite; f++) {
    const textos = filaTextos(r, f);
    const simple = puntuar(textos);
    if (simple > 0 && (!mejor || simple > mejor.puntos)) mejor = { fila: f, filas: 1, textos, puntos: simple };
    if (anterior && anterior.some((t) => t !== '')) {
      const doble = combinar(anterior, textos);
      const puntos = puntuar(doble);
      if (puntos > simple && (!mejor || puntos > mejor.puntos)) mejor = { fila: f, filas: 2, textos: doble, puntos };
    }
    anterior = textos;
  }
  if (!mejor) return null;
  const encabezados = mejor.textos.map((texto, columna) => ({ columna, texto })).filter((e) => e.texto !== '');
  return { fila: mejor.fila, filas: mejor.filas, encabezados, reconocidos: mejor.puntos };
}
