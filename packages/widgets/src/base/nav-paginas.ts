/**
 * The page controls of a paged list (the meta table, a long chart, the result indicators): rows per page,
 * previous / next and «Página 2 de 40». One template, one set of words and one set of styles for all of them,
 * so they look and behave alike. Previous / next use aria-disabled, not disabled, at the ends: the button keeps
 * the keyboard focus.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatearNumero, type Idioma } from '@tablero-pdd/core';
import { TAMANOS_PAGINA, VALORES_POR_PAGINA, leerTamano, type Pagina } from './paginacion.js';

/** The words every paged list shares. */
export interface TextosPasos {
  todas: string;
  anterior: string;
  siguiente: string;
  paginaAnterior: string;
  paginaSiguiente: string;
  paginaDe: (p: string, n: string) => string;
}

/** What the controls say: the shared words plus the list's own name and its size label. */
export interface TextosNavPaginas extends TextosPasos {
  /** Accessible name of the <nav> ("Páginas de la tabla de metas"). */
  paginacion: string;
  /** Label of the size selector ("Metas por página"). */
  porPagina: string;
}

const PASOS_ES: TextosPasos = {
  todas: 'Todas',
  anterior: 'Anterior',
  siguiente: 'Siguiente',
  paginaAnterior: 'Página anterior',
  paginaSiguiente: 'Página siguiente',
  paginaDe: (p, n) => `Página ${p} de ${n}`,
};

const PASOS_EN: TextosPasos = {
  todas: 'All',
  anterior: 'Previous',
  siguiente: 'Next',
  paginaAnterior: 'Previous page',
  paginaSiguiente: 'Next page',
  paginaDe: (p, n) => `Page ${p} of ${n}`,
};

export const textosPasos = (lang: Idioma): TextosPasos => (lang === 'en' ? PASOS_EN : PASOS_ES);

/** What a paged list holds, for its controls («Metas por página», «Mostrando 1–25 de 920 metas»). */
export type UnidadLista = 'metas' | 'niveles' | 'indicadores' | 'filas';

const NOMBRES: Record<Idioma, Record<UnidadLista, [plural: string, porPagina: string]>> = {
  es: {
    metas: ['metas', 'Metas por página'],
    niveles: ['niveles', 'Niveles por página'],
    indicadores: ['indicadores', 'Indicadores por página'],
    filas: ['filas', 'Filas por página'],
  },
  en: {
    metas: ['metas', 'Metas per page'],
    niveles: ['levels', 'Levels per page'],
    indicadores: ['indicators', 'Indicators per page'],
    filas: ['rows', 'Rows per page'],
  },
};

/** The controls' words for a list of `unidad`, plus the count line «Mostrando 26–50 de 1.000 metas». */
export interface TextosLista extends TextosNavPaginas {
  mostrando: (desde: string, hasta: string, n: string) => string;
}

export function textosLista(lang: Idioma, unidad: UnidadLista, paginacion: string): TextosLista {
  const [plural, porPagina] = NOMBRES[lang][unidad];
  return {
    ...textosPasos(lang),
    paginacion,
    porPagina,
    mostrando: (d, h, n) => (lang === 'en' ? `Showing ${d}–${h} of ${n} ${plural}` : `Mostrando ${d}–${h} de ${n} ${plural}`),
  };
}

/**
 * A widget's por-pagina attribute: the page size its list starts with and, for a value the list does not
 * offer, the alert that says so (the default is used, as the meta table does). `de`: what is paged, as the
 * sentence names it ("del gráfico" / "of the chart").
 */
export function leerPorPagina(valor: string | undefined, lang: Idioma, defecto: number, de: Record<Idioma, string>): { tamano: number; aviso: string | null } {
  const v = valor?.trim() ?? '';
  if (!v) return { tamano: defecto, aviso: null };
  const tamano = leerTamano(v.toLowerCase());
  if (tamano !== null) return { tamano, aviso: null };
  const aviso =
    lang === 'en'
      ? `The attribute por-pagina="${v}" is not a page size ${de.en}. Valid values: ${VALORES_POR_PAGINA}. Showing ${defecto}.`
      : `El atributo por-pagina="${v}" no es un tamaño de página ${de.es}. Valores válidos: ${VALORES_POR_PAGINA}. Se muestran ${defecto}.`;
  return { tamano: defecto, aviso };
}

/** The step a previous / next button asks for (null at an end: its aria-disabled is "true"). */
export function pasoDe(e: Event): 1 | -1 | null {
  const boton = e.currentTarget as HTMLElement;
  if (boton.getAttribute('aria-disabled') === 'true') return null;
  return boton.dataset.paso === 'siguiente' ? 1 : -1;
}

/** The page size chosen in the selector (null for anything it does not offer). */
export function tamanoDe(e: Event): number | null {
  return leerTamano((e.target as HTMLSelectElement).value);
}

/**
 * The controls. `id` makes the selector's id unique within the shadow root (a widget may hold two paged lists);
 * the handlers are the caller's, so a list that re-renders often keeps the same listeners.
 */
export function navPaginas(o: {
  id: string;
  pag: Pagina;
  tamano: number;
  lang: Idioma;
  textos: TextosNavPaginas;
  alCambiarTamano: (e: Event) => void;
  alPaginar: (e: Event) => void;
}): TemplateResult {
  const { pag, textos: tp } = o;
  const n = (v: number) => formatearNumero(v, { lang: o.lang });
  const primera = pag.pagina === 0;
  const ultima = pag.pagina >= pag.paginas - 1;
  return html`<nav class="paginacion" aria-label=${tp.paginacion} data-lista=${o.id}>
    <label class="tamano" for=${o.id}
      >${tp.porPagina}
      <select id=${o.id} @change=${o.alCambiarTamano}>
        ${TAMANOS_PAGINA.map((k) => {
          const valor = k === Number.POSITIVE_INFINITY ? 'todas' : String(k);
          return html`<option value=${valor} ?selected=${k === o.tamano}>${k === Number.POSITIVE_INFINITY ? tp.todas : n(k)}</option>`;
        })}
      </select></label
    >
    ${pag.paginas > 1
      ? html`<div class="pasos">
          <button class="secundario" data-paso="anterior" aria-label=${tp.paginaAnterior} aria-disabled=${primera ? 'true' : 'false'} @click=${o.alPaginar}>
            <span aria-hidden="true">‹</span> ${tp.anterior}
          </button>
          <span class="pagina-de">${tp.paginaDe(n(pag.pagina + 1), n(pag.paginas))}</span>
          <button class="secundario" data-paso="siguiente" aria-label=${tp.paginaSiguiente} aria-disabled=${ultima ? 'true' : 'false'} @click=${o.alPaginar}>
            ${tp.siguiente} <span aria-hidden="true">›</span>
          </button>
        </div>`
      : nothing}
  </nav>`;
}

/* The selector and the buttons take the base styles (44 px tall); paper shows every row, so no controls. */
export const estilosPaginas = css`
  .paginacion {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: flex-end;
    justify-content: space-between;
    margin-top: 0.75em;
  }
  .paginacion .tamano {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-weight: 700;
    font-size: var(--_t-pequeno);
  }
  .pasos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .pasos button {
    min-height: 44px;
  }
  .pasos button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @media print {
    .paginacion {
      display: none;
    }
  }
`;
