/**
 * Funding sources and population groups as CSV column labels. The ids and the recognition of names
 * in words are compute's (FUENTES_CANONICAS, GRUPOS_CANONICOS, reconocerFuente, reconocerGrupo): one
 * list for the whole product. This file only adds the short labels a column header wants
 * ("Inversión 2024 SGR", not "… Sistema General de Regalías (SGR)") and reads them back.
 */
import { FUENTES_CANONICAS, reconocerFuente, type FuenteCanonica } from '../compute/fuentes.js';
import { GRUPOS_CANONICOS, reconocerGrupo, type GrupoCanonico } from '../compute/grupos.js';
import type { Idioma } from '../schema/types.js';
import { plegar } from '../format/plegar.js';

type Etiquetas = Record<Idioma, string>;

const CORTAS_FUENTE: Partial<Record<FuenteCanonica, Etiquetas>> = {
  sgp: { es: 'SGP', en: 'SGP' },
  sgr: { es: 'SGR', en: 'SGR' },
  sgp_apsb: { es: 'SGP APSB', en: 'SGP APSB' },
  sgp_rio_magdalena: { es: 'SGP río Magdalena', en: 'SGP Magdalena river' },
};

/** "Primera infancia (0–5 años)" → "Primera infancia": the age range stays in the docs, not in the header. */
const sinParentesis = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '');

/** Canonical source ids in SisPT's order. */
export const IDS_FUENTES = Object.keys(FUENTES_CANONICAS) as FuenteCanonica[];
/** Canonical group ids in the catalogue's order. */
export const IDS_GRUPOS = Object.keys(GRUPOS_CANONICOS) as GrupoCanonico[];

function etiquetasFuente(id: FuenteCanonica): Etiquetas {
  const d = FUENTES_CANONICAS[id];
  return CORTAS_FUENTE[id] ?? { es: sinParentesis(d.es), en: sinParentesis(d.en) };
}
function etiquetasGrupo(id: GrupoCanonico): Etiquetas {
  const d = GRUPOS_CANONICOS[id];
  return { es: sinParentesis(d.es), en: sinParentesis(d.en) };
}

const INDICE_FUENTES = new Map<string, FuenteCanonica>();
for (const id of IDS_FUENTES) {
  const d = FUENTES_CANONICAS[id];
  const c = etiquetasFuente(id);
  for (const s of [id, d.es, d.en, c.es, c.en, 'RP']) if (s !== 'RP' || id === 'recursos_propios') INDICE_FUENTES.set(plegar(s), id);
}
const INDICE_GRUPOS = new Map<string, GrupoCanonico>();
for (const id of IDS_GRUPOS) {
  const d = GRUPOS_CANONICOS[id];
  const c = etiquetasGrupo(id);
  for (const s of [id, d.es, d.en, c.es, c.en]) INDICE_GRUPOS.set(plegar(s), id);
}

/** The canonical source id a header suffix or a "Fuente" cell names, or undefined. */
export function fuenteCanonica(texto: string): string | undefined {
  const id = INDICE_FUENTES.get(plegar(texto));
  if (id) return id;
  const r = reconocerFuente(texto);
  return r.canonica && plegar(texto) !== '' ? r.fuente : undefined;
}

export function grupoCanonico(texto: string): string | undefined {
  const id = INDICE_GRUPOS.get(plegar(texto));
  if (id) return id;
  const r = reconocerGrupo(texto);
  return r.canonico ? r.grupo : undefined;
}

/** The label a column shows for a source or group id: the short canonical one, else the id as written. */
export function etiquetaFuente(id: string, lang: Idioma): string {
  return Object.hasOwn(FUENTES_CANONICAS, id) ? etiquetasFuente(id as FuenteCanonica)[lang] : id;
}

export function etiquetaGrupo(id: string, lang: Idioma): string {
  return Object.hasOwn(GRUPOS_CANONICOS, id) ? etiquetasGrupo(id as GrupoCanonico)[lang] : id;
}
