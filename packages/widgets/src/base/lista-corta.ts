/**
 * A list of codes or names in a sentence under a chart or map, cut to its first few: a municipality's plan
 * can have hundreds of metas without a place or without beneficiaries (Chía: 271 and 276), and a paragraph
 * of codes tells the reader nothing the count does not. The full lists stay in the meta table and its CSV.
 */
import { formatearNumero, type Idioma } from '@tablero-pdd/core';
import { texto } from './i18n.js';

/** Items shown before "y N más". */
export const MAX_LISTA = 10;

export function listaCorta(items: readonly string[], lang: Idioma, max = MAX_LISTA): string {
  if (items.length <= max) return items.join(', ');
  return texto(lang).listaYMas(items.slice(0, max).join(', '), formatearNumero(items.length - max, { lang }));
}
