/**
 * How precisely a report printed a figure, inferred from the number itself: "96%" (0.96) was printed with
 * 0 decimals, so it stands for anything in [95.5 %, 96.5 %) → tolerance ±0.5 pp; "66,7%" (0.667) ±0.05 pp;
 * "$ 601,4 millones" ±0.05 millones. The dataset stores what was printed, so its decimals are the report's.
 */

/**
 * Decimals of a number as written in its shortest form (12 significant digits): 66.7 → 1, 96 → 0.
 * Arithmetic (no string conversion): the first k for which x·10^k is whole within 12 digits.
 */
export function decimalesImpresos(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  const ax = Math.abs(x);
  const digitos = Math.floor(Math.log10(ax)) + 1; // digits before the decimal point (≤ 0 for 0.0x)
  const max = Math.max(0, 12 - digitos);
  for (let k = 0; k < max; k++) {
    const y = ax * 10 ** k;
    if (Math.abs(y - Math.round(y)) <= y * 5e-12) return k;
  }
  return max;
}

/** Half a unit of the last printed decimal of `x` expressed in `escala` (100 for %, 1e-6 for millones). */
function mitadUltimaCifra(x: number, escala: number): number {
  return (0.5 * 10 ** -decimalesImpresos(x * escala)) / escala;
}

/** Tolerance (as a ratio) of a percentage printed from the ratio `r`: 0.96 → 0.005, 0.667 → 0.0005. */
export function toleranciaPorcentaje(r: number): number {
  return mitadUltimaCifra(r, 100);
}

/** Tolerance (in pesos) of an amount printed in millones: 601_400_000 → 50_000. */
export function toleranciaMillones(pesos: number): number {
  return mitadUltimaCifra(pesos, 1e-6);
}

/** Tolerance of a plain count or amount printed as is: 335 → 0.5. */
export function toleranciaCifra(x: number): number {
  return mitadUltimaCifra(x, 1);
}
