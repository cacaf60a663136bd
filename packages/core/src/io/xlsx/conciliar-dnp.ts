/**
 * DNP's "Avance físico YYYY (%)" against core's own per-year compliance, cumplimiento(meta, {y, y}),
 * row by row. DNP computes executed ÷ programmed for the year, not capped; core's rule for one year gives
 * the same for every accumulation except where the baseline enters (reducción with flujo/stock). Where
 * the two cannot agree, the row says why — nothing is forced to match.
 */
import { cumplimiento } from '../../compute/cumplimiento.js';
import type { Porcentaje } from '../../compute/tipos.js';
import type { Plan } from '../../schema/types.js';
import type { CifraFinancieraDnp, CifraFisicaDnp } from './reporte.js';

export type EstadoConciliacion = 'coincide' | 'ambos_sin_cifra' | 'difiere' | 'sin_meta';

export type MotivoConciliacion =
  /** Nothing programmed that year: DNP leaves the cell blank, core says no_programada. */
  | 'no_programada'
  /** Executed with nothing programmed: DNP blank ("Se ejecutó un producto no programado"), core no_programada with the aviso avance_sin_meta_programada. */
  | 'ejecucion_sin_programacion'
  /** Programmed but no execution reported (PIIP had none): blank in DNP, sin_dato in core. */
  | 'sin_ejecucion'
  /** The meta is a reduction measured from its baseline: core's rule differs from DNP's e ÷ p. */
  | 'regla_linea_base'
  /** The plan's programmed value for the year is not DNP's (a merged plan kept another file's value). */
  | 'programado_distinto'
  /** The row adds up several consecutivos and the plan keeps them apart: no single meta to compare. */
  | 'fila_agrupada'
  | 'meta_inexistente'
  /** The two figures differ for a reason not listed: a real discrepancy to look at. */
  | 'discrepancia';

export interface FilaConciliacionDnp {
  codigos: string[];
  hoja: string;
  fila: number;
  anio: number;
  dnp: number | null;
  core: Porcentaje | null;
  estado: EstadoConciliacion;
  motivo: MotivoConciliacion | null;
}

function igual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

export function conciliarFisicoDnp(plan: Plan, cifras: readonly CifraFisicaDnp[]): FilaConciliacionDnp[] {
  const porCodigo = new Map(plan.metas.map((m) => [m.codigo, m]));
  return cifras.map((c) => {
    const base = { codigos: c.codigos, hoja: c.hoja, fila: c.fila, anio: c.anio, dnp: c.avanceFisico };
    const meta = porCodigo.get(c.codigos.join(', '));
    if (!meta) return { ...base, core: null, estado: 'sin_meta', motivo: c.codigos.length > 1 && c.codigos.some((k) => porCodigo.has(k)) ? 'fila_agrupada' : 'meta_inexistente' };
    const core = cumplimiento(meta, { desde: c.anio, hasta: c.anio });
    if (core.estado === 'calculado' && c.avanceFisico !== null && igual(core.valor!, c.avanceFisico))
      return { ...base, core, estado: 'coincide', motivo: null };
    const prog = meta.seguimiento.find((s) => s.desde === c.anio && s.hasta === c.anio)?.programado ?? null;
    const programadoDistinto = prog !== c.programado && !(prog !== null && c.programado !== null && igual(prog, c.programado));
    if (core.estado === 'calculado' && c.avanceFisico !== null)
      return { ...base, core, estado: 'difiere', motivo: programadoDistinto ? 'programado_distinto' : core.respectoLineaBase ? 'regla_linea_base' : 'discrepancia' };
    if (core.estado !== 'calculado' && c.avanceFisico === null) {
      const motivo: MotivoConciliacion =
        core.estado === 'no_programada'
          ? core.avisos.includes('avance_sin_meta_programada')
            ? 'ejecucion_sin_programacion'
            : 'no_programada'
          : core.estado === 'sin_dato'
            ? 'sin_ejecucion'
            : 'discrepancia';
      return { ...base, core, estado: motivo === 'discrepancia' ? 'difiere' : 'ambos_sin_cifra', motivo: motivo === 'discrepancia' ? 'discrepancia' : motivo };
    }
    return { ...base, core, estado: 'difiere', motivo: programadoDistinto ? 'programado_distinto' : core.respectoLineaBase ? 'regla_linea_base' : 'discrepancia' };
  });
}

export interface FilaConciliacionFinanciera {
  codigos: string[];
  fila: number;
  anio: number;
  dnp: number | null;
  /** obligaciones ÷ programado, or null when nothing was programmed or a figure is missing. */
  calculado: number | null;
  estado: 'coincide' | 'ambos_sin_cifra' | 'difiere';
}

/** DNP's "Obligaciones como % de lo programado" against obligaciones ÷ programado of the same row. */
export function conciliarFinancieroDnp(cifras: readonly CifraFinancieraDnp[]): FilaConciliacionFinanciera[] {
  return cifras.map((c) => {
    const calculado = c.programado !== null && c.programado > 0 && c.obligaciones !== null ? c.obligaciones / c.programado : null;
    const base = { codigos: c.codigos, fila: c.fila, anio: c.anio, dnp: c.obligacionesSobreProgramado, calculado };
    if (calculado === null && c.obligacionesSobreProgramado === null) return { ...base, estado: 'ambos_sin_cifra' };
    if (calculado !== null && c.obligacionesSobreProgramado !== null && igual(calculado, c.obligacionesSobreProgramado)) return { ...base, estado: 'coincide' };
    return { ...base, estado: 'difiere' };
  });
}
