/**
 * Pages of a long bar chart (a department's ~920 metas, its ~200 levels): what the page shows and what its
 * controls say. The bars, the "Ver tabla" table and the SVG/PNG image hold the page's rows; the text summary and
 * the CSV keep every row, so nothing is left out of what a reader can hear or download.
 */
import type { Idioma } from '@tablero-pdd/core';
import type { ModeloGrafico, UnidadFilas } from './grafico-modelo.js';
import { textosPasos, type TextosNavPaginas } from './nav-paginas.js';
import { TAMANO_PAGINA_GRAFICO, VALORES_POR_PAGINA, leerTamano, type Pagina } from './paginacion.js';

export interface TextosPaginasGrafico extends TextosNavPaginas {
  /** «Mostrando 26–50 de 1.000 metas». */
  mostrando: (desde: string, hasta: string, n: string) => string;
}

const NOMBRES: Record<Idioma, Record<UnidadFilas, [plural: string, porPagina: string]>> = {
  es: { metas: ['metas', 'Metas por página'], niveles: ['niveles', 'Niveles por página'], filas: ['filas', 'Filas por página'] },
  en: { metas: ['metas', 'Metas per page'], niveles: ['levels', 'Levels per page'], filas: ['rows', 'Rows per page'] },
};

export function textosPaginasGrafico(lang: Idioma, m: ModeloGrafico): TextosPaginasGrafico {
  const [plural, porPagina] = NOMBRES[lang][m.unidadFilas ?? 'filas'];
  return {
    ...textosPasos(lang),
    paginacion: lang === 'en' ? `Pages of the chart: ${m.titulo}` : `Páginas del gráfico: ${m.titulo}`,
    porPagina,
    mostrando: (d, h, n) => (lang === 'en' ? `Showing ${d}–${h} of ${n} ${plural}` : `Mostrando ${d}–${h} de ${n} ${plural}`),
  };
}

/**
 * A chart widget's por-pagina attribute: the rows per page its charts start with and, for a value the charts
 * do not offer, the alert that says so (the default is used, as the meta table does).
 */
export function leerPorPagina(valor: string | undefined, lang: Idioma): { tamano: number; aviso: string | null } {
  const v = valor?.trim() ?? '';
  if (!v) return { tamano: TAMANO_PAGINA_GRAFICO, aviso: null };
  const tamano = leerTamano(v.toLowerCase());
  if (tamano !== null) return { tamano, aviso: null };
  const aviso =
    lang === 'en'
      ? `The attribute por-pagina="${v}" is not a page size of the chart. Valid values: ${VALORES_POR_PAGINA}. Showing ${TAMANO_PAGINA_GRAFICO}.`
      : `El atributo por-pagina="${v}" no es un tamaño de página del gráfico. Valores válidos: ${VALORES_POR_PAGINA}. Se muestran ${TAMANO_PAGINA_GRAFICO}.`;
  return { tamano: TAMANO_PAGINA_GRAFICO, aviso };
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
