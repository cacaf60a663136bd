/**
 * The per-level table as CSV: every row of the branch shown (also the collapsed ones) and the plan's total,
 * ratios raw (0.921), an empty cell where no meta contributes (never 0), each state by name beside its figure.
 */
import type { CifrasNivel, FilaNivel, Idioma } from '@tablero-pdd/core';
import { csvDeFilas } from '../base/descargas.js';
import { texto } from '../base/i18n.js';

export function csvNiveles(filas: readonly FilaNivel[], total: CifrasNivel | null, periodo: string, lang: Idioma): string {
  const t = texto(lang);
  const c = { codigo: t.colCodigo, nivel: t.nivelesColumna, programado: t.colProgramado, ejecutado: t.colEjecutado(periodo), avance: t.colAvance };
  const columnas = [c.codigo, c.nivel, c.programado, t.colEstadoDe(c.programado), c.ejecutado, t.colEstadoDe(c.ejecutado), c.avance, t.colEstadoDe(c.avance), t.colMetas];
  const cifras = (x: CifrasNivel) => ({
    [c.programado]: x.programado,
    [t.colEstadoDe(c.programado)]: x.programado === null ? null : x.bandaProgramado.nombre[lang],
    [c.ejecutado]: x.cumplimiento,
    [t.colEstadoDe(c.ejecutado)]: x.cumplimiento === null ? null : x.bandaCumplimiento.nombre[lang],
    [c.avance]: x.avance,
    [t.colEstadoDe(c.avance)]: x.avance === null ? null : x.bandaAvance.nombre[lang],
    [t.colMetas]: x.metas,
  });
  const lineas = filas.map((f) => ({ [c.codigo]: f.codigo, [c.nivel]: `${f.numeracion} ${f.nombreNivel ?? ''}: ${f.nombre ?? t.sinNombre}`, ...cifras(f) }));
  if (total) lineas.push({ [c.codigo]: null, [c.nivel]: t.totalPlan, ...cifras(total) });
  return csvDeFilas(columnas, lineas);
}
