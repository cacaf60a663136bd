/**
 * Downloads of a chart: its data as CSV (d3-dsv's csvFormat, with a BOM so spreadsheet programs read the
 * accents), the chart as a standalone SVG (grafico-svg.ts: styles written as attributes) and as PNG (that SVG
 * drawn on a canvas through an Image). Files are handed to the browser with a temporary object URL.
 */
import { render } from 'lit';
import { csvFormat } from 'd3-dsv';
import type { Idioma } from '@tablero-pdd/core';
import type { ModeloGrafico } from './grafico-modelo.js';
import { paletaDe, plantillaSvg } from './grafico-svg.js';

/** Hands a file to the browser: a temporary anchor with `download`, clicked, its URL freed a minute later. */
export function descargar(contenido: Blob, nombre: string): void {
  const url = URL.createObjectURL(contenido);
  const a = document.createElement('a');
  a.href = url;
  a.download = nombre;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Text a spreadsheet would run as a formula (CSV injection): such text cells get a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * The chart's data as CSV text: one line per row, "no reportado" as an empty cell (never 0). Numbers are
 * written raw (ratios, pesos), text that a spreadsheet would read as a formula is neutralised.
 */
export function textoCsv(m: ModeloGrafico): string {
  const filas = m.csv.filas.map((f) => {
    const o: Record<string, string> = {};
    for (const c of m.csv.columnas) {
      const v = f[c];
      o[c] = v === null || v === undefined ? '' : typeof v === 'string' && FORMULA.test(v) ? `'${v}` : String(v);
    }
    return o;
  });
  return csvFormat(filas, m.csv.columnas);
}

export function descargarCsv(m: ModeloGrafico): void {
  descargar(new Blob(['\uFEFF', textoCsv(m)], { type: 'text/csv;charset=utf-8' }), `${m.id}.csv`);
}

/** The standalone SVG document of the chart, with the theme's colours of `raiz` (the widget's root). */
export function textoSvg(m: ModeloGrafico, raiz: Element, lang: Idioma): { texto: string; ancho: number; alto: number } {
  const { plantilla, ancho, alto } = plantillaSvg(m, paletaDe(raiz), lang);
  const contenedor = document.createElement('div');
  render(plantilla, contenedor);
  const raizSvg = contenedor.querySelector('svg') as SVGSVGElement;
  // Lit's markers are comments: not part of the image.
  const marcas = document.createTreeWalker(raizSvg, NodeFilter.SHOW_COMMENT);
  const comentarios: Node[] = [];
  while (marcas.nextNode()) comentarios.push(marcas.currentNode);
  for (const c of comentarios) c.parentNode?.removeChild(c);
  return { texto: new XMLSerializer().serializeToString(raizSvg), ancho, alto };
}

export function descargarSvg(m: ModeloGrafico, raiz: Element, lang: Idioma): void {
  const { texto } = textoSvg(m, raiz, lang);
  descargar(new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', texto], { type: 'image/svg+xml;charset=utf-8' }), `${m.id}.svg`);
}

/** The SVG drawn at `escala` × its size on a canvas; rejects when the browser cannot (a CSP without blob: images). */
export async function pngDeSvg(texto: string, ancho: number, alto: number, escala = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([texto], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image(ancho, alto);
    img.src = url;
    await img.decode();
    const lienzo = document.createElement('canvas');
    lienzo.width = Math.round(ancho * escala);
    lienzo.height = Math.round(alto * escala);
    const ctx = lienzo.getContext('2d');
    if (!ctx) throw new Error('canvas 2d');
    ctx.drawImage(img, 0, 0, lienzo.width, lienzo.height);
    return await new Promise<Blob>((ok, mal) => lienzo.toBlob((b) => (b ? ok(b) : mal(new Error('toBlob'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function descargarPng(m: ModeloGrafico, raiz: Element, lang: Idioma): Promise<void> {
  const { texto, ancho, alto } = textoSvg(m, raiz, lang);
  descargar(await pngDeSvg(texto, ancho, alto), `${m.id}.png`);
}
