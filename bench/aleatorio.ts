/**
 * Seeded pseudo-random numbers (mulberry32) so the synthetic plan is the same on every machine and run;
 * Math.random would make two benchmark runs measure different data.
 */
export interface Aleatorio {
  /** Uniform in [0, 1). */
  siguiente(): number;
  /** Whole number in [min, max], both included. */
  entero(min: number, max: number): number;
  /** True with probability p. */
  probabilidad(p: number): boolean;
  elegir<T>(opciones: readonly T[]): T;
  /** Picks by relative weights: [[valor, peso], …]. */
  ponderado<T>(opciones: ReadonlyArray<readonly [T, number]>): T;
}

export function crearAleatorio(semilla: number): Aleatorio {
  let estado = semilla >>> 0;
  const siguiente = (): number => {
    estado = (estado + 0x6d2b79f5) >>> 0;
    let t = estado;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const entero = (min: number, max: number): number => min + Math.floor(siguiente() * (max - min + 1));
  return {
    siguiente,
    entero,
    probabilidad: (p) => siguiente() < p,
    elegir: <T>(opciones: readonly T[]): T => {
      if (opciones.length === 0) throw new Error('elegir: la lista de opciones está vacía');
      return opciones[entero(0, opciones.length - 1)] as T;
    },
    ponderado: <T>(opciones: ReadonlyArray<readonly [T, number]>): T => {
      let total = 0;
      for (const [, p] of opciones) total += p;
      if (!(total > 0)) throw new Error('ponderado: los pesos deben sumar más de 0');
      let r = siguiente() * total;
      for (const [v, p] of opciones) {
        r -= p;
        if (r < 0) return v;
      }
      return (opciones[opciones.length - 1] as readonly [T, number])[0];
    },
  };
}
