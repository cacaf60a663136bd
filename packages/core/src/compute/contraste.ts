/** WCAG 2.x relative luminance and contrast ratio, to check the product's colours (WCAG 2.1 AA). */

export function esColorHex(c: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(c);
}

function canal(v: number): number {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of "#RRGGBB" (0 = black, 1 = white). NaN for a malformed colour. */
export function luminanciaRelativa(hex: string): number {
  if (!esColorHex(hex)) return Number.NaN;
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  return 0.2126 * canal(r) + 0.7152 * canal(g) + 0.0722 * canal(b);
}

/** Contrast ratio between two colours, 1 to 21 (order does not matter). */
export function razonContraste(a: string, b: string): number {
  const la = luminanciaRelativa(a);
  const lb = luminanciaRelativa(b);
  const [claro, oscuro] = la > lb ? [la, lb] : [lb, la];
  return (claro + 0.05) / (oscuro + 0.05);
}
