/**
 * The labels of SisPT's Plan Indicativo export (row 2 of every sheet), folded, and the funding-source
 * columns "<fuente> <año>" with their canonical ids. The "Total <año>" column is a check, not a source.
 */
import { plegar } from '../../format/plegar.js';

export const HOJAS_SISPT = {
  lineas: 'Líneas estratégicas',
  resultados: 'Indicadores de resultado',
  productos: 'Plan indicativo - Productos',
  sgr: 'Plan indicativo SGR - Productos',
  iniciativas: 'Iniciativas SGR',
} as const;

const k = plegar;

export const COL_SISPT = {
  dane: k('Código DANE'),
  entidad: k('Entidad territorial'),
  plan: k('Nombre del plan'),
  consecutivo: k('Consecutivo'),
  linea: k('Línea estratégica'),
  ip: k('Código de indicador de producto (SisPT)'),
  ipSgr: k('Código de indicador de producto SGR (SisPT)'),
  iniciativa: k('Iniciativa del SGR'),
  codSector: k('Código del sector'),
  sector: k('Sector (MGA)'),
  codPrograma: k('Código del programa (MGA)'),
  programa: k('Programa (MGA)'),
  codProducto: k('Código del producto (MGA)'),
  producto: k('Producto (MGA)'),
  codIndicador: k('Código de indicador de producto (MGA)'),
  indicador: k('Indicador de Producto (MGA)'),
  personalizacion: k('Personalización de Indicador de Producto'),
  personalizacionSgr: k('Personalización de Indicador de Producto SGR'),
  unidad: k('Unidad de medida'),
  meta: k('Meta del cuatrienio'),
  acumulacion: k('Tipo de acumulación'),
  bpin: k('BPIN'),
  resultado: k('Indicador de resultado'),
  enPnd: k('Está en el Plan Nacional de Desarrollo'),
  transformacion: k('Transformación del Plan Nacional de Desarrollo'),
  tipoIniciativa: k('Tipo de iniciativa'),
  recursosIniciativa: k('Recursos SGR indicativos'),
} as const;

/** "Programación del producto bien o servicio 2024" / "… 2023-2024". */
export const PROGRAMACION = /^programacion del producto bien o servicio (\d{4})(?: (\d{4}))?$/;
/** "Recursos SGR 2023-2024". */
export const RECURSOS_SGR = /^recursos sgr (\d{4})(?: (\d{4}))?$/;

/** SisPT's source labels (folded) → canonical ids, in SisPT's order. */
export const FUENTES_SISPT: ReadonlyArray<readonly [string, string]> = [
  ['recursos propios', 'recursos_propios'],
  ['sgp educacion', 'sgp_educacion'],
  ['sgp salud', 'sgp_salud'],
  ['sgp deporte', 'sgp_deporte'],
  ['sgp cultura', 'sgp_cultura'],
  ['sgp libre inversion', 'sgp_libre_inversion'],
  ['sgp libre destinacion', 'sgp_libre_destinacion'],
  ['sgp alimentacion escolar', 'sgp_alimentacion_escolar'],
  ['sgp municipios rio magdalena', 'sgp_rio_magdalena'],
  ['sgp apsb', 'sgp_apsb'],
  ['credito', 'credito'],
  ['transferencias de capital cofinanciacion departamento', 'cofinanciacion_departamento'],
  ['transferencias de capital cofinanciacion nacion', 'cofinanciacion_nacion'],
  ['otros', 'otros'],
];

const FUENTE_POR_CLAVE = new Map(FUENTES_SISPT);

export type ColumnaAnual =
  | { tipo: 'programacion'; desde: number; hasta: number }
  | { tipo: 'fuente'; anio: number; fuente: string; canonica: boolean; texto: string }
  | { tipo: 'total'; anio: number };

/** What a yearly column of the products sheet holds, or null for a non-yearly column. */
export function columnaAnual(clave: string, texto: string): ColumnaAnual | null {
  const p = PROGRAMACION.exec(clave);
  if (p) return { tipo: 'programacion', desde: Number(p[1]), hasta: Number(p[2] ?? p[1]) };
  const m = /^(.+) (\d{4})$/.exec(clave);
  if (!m) return null;
  const anio = Number(m[2]);
  if (m[1] === 'total') return { tipo: 'total', anio };
  const id = FUENTE_POR_CLAVE.get(m[1]!);
  if (id) return { tipo: 'fuente', anio, fuente: id, canonica: true, texto };
  // A source SisPT adds in a later version: kept under its own name (the list of sources is open).
  const escrito = texto.replace(/\s*\d{4}\s*$/, '').trim();
  return { tipo: 'fuente', anio, fuente: escrito, canonica: false, texto };
}
