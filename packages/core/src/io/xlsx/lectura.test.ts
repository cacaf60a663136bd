import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cita, lugarDeCita } from './lectura.js';

describe('lugarDeCita', () => {
  it('lee la hoja y la fila de lo que escribe cita', () => {
    expect(lugarDeCita(cita('chia.xlsx', 'Plan indicativo - Productos', 11, 0, 84))).toEqual({ hoja: 'Plan indicativo - Productos', r: 11 });
    expect(lugarDeCita(cita("o'brien.xlsx", "Plan d'acción", 4))).toEqual({ hoja: "Plan d'acción", r: 4 });
    expect(lugarDeCita('chía.xlsx, fila 12')).toBeNull();
    expect(lugarDeCita(undefined)).toBeNull();
  });
  it('un texto enorme lleno de comillas no la deja pegada', () => {
    // Each took about a minute before the fix (quadratic regex): a relapse fails by the test timeout.
    expect(lugarDeCita(`${"'".repeat(300_000)}x'!`)).toBeNull();
    expect(lugarDeCita(`${"a''".repeat(100_000)}x'!`)).toBeNull();
    expect(lugarDeCita(`'${"''".repeat(150_000)}'!B7`)).toEqual({ hoja: "'".repeat(150_000), r: 6 });
  });
  it('encuentra lo mismo que la expresión anterior', () => {
    // The expression before the fix, as the reference (short texts only: it is quadratic).
    const anterior = (f: string) => {
      const m = /'((?:[^']|'')*)'!(?:[A-Z]*)(\d+)/.exec(f);
      return m ? { hoja: m[1]!.replace(/''/g, "'"), r: Number(m[2]) - 1 } : null;
    };
    const partes = ["'", "'", '!', 'A', 'Z', '1', '2', 'a', ' ', ':'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...partes), { maxLength: 30 }), (a) => {
        const f = a.join('');
        expect(lugarDeCita(f)).toEqual(anterior(f));
      }),
    );
  });
});
