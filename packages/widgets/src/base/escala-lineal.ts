/** The bar charts' scale: a value's share of the track, from 0 to `maximo` (no scale library needed). */

/** Share of the track for a value, in percent, clamped to [0, 100]; 0 for non-positive or non-finite values. */
export function porcentajePista(valor: number, maximo: number): number {
  if (!(maximo > 0) || !Number.isFinite(valor) || valor <= 0) return 0;
  return Math.min(100, (valor / maximo) * 100);
}
