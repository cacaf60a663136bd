/**
 * The result indicators as CSV: one line per indicator, figures raw, an empty cell where the report gives
 * none (never 0); the direction says whether it was inferred, the state is core's.
 */
import { NOMBRES_DIRECCION, NOMBRES_ESTADO_INDICADOR, type Idioma, type IndicadorResultado, type ResumenIndicador } from '@tablero-pdd/core';
import { csvDeFilas } from '../base/descargas.js';

const COLUMNAS = {
  es: ['Código', 'Indicador', 'Unidad', 'Línea base', 'Año de la línea base', 'Último valor', 'Año del último valor', 'El último valor es', 'Nivel comparable', 'Meta', 'Año de la meta', 'Sentido', 'Sentido inferido', 'Progreso', 'Estado'],
  en: ['Code', 'Indicator', 'Unit', 'Baseline', 'Baseline year', 'Latest value', 'Latest value year', 'The latest value is', 'Comparable level', 'Target', 'Target year', 'Direction', 'Direction inferred', 'Progress', 'State'],
} as const;

const TIPO_ACTUAL = {
  es: { nivel: 'un nivel', incremento: 'un incremento sobre la línea base' },
  en: { nivel: 'a level', incremento: 'an increment over the baseline' },
} as const;

export function csvIndicadores(indicadores: readonly ResumenIndicador[], originales: readonly IndicadorResultado[], lang: Idioma): string {
  const c = COLUMNAS[lang];
  const si = lang === 'en' ? ['yes', 'no'] : ['sí', 'no'];
  return csvDeFilas(
    [...c],
    indicadores.map((ind) => {
      const inferida = !!originales.find((o) => o.codigo === ind.codigo)?.trazas?.['direccion']?.inferido;
      const valores = [
        ind.codigo,
        ind.nombre,
        ind.unidad,
        ind.lineaBase.valor,
        ind.lineaBase.anio,
        ind.actual.valor,
        ind.actual.anio,
        ind.actual.valor === null ? null : TIPO_ACTUAL[lang][ind.actual.tipo],
        ind.valorComparable,
        ind.meta.valor,
        ind.meta.anio,
        NOMBRES_DIRECCION[ind.direccion][lang],
        inferida ? si[0] : si[1],
        ind.progreso,
        NOMBRES_ESTADO_INDICADOR[ind.estado][lang],
      ];
      return Object.fromEntries(c.map((k, i) => [k, valores[i] ?? null]));
    }),
  );
}
