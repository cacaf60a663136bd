/**
 * Declared weights of siblings, normalised to sum 1. Entities declare weights per node summing to 100 %
 * per level; when they do not, the weights are scaled (the caller says so in an aviso). A sibling with no
 * declared weight gets 0 (listed in `faltantes` for the aviso); when none declares one, or all declare 0,
 * the siblings weigh the same.
 */
export interface PesosNormalizados {
  /** One weight per input, each in [0, 1], summing to 1 (empty input → empty list). */
  pesos: number[];
  /** Sum of the declared weights before normalising (1 = 100 %). */
  suma: number;
  /** Positions with no usable declared weight (null, missing, negative, not finite). */
  faltantes: number[];
  /** 'iguales' when nothing usable was declared and equal weights were used. */
  modo: 'declarados' | 'iguales';
}

export function normalizarPesos(declarados: ReadonlyArray<number | null | undefined>): PesosNormalizados {
  const n = declarados.length;
  const faltantes: number[] = [];
  let suma = 0;
  for (let i = 0; i < n; i++) {
    const w = declarados[i];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) faltantes.push(i);
    else suma += w;
  }
  if (n === 0) return { pesos: [], suma: 0, faltantes, modo: 'iguales' };
  if (suma <= 0) return { pesos: new Array<number>(n).fill(1 / n), suma, faltantes, modo: 'iguales' };
  const pesos = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const w = declarados[i];
    pesos[i] = typeof w === 'number' && Number.isFinite(w) && w >= 0 ? w / suma : 0;
  }
  return { pesos, suma, faltantes, modo: 'declarados' };
}

/** Whether declared weights already sum to 100 % (within rounding of the declared figures). */
export function sumaCien(suma: number): boolean {
  return Math.abs(suma - 1) <= 1e-6;
}
