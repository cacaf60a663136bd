/** =PDD.CUMPLIMIENTO: core's cumplimiento() for each row (meta) of a yearly range. */
import { cumplimiento } from '@tablero-pdd/core';
import { omitido, comoMatriz, type Argumento } from './argumentos.js';
import { leerMetasAnuales } from './leer-metas.js';
import { metaDesdeAnios, periodoDeColumnas } from './meta-sintetica.js';
import { leerConsolidacion } from './opciones.js';
import { proteger } from './errores-excel.js';
import { celdaDePorcentaje, type ValorCelda } from './resultado-celda.js';

export const FUNCION_CUMPLIMIENTO = 'PDD.CUMPLIMIENTO';

export function pddCumplimiento(
  ejecutado: unknown,
  programado: unknown,
  tipo: unknown = null,
  acumulacion: unknown = null,
  lineaBase: unknown = null,
  consolidacion: unknown = null,
  direcciones: ReadonlyArray<string | undefined> = [],
): ValorCelda[][] {
  return proteger(FUNCION_CUMPLIMIENTO, () => {
    const arg = (nombre: string, i: number): Argumento => ({ funcion: FUNCION_CUMPLIMIENTO, nombre, direccion: direcciones[i] });
    const { metas, columnas } = leerMetasAnuales({
      ejecutado: { arg: arg('ejecutado', 0), valor: ejecutado },
      programado: { arg: arg('programado', 1), valor: programado },
      tipo: { arg: arg('tipo', 2), valor: tipo },
      acumulacion: { arg: arg('acumulación', 3), valor: acumulacion },
      lineaBase: { arg: arg('línea_base', 4), valor: lineaBase },
    });
    const consolidacionFlujo = omitido(consolidacion) ? 'promedio' : leerConsolidacion(arg('consolidación', 5), comoMatriz(consolidacion), 0, 0);
    const periodo = periodoDeColumnas(columnas);
    return metas.map((m) => [celdaDePorcentaje(cumplimiento(metaDesdeAnios(m), periodo, { consolidacionFlujo }), FUNCION_CUMPLIMIENTO)]);
  });
}
