/**
 * Builders of Porcentaje: the only place where a raw ratio becomes a result, so capping, the
 * over-execution / regression notes and the "never NaN" guard are applied the same way everywhere.
 */
import type { AvisoCalculo, Combinacion, MotivoCalculo, Porcentaje } from './tipos.js';

/** 10^0 … 10^22, every one exact in a double (the same values as 10 ** k): a look-up, not a pow per call. */
export const POTENCIAS_10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Rounds to 12 significant digits: 0.1 + 0.2 style artefacts must not read as over-execution.
 * Arithmetic, not toPrecision (10× faster in the per-meta loops): an integer divided (or multiplied) by an
 * exact power of ten is correctly rounded, so the result is the double nearest the 12-digit decimal.
 */
export function redondear12(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const e = Math.floor(Math.log10(Math.abs(v)));
  const k = 11 - e;
  if (k >= 0 && k <= 22) {
    const p = POTENCIAS_10[k] as number;
    return Math.round(v * p) / p;
  }
  if (k < 0 && k >= -22) {
    const p = POTENCIAS_10[-k] as number;
    return Math.round(v / p) * p;
  }
  return Number(v.toPrecision(12));
}

export function acotar01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

function agregar(avisos: AvisoCalculo[], a: AvisoCalculo): void {
  if (!avisos.includes(a)) avisos.push(a);
}

export function porcentajeCalculado(
  valor: number,
  avisos: AvisoCalculo[] = [],
  regla?: { combinacion?: Combinacion; respectoLineaBase?: boolean },
): Porcentaje {
  const v = redondear12(valor);
  if (!Number.isFinite(v)) return porcentajeNoCalculable('valor_no_finito', avisos, regla);
  if (v > 1) agregar(avisos, 'sobre_ejecucion');
  if (v < 0) agregar(avisos, 'retroceso');
  const p: Porcentaje = { estado: 'calculado', valor: v, valorTope: acotar01(v), avisos };
  return conRegla(p, regla);
}

export function porcentajeSinDato(
  motivo: MotivoCalculo,
  avisos: AvisoCalculo[] = [],
  regla?: { combinacion?: Combinacion; respectoLineaBase?: boolean },
): Porcentaje {
  return conRegla({ estado: 'sin_dato', valor: null, valorTope: null, avisos, motivo }, regla);
}

export function porcentajeNoProgramada(
  avisos: AvisoCalculo[] = [],
  regla?: { combinacion?: Combinacion; respectoLineaBase?: boolean },
): Porcentaje {
  return conRegla({ estado: 'no_programada', valor: null, valorTope: null, avisos, motivo: 'nada_programado' }, regla);
}

export function porcentajeNoCalculable(
  motivo: MotivoCalculo,
  avisos: AvisoCalculo[] = [],
  regla?: { combinacion?: Combinacion; respectoLineaBase?: boolean },
): Porcentaje {
  if (motivo === 'periodo_parcial') agregar(avisos, 'periodo_parcial');
  if (motivo === 'meta_igual_linea_base') agregar(avisos, 'meta_igual_linea_base');
  return conRegla({ estado: 'no_calculable', valor: null, valorTope: null, avisos, motivo }, regla);
}

function conRegla(p: Porcentaje, regla?: { combinacion?: Combinacion; respectoLineaBase?: boolean }): Porcentaje {
  if (regla?.combinacion !== undefined) p.combinacion = regla.combinacion;
  if (regla?.respectoLineaBase !== undefined) p.respectoLineaBase = regla.respectoLineaBase;
  return p;
}
