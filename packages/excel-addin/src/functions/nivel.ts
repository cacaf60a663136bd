/**
 * =PDD.NIVEL: the roll-up of a level from its metas' percentages, by core's consolidarNiveles: each
 * value capped at 100 % (a negative one counts 0), values without data left out (never as 0), equal
 * weights or the declared ones normalised to 100 %.
 */
import { consolidarNiveles } from '@tablero-pdd/core';
import {
  comoMatriz,
  dimensiones,
  exigirRectangular,
  exigirTamano,
  invalido,
  leerNumeroCelda,
  lugar,
  mostrar,
  omitido,
  type Argumento,
} from './argumentos.js';
import { errorExcel, proteger } from './errores-excel.js';
import { planDeValores } from './meta-sintetica.js';
import type { ValorCelda } from './resultado-celda.js';

export const FUNCION_NIVEL = 'PDD.NIVEL';

export function pddNivel(avances: unknown, pesos: unknown = null, direcciones: ReadonlyArray<string | undefined> = []): ValorCelda[][] {
  return proteger(FUNCION_NIVEL, () => {
    const argA: Argumento = { funcion: FUNCION_NIVEL, nombre: 'avances', direccion: direcciones[0] };
    const argP: Argumento = { funcion: FUNCION_NIVEL, nombre: 'pesos', direccion: direcciones[1] };
    const a = comoMatriz(avances);
    exigirRectangular(argA, a);
    exigirTamano(argA, a);
    const valores: Array<number | null> = [];
    a.forEach((f, i) => f.forEach((_, j) => valores.push(leerNumeroCelda(argA, a, i, j))));

    let listaPesos: Array<number | null> | null = null;
    if (!omitido(pesos)) {
      const p = comoMatriz(pesos);
      exigirRectangular(argP, p);
      const da = dimensiones(a);
      const dp = dimensiones(p);
      if (da.filas !== dp.filas || da.columnas !== dp.columnas) {
        invalido(argP, `un rango del mismo tamaño que «avances» (${da.filas} × ${da.columnas}), un peso por meta`, `${dp.filas} × ${dp.columnas}`);
      }
      listaPesos = [];
      p.forEach((f, i) =>
        f.forEach((_, j) => {
          const w = leerNumeroCelda(argP, p, i, j);
          if (w !== null && w < 0) invalido(argP, 'un peso mayor o igual a 0', mostrar(w), lugar(argP, i, j, p));
          listaPesos?.push(w);
        }),
      );
    }
    const r = consolidarNiveles(planDeValores(valores, listaPesos), { metodo: listaPesos ? 'declarados' : 'iguales' });
    const v = r.total.avance;
    if (v === null) return [[errorExcel('#N/A', `${FUNCION_NIVEL}: ND (sin dato). Ninguna meta del rango tiene un porcentaje${listaPesos ? ' con peso mayor que 0' : ''}.`)]];
    return [[v]];
  });
}
