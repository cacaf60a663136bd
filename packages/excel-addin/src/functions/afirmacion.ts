/**
 * =PDD.AFIRMACION: whether a narrative claim ("más de 700 empresarios", "inversión superior a $2.181
 * millones") holds against the figure the metas give, by core's own claim check (contrastarAfirmaciones):
 * the same verdicts and explanations as the report's page, the CLI and the «Resumen PDD» sheet.
 */
import { NOMBRES_VEREDICTO, contrastarAfirmaciones, normalizarNombre, type ContrasteAfirmacion } from '@tablero-pdd/core';
import { comoMatriz, invalido, leerNumeroCelda, leerTextoCelda, mostrar, omitido, parDeRangos, porFila, type Argumento } from './argumentos.js';
import { errorExcel, proteger } from './errores-excel.js';
import { planParaAfirmaciones, type MagnitudAfirmada, type RelacionAfirmada } from './meta-sintetica.js';
import type { ValorCelda } from './resultado-celda.js';

export const FUNCION_AFIRMACION = 'PDD.AFIRMACION';

/** The wordings of a report's narrative, read as core's four relations. */
const RELACIONES: Record<string, RelacionAfirmada> = {
  'MAS DE': 'mas_de',
  'SUPERIOR A': 'mas_de',
  SUPERA: 'mas_de',
  'SUPERA LOS': 'mas_de',
  'SUPERA LAS': 'mas_de',
  'MAYOR QUE': 'mas_de',
  'POR MAS DE': 'mas_de',
  'MENOS DE': 'menos_de',
  'INFERIOR A': 'menos_de',
  'MENOR QUE': 'menos_de',
  IGUAL: 'igual',
  'IGUAL A': 'igual',
  EXACTAMENTE: 'igual',
  APROX: 'aprox',
  APROXIMADAMENTE: 'aprox',
  'CERCA DE': 'aprox',
  'ALREDEDOR DE': 'aprox',
  UNOS: 'aprox',
  UNAS: 'aprox',
};
const SIMBOLOS: Record<string, RelacionAfirmada> = { '>': 'mas_de', '<': 'menos_de', '=': 'igual', '~': 'aprox', '≈': 'aprox' };
const ESPERADO_RELACION = '«más de» (también «superior a», «supera»), «menos de», «igual» o «aprox», o >, <, =, ~';

const MAGNITUDES: Record<string, MagnitudAfirmada> = {
  CIFRA: 'beneficiarios',
  NUMERO: 'beneficiarios',
  BENEFICIARIOS: 'beneficiarios',
  PESOS: 'inversion',
  MILLONES: 'inversion',
  INVERSION: 'inversion',
};
const ESPERADO_MAGNITUD = '«cifra» (vacío: un conteo, p. ej. beneficiarios) o «pesos» (inversión, en pesos)';

function leerRelacion(arg: Argumento, texto: string): RelacionAfirmada {
  return SIMBOLOS[texto] ?? RELACIONES[normalizarNombre(texto)] ?? invalido(arg, ESPERADO_RELACION, mostrar(texto));
}

/** The verdict in words; with its reason when the claim does not simply hold. */
function texto(c: ContrasteAfirmacion): ValorCelda {
  if (c.veredicto === 'no_verificable') return errorExcel('#N/A', `${FUNCION_AFIRMACION}: ND (sin dato). ${c.explicacion.es}`);
  const nombre = NOMBRES_VEREDICTO[c.veredicto].es;
  return c.veredicto === 'se_sostiene' ? nombre : `${nombre}: ${c.explicacion.es}`;
}

export function pddAfirmacion(
  relacion: unknown,
  cifra: unknown,
  calculado: unknown,
  magnitud: unknown = null,
  direcciones: ReadonlyArray<string | undefined> = [],
): ValorCelda[][] {
  return proteger(FUNCION_AFIRMACION, () => {
    const arg = (nombre: string, i: number): Argumento => ({ funcion: FUNCION_AFIRMACION, nombre, direccion: direcciones[i] });
    const aR = arg('relación', 0);
    const aX = arg('cifra_afirmada', 1);
    const aC = arg('calculado', 2);
    const x = comoMatriz(cifra);
    const c = comoMatriz(calculado);
    const { n, pos } = parDeRangos(aX, x, aC, c, 'una afirmación');

    let que: MagnitudAfirmada = 'beneficiarios';
    if (!omitido(magnitud)) {
      const aM = arg('magnitud', 3);
      const m = comoMatriz(magnitud);
      const t = leerTextoCelda(aM, m, 0, 0, ESPERADO_MAGNITUD);
      que = (t === null ? 'beneficiarios' : MAGNITUDES[normalizarNombre(t)]) ?? invalido(aM, ESPERADO_MAGNITUD, mostrar(t));
    }
    const r = comoMatriz(relacion);
    const celdaRelacion = porFila(aR, r, n);

    const afirmaciones: Array<{ relacion: RelacionAfirmada; valor: number; calculado: number | null }> = [];
    const filas: Array<number | null> = [];
    for (let i = 0; i < n; i++) {
      const valor = leerNumeroCelda(aX, x, ...pos(i));
      const calc = leerNumeroCelda(aC, c, ...pos(i));
      const rel = leerTextoCelda(aR, r, ...celdaRelacion(i), ESPERADO_RELACION);
      if (valor === null) {
        filas.push(null);
        continue;
      }
      if (rel === null) invalido(aR, ESPERADO_RELACION, 'una celda vacía');
      filas.push(afirmaciones.length);
      afirmaciones.push({ relacion: leerRelacion(aR, rel), valor, calculado: calc });
    }
    const contrastes = afirmaciones.length > 0 ? contrastarAfirmaciones(planParaAfirmaciones(afirmaciones, que)) : [];
    return filas.map((k) =>
      k === null ? [errorExcel('#N/A', `${FUNCION_AFIRMACION}: ND (sin dato). No hay cifra afirmada con qué comparar.`)] : [texto(contrastes[k] as ContrasteAfirmacion)],
    );
  });
}
