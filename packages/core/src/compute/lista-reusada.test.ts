import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ListaReusada } from './lista-reusada.js';

describe('ListaReusada', () => {
  it('adds each value once, in order of first appearance', () => {
    const l = new ListaReusada<string>();
    expect(l.agregarSiFalta('a')).toBe(true);
    expect(l.agregarSiFalta('b')).toBe(true);
    expect(l.agregarSiFalta('a')).toBe(false);
    expect(l.largo).toBe(2);
    expect([l.en(0), l.en(1)]).toEqual(['a', 'b']);
  });
  it('emptied, it forgets what it held (values left in its storage do not count)', () => {
    const l = new ListaReusada<string>();
    l.agregarSiFalta('a');
    l.agregarSiFalta('b');
    l.vaciar();
    expect(l.largo).toBe(0);
    expect(l.tiene('a')).toBe(false);
    expect(l.agregarSiFalta('b')).toBe(true);
    expect(l.tiene('a')).toBe(false);
    expect(l.en(0)).toBe('b');
  });
  it('after any sequence of rounds, holds what a fresh de-duplicated list would', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 8 }), { maxLength: 6 }), (rondas) => {
        const l = new ListaReusada<number>();
        for (const r of rondas) {
          l.vaciar();
          const esperado: number[] = [];
          for (const x of r) {
            expect(l.agregarSiFalta(x)).toBe(!esperado.includes(x));
            if (!esperado.includes(x)) esperado.push(x);
          }
          expect(Array.from({ length: l.largo }, (_, i) => l.en(i))).toEqual(esperado);
        }
      }),
    );
  });
});
