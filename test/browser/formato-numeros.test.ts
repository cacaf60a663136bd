import { expect } from '@esm-bundle/chai';
import { formatearMillones, formatearNumero, formatearPesos, formatearPorcentaje } from '@tablero-pdd/core';

/** Counts Intl.NumberFormat constructions while `f` runs. */
function contarFormateadores(f: () => void): number {
  const original = Intl.NumberFormat;
  let n = 0;
  Intl.NumberFormat = new Proxy(original, {
    construct(objetivo, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      n++;
      return new objetivo(...args);
    },
  });
  try {
    f();
  } finally {
    Intl.NumberFormat = original;
  }
  return n;
}

// The first Intl.NumberFormat of a page loads the locale's data (tens of milliseconds on a slow phone), inside
// the first render; core's formatter writes the same text without one.
describe('core formats numbers in the browser', () => {
  it('builds no Intl.NumberFormat', () => {
    const n = contarFormateadores(() => {
      for (const lang of ['es', 'en'] as const) {
        formatearNumero(1234.5, { lang });
        formatearPorcentaje(0.667, { lang });
        formatearMillones(776_000_000, { lang });
        formatearPesos(1_234_567, { lang });
      }
    });
    expect(n).to.equal(0);
  });

  it("writes what this browser's Intl.NumberFormat writes for es-CO and en-US", () => {
    const locales = { es: 'es-CO', en: 'en-US' } as const;
    // A fixed pseudo-random walk over magnitudes (no Math.random: a failure must repeat).
    let x = 12345;
    const valores = [0, -0, 0.5, 2.5, -2.5, 1.005, 0.045, 999.995, -0.001, 1e21, 1.5e-7, 13_842.4, 776];
    for (let i = 0; i < 3000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      valores.push(((x / 2147483648) - 0.3) * 10 ** ((i % 14) - 4));
    }
    for (const lang of ['es', 'en'] as const)
      for (const [min, max] of [[0, 0], [0, 1], [0, 2], [2, 2]] as const) {
        const intl = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: true });
        for (const v of valores) expect(formatearNumero(v, { lang, minDecimales: min, decimales: max }), `${v} ${lang}`).to.equal(intl.format(v));
      }
  });
});
