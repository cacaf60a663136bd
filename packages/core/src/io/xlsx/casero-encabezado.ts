/**
 * Finding the header of a home-made sheet: it is rarely on row 1 (title rows above), it may span two rows
 * (a band "2024" merged over "META | AVANCE | % CUMPLIMIENTO", or "CÓDIGO" merged down both rows), and
 * its cells may hold line breaks ("AVANCE\nMETA 2024"). Each row of the first 40 is scored by how many
 * columns it (with the row above as band) makes recognisable; numbers count against (data rows).
 */
import { plegar } from '../../format/plegar.js';
import { textoDe } from './celdas.js';
import { anchoFila, celda, celdaVisible, indexarCombinadas, type Hoja, type IndiceCombinadas } from './libro.js';
import { ES_ANUAL, normalizarEncabezado, reconocerEncabezado, type Reconocido } from './sinonimos.js';

export interface ColumnaCasero {
  c: number;
  /** The header as written, band and cell joined with " · " when both count ("2024 · AVANCE"). */
  texto: string;
  /** The cell's own text (without band), for mapping keys. */
  propio: string;
  reconocido: Reconocido | null;
}

export interface EncabezadoCasero {
  /** 0-based row of the (last) header row; data starts below. */
  r: number;
  columnas: ColumnaCasero[];
  /** Columns recognised. */
  puntaje: number;
}

const MAX_FILAS = 40;
const MIN_RECONOCIDAS = 3;

function textoVisible(hoja: Hoja, r: number, c: number, ix: IndiceCombinadas): string | null {
  if (r < 0) return null;
  return textoDe(celdaVisible(hoja, r, c, ix));
}

/** The header of column c when row r is the header row (and r − 1 its band, if any). */
export function componerColumna(hoja: Hoja, r: number, c: number, ix: IndiceCombinadas): ColumnaCasero | null {
  const propio = textoVisible(hoja, r, c, ix);
  const banda = textoVisible(hoja, r - 1, c, ix);
  if (propio === null && banda === null) return null;
  if (propio === null || banda === null || propio === banda) {
    const t = (propio ?? banda)!;
    return { c, texto: t, propio: t, reconocido: reconocerEncabezado(t) };
  }
  // Band + cell read together first ("AVANCE" over "META 2024" is the executed value)…
  const junto = reconocerEncabezado(`${banda} ${propio}`);
  if (junto && (junto.anio !== null || !normalizarEncabezado(`${banda} ${propio}`).anios.length)) {
    return { c, texto: `${banda} · ${propio}`, propio, reconocido: junto };
  }
  // …else the cell alone, taking the year from the band ("2024" over "AVANCE").
  const solo = reconocerEncabezado(propio);
  const aniosBanda = normalizarEncabezado(banda).anios;
  if (solo && solo.anio === null && aniosBanda.length === 1) return { c, texto: `${banda} · ${propio}`, propio, reconocido: { campo: solo.campo, anio: aniosBanda[0]! } };
  if (!solo && aniosBanda.length === 1) {
    const conAnio = reconocerEncabezado(`${propio} ${aniosBanda[0]}`);
    if (conAnio) return { c, texto: `${banda} · ${propio}`, propio, reconocido: conAnio };
  }
  return { c, texto: solo ? propio : `${banda} · ${propio}`, propio, reconocido: solo };
}

function puntuar(hoja: Hoja, r: number, ix: IndiceCombinadas, extra: ReadonlySet<string>): number {
  let puntos = 0;
  const ancho = Math.max(anchoFila(hoja, r), anchoFila(hoja, r - 1));
  for (let c = 0; c < ancho; c++) {
    const propia = celda(hoja, r, c);
    if (propia && typeof propia.v === 'number') {
      puntos--;
      continue;
    }
    // A yearly field counts only with its year: "AVANCE" alone is not yet a usable column.
    const col = componerColumna(hoja, r, c, ix);
    const rec = col?.reconocido;
    if ((rec && (rec.anio !== null || !ES_ANUAL.has(rec.campo))) || (col && (extra.has(plegar(col.texto)) || extra.has(plegar(col.propio))))) puntos++;
  }
  return puntos;
}

/**
 * The header row and its columns, or null when no row makes at least 3 columns recognisable.
 * `extra`: headers the person mapped (folded), which count as recognised.
 */
export function detectarEncabezado(hoja: Hoja, filaForzada?: number, extra: ReadonlySet<string> = new Set()): EncabezadoCasero | null {
  const ix = indexarCombinadas(hoja);
  let mejor = -1;
  let puntaje = MIN_RECONOCIDAS - 1;
  if (filaForzada !== undefined) {
    mejor = filaForzada;
    puntaje = puntuar(hoja, filaForzada, ix, extra);
  } else {
    for (let r = 0; r < Math.min(hoja.filas.length, MAX_FILAS); r++) {
      const p = puntuar(hoja, r, ix, extra);
      if (p > puntaje) {
        puntaje = p;
        mejor = r;
      }
    }
    if (mejor < 0) return null;
  }
  const columnas: ColumnaCasero[] = [];
  const ancho = Math.max(anchoFila(hoja, mejor), anchoFila(hoja, mejor - 1));
  for (let c = 0; c < ancho; c++) {
    const col = componerColumna(hoja, mejor, c, ix);
    if (col) columnas.push(col);
  }
  return { r: mejor, columnas, puntaje };
}
