import { describe, it, expect } from 'vitest';
import { inversionDeMeta } from './inversion-meta.js';
import { crearMeta } from './test-utils/fabrica.js';

const inv = (desde: number, hasta: number, valor: number | null, fuente = 'recursos_propios') => ({ desde, hasta, fuente, valor });

describe('inversionDeMeta', () => {
  it('sums the entries inside the period', () => {
    const meta = crearMeta({ inversion: [inv(2024, 2024, 100), inv(2025, 2025, 50, 'sgr'), inv(2026, 2026, 7)] });
    expect(inversionDeMeta(meta, { desde: 2024, hasta: 2025 })).toEqual({ valor: 150, incompleta: false, cruzaPeriodo: false });
    expect(inversionDeMeta(meta, null).valor).toBe(157);
  });
  it('null values are not zeros: all null → null; some null → lower bound flagged', () => {
    expect(inversionDeMeta(crearMeta({ inversion: [inv(2024, 2024, null)] }), null)).toEqual({
      valor: null,
      incompleta: true,
      cruzaPeriodo: false,
    });
    expect(inversionDeMeta(crearMeta({ inversion: [inv(2024, 2024, null), inv(2025, 2025, 3)] }), null)).toMatchObject({
      valor: 3,
      incompleta: true,
    });
    expect(inversionDeMeta(crearMeta(), null).valor).toBeNull();
  });
  it('an entry across the edge of the period is flagged and not added', () => {
    const meta = crearMeta({ inversion: [inv(2025, 2026, 80), inv(2024, 2024, 1)] });
    expect(inversionDeMeta(meta, { desde: 2024, hasta: 2025 })).toEqual({ valor: 1, incompleta: false, cruzaPeriodo: true });
  });
});
