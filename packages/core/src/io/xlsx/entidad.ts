/** The territorial entity of an import, from a DIVIPOLA code (never from a name alone when a code exists). */
import { esDepartamentoDivipola, esMunicipioDivipola } from '../../geo/divipola-codigos.js';
import { nombreDepartamento, nombreMunicipio } from '../../geo/nombres.js';
import type { Plan } from '../../schema/types.js';
import { restaurarCeros } from './codigos.js';

export type Entidad = Plan['entidad'];

/**
 * "25175" → municipio; "54" → departamento. A code typed as a number that lost its zero ("5001" for
 * Medellín) is restored when exactly one width fits. null when DANE has no such entity.
 */
export function entidadDesdeCodigo(codigo: string, nombre?: string | null): Entidad | null {
  const limpio = codigo.trim();
  const candidatos = [limpio, restaurarCeros(limpio, 5), restaurarCeros(limpio, 2)].filter((x): x is string => x !== null);
  for (const c of candidatos) {
    if (c.length === 5 && esMunicipioDivipola(c))
      return { nombre: nombre?.trim() || (nombreMunicipio(c) ?? c), tipo: 'municipio', divipola: c };
    if (c.length === 2 && esDepartamentoDivipola(c))
      return { nombre: nombre?.trim() || (nombreDepartamento(c) ?? c), tipo: 'departamento', divipola: c };
  }
  return null;
}
