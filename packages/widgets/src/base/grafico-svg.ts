/**
 * A chart as one standalone SVG image, for "Descargar gráfico (SVG/PNG)": laid out at a fixed width from the
 * same model as the bars on screen, every colour, font and stroke written as attributes (the theme's values
 * read from the widget), so the file looks the same in any viewer without the widget's stylesheet. Labels are
 * wrapped by character count (an image has no layout engine); values and state names are written as text.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Idioma } from '@tablero-pdd/core';
import type { BarraGrafico, ModeloGrafico } from './grafico-modelo.js';
import { porcentajePista } from './escala-lineal.js';
import { describirGrafico } from './grafico-resumen.js';
import { COLORES_SERIE, PALETAS, TRAMAS_D, estiloSerie } from './paleta-series.js';

export interface PaletaSvg {
  texto: string;
  textoSuave: string;
  fondo: string;
  borde: string;
  series: string[];
  fuente: string;
}

/** The theme's colours as the widget resolves them (page overrides through --pdd-* included). */
export function paletaDe(raiz: Element): PaletaSvg {
  const e = getComputedStyle(raiz);
  const v = (nombre: string, defecto: string) => e.getPropertyValue(nombre).trim() || defecto;
  return {
    texto: v('--_texto', '#1b1b1b'),
    textoSuave: v('--_texto-suave', '#4d4d4d'),
    fondo: v('--_fondo', '#ffffff'),
    borde: v('--_borde', '#767676'),
    series: Array.from({ length: COLORES_SERIE }, (_, i) => v(`--_serie-${i}`, PALETAS.claro[i] as string)),
    fuente: e.fontFamily || 'sans-serif',
  };
}

/** Splits a text into lines of at most `max` characters (words longer than that are cut); at most `lineas` lines. */
export function partirTexto(texto: string, max: number, lineas = Infinity): string[] {
  const salida: string[] = [];
  let actual = '';
  for (const palabra of texto.split(/\s+/).filter(Boolean)) {
    let p = palabra;
    while (p.length > max) {
      if (actual) salida.push(actual);
      salida.push(p.slice(0, max));
      actual = '';
      p = p.slice(max);
    }
    if (!actual) actual = p;
    else if (actual.length + 1 + p.length <= max) actual += ` ${p}`;
    else {
      salida.push(actual);
      actual = p;
    }
  }
  if (actual) salida.push(actual);
  if (salida.length > lineas) {
    const cortadas = salida.slice(0, lineas);
    cortadas[lineas - 1] = `${(cortadas[lineas - 1] as string).slice(0, Math.max(0, max - 1))}…`;
    return cortadas;
  }
  return salida;
}

const M = 16;
const LINEA = 18;
const TAM = 13;
/** Average width of a character at 13 px in a sans-serif font, to wrap and place text. */
const CAR = 7.4;

const r1 = (v: number) => String(Math.round(v * 10) / 10);

interface Dibujo {
  partes: SVGTemplateResult[];
  y: number;
}

function textoEn(d: Dibujo, lineas: string[], x: number, color: string, o: { tam?: number; peso?: string; ancla?: string } = {}) {
  const tam = o.tam ?? TAM;
  for (const l of lineas) {
    d.y += tam + 5;
    d.partes.push(
      svg`<text x=${r1(x)} y=${r1(d.y)} fill=${color} font-size=${tam} font-weight=${o.peso ?? 'normal'} text-anchor=${o.ancla ?? 'start'}>${l}</text>`,
    );
  }
}

function relleno(m: ModeloGrafico, p: PaletaSvg, capa: number): string {
  const e = estiloSerie(capa);
  return e.trama === 0 ? (p.series[e.color] as string) : `url(#${m.id}-trama-${capa})`;
}

function colorBarra(b: BarraGrafico, serie: number, p: PaletaSvg): string {
  return b.estado ? b.estado.color : (p.series[estiloSerie(serie).color] as string);
}

/** Value text of a bar, with the state's name when the value does not already say it (never colour alone). */
function textoValor(b: BarraGrafico, lang: Idioma): string {
  return b.estado && !b.estadoEnTexto ? `${b.texto} · ${b.estado.nombre[lang]}` : b.texto;
}

/** Bars (or stacked segments) of one bar inside a box; horizontal grows right, vertical grows up. */
function rectangulos(m: ModeloGrafico, p: PaletaSvg, b: BarraGrafico, serie: number, caja: { x: number; y: number; ancho: number; alto: number }, vertical: boolean) {
  const trozos = b.segmentos?.length
    ? (() => {
        let acum = 0;
        return b.segmentos.map((s) => {
          const desde = porcentajePista(acum, m.maximo);
          acum += s.valor;
          return { desde, largo: porcentajePista(acum, m.maximo) - desde, fill: relleno(m, p, s.capa), stroke: p.fondo };
        });
      })()
    : [{ desde: 0, largo: porcentajePista(b.valor ?? 0, m.maximo), fill: colorBarra(b, serie, p), stroke: b.estado ? p.texto : 'none' }];
  return trozos
    .filter((t) => t.largo > 0)
    .map((t) =>
      vertical
        ? svg`<rect x=${r1(caja.x)} width=${r1(caja.ancho)} y=${r1(caja.y + caja.alto * (1 - (t.desde + t.largo) / 100))} height=${r1((caja.alto * t.largo) / 100)} fill=${t.fill} stroke=${t.stroke} stroke-width="1" />`
        : svg`<rect y=${r1(caja.y)} height=${r1(caja.alto)} x=${r1(caja.x + (caja.ancho * t.desde) / 100)} width=${r1((caja.ancho * t.largo) / 100)} fill=${t.fill} stroke=${t.stroke} stroke-width="1" />`,
    );
}

function leyenda(d: Dibujo, m: ModeloGrafico, p: PaletaSvg, ancho: number) {
  if (m.capas.length === 0) return;
  let x = M;
  d.y += 8;
  m.capas.forEach((c, k) => {
    const largo = 18 + c.nombre.length * CAR + 16;
    if (x + largo > ancho - M && x > M) {
      x = M;
      d.y += LINEA + 4;
    }
    d.partes.push(svg`<rect x=${x} y=${r1(d.y)} width="12" height="12" fill=${relleno(m, p, k)} stroke=${p.texto} stroke-width="0.5" />`);
    d.partes.push(svg`<text x=${x + 18} y=${r1(d.y + 11)} fill=${p.texto} font-size=${TAM}>${c.nombre}</text>`);
    x += largo;
  });
  d.y += LINEA;
}

function horizontal(d: Dibujo, m: ModeloGrafico, p: PaletaSvg, ancho: number, lang: Idioma) {
  const varias = m.series.length > 1;
  const anchoEtiqueta = 230;
  const anchoSerie = varias ? 160 : 0;
  const anchoValor = 220;
  const xPista = M + anchoEtiqueta + anchoSerie + 8;
  const anchoPista = ancho - M - anchoValor - 8 - xPista;
  const alto = 22;
  for (const f of m.filas) {
    const y0 = d.y + 6;
    d.partes.push(svg`<line x1=${M} x2=${ancho - M} y1=${r1(y0)} y2=${r1(y0)} stroke=${p.borde} stroke-width="0.5" />`);
    const etiqueta = partirTexto(f.etiqueta, Math.floor((anchoEtiqueta - 12 - (f.profundidad ?? 0) * 10) / CAR), 4);
    const dibujo: Dibujo = { partes: d.partes, y: y0 };
    textoEn(dibujo, etiqueta, M + (f.profundidad ?? 0) * 10, p.texto);
    f.barras.forEach((b, i) => {
      const y = y0 + 6 + i * alto;
      if (varias) d.partes.push(svg`<text x=${M + anchoEtiqueta} y=${r1(y + 12)} fill=${p.textoSuave} font-size="12">${m.series[i]?.nombre ?? ''}</text>`);
      if (b.valor === null) {
        d.partes.push(svg`<text x=${xPista} y=${r1(y + 12)} fill=${p.texto} font-size=${TAM} font-style="italic">${textoValor(b, lang)}</text>`);
        return;
      }
      d.partes.push(...rectangulos(m, p, b, i, { x: xPista, y: y + 1, ancho: anchoPista, alto: 14 }, false));
      d.partes.push(svg`<line x1=${xPista} x2=${xPista} y1=${r1(y - 2)} y2=${r1(y + 17)} stroke=${p.borde} stroke-width="1" />`);
      d.partes.push(svg`<text x=${xPista + anchoPista + 8} y=${r1(y + 12)} fill=${p.texto} font-size=${TAM}>${textoValor(b, lang)}</text>`);
    });
    d.y = Math.max(dibujo.y, y0 + 6 + f.barras.length * alto) + 6;
  }
}

function vertical(d: Dibujo, m: ModeloGrafico, p: PaletaSvg, ancho: number, lang: Idioma) {
  const n = Math.max(1, m.filas.length);
  const anchoColumna = (ancho - 2 * M) / n;
  const altoPlot = 220;
  const y0 = d.y + 12;
  const series = m.series.length;
  d.partes.push(svg`<line x1=${M} x2=${ancho - M} y1=${y0 + altoPlot} y2=${y0 + altoPlot} stroke=${p.borde} stroke-width="1" />`);
  let fondo = y0 + altoPlot;
  m.filas.forEach((f, j) => {
    const x0 = M + j * anchoColumna;
    const anchoBarra = (anchoColumna * 0.7) / series;
    const maxCar = Math.max(6, Math.floor(anchoColumna / CAR) - 1);
    f.barras.forEach((b, i) => {
      if (b.valor === null) return;
      d.partes.push(...rectangulos(m, p, b, i, { x: x0 + anchoColumna * 0.15 + i * anchoBarra, y: y0, ancho: anchoBarra - 2, alto: altoPlot }, true));
    });
    const dibujo: Dibujo = { partes: d.partes, y: y0 + altoPlot + 2 };
    textoEn(dibujo, partirTexto(f.etiqueta, maxCar, 3), x0 + anchoColumna / 2, p.texto, { peso: 'bold', ancla: 'middle' });
    f.barras.forEach((b, i) => {
      const prefijo = series > 1 ? `${m.series[i]?.nombre ?? ''}: ` : '';
      textoEn(dibujo, partirTexto(prefijo + textoValor(b, lang), maxCar), x0 + anchoColumna / 2, p.texto, { tam: 12, ancla: 'middle' });
    });
    fondo = Math.max(fondo, dibujo.y);
  });
  d.y = fondo + 8;
}

/** The standalone image; `alto` follows from the rows (the width is fixed, wider for many vertical columns). */
export function plantillaSvg(m: ModeloGrafico, p: PaletaSvg, lang: Idioma): { plantilla: TemplateResult; ancho: number; alto: number } {
  const ancho = m.orientacion === 'vertical' ? Math.max(800, 2 * M + m.filas.length * 90) : 800;
  const d: Dibujo = { partes: [], y: M - 4 };
  textoEn(d, partirTexto(m.titulo, Math.floor((ancho - 2 * M) / 9)), M, p.texto, { tam: 16, peso: 'bold' });
  leyenda(d, m, p, ancho);
  if (m.orientacion === 'vertical') vertical(d, m, p, ancho, lang);
  else horizontal(d, m, p, ancho, lang);
  const alto = Math.ceil(d.y + M);
  const patrones = m.capas.map((_, k) => {
    const e = estiloSerie(k);
    return e.trama === 0
      ? null
      : svg`<pattern id=${`${m.id}-trama-${k}`} patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill=${p.series[e.color] as string} /><path d=${TRAMAS_D[e.trama] ?? ''} stroke=${p.fondo} stroke-width="1.5" stroke-linecap="square" fill="none" /></pattern>`;
  });
  const plantilla = html`<svg width=${ancho} height=${alto} viewBox=${`0 0 ${ancho} ${alto}`} font-family=${p.fuente} role="img" aria-label=${m.titulo}>
    <title>${m.titulo}</title>
    <desc>${describirGrafico(m, lang)}</desc>
    <defs>${patrones}</defs>
    <rect width="100%" height="100%" fill=${p.fondo} />
    ${d.partes}
  </svg>`;
  return { plantilla, ancho, alto };
}
