import { describe, expect, it } from 'vitest';
import { limiteLecturaMs, MS_POR_MB, PISO_MS } from './limite-lectura.js';

describe('limiteLecturaMs: el tiempo que SheetJS puede tardar antes de dar el archivo por dañado', () => {
  it('un archivo pequeño tiene el piso', () => {
    expect(limiteLecturaMs(100_000)).toBe(PISO_MS);
    expect(limiteLecturaMs(0)).toBe(PISO_MS);
  });
  it('uno grande, proporcional a su tamaño (el doble de bytes, el doble de tiempo)', () => {
    const grande = Math.ceil((PISO_MS / MS_POR_MB) * 1e6) * 4;
    expect(limiteLecturaMs(grande)).toBeGreaterThan(PISO_MS);
    expect(limiteLecturaMs(2 * grande)).toBe(2 * limiteLecturaMs(grande));
  });
  it('configurable: piso y ritmo', () => {
    expect(limiteLecturaMs(1_000_000, { pisoMs: 100, msPorMB: 50 })).toBe(100);
    expect(limiteLecturaMs(10_000_000, { pisoMs: 100, msPorMB: 50 })).toBe(500);
  });
});
