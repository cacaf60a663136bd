/**
 * A meta's investment over a period, read once: reported values summed (never a null read as 0), and
 * whether part of it is unknown or lies across the period's edge. Shared by the investment summary,
 * the investment weights of the roll-up and the reconciliation.
 */
import type { Meta, Periodo } from '../schema/types.js';

export interface InversionDeMeta {
  /** Sum of the reported values inside the period; null when none is reported. */
  valor: number | null;
  /** Some entry inside the period has a null value: `valor` is a lower bound. */
  incompleta: boolean;
  /** Some entry straddles the period's edge: it cannot be split and is not added. */
  cruzaPeriodo: boolean;
}

/** `periodo` null: every entry counts. */
export function inversionDeMeta(meta: Meta, periodo: Periodo | null): InversionDeMeta {
  return leerInversionDeMeta(meta, periodo, { valor: null, incompleta: false, cruzaPeriodo: false });
}

/** inversionDeMeta into `out` (returned): the per-meta loops of the roll-ups reuse one object. */
export function leerInversionDeMeta(meta: Meta, periodo: Periodo | null, out: InversionDeMeta): InversionDeMeta {
  // A sum and a flag, not number | null (see resumirInversion).
  let valor = 0;
  let hay = false;
  let incompleta = false;
  let cruzaPeriodo = false;
  for (const e of meta.inversion) {
    if (periodo) {
      if (e.hasta < periodo.desde || e.desde > periodo.hasta) continue;
      if (e.desde < periodo.desde || e.hasta > periodo.hasta) {
        cruzaPeriodo = true;
        continue;
      }
    }
    if (e.valor === null) incompleta = true;
    else {
      valor += e.valor;
      hay = true;
    }
  }
  out.valor = hay ? valor : null;
  out.incompleta = incompleta;
  out.cruzaPeriodo = cruzaPeriodo;
  return out;
}
