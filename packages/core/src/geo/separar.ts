/**
 * Splits a written list of places ("Cúcuta, Los Patios, Villa del Rosario y Ocaña") into names, as
 * reports and spreadsheet cells write them. No official municipality name holds " y ", " e ", ";" or a
 * comma, except "BOGOTÁ, D.C.", whose "D.C." is kept with the name before it.
 */
const SEPARADOR = /\s*(?:[,;\n\r]|\s+y\s+|\s+e\s+)\s*/iu;
const SUFIJO_DISTRITO = /^D\.?\s*C\.?$/iu;

export function separarNombres(texto: string): string[] {
  const partes: string[] = [];
  for (const bruto of texto.split(SEPARADOR)) {
    const parte = bruto.trim().replace(/[.:]+$/u, '');
    if (parte === '') continue;
    if (SUFIJO_DISTRITO.test(parte) && partes.length > 0) partes[partes.length - 1] += ', D.C.';
    else partes.push(parte);
  }
  return partes;
}
