/** Texts of the meta table's pagination, in Spanish and English (es-CO numbers come formatted by the caller). */
import type { Idioma } from '@tablero-pdd/core';
import { TAMANO_PAGINA, VALORES_POR_PAGINA } from '../base/paginacion.js';
import { textosPasos, type TextosNavPaginas } from '../base/nav-paginas.js';

export interface TextosPaginacion extends TextosNavPaginas {
  /** "Mostrando 1–10 de 1.000 metas"; with a filter, the plan's total after it. */
  mostrando: (desde: string, hasta: string, n: string, total: string | null) => string;
  /** The por-pagina attribute holds no page size the table offers. */
  porPaginaNoValido: (valor: string) => string;
}

const ES: TextosPaginacion = {
  ...textosPasos('es'),
  mostrando: (d, h, n, total) => `Mostrando ${d}–${h} de ${n} metas${total === null ? '' : ` (filtradas de ${total})`}`,
  paginacion: 'Páginas de la tabla de metas',
  porPagina: 'Metas por página',
  porPaginaNoValido: (v) => `El atributo por-pagina="${v}" no es un tamaño de página de la tabla. Valores válidos: ${VALORES_POR_PAGINA}. Se muestran ${TAMANO_PAGINA}.`,
};

const EN: TextosPaginacion = {
  ...textosPasos('en'),
  mostrando: (d, h, n, total) => `Showing ${d}–${h} of ${n} metas${total === null ? '' : ` (filtered from ${total})`}`,
  paginacion: 'Pages of the metas table',
  porPagina: 'Metas per page',
  porPaginaNoValido: (v) => `The attribute por-pagina="${v}" is not a page size of the table. Valid values: ${VALORES_POR_PAGINA}. Showing ${TAMANO_PAGINA}.`,
};

export const textosPaginacion = (lang: Idioma): TextosPaginacion => (lang === 'en' ? EN : ES);
