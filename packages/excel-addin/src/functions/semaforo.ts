/**
 * =PDD.SEMAFORO and =PDD.SEMAFORO.COLOR: the band of each percentage by core's clasificar(), with the
 * default bands (DNP's former efficacy ranges) or the entity's own cut-offs. Outside the bands, as core
 * names them: sobre-ejecución (> 100 %), retroceso (< 0 %), no programada ("NA"), sin dato (empty, "ND").
 */
import {
  BANDAS_PREDETERMINADAS,
  ErrorBandas,
  bandasConCortes,
  clasificar,
  normalizarNombre,
  porcentajeCalculado,
  type ConfigBandas,
  type EstadoSemaforo,
  type Porcentaje,
} from '@tablero-pdd/core';
import {
  comoMatriz,
  exigirRectangular,
  exigirTamano,
  invalido,
  leerNumeroCelda,
  omitido,
  type Argumento,
  type Matriz,
} from './argumentos.js';
import { proteger, type ErrorCelda } from './errores-excel.js';

export const FUNCION_SEMAFORO = 'PDD.SEMAFORO';
export const FUNCION_SEMAFORO_COLOR = 'PDD.SEMAFORO.COLOR';

const SIN_VALOR = { valor: null, valorTope: null, avisos: [] };
const NO_PROGRAMADA: Porcentaje = { estado: 'no_programada', ...SIN_VALOR };
const SIN_DATO: Porcentaje = { estado: 'sin_dato', ...SIN_VALOR };
/** Texts that mean "nothing was programmed" (Medellín's NA, DNP's NP), apart from "no data". */
const MARCAS_NO_PROGRAMADA = new Set(['NA', 'N A', 'NP', 'NO PROGRAMADA', 'NO PROGRAMADO']);

/** Configs built from cut-offs, kept so core validates each set of cut-offs once, not once per cell. */
const configs = new Map<string, ConfigBandas>();
const MAXIMO_CONFIGS = 64;

function leerBandas(arg: Argumento, cortes: unknown): ConfigBandas {
  if (omitido(cortes)) return BANDAS_PREDETERMINADAS;
  const m = comoMatriz(cortes);
  exigirRectangular(arg, m);
  const valores: number[] = [];
  m.forEach((f, i) =>
    f.forEach((_, j) => {
      const v = leerNumeroCelda(arg, m, i, j);
      if (v !== null) valores.push(v);
    }),
  );
  const clave = valores.join('|');
  const hecha = configs.get(clave);
  if (hecha) return hecha;
  try {
    const config = bandasConCortes(valores);
    if (configs.size >= MAXIMO_CONFIGS) configs.clear();
    configs.set(clave, config);
    return config;
  } catch (e) {
    if (e instanceof ErrorBandas) {
      const primero = e.errores[0];
      return invalido(arg, `cortes válidos como proporciones crecientes, p. ej. {0,25; 0,5; 0,85} (${primero?.esperado ?? 'revise los cortes'})`, primero?.valor);
    }
    throw e;
  }
}

function porcentajeDeCelda(arg: Argumento, m: Matriz, i: number, j: number): Porcentaje {
  const v = m[i]?.[j];
  if (typeof v === 'string' && MARCAS_NO_PROGRAMADA.has(normalizarNombre(v))) return NO_PROGRAMADA;
  const n = leerNumeroCelda(arg, m, i, j);
  return n === null ? SIN_DATO : porcentajeCalculado(n);
}

function clasificarMatriz<T>(funcion: string, porcentaje: unknown, cortes: unknown, direcciones: ReadonlyArray<string | undefined>, salida: (e: EstadoSemaforo) => T): Array<Array<T | ErrorCelda>> {
  return proteger(funcion, () => {
    const argP: Argumento = { funcion, nombre: 'porcentaje', direccion: direcciones[0] };
    const argC: Argumento = { funcion, nombre: 'cortes', direccion: direcciones[1] };
    const m = comoMatriz(porcentaje);
    exigirRectangular(argP, m);
    exigirTamano(argP, m);
    const bandas = leerBandas(argC, cortes);
    return m.map((f, i) => f.map((_, j) => salida(clasificar(porcentajeDeCelda(argP, m, i, j), bandas))));
  });
}

/** The state's Spanish name ("Sobresaliente", "Sobre-ejecución", "Sin dato"…), same shape as the input. */
export function pddSemaforo(porcentaje: unknown, cortes: unknown = null, direcciones: ReadonlyArray<string | undefined> = []): Array<Array<string | ErrorCelda>> {
  return clasificarMatriz(FUNCION_SEMAFORO, porcentaje, cortes, direcciones, (e) => e.nombre.es);
}

/** The state's colour "#RRGGBB" (core's one colour scale), same shape as the input. */
export function pddSemaforoColor(porcentaje: unknown, cortes: unknown = null, direcciones: ReadonlyArray<string | undefined> = []): Array<Array<string | ErrorCelda>> {
  return clasificarMatriz(FUNCION_SEMAFORO_COLOR, porcentaje, cortes, direcciones, (e) => e.color);
}
