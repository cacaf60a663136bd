/** =PDD.FORMATO: a value as text by core's one es-CO formatter ("66,7 %", "$ 776 millones"), same shape as the input. */
import { formatearMillones, formatearNumero, formatearPesos, formatearPorcentaje, normalizarNombre, type OpcionesFormato } from '@tablero-pdd/core';
import { comoMatriz, exigirRectangular, exigirTamano, invalido, leerNumeroCelda, leerTextoCelda, mostrar, omitido, type Argumento } from './argumentos.js';
import { proteger, type ErrorCelda } from './errores-excel.js';

export const FUNCION_FORMATO = 'PDD.FORMATO';

type Formateador = (v: number | null, o: OpcionesFormato) => string;

const FORMATOS: Record<string, Formateador> = {
  PORCENTAJE: formatearPorcentaje,
  '': formatearPorcentaje,
  PESOS: formatearPesos,
  MILLONES: formatearMillones,
  NUMERO: formatearNumero,
};
const ESPERADO_FORMATO = '«porcentaje», «pesos», «millones» o «numero»';

export function pddFormato(valor: unknown, formato: unknown = null, decimales: unknown = null, direcciones: ReadonlyArray<string | undefined> = []): Array<Array<string | ErrorCelda>> {
  return proteger(FUNCION_FORMATO, () => {
    const arg = (nombre: string, i: number): Argumento => ({ funcion: FUNCION_FORMATO, nombre, direccion: direcciones[i] });
    const aV = arg('valor', 0);
    const aF = arg('formato', 1);
    const aD = arg('decimales', 2);
    const m = comoMatriz(valor);
    exigirRectangular(aV, m);
    exigirTamano(aV, m);
    const mf = comoMatriz(formato);
    const nombre = omitido(formato) ? '' : (leerTextoCelda(aF, mf, 0, 0, ESPERADO_FORMATO) ?? '');
    const f = FORMATOS[normalizarNombre(nombre)] ?? invalido(aF, ESPERADO_FORMATO, mostrar(nombre));
    const o: OpcionesFormato = {};
    if (!omitido(decimales)) {
      const md = comoMatriz(decimales);
      const d = leerNumeroCelda(aD, md, 0, 0);
      if (d !== null && (!Number.isInteger(d) || d < 0 || d > 6)) invalido(aD, 'un número entero de 0 a 6', mostrar(d));
      if (d !== null) {
        o.decimales = d;
        o.minDecimales = d;
      }
    }
    return m.map((fila, i) => fila.map((_, j) => f(leerNumeroCelda(aV, m, i, j), o)));
  });
}
