/**
 * Downloads of a chart: its data as CSV (d3-dsv's csvFormat, with a BOM so spreadsheet programs read the
 * accents), the chart as a standalone SVG (grafico-svg.ts: styles written as attributes) and as PNG (that SVG
 * drawn on a canvas through an Image). Files are handed to the browser with a temporary object URL.
 */
import { render, type TemplateResult } from 'lit';
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

/** Rows as CSV text: null as an empty cell (never 0), numbers raw, text a spreadsheet would run neutralised. */
export function csvDeFilas(columnas: string[], filas: ReadonlyArray<Record<string, string | number | null>>): string {
  const limpias = filas.map((f) => {
    const o: Record<string, string> = {};
    for (const c of columnas) {
      const v = f[c];
      o[c] = v === null || v === undefined ? '' : typeof v === 'string' && FORMULA.test(v) ? `'${v}` : String(v);
    }
    return o;
  });
  return csvFormat(limpias, columnas);
}

/** The chart's data as CSV text: one line per row, "no reportado" as an empty cell, raw ratios and pesos. */
export function textoCsv(m: ModeloGrafico): string {
  return csvDeFilas(m.csv.columnas, m.csv.filas);
}

/** A CSV file with a BOM, so spreadsheet programs read the accents. */
export function descargarTextoCsv(texto: string, nombre: string): void {
  descargar(new Blob(['\uFEFF', texto], { type: 'text/csv;charset=utf-8' }), nombre);
}

export function descargarCsv(m: ModeloGrafico): void {
  descargarTextoCsv(textoCsv(m), `${m.id}.csv`);
}

/** A template holding one <svg> as standalone SVG text (rendered detached, so data stays text). */
export function serializarSvg(plantilla: TemplateResult): string {
  const contenedor = document.createElement('div');
  render(plantilla, contenedor);
  const raizSvg = contenedor.querySelector('svg') as SVGSVGElement;
  // Lit's markers are comments: not part of the image.
  const marcas = document.createTreeWalker(raizSvg, NodeFilter.SHOW_COMMENT);
  const comentarios: Node[] = [];
  while (marcas.nextNode()) comentarios.push(marcas.currentNode);
  for (const c of comentarios) c.parentNode?.removeChild(c);
  return new XMLSerializer().serializeToString(raizSvg);
}

/** The standalone SVG document of the chart, with the theme's colours of `raiz` (the widget's root). */
export function textoSvg(m: ModeloGrafico, raiz: Element, lang: Idioma): { texto: string; ancho: number; alto: number } {
  const { plantilla, ancho, alto } = plantillaSvg(m, paletaDe(raiz), lang);
  return { texto: serializarSvg(plantilla), ancho, alto };
}

export function descargarTextoSvg(texto: string, nombre: string): void {
  descargar(new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', texto], { type: 'image/svg+xml;charset=utf-8' }), nombre);
}

export function descargarSvg(m: ModeloGrafico, raiz: Element, lang: Idioma): void {
  descargarTextoSvg(textoSvg(m, raiz, lang).texto, `${m.id}.svg`);
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
