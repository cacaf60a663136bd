/**
 * The map as one standalone SVG image, for "Descargar mapa (SVG/PNG)": the municipalities with the colours the
 * widget shows (read from it, so the theme and --pdd-* overrides come along), the title, the legend, the notes
 * and the boundaries' source, every colour written as an attribute. What the reader picked or focused is not
 * part of it: the file shows the data.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { partirTexto, type PaletaSvg } from '../base/grafico-svg.js';

/** A municipality: its path in the projection's box and its fill; null = no data reported (hatched). */
export interface MunicipioImagen {
  d: string;
  relleno: string | null;
}

export interface EntradaLeyenda {
  /** Fill of the swatch; null = the hatch of "no data reported". */
  relleno: string | null;
  texto: string;
}

export interface ContenidoImagenMapa {
  titulo: string;
  /** The projection's box (pdd-mapa's proyectar). */
  caja: { ancho: number; alto: number };
  municipios: MunicipioImagen[];
  /** Colour of the boundaries and of the hatch; fill of a municipality no meta names. */
  linea: string;
  vacio: string;
  /** Many small municipalities (the whole country): thinner boundaries, as on screen. */
  denso: boolean;
  leyendaTitulo: string;
  leyenda: EntradaLeyenda[];
  notas: string[];
  fuente: string;
}

const ANCHO = 800;
const M = 16;
/** Average width of a character relative to its size, to wrap text (an image has no layout engine). */
const CAR = 0.57;
const RAYADO = 'pdd-rayado';

const r1 = (v: number) => String(Math.round(v * 10) / 10);

export function plantillaImagenMapa(c: ContenidoImagenMapa, p: PaletaSvg): { plantilla: TemplateResult; ancho: number; alto: number } {
  const partes: SVGTemplateResult[] = [];
  let y = M - 4;
  const texto = (t: string, tam: number, color: string, peso = 'normal', x = M) => {
    for (const linea of partirTexto(t, Math.floor((ANCHO - x - M) / (tam * CAR)))) {
      y += tam + 5;
      partes.push(svg`<text x=${x} y=${r1(y)} fill=${color} font-size=${tam} font-weight=${peso}>${linea}</text>`);
    }
  };
  texto(c.titulo, 18, p.texto, 'bold');
  y += 10;
  const escala = (ANCHO - 2 * M) / c.caja.ancho;
  const grosor = (c.denso ? 0.4 : 0.75) / escala; // the screen's stroke widths, in the projection's units
  partes.push(svg`<g transform=${`translate(${M} ${r1(y)}) scale(${escala})`} stroke=${c.linea} stroke-width=${grosor} stroke-linejoin="round" fill-rule="evenodd">
    ${c.municipios.map((m) => svg`<path d=${m.d} fill=${m.relleno ?? `url(#${RAYADO})`} />`)}
  </g>`);
  y += c.caja.alto * escala + 8;
  texto(c.leyendaTitulo, 14, p.texto, 'bold');
  for (const e of c.leyenda) {
    y += 8;
    partes.push(svg`<rect x=${M} y=${r1(y)} width="16" height="16" fill=${e.relleno ?? `url(#${RAYADO})`} stroke=${c.linea} stroke-width="1" />`);
    y -= 4;
    texto(e.texto, 13, p.texto, 'normal', M + 24);
  }
  y += 6;
  for (const n of c.notas) texto(n, 12, p.textoSuave);
  texto(c.fuente, 12, p.textoSuave);
  const alto = Math.ceil(y + M);
  const plantilla = html`<svg width=${ANCHO} height=${alto} viewBox=${`0 0 ${ANCHO} ${alto}`} font-family=${p.fuente} role="img" aria-label=${c.titulo}>
    <title>${c.titulo}</title>
    <defs>
      <pattern id=${RAYADO} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill=${c.vacio} />
        <line x1="0" y1="0" x2="0" y2="8" stroke=${c.linea} stroke-width="1.2" />
      </pattern>
    </defs>
    <rect width="100%" height="100%" fill=${p.fondo} />
    ${partes}
  </svg>`;
  return { plantilla, ancho: ANCHO, alto };
}
