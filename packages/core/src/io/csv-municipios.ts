/**
 * The "Municipios" cell: DIVIPOLA codes ("54001; 54874") or names ("Cúcuta, Villa del Rosario y
 * Ocaña"), in any mix. Names are looked up by geo's resolverMunicipios in the entity's department;
 * an unknown or ambiguous name is returned apart (never guessed, never dropped silently).
 */
import { resolverMunicipios } from '../geo/nombres.js';
import { separarNombres } from '../geo/separar.js';

export interface MunicipiosLeidos {
  /** In the order the cell wrote them, without repeats. */
  codigos: string[];
  desconocidos: string[];
  ambiguos: string[];
}

export function leerMunicipios(celda: string, departamento?: string): MunicipiosLeidos {
  const r: MunicipiosLeidos = { codigos: [], desconocidos: [], ambiguos: [] };
  // One part at a time, so codes keep the order of the cell.
  for (const parte of separarNombres(celda)) {
    const p = parte.replace(/\.0+$/, '');
    let codigo: string | undefined;
    // A 4-digit code lost its leading zero in the sheet (5001 is Medellín's 05001).
    if (/^\d{4,5}$/.test(p)) codigo = p.padStart(5, '0');
    else {
      const n = resolverMunicipios([parte], departamento ? { departamento } : {});
      codigo = n.codigos[0];
      r.desconocidos.push(...n.desconocidos);
      r.ambiguos.push(...n.ambiguos);
    }
    if (codigo !== undefined && !r.codigos.includes(codigo)) r.codigos.push(codigo);
  }
  return r;
}
