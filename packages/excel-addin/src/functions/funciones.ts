/// <reference types="custom-functions-runtime" />
/**
 * The =PDD.* custom functions. This file is the metadata: custom-functions-metadata reads the JSDoc below
 * (Spanish descriptions and parameter help) and the parameter types to write functions.json, so each
 * entry stays a one-line call to its adapter. Every entry is wrapped by `proteger`: Excel never receives
 * a JavaScript exception, only an Excel error with a Spanish message.
 *
 * Requirements shown in every description: custom functions run in Excel de Microsoft 365 (Windows,
 * Mac, web); not in Office 2019/2021 with volume licences, where the task pane does the work.
 */
import { pddAfirmacion, FUNCION_AFIRMACION } from './afirmacion.js';
import { pddAvance, FUNCION_AVANCE } from './avance.js';
import { pddConciliar, FUNCION_CONCILIAR } from './conciliar.js';
import { pddCumplimiento, FUNCION_CUMPLIMIENTO } from './cumplimiento.js';
import { proteger } from './errores-excel.js';
import { pddFormato, FUNCION_FORMATO } from './formato.js';
import { pddIndicador, FUNCION_INDICADOR } from './indicador.js';
import { pddNivel, FUNCION_NIVEL } from './nivel.js';
import { pddSemaforo, pddSemaforoColor, FUNCION_SEMAFORO, FUNCION_SEMAFORO_COLOR } from './semaforo.js';

function direcciones(invocacion?: CustomFunctions.Invocation): ReadonlyArray<string | undefined> {
  return invocacion?.parameterAddresses ?? [];
}

/**
 * % de cumplimiento frente a lo programado en el periodo, por la regla de acumulación de la meta: cada fila es una meta y cada columna un año. Ejemplo: =PDD.CUMPLIMIENTO(F2:G2; B2:C2; "incremento"; "acumulado"). Devuelve la proporción sin tope (1,15 = 115 %); #N/D si no hay nada programado (NA) o falta lo ejecutado (ND). Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction CUMPLIMIENTO CUMPLIMIENTO
 * @requiresParameterAddresses
 * @param ejecutado Lo ejecutado por año (una fila por meta, una columna por año). Celdas vacías: en Excel de escritorio llegan como 0, en la web como vacías; escriba «ND» si no hay dato.
 * @param programado Lo programado por año, del mismo tamaño que «ejecutado». 0 o vacío = no programado.
 * @param tipo incremento (predeterminado), mantenimiento o reducción: una celda o una por meta.
 * @param acumulación acumulado (predeterminado), flujo («No acumulativo») o stock.
 * @param línea_base Línea base, necesaria para reducción con flujo o stock.
 * @param consolidación Para metas de flujo y mantenimiento: «promedio» de los años (predeterminado) o «ultimo» año.
 * @returns Una proporción por meta (fila).
 */
export function cumplimientoPdd(
  ejecutado: number[][],
  programado: number[][],
  tipo?: string[][],
  acumulación?: string[][],
  línea_base?: number[][],
  consolidación?: string,
  invocacion?: CustomFunctions.Invocation,
): unknown[][] {
  return proteger(FUNCION_CUMPLIMIENTO, () => pddCumplimiento(ejecutado, programado, tipo, acumulación, línea_base, consolidación, direcciones(invocacion)));
}

/**
 * % de avance frente al cuatrienio: lo ejecutado hasta el último año con dato frente a la meta del cuatrienio, por la regla de acumulación. Ejemplo: =PDD.AVANCE(F2:I2; E2; "incremento"; "acumulado"; D2). Seleccione solo los años reportados: en Excel de escritorio una celda vacía llega como 0. Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction AVANCE AVANCE
 * @requiresParameterAddresses
 * @param ejecutado_por_año Lo ejecutado por año: una fila por meta, una columna por año (2024, 2025…).
 * @param meta_cuatrienio Meta del cuatrienio: una celda o una por meta.
 * @param tipo incremento (predeterminado), mantenimiento o reducción.
 * @param acumulación acumulado (predeterminado), flujo («No acumulativo») o stock.
 * @param línea_base Línea base: stock y reducción miden desde ella.
 * @param consolidación Para metas de flujo y mantenimiento: «promedio» (predeterminado) o «ultimo».
 * @returns Una proporción por meta (fila), sin tope; negativa si hay retroceso.
 */
export function avancePdd(
  ejecutado_por_año: number[][],
  meta_cuatrienio: number[][],
  tipo?: string[][],
  acumulación?: string[][],
  línea_base?: number[][],
  consolidación?: string,
  invocacion?: CustomFunctions.Invocation,
): unknown[][] {
  return proteger(FUNCION_AVANCE, () => pddAvance(ejecutado_por_año, meta_cuatrienio, tipo, acumulación, línea_base, consolidación, direcciones(invocacion)));
}

/**
 * Estado del semáforo de un porcentaje: Sobresaliente (≥ 80 %), Satisfactorio, Medio, Bajo, Crítico (< 40 %), o Sobre-ejecución, Retroceso, No programada («NA»), Sin dato (vacío o «ND»). Ejemplo: =PDD.SEMAFORO(H2) o con cortes propios =PDD.SEMAFORO(H2; {0,25;0,5;0,85}). Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction SEMAFORO SEMAFORO
 * @requiresParameterAddresses
 * @param porcentaje Proporción (0,667 = 66,7 %): una celda o un rango.
 * @param cortes Cortes propios de la entidad, de menor a mayor (hasta 4), p. ej. {0,25;0,5;0,85}.
 * @returns El nombre del estado, del mismo tamaño que «porcentaje».
 */
export function semaforoPdd(porcentaje: number[][], cortes?: number[][], invocacion?: CustomFunctions.Invocation): unknown[][] {
  return proteger(FUNCION_SEMAFORO, () => pddSemaforo(porcentaje, cortes, direcciones(invocacion)));
}

/**
 * Color del semáforo de un porcentaje, «#RRGGBB» (la misma escala de colores del tablero). Ejemplo: =PDD.SEMAFORO.COLOR(H2). Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction SEMAFORO.COLOR SEMAFORO.COLOR
 * @requiresParameterAddresses
 * @param porcentaje Proporción (0,667 = 66,7 %): una celda o un rango.
 * @param cortes Cortes propios de la entidad, de menor a mayor, p. ej. {0,25;0,5;0,85}.
 * @returns El color de cada estado, del mismo tamaño que «porcentaje».
 */
export function semaforoColorPdd(porcentaje: number[][], cortes?: number[][], invocacion?: CustomFunctions.Invocation): unknown[][] {
  return proteger(FUNCION_SEMAFORO_COLOR, () => pddSemaforoColor(porcentaje, cortes, direcciones(invocacion)));
}

/**
 * Consolidado de un nivel del plan (línea, componente, programa): promedio de los porcentajes de sus metas con tope de 100 %, sin contar las vacías ni «ND». Ejemplo: =PDD.NIVEL(H2:H20) o ponderado =PDD.NIVEL(H2:H20; J2:J20). Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction NIVEL NIVEL
 * @requiresParameterAddresses
 * @param avances Porcentajes de las metas del nivel (proporciones).
 * @param pesos Peso de cada meta, del mismo tamaño; se normalizan a 100 %. Sin pesos, todas pesan igual.
 * @returns Una proporción entre 0 y 1.
 */
export function nivelPdd(avances: number[][], pesos?: number[][], invocacion?: CustomFunctions.Invocation): unknown[][] {
  return proteger(FUNCION_NIVEL, () => pddNivel(avances, pesos, direcciones(invocacion)));
}

/**
 * Avance de un indicador de resultado desde la línea base hacia la meta, según la dirección (en un escalafón el puesto 1 es el mejor: «menor_es_mejor»). Ejemplo: =PDD.INDICADOR(23; 22; 20; "menor_es_mejor") da 33,3 %. Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction INDICADOR INDICADOR
 * @requiresParameterAddresses
 * @param base Línea base: una celda o una por indicador.
 * @param actual Valor actual (último medido): una celda o una columna, un indicador por fila.
 * @param meta Meta del cuatrienio.
 * @param dirección «mayor_es_mejor» (incremento) o «menor_es_mejor» (reducción, ranking, posición).
 * @param tipo_actual «nivel» (predeterminado) o «incremento» si el valor actual es lo ganado sobre la línea base.
 * @returns Una proporción por indicador, sin tope; negativa si hay retroceso.
 */
export function indicadorPdd(
  base: number[][],
  actual: number[][],
  meta: number[][],
  dirección: string[][],
  tipo_actual?: string[][],
  invocacion?: CustomFunctions.Invocation,
): unknown[][] {
  return proteger(FUNCION_INDICADOR, () => pddIndicador(base, actual, meta, dirección, tipo_actual, direcciones(invocacion)));
}

/**
 * Concilia una cifra impresa en el informe con la calculada, dentro del redondeo de la cifra impresa («96 %» vale de 95,5 % a 96,5 %). Ejemplo: =PDD.CONCILIAR(K2; H2) o para inversión =PDD.CONCILIAR(L2; M2; 0; "millones"). Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction CONCILIAR CONCILIAR
 * @requiresParameterAddresses
 * @param reportado La cifra impresa: una celda o una columna.
 * @param calculado La cifra calculada, del mismo tamaño.
 * @param tolerancia Margen adicional al redondeo (0,01 = 1 punto porcentual en porcentajes).
 * @param cifra «porcentaje» (predeterminado), «millones» (pesos impresos en millones) o «cifra» (conteo).
 * @returns «Coincide», «No coincide: …» o «Coincide con aviso: …» por fila.
 */
export function conciliarPdd(
  reportado: number[][],
  calculado: number[][],
  tolerancia?: number,
  cifra?: string,
  invocacion?: CustomFunctions.Invocation,
): unknown[][] {
  return proteger(FUNCION_CONCILIAR, () => pddConciliar(reportado, calculado, tolerancia, cifra, direcciones(invocacion)));
}

/**
 * Contrasta una afirmación de la narrativa («más de 700 empresarios», «inversión superior a $2.181 millones») con la cifra que dan las metas: «Se sostiene», «Se sostiene, con holgura: …» (más de 25 % por encima de un «más de») o «No se sostiene: …», con la razón. Ejemplo: =PDD.AFIRMACION("más de"; 700; H20) o para inversión =PDD.AFIRMACION("superior a"; 2181000000; L20; "pesos"). Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction AFIRMACION AFIRMACION
 * @requiresParameterAddresses
 * @param relación «más de» (también «superior a», «supera»), «menos de», «igual» o «aprox»: una celda o una por fila.
 * @param cifra_afirmada La cifra que afirma la narrativa (700; la inversión en pesos): una celda o una columna.
 * @param calculado Lo que dan las metas (p. ej. la suma de sus beneficiarios), del mismo tamaño. Vacío o «ND»: no se puede verificar.
 * @param magnitud «cifra» (predeterminado: un conteo, p. ej. beneficiarios) o «pesos» (inversión; el redondeo se lee en millones).
 * @returns El veredicto por fila, con su razón cuando no se sostiene sin más.
 */
export function afirmacionPdd(
  relación: string[][],
  cifra_afirmada: number[][],
  calculado: number[][],
  magnitud?: string,
  invocacion?: CustomFunctions.Invocation,
): unknown[][] {
  return proteger(FUNCION_AFIRMACION, () => pddAfirmacion(relación, cifra_afirmada, calculado, magnitud, direcciones(invocacion)));
}

/**
 * Un valor como texto en español de Colombia: «66,7 %», «$ 776 millones», «$ 1.234.567», «1.234,5». Vacío da «sin dato», nunca 0. Ejemplo: =PDD.FORMATO(H2; "porcentaje") o =PDD.FORMATO(L2; "millones"; 1). Requiere Excel de Microsoft 365 (escritorio o web).
 * @customfunction FORMATO FORMATO
 * @requiresParameterAddresses
 * @param valor Número o rango (porcentajes como proporción: 0,667).
 * @param formato «porcentaje» (predeterminado), «pesos», «millones» o «numero».
 * @param decimales Número de decimales, de 0 a 6.
 * @returns Texto, del mismo tamaño que «valor».
 */
export function formatoPdd(valor: number[][], formato?: string, decimales?: number, invocacion?: CustomFunctions.Invocation): unknown[][] {
  return proteger(FUNCION_FORMATO, () => pddFormato(valor, formato, decimales, direcciones(invocacion)));
}

/** Id (as in functions.json) → implementation, for CustomFunctions.associate. */
export const FUNCIONES_PDD: Readonly<Record<string, (...args: never[]) => unknown>> = {
  CUMPLIMIENTO: cumplimientoPdd,
  AVANCE: avancePdd,
  SEMAFORO: semaforoPdd,
  'SEMAFORO.COLOR': semaforoColorPdd,
  NIVEL: nivelPdd,
  INDICADOR: indicadorPdd,
  CONCILIAR: conciliarPdd,
  AFIRMACION: afirmacionPdd,
  FORMATO: formatoPdd,
};
