/**
 * =PDD.CONCILIAR: whether a printed figure matches the computed one within the rounding of the printed
 * figure, by core's conciliar (a "96 %" printed stands for [95,5 %, 96,5 %)). `tolerancia` is added on top
 * of that rounding. The figure can be a percentage (default), pesos printed in millones, or a count.
 */
import { conciliar, normalizarNombre, type Discrepancia } from '@tablero-pdd/core';
import { comoMatriz, invalido, leerNumeroCelda, leerTextoCelda, mostrar, omitido, parDeRangos, porFila, type Argumento } from './argumentos.js';
import { errorExcel, proteger } from './errores-excel.js';
import { planParaConciliar, type CampoConciliable } from './meta-sintetica.js';
import type { ValorCelda } from './resultado-celda.js';

export const FUNCION_CONCILIAR = 'PDD.CONCILIAR';
export const TEXTO_COINCIDE = 'Coincide';

const CIFRAS: Record<string, CampoConciliable> = {
  PORCENTAJE: 'porcentaje',
  CUMPLIMIENTO: 'porcentaje',
  AVANCE: 'porcentaje',
  MILLONES: 'millones',
  INVERSION: 'millones',
  PESOS: 'millones',
  CIFRA: 'cifra',
  NUMERO: 'cifra',
  BENEFICIARIOS: 'cifra',
};
const ESPERADO_CIFRA = '«porcentaje» (vacío), «millones» (pesos impresos en millones) o «cifra» (un conteo, p. ej. beneficiarios)';

function texto(d: Discrepancia): string {
  const prefijo = d.tipo === 'discrepancia' ? 'No coincide' : 'Coincide con aviso';
  return `${prefijo}: ${d.causaProbable.es}`;
}

export function pddConciliar(
  reportado: unknown,
  calculado: unknown,
  tolerancia: unknown = null,
  cifra: unknown = null,
  direcciones: ReadonlyArray<string | undefined> = [],
): ValorCelda[][] {
  return proteger(FUNCION_CONCILIAR, () => {
    const arg = (nombre: string, i: number): Argumento => ({ funcion: FUNCION_CONCILIAR, nombre, direccion: direcciones[i] });
    const aR = arg('reportado', 0);
    const aC = arg('calculado', 1);
    const r = comoMatriz(reportado);
    const c = comoMatriz(calculado);
    const { n, pos } = parDeRangos(aR, r, aC, c, 'una cifra');

    let margen: number | undefined;
    if (!omitido(tolerancia)) {
      const aT = arg('tolerancia', 2);
      const t = comoMatriz(tolerancia);
      const v = leerNumeroCelda(aT, t, ...porFila(aT, t, 1)(0));
      if (v !== null && v < 0) invalido(aT, 'un número mayor o igual a 0', mostrar(v));
      if (v !== null) margen = v;
    }
    let campo: CampoConciliable = 'porcentaje';
    if (!omitido(cifra)) {
      const aF = arg('cifra', 3);
      const m = comoMatriz(cifra);
      const t = leerTextoCelda(aF, m, 0, 0, ESPERADO_CIFRA);
      const v = t === null ? 'porcentaje' : CIFRAS[normalizarNombre(t)];
      campo = v ?? invalido(aF, ESPERADO_CIFRA, mostrar(t));
    }

    const pares: Array<{ reportado: number; calculado: number | null }> = [];
    const filas: Array<number | null> = [];
    for (let i = 0; i < n; i++) {
      const rep = leerNumeroCelda(aR, r, ...pos(i));
      const cal = leerNumeroCelda(aC, c, ...pos(i));
      if (rep === null) {
        filas.push(null);
        continue;
      }
      filas.push(pares.length);
      pares.push({ reportado: rep, calculado: cal });
    }
    const hallazgos = new Map<string, Discrepancia>();
    if (pares.length > 0) {
      const plan = planParaConciliar(pares, campo);
      const o = margen === undefined ? {} : { tolerancias: { margen } };
      for (const d of conciliar(plan, o)) if (d.ambito === 'meta' && !hallazgos.has(d.codigo)) hallazgos.set(d.codigo, d);
    }
    return filas.map((k) => {
      if (k === null) return [errorExcel('#N/A', `${FUNCION_CONCILIAR}: ND (sin dato). No hay cifra reportada con qué comparar.`)];
      const d = hallazgos.get(String(k + 1));
      if (!d) return [TEXTO_COINCIDE];
      if (d.tipo === 'no_verificable') return [errorExcel('#N/A', `${FUNCION_CONCILIAR}: ND (sin dato). ${d.causaProbable.es}`)];
      return [texto(d)];
    });
  });
}
