/**
 * Population groups of the enfoque diferencial, with es/en labels. Groups overlap (a young woman who is a
 * victim counts in three), so they are never added into a total. The list is open: an unknown group is
 * kept with its own text.
 */
import type { TextoBilingue } from './tipos.js';
import { plegar } from '../format/plegar.js';

export type GrupoCanonico =
  | 'primera_infancia'
  | 'infancia'
  | 'adolescencia'
  | 'juventud'
  | 'nna'
  | 'jovenes'
  | 'mujeres'
  | 'mujeres_jefas_hogar'
  | 'victimas'
  | 'migrantes'
  | 'etnicos'
  | 'discapacidad'
  | 'lgbtiq'
  | 'campesinos'
  | 'firmantes_paz'
  | 'persona_mayor'
  | 'otros';

const g = (es: string, en: string): TextoBilingue => ({ es, en });

export const GRUPOS_CANONICOS: Readonly<Record<GrupoCanonico, TextoBilingue>> = Object.freeze({
  primera_infancia: g('Primera infancia (0–5 años)', 'Early childhood (0–5)'),
  infancia: g('Infancia (6–11 años)', 'Childhood (6–11)'),
  adolescencia: g('Adolescencia (12–17 años)', 'Adolescence (12–17)'),
  juventud: g('Juventud (14–28 años)', 'Youth (14–28)'),
  nna: g('Niñas, niños y adolescentes', 'Children and adolescents'),
  jovenes: g('Jóvenes', 'Young people'),
  mujeres: g('Mujeres', 'Women'),
  mujeres_jefas_hogar: g('Mujeres cabeza de hogar', 'Women heads of household'),
  victimas: g('Víctimas del conflicto armado', 'Victims of the armed conflict'),
  migrantes: g('Migrantes', 'Migrants'),
  etnicos: g('Grupos étnicos', 'Ethnic groups'),
  discapacidad: g('Personas con discapacidad', 'People with disabilities'),
  lgbtiq: g('Población LGBTIQ+', 'LGBTIQ+ people'),
  campesinos: g('Campesinos', 'Peasant farmers'),
  firmantes_paz: g('Firmantes de paz', 'Peace signatories'),
  persona_mayor: g('Persona mayor (60+ años)', 'Older people (60+)'),
  otros: g('Otros', 'Other'),
});

const SINONIMOS: Record<string, GrupoCanonico> = {
  'primera infancia': 'primera_infancia',
  infancia: 'infancia',
  ninos: 'infancia',
  adolescencia: 'adolescencia',
  adolescentes: 'adolescencia',
  juventud: 'juventud',
  nna: 'nna',
  'ninas ninos y adolescentes': 'nna',
  'ninos ninas y adolescentes': 'nna',
  jovenes: 'jovenes',
  mujeres: 'mujeres',
  mujer: 'mujeres',
  'mujeres jefas de hogar': 'mujeres_jefas_hogar',
  'mujeres cabeza de hogar': 'mujeres_jefas_hogar',
  'mujer cabeza de hogar': 'mujeres_jefas_hogar',
  victimas: 'victimas',
  'victimas del conflicto': 'victimas',
  'victimas del conflicto armado': 'victimas',
  migrantes: 'migrantes',
  'poblacion migrante': 'migrantes',
  etnicos: 'etnicos',
  'grupos etnicos': 'etnicos',
  'poblaciones etnicas': 'etnicos',
  discapacidad: 'discapacidad',
  'personas con discapacidad': 'discapacidad',
  'personas en condicion de discapacidad': 'discapacidad',
  lgbtiq: 'lgbtiq',
  lgbti: 'lgbtiq',
  osigd: 'lgbtiq',
  campesinos: 'campesinos',
  'firmantes de paz': 'firmantes_paz',
  firmantes: 'firmantes_paz',
  reincorporados: 'firmantes_paz',
  'persona mayor': 'persona_mayor',
  'personas mayores': 'persona_mayor',
  'adulto mayor': 'persona_mayor',
  otros: 'otros',
};

export interface GrupoReconocido {
  grupo: string;
  etiqueta: TextoBilingue;
  canonico: boolean;
}

/** Maps a group id or its name in words ("Víctimas del conflicto") to its bucket. */
export function reconocerGrupo(texto: string): GrupoReconocido {
  let id: GrupoCanonico | undefined = Object.hasOwn(GRUPOS_CANONICOS, texto) ? (texto as GrupoCanonico) : undefined;
  if (!id) id = SINONIMOS[plegar(texto)];
  return id
    ? { grupo: id, etiqueta: GRUPOS_CANONICOS[id], canonico: true }
    : { grupo: texto, etiqueta: { es: texto, en: texto }, canonico: false };
}
