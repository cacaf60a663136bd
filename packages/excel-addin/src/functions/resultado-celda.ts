/**
 * A core result as what a cell shows. A computed figure is the raw ratio (1,15 = 115 %, never capped:
 * the person formats it as %). The states without a number keep their meaning instead of becoming 0:
 * "no programada" and "sin dato" are #N/A with Medellín's NA / ND labels in the message; a target equal
 * to the baseline is #DIV/0!; anything else not computable is #VALUE! with core's reason.
 */
import { textoMotivo, type Porcentaje } from '@tablero-pdd/core';
import { errorExcel, type ErrorCelda } from './errores-excel.js';

export type ValorCelda = number | string | boolean | ErrorCelda;

export function celdaDePorcentaje(p: Porcentaje, funcion: string): ValorCelda {
  if (p.estado === 'calculado' && p.valor !== null) return p.valor;
  const motivo = textoMotivo(p, 'es') ?? '';
  switch (p.estado) {
    case 'no_programada':
      return errorExcel('#N/A', `${funcion}: NA (no programada). ${motivo} No hay cumplimiento que calcular.`.trim());
    case 'sin_dato':
      return errorExcel('#N/A', `${funcion}: ND (sin dato). ${motivo}`.trim());
    default:
      if (p.motivo === 'meta_igual_linea_base') return errorExcel('#DIV/0!');
      return errorExcel('#VALUE!', `${funcion}: no calculable. ${motivo}`.trim());
  }
}
