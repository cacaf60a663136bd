/**
 * Pages of a long bar chart (a department's ~920 metas; the bench's 1,000-meta plan has 220 levels): what the
 * page shows and what its controls say. The bars, the "Ver tabla" table and the SVG/PNG image hold the page's
 * rows; the text summary and the CSV keep every row, so nothing is left out of what a reader can hear or
 * download.
 */
import type { Idioma } from '@tablero-pdd/core';
import type { ModeloGrafico } from './grafico-modelo.js';
import { leerPorPagina as leerPorPaginaLista, textosLista, type TextosLista } from './nav-paginas.js';
import { TAMANO_PAGINA_GRAFICO, type Pagina } from './paginacion.js';

export function textosPaginasGrafico(lang: Idioma, m: ModeloGrafico): TextosLista {
  return textosLista(lang, m.unidadFilas ?? 'filas', lang === 'en' ? `Pages of the chart: ${m.titulo}` : `Páginas del gráfico: ${m.titulo}`);
}

/** A chart widget's por-pagina: its charts' first page size (TAMANO_PAGINA_GRAFICO by default) and the alert for a size they do not offer. */
export function leerPorPagina(valor: string | undefined, lang: Idioma): { tamano: number; aviso: string | null } {
  return leerPorPaginaLista(valor, lang, TAMANO_PAGINA_GRAFICO, { es: 'del gráfico', en: 'of the chart' });
}

/** The chart as one page shows it: its rows and the matching rows of the table (same order, same keys). */
export function paginaDeModelo(m: ModeloGrafico, pag: Pagina): ModeloGrafico {
  if (pag.desde === 0 && pag.hasta >= m.filas.length) return m;
  return {
    ...m,
    filas: m.filas.slice(pag.desde, pag.hasta),
    tabla: { ...m.tabla, filas: m.tabla.filas.slice(pag.desde, pag.hasta) },
  };
}
