import fc from 'fast-check';
import { ACUMULACIONES, TIPOS_META, avance } from '@tablero-pdd/core';
import { describe, expect, it } from 'vitest';
import { pddAvance } from './avance.js';
import { celdaEsperada, codigoOValor, metaAnual, verCelda, unica } from './test-utils.js';

describe('PDD.AVANCE', () => {
  it('acumulado: lo ejecutado hasta hoy sobre la meta del cuatrienio (2 de 3 = 66,7 %)', () => {
    const v = unica(pddAvance([[1, 1]], [[3]]));
    expect(v).toBeCloseTo(2 / 3, 12);
  });

  it('stock mide desde la línea base; una meta igual a la línea base es #DIV/0!', () => {
    // (70 − 50) / (90 − 50) = 50 %
    expect(pddAvance([[60, 70]], [[90]], 'incremento', 'stock', [[50]])).toEqual([[0.5]]);
    expect(verCelda(pddAvance([[60]], [[50]], 'incremento', 'stock', [[50]])[0]?.[0])).toBe('#DIV/0!');
  });

  it('reducción de un nivel: (base − valor) / (base − meta); alejarse es retroceso negativo', () => {
    // (20 − 15) / (20 − 10) = 50 %
    expect(pddAvance([[15]], [[10]], 'reducción', 'flujo', [[20]])).toEqual([[0.5]]);
    const r = unica(pddAvance([[25]], [[10]], 'Reducción', 'stock', [[20]]));
    expect(r).toBeCloseTo(-0.5, 12);
  });

  it('sin meta del cuatrienio: #N/A «ND», nunca 0', () => {
    expect(verCelda(pddAvance([[1]], null)[0]?.[0])).toBe('#N/A: PDD.AVANCE: ND (sin dato). No se reportó la meta del cuatrienio.');
    expect(verCelda(pddAvance([[1]], [['']])[0]?.[0])).toMatch(/^#N\/A: PDD\.AVANCE: ND/);
  });

  it('meta por fila y una columna de resultados', () => {
    const r = pddAvance([[1, 1], [5, 5], [null, null]], [[4], [10], [3]]);
    expect(r.map((f) => codigoOValor(f[0]))).toEqual([0.5, 1, '#N/A']);
    expect(verCelda(pddAvance([[1], [2]], [[4], [5], [6]])[0]?.[0])).toMatch(/«meta_cuatrienio»: se esperaba una sola celda o una columna con una celda por meta \(2 filas\)/);
  });

  it('da lo mismo que avance() de core para cualquier meta anual (propiedad)', () => {
    const valor = fc.option(fc.oneof(fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1e5, noNaN: true })), { nil: null });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) =>
          fc.record({
            ejecutado: fc.array(valor, { minLength: n, maxLength: n }),
            tipo: fc.constantFrom(...TIPOS_META),
            acumulacion: fc.constantFrom(...ACUMULACIONES),
            lineaBase: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
            metaCuatrienio: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
            consolidacion: fc.constantFrom('promedio' as const, 'ultimo' as const),
          }),
        ),
        (d) => {
          const meta = metaAnual({ ...d, programado: d.ejecutado.map(() => null) });
          const p = avance(meta, { consolidacionFlujo: d.consolidacion });
          const celda = unica(pddAvance([d.ejecutado], d.metaCuatrienio, d.tipo, d.acumulacion, d.lineaBase, d.consolidacion));
          expect(codigoOValor(celda)).toEqual(celdaEsperada(p));
        },
      ),
      { numRuns: 400 },
    );
  });
});
