/**
 * What a header means, asking core twice: first the CSV template's classifier (clasificarEncabezado,
 * the headers core's reader takes as they are), then the synonyms table of home-made workbooks
 * (reconocerEncabezado, core's io/xlsx: "L.B", "META CUATRIENAL", "RECURSOS EJECUTADOS 2024", "EJE /
 * LÍNEA"…). A header known only to the second is handed to the reader under the template header of the
 * same field, so there is one reader and one table of words, both core's.
 */
import { clasificarEncabezado, reconocerEncabezado, type ColumnaPlantilla } from '@tablero-pdd/core';

type Campo = NonNullable<ReturnType<typeof reconocerEncabezado>>['campo'];

/** Template header of each field of the home-made synonyms table (yearly fields take the year). */
const PLANTILLA: Partial<Record<Campo, string | ((anio: number) => string)>> = {
  linea: 'Línea estratégica',
  componente: 'Componente',
  sector: 'Sector',
  programa: 'Programa',
  subprograma: 'Subprograma',
  codigoLinea: 'Código línea estratégica',
  codigoComponente: 'Código componente',
  codigoSector: 'Código sector',
  codigoPrograma: 'Código programa',
  codigoSubprograma: 'Código subprograma',
  codigo: 'Código meta',
  nombre: 'Meta',
  indicador: 'Indicador',
  unidad: 'Unidad',
  lineaBase: 'Línea base',
  metaCuatrienio: 'Meta cuatrienio',
  tipo: 'Tipo',
  acumulacion: 'Acumulación',
  secretaria: 'Secretaría',
  bpin: 'BPIN',
  peso: 'Peso',
  programado: (a) => `Programado ${a}`,
  ejecutado: (a) => `Ejecutado ${a}`,
  inversion: (a) => `Inversión ${a}`,
  // Reported percentages per year (cumplimiento, avance) have no column in the template: left out.
};

export type Reconocimiento = { destino: string; via: 'plantilla' | 'sinonimo' } | null;

export function reconocer(texto: string): Reconocimiento {
  if (texto === '') return null;
  if (clasificarEncabezado(texto) !== null) return { destino: texto, via: 'plantilla' };
  const r = reconocerEncabezado(texto);
  if (!r) return null;
  const p = PLANTILLA[r.campo];
  if (p === undefined) return null;
  if (typeof p === 'function') return r.anio === null ? null : { destino: p(r.anio), via: 'sinonimo' };
  return { destino: p, via: 'sinonimo' };
}

export function clasificar(destino: string): ColumnaPlantilla | null {
  return clasificarEncabezado(destino);
}
