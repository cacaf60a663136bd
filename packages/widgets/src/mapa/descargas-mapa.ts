/**
 * The map's downloads: its data as CSV (the rows of "Ver tabla": one per municipality, the raw figure, empty
 * when there is none, never 0) and the map as an image, whose colours are read from the map on screen.
 */
import { csvDeFilas } from '../base/descargas.js';
import type { PaletaSvg } from '../base/grafico-svg.js';
import { nombreVisible } from './indice-mapa.js';
import type { ContenidoImagenMapa } from './imagen-mapa.js';
import type { ValorMunicipio } from './valores-mapa.js';

export interface ColumnasCsvMapa {
  municipio: string;
  codigo: string;
  /** The figure painted (the legend's title). */
  valor: string;
  detalle: string;
}

/** One line per municipality of the table; the detail says what a municipality without a figure of its own shows. */
export function csvMapa(codigos: readonly string[], valorDe: (codigo: string) => ValorMunicipio, c: ColumnasCsvMapa): string {
  const columnas = [c.municipio, c.codigo, c.valor, c.detalle];
  return csvDeFilas(
    columnas,
    codigos.map((codigo) => {
      const v = valorDe(codigo);
      const detalle = v.categoria === 'valor' ? v.detalle : [v.texto, ...v.detalle];
      // "No meta names it" keeps its figure (0 metas; no attributable investment is null); no data is empty.
      return { [c.municipio]: nombreVisible(codigo), [c.codigo]: codigo, [c.valor]: v.categoria === 'sinDato' ? null : v.valor, [c.detalle]: detalle.join('; ') };
    }),
  );
}

const texto = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * What the image shows, read from the rendered map (`raiz`: the widget's shadow root): each municipality's
 * fill as the theme resolves it, the legend's swatches and texts (without the reader's selection), the notes
 * and the source. Null when no map is drawn.
 */
export function contenidoImagenMapa(raiz: ParentNode, titulo: string, caja: { ancho: number; alto: number }, p: PaletaSvg): ContenidoImagenMapa | null {
  const mapa = raiz.querySelector('svg.mapa');
  if (!mapa) return null;
  const estilo = (sel: string) => {
    const e = mapa.querySelector(sel);
    return e ? getComputedStyle(e) : null;
  };
  const relleno = (fill: string) => (fill.startsWith('url(') ? null : fill);
  return {
    titulo,
    caja,
    municipios: [...mapa.querySelectorAll('path.municipio')].map((m) => ({ d: m.getAttribute('d') ?? '', relleno: relleno(getComputedStyle(m).fill) })),
    linea: estilo('.rayado-linea')?.stroke ?? p.borde,
    vacio: estilo('.rayado-fondo')?.fill ?? p.fondo,
    denso: mapa.classList.contains('denso'),
    leyendaTitulo: texto(raiz.querySelector('.leyenda-titulo')),
    leyenda: [...raiz.querySelectorAll('ul.leyenda li:not([data-leyenda="seleccion"])')].map((li) => {
      const muestra = li.querySelector('.muestra');
      return { relleno: muestra instanceof HTMLElement ? getComputedStyle(muestra).backgroundColor : null, texto: texto(li) };
    }),
    notas: [...raiz.querySelectorAll('p.nota')].map(texto),
    fuente: texto(raiz.querySelector('p.fuente')),
  };
}
