/**
 * The one sequential colour scale of the widgets (choropleths, heat cells): five steps, light → dark, from
 * ColorBrewer "Blues" (colour-blind safe, prints in grey). Values are grouped in at most five classes of equal
 * width with round bounds, so a legend reads "1 – 5, 6 – 10…" instead of "1,37 – 2,74". Zero and "sin dato"
 * are never a class: 0 is "none" and null is "no reportado", each drawn apart (never as the lightest blue).
 *
 * Colours are applied with classes (`paso-0` … `paso-4`), not style attributes, so a strict CSP works and a
 * page can re-theme them with `--pdd-escala-1` … `--pdd-escala-5`.
 */
import { css, unsafeCSS } from 'lit';

export const PASOS_ESCALA = 5;

/** Default colours, lightest first (ColorBrewer Blues, 5 classes minus the near-white first step). */
export const COLORES_ESCALA: readonly string[] = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export interface ClaseEscala {
  /** Lower bound: inclusive for counts (`enteros`), exclusive otherwise (the first class starts above 0). */
  desde: number;
  /** Upper bound, inclusive. */
  hasta: number;
  /** Colour step 0…4: classes are spread over the palette so the top class is always the darkest. */
  paso: number;
}

export interface EscalaSecuencial {
  /** Classes in increasing order; empty when no value is above 0. */
  clases: ClaseEscala[];
  /** Class index for a value: null for "sin dato", −1 for 0 or less, else 0…clases.length − 1. */
  indiceDe(valor: number | null): number | null;
  /** Colour step (0…4) for a value, or null when the value is 0, negative or without data. */
  pasoDe(valor: number | null): number | null;
}

export interface OpcionesEscala {
  /** Values are counts: class bounds are whole numbers (default false). */
  enteros?: boolean;
  /** Maximum number of classes (1…5, default 5). */
  pasos?: number;
}

/**
 * Colour steps used by 1…5 classes: spread over the palette so the top class is always the darkest and two
 * classes are not the two lightest blues.
 */
const REPARTO: Record<number, readonly number[]> = { 1: [3], 2: [1, 4], 3: [0, 2, 4], 4: [0, 1, 3, 4], 5: [0, 1, 2, 3, 4] };

/** The smallest "round" step (1, 2, 2.5 or 5 × 10^k; whole numbers for counts) that is at least `bruto`. */
function pasoRedondo(bruto: number, enteros: boolean): number {
  const potencia = 10 ** Math.floor(Math.log10(bruto));
  // Subnormal values (5e-324) give 10^-324 = 0: no round step exists, keep the raw one.
  if (!(potencia > 0)) return bruto;
  for (const m of [1, 2, 2.5, 5, 10]) {
    const paso = m * potencia;
    if (enteros && !Number.isInteger(paso)) continue;
    if (paso >= bruto * (1 - 1e-12)) return paso;
  }
  return 10 * potencia;
}

export function escalaSecuencial(valores: Iterable<number | null>, o: OpcionesEscala = {}): EscalaSecuencial {
  const enteros = o.enteros ?? false;
  let maximo = 0;
  const distintos = new Set<number>();
  for (const v of valores) {
    if (v === null || !Number.isFinite(v) || v <= 0) continue;
    distintos.add(v);
    if (v > maximo) maximo = v;
  }
  // Never more classes than distinct values: one value alone gets one class, not four empty ones beside it.
  const maxClases = Math.min(PASOS_ESCALA, Math.max(1, Math.floor(o.pasos ?? PASOS_ESCALA)), Math.max(1, distintos.size));

  const limites: Array<[number, number]> = [];
  if (maximo > 0) {
    if (enteros && Math.ceil(maximo) <= maxClases) {
      // Few distinct counts: one class per count reads better than ranges.
      for (let i = 1; i <= Math.ceil(maximo); i++) limites.push([i, i]);
    } else {
      const paso = pasoRedondo(maximo / maxClases, enteros);
      const n = Math.min(maxClases, Math.ceil(maximo / paso - 1e-9));
      // toPrecision: 3 × 0.1 must be 0.3, not 0.30000000000000004, in a legend.
      const redondo = (x: number) => Number(x.toPrecision(12));
      for (let i = 0; i < n; i++) limites.push([enteros ? i * paso + 1 : redondo(i * paso), redondo((i + 1) * paso)]);
      // n steps cover the maximum except by rounding (toPrecision, or subnormal steps quantised to 5e-324):
      // the top class must still contain it, or a value would be drawn in a class whose bounds exclude it.
      const tope = limites[n - 1];
      if (tope && tope[1] < maximo) tope[1] = maximo;
    }
  }
  const n = limites.length;
  const pasos = REPARTO[n] ?? [];
  const clases = limites.map(([desde, hasta], i) => ({ desde, hasta, paso: pasos[i] ?? PASOS_ESCALA - 1 }));

  const indiceDe = (valor: number | null): number | null => {
    if (valor === null || !Number.isFinite(valor)) return null;
    if (valor <= 0) return -1;
    const i = clases.findIndex((c) => valor <= c.hasta);
    return i === -1 ? n - 1 : i; // above the top bound only through rounding: the top class
  };
  return {
    clases,
    indiceDe,
    pasoDe(valor) {
      const i = indiceDe(valor);
      return i === null || i < 0 ? null : (clases[i] as ClaseEscala).paso;
    },
  };
}

/** The palette is a constant of this file, never user input: safe to put in CSS. */
const color = (i: number) => unsafeCSS(COLORES_ESCALA[i] ?? '#000000');

/** Private colour tokens (with public overrides) and the `paso-N` fill/background classes. */
export const estilosEscala = css`
  :host {
    --_escala-1: var(--pdd-escala-1, ${color(0)});
    --_escala-2: var(--pdd-escala-2, ${color(1)});
    --_escala-3: var(--pdd-escala-3, ${color(2)});
    --_escala-4: var(--pdd-escala-4, ${color(3)});
    --_escala-5: var(--pdd-escala-5, ${color(4)});
  }
  .paso-0 {
    fill: var(--_escala-1);
    background: var(--_escala-1);
  }
  .paso-1 {
    fill: var(--_escala-2);
    background: var(--_escala-2);
  }
  .paso-2 {
    fill: var(--_escala-3);
    background: var(--_escala-3);
  }
  .paso-3 {
    fill: var(--_escala-4);
    background: var(--_escala-4);
  }
  .paso-4 {
    fill: var(--_escala-5);
    background: var(--_escala-5);
  }
`;
