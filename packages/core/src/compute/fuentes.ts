/**
 * Funding sources in SisPT's order, with es/en labels. The list is open: a source the document names
 * otherwise is kept as its own bucket with its own text (never forced into "otros").
 */
import type { TextoBilingue } from './tipos.js';
import { plegar } from '../format/plegar.js';

export type FuenteCanonica =
  | 'recursos_propios'
  | 'sgp'
  | 'sgp_educacion'
  | 'sgp_salud'
  | 'sgp_deporte'
  | 'sgp_cultura'
  | 'sgp_libre_inversion'
  | 'sgp_libre_destinacion'
  | 'sgp_alimentacion_escolar'
  | 'sgp_rio_magdalena'
  | 'sgp_apsb'
  | 'sgr'
  | 'credito'
  | 'cofinanciacion_departamento'
  | 'cofinanciacion_nacion'
  | 'otros'
  | 'sin_especificar';

export interface DefinicionFuente extends TextoBilingue {
  /** Parent bucket (the SGP items belong to 'sgp'), null otherwise. */
  grupo: FuenteCanonica | null;
}

const f = (es: string, en: string, grupo: FuenteCanonica | null = null): DefinicionFuente => ({ es, en, grupo });

export const FUENTES_CANONICAS: Readonly<Record<FuenteCanonica, DefinicionFuente>> = Object.freeze({
  recursos_propios: f('Recursos propios', 'Own resources'),
  sgp: f('Sistema General de Participaciones (SGP)', 'General Participation System (SGP)'),
  sgp_educacion: f('SGP educación', 'SGP education', 'sgp'),
  sgp_salud: f('SGP salud', 'SGP health', 'sgp'),
  sgp_deporte: f('SGP deporte', 'SGP sport', 'sgp'),
  sgp_cultura: f('SGP cultura', 'SGP culture', 'sgp'),
  sgp_libre_inversion: f('SGP libre inversión', 'SGP free investment', 'sgp'),
  sgp_libre_destinacion: f('SGP libre destinación', 'SGP unrestricted use', 'sgp'),
  sgp_alimentacion_escolar: f('SGP alimentación escolar', 'SGP school meals', 'sgp'),
  sgp_rio_magdalena: f('SGP municipios ribereños del río Magdalena', 'SGP Magdalena river municipalities', 'sgp'),
  sgp_apsb: f('SGP agua potable y saneamiento básico (APSB)', 'SGP drinking water and basic sanitation (APSB)', 'sgp'),
  sgr: f('Sistema General de Regalías (SGR)', 'General Royalties System (SGR)'),
  credito: f('Crédito', 'Credit'),
  cofinanciacion_departamento: f('Cofinanciación departamento', 'Co-financing, department'),
  cofinanciacion_nacion: f('Cofinanciación nación', 'Co-financing, national government'),
  otros: f('Otros', 'Other'),
  sin_especificar: f('Sin especificar', 'Not specified'),
});

const SUBTIPOS_SGP: Array<[RegExp, FuenteCanonica]> = [
  [/^educacion$/, 'sgp_educacion'],
  [/^salud$/, 'sgp_salud'],
  [/^deportes?$/, 'sgp_deporte'],
  [/^cultura$/, 'sgp_cultura'],
  [/^(proposito general )?libre inversion$/, 'sgp_libre_inversion'],
  [/^(proposito general )?libre destinacion$/, 'sgp_libre_destinacion'],
  [/^alimentacion escolar$/, 'sgp_alimentacion_escolar'],
  [/^(municipios )?(riberenos )?(del )?rio magdalena$/, 'sgp_rio_magdalena'],
  [/^(apsb|agua potable( y saneamiento basico)?)$/, 'sgp_apsb'],
];

const SINONIMOS: Record<string, FuenteCanonica> = {
  'recursos propios': 'recursos_propios',
  propios: 'recursos_propios',
  sgp: 'sgp',
  'sistema general de participaciones': 'sgp',
  sgr: 'sgr',
  regalias: 'sgr',
  'sistema general de regalias': 'sgr',
  credito: 'credito',
  'recursos del credito': 'credito',
  'recursos de credito': 'credito',
  'cofinanciacion departamento': 'cofinanciacion_departamento',
  'cofinanciacion departamental': 'cofinanciacion_departamento',
  'transferencias de capital cofinanciacion departamento': 'cofinanciacion_departamento',
  'cofinanciacion nacion': 'cofinanciacion_nacion',
  'cofinanciacion nacional': 'cofinanciacion_nacion',
  'transferencias de capital cofinanciacion nacion': 'cofinanciacion_nacion',
  otros: 'otros',
  'otras fuentes': 'otros',
  'sin especificar': 'sin_especificar',
  'no especificada': 'sin_especificar',
};

export interface FuenteReconocida {
  /** Bucket key: the canonical id, or the text as written for an unknown source. */
  fuente: string;
  etiqueta: TextoBilingue;
  canonica: boolean;
  grupo: FuenteCanonica | null;
}

const memo = new Map<string, FuenteReconocida>();

/** Maps a source id or its name in words ("SGP - Educación", "Regalías") to its bucket. */
export function reconocerFuente(texto: string): FuenteReconocida {
  const previo = memo.get(texto);
  if (previo) return previo;
  let id: FuenteCanonica | undefined = Object.hasOwn(FUENTES_CANONICAS, texto) ? (texto as FuenteCanonica) : undefined;
  const n = plegar(texto);
  if (!id) id = SINONIMOS[n];
  if (!id && n === '') id = 'sin_especificar';
  if (!id) {
    const sgp = /^(sgp|sistema general de participaciones) (.+)$/.exec(n);
    if (sgp) id = SUBTIPOS_SGP.find(([re]) => re.test(sgp[2] as string))?.[1];
  }
  const r: FuenteReconocida = id
    ? { fuente: id, etiqueta: { es: FUENTES_CANONICAS[id].es, en: FUENTES_CANONICAS[id].en }, canonica: true, grupo: FUENTES_CANONICAS[id].grupo }
    : { fuente: texto, etiqueta: { es: texto, en: texto }, canonica: false, grupo: null };
  if (memo.size < 10_000) memo.set(texto, r);
  return r;
}
