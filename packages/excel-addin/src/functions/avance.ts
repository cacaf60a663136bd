/** =PDD.AVANCE: core's avance() (four-year progress) for each row (meta) of a yearly range. */
import { avance } from '@tablero-pdd/core';
import { comoMatriz, omitido, type Argumento } from './argumentos.js';
import { leerMetasAnuales } from './leer-metas.js';
import { metaDesdeAnios } from './meta-sintetica.js';
import { leerConsolidacion } from './opciones.js';
import { proteger } from './errores-excel.js';
import { celdaDePorcentaje, type ValorCelda } from './resultado-celda.js';

export const FUNCION_AVANCE = 'PDD.AVANCE';

export function pddAvance(
  ejecutado: unknown,
  metaCuatrienio: unknown,
  tipo: unknown = null,
  acumulacion: unknown = null,
  lineaBase: unknown = null,
  consolidacion: unknown = null,
  direcciones: ReadonlyArray<string | undefined> = [],
): ValorCelda[][] {
  return proteger(FUNCION_AVANCE, () => {
    const arg = (nombre: string, i: number): Argumento => ({ funcion: FUNCION_AVANCE, nombre, direccion: direcciones[i] });
    const { metas } = leerMetasAnuales({
      ejecutado: { arg: arg('ejecutado_por_año', 0), valor: ejecutado },
      metaCuatrienio: { arg: arg('meta_cuatrienio', 1), valor: metaCuatrienio },
      tipo: { arg: arg('tipo', 2), valor: tipo },
      acumulacion: { arg: arg('acumulación', 3), valor: acumulacion },
      lineaBase: { arg: arg('línea_base', 4), valor: lineaBase },
    });
    const consolidacionFlujo = omitido(consolidacion) ? 'promedio' : leerConsolidacion(arg('consolidación', 5), comoMatriz(consolidacion), 0, 0);
    return metas.map((m) => [celdaDePorcentaje(avance(metaDesdeAnios(m), { consolidacionFlujo }), FUNCION_AVANCE)]);
  });
}
