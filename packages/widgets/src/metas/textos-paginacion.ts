/** Texts of the meta table's pagination, in Spanish and English (es-CO numbers come formatted by the caller). */
import type { Idioma } from '@tablero-pdd/core';
import { textosPasos, type TextosNavPaginas } from '../base/nav-paginas.js';

export interface TextosPaginacion extends TextosNavPaginas {
  /** "Mostrando 1–10 de 1.000 metas"; with a filter, the plan's total after it. */
  mostrando: (desde: string, hasta: string, n: string, total: string | null) => string;
}

const ES: TextosPaginacion = {
  ...textosPasos('es'),
  mostrando: (d, h, n, total) => `Mostrando ${d}–${h} de ${n} metas${total === null ? '' : ` (filtradas de ${total})`}`,
  paginacion: 'Páginas de la tabla de metas',
  porPagina: 'Metas por página',
};

const EN: TextosPaginacion = {
  ...textosPasos('en'),
  mostrando: (d, h, n, total) => `Showing ${d}–${h} of ${n} metas${total === null ? '' : ` (filtered from ${total})`}`,
  paginacion: 'Pages of the metas table',
  porPagina: 'Metas per page',
};

export const textosPaginacion = (lang: Idioma): TextosPaginacion => (lang === 'en' ? EN : ES);
