/**
 * =PDD.INDICADOR: progress of a result indicator from its baseline to its target by core's
 * progresoIndicador, direction-aware (a ranking where 1st is best is "menor es mejor": 23 → 22 with
 * target 20 is 33,3 %; 15 → 17 with target 12 is −66,7 %, a regression). One row per indicator.
 */
import { progresoIndicador, type ProgresoIndicador } from '@tablero-pdd/core';
import { comoMatriz, exigirRectangular, exigirTamano, invalido, leerNumeroCelda, leerTextoCelda, lugar, mostrar, omitido, porFila, dimensiones, type Argumento } from './argumentos.js';
import { errorExcel, proteger } from './errores-excel.js';
import { indicadorDesdeValores } from './meta-sintetica.js';
import { leerDireccion } from './opciones.js';
import type { ValorCelda } from './resultado-celda.js';

export const FUNCION_INDICADOR = 'PDD.INDICADOR';

const MOTIVOS: Record<NonNullable<ProgresoIndicador['motivo']>, string> = {
  sin_linea_base: 'ND (sin dato): falta la línea base.',
  sin_valor_actual: 'ND (sin dato): falta el valor actual.',
  sin_meta: 'ND (sin dato): falta la meta.',
  meta_igual_linea_base: 'la meta es igual a la línea base.',
  direccion_contradice_meta: 'la meta está del lado contrario de la línea base para esa dirección (revise la dirección o los valores).',
};

function celda(p: ProgresoIndicador): ValorCelda {
  if (p.progreso !== null) return p.progreso;
  const m = `${FUNCION_INDICADOR}: ${p.motivo ? MOTIVOS[p.motivo] : 'no calculable.'}`;
  if (p.estado === 'sin_dato') return errorExcel('#N/A', m);
  if (p.motivo === 'meta_igual_linea_base') return errorExcel('#DIV/0!');
  return errorExcel('#VALUE!', m);
}

const ESPERADO_TIPO_ACTUAL = '«nivel» (el valor medido) o «incremento» (lo ganado sobre la línea base); vacío = nivel';

export function pddIndicador(
  base: unknown,
  actual: unknown,
  meta: unknown,
  direccion: unknown,
  tipoActual: unknown = null,
  direcciones: ReadonlyArray<string | undefined> = [],
): ValorCelda[][] {
  return proteger(FUNCION_INDICADOR, () => {
    const arg = (nombre: string, i: number): Argumento => ({ funcion: FUNCION_INDICADOR, nombre, direccion: direcciones[i] });
    const aA = arg('actual', 1);
    const mA = comoMatriz(actual);
    exigirRectangular(aA, mA);
    exigirTamano(aA, mA);
    const { filas, columnas } = dimensiones(mA);
    // One indicator per row; a single row of several cells is several indicators too.
    const n = filas === 1 ? columnas : filas;
    if (filas > 1 && columnas > 1) invalido(aA, 'una celda o una columna (un indicador por fila)', `un rango de ${filas} × ${columnas}`);
    const celdaActual = (i: number): [number, number] => (filas === 1 ? [0, i] : [i, 0]);
    const leer = (nombre: string, i: number, v: unknown) => {
      const a = arg(nombre, i);
      const m = comoMatriz(v);
      return { a, m, c: porFila(a, m, n) };
    };
    const b = leer('base', 0, base);
    const mt = leer('meta', 2, meta);
    const d = leer('dirección', 3, direccion);
    const t = omitido(tipoActual) ? null : leer('tipo_actual', 4, tipoActual);

    const salida: ValorCelda[][] = [];
    for (let i = 0; i < n; i++) {
      let tipo: 'nivel' | 'incremento' = 'nivel';
      if (t) {
        const [f, c] = t.c(i);
        const texto = leerTextoCelda(t.a, t.m, f, c, ESPERADO_TIPO_ACTUAL);
        const x = texto?.toLowerCase();
        if (x === 'incremento') tipo = 'incremento';
        else if (x !== undefined && x !== 'nivel') invalido(t.a, ESPERADO_TIPO_ACTUAL, mostrar(texto), lugar(t.a, f, c, t.m));
      }
      const ind = indicadorDesdeValores(
        leerNumeroCelda(b.a, b.m, ...b.c(i)),
        leerNumeroCelda(aA, mA, ...celdaActual(i)),
        leerNumeroCelda(mt.a, mt.m, ...mt.c(i)),
        leerDireccion(d.a, d.m, ...d.c(i)),
        tipo,
      );
      salida.push([celda(progresoIndicador(ind))]);
    }
    return salida;
  });
}
