import fc from 'fast-check';
import { ACUMULACIONES, TIPOS_META, cumplimiento } from '@tablero-pdd/core';
import { describe, expect, it } from 'vitest';
import { pddCumplimiento } from './cumplimiento.js';
import { celdaEsperada, codigoOValor, metaAnual, verCelda, unica } from './test-utils.js';

describe('PDD.CUMPLIMIENTO', () => {
  it('lo ejecutado sobre lo programado en el periodo (2 de 2 = 100 %), una celda o años en columnas', () => {
    expect(pddCumplimiento([[2]], [[2]])).toEqual([[1]]);
    // acumulado: (1 + 2) / (2 + 2) = 75 %
    expect(pddCumplimiento([[1, 2]], [[2, 2]])).toEqual([[0.75]]);
  });

  it('conserva la sobre-ejecución sin tope (115 %) y el retroceso negativo', () => {
    expect(pddCumplimiento([[1.15]], [[1]])).toEqual([[1.15]]);
  });

  it('nada programado es #N/A «NA», no 0; lo ejecutado sin reportar es #N/A «ND»', () => {
    const np = unica(pddCumplimiento([[5]], [[0]]));
    expect(verCelda(np)).toMatch(/^#N\/A: PDD\.CUMPLIMIENTO: NA \(no programada\)\. No había nada programado en el periodo \(NP\)\./);
    const nd = unica(pddCumplimiento([[null]], [[3]]));
    expect(verCelda(nd)).toBe('#N/A: PDD.CUMPLIMIENTO: ND (sin dato). No se reportó lo ejecutado.');
    const texto = unica(pddCumplimiento([['ND']], [[3]]));
    expect(verCelda(texto)).toBe(verCelda(nd));
  });

  it('una fila por meta: devuelve una columna que se derrama', () => {
    const r = pddCumplimiento(
      [
        [2, 1],
        [0, 0],
        [3, null],
      ],
      [
        [2, 2],
        [1, 1],
        [0, 0],
      ],
    );
    expect(r.map((f) => codigoOValor(f[0]))).toEqual([0.75, 0, '#N/A']);
  });

  it('lee tipo y acumulación como core (sinónimos de SisPT, tildes, mayúsculas), por meta o para todas', () => {
    // mantenimiento: cada año por sí solo, promedio de 1 y 0,5 = 75 %
    expect(pddCumplimiento([[10, 5]], [[10, 10]], [['Mantenimiento']], [['No acumulativo']])).toEqual([[0.75]]);
    // flujo con «ultimo»: el último año, 5/10
    expect(pddCumplimiento([[10, 5]], [[10, 10]], null, [['flujo']], null, 'último')).toEqual([[0.5]]);
    const r = pddCumplimiento([[10, 5], [10, 5]], [[10, 10], [10, 10]], [['incremento'], ['MANTENIMIENTO']]);
    expect(r).toEqual([[0.75], [0.75]]);
  });

  it('argumentos malos: #VALUE! con función, argumento, celda y lo esperado; nunca una excepción', () => {
    const a = unica(pddCumplimiento([[1, 'abc']], [[1, 1]], null, null, null, null, ['Plan!F12:G12', 'Plan!B12:C12']));
    expect(verCelda(a)).toBe(
      '#VALUE!: PDD.CUMPLIMIENTO, argumento «ejecutado» (Plan!G12): se esperaba un número (p. ej. 1.234,5 o 66,7 %), una celda vacía o «ND»; se encontró «abc».',
    );
    const b = unica(pddCumplimiento([[1, 2]], [[1]]));
    expect(verCelda(b)).toMatch(/argumento «programado»: se esperaba un rango del mismo tamaño que «ejecutado» \(1 × 2/);
    const c = unica(pddCumplimiento([[1]], [[1]], [['creciente']]));
    expect(verCelda(c)).toMatch(/argumento «tipo»: se esperaba uno de: incremento, mantenimiento, reduccion .*; se encontró «creciente»/);
    const d = unica(pddCumplimiento([[1]], [[1]], null, null, null, 'mediana'));
    expect(verCelda(d)).toMatch(/argumento «consolidación»: se esperaba uno de: promedio, ultimo/);
  });

  it('da lo mismo que cumplimiento() de core para cualquier meta anual (propiedad)', () => {
    const valor = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { nil: null });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) =>
          fc.record({
            programado: fc.array(valor, { minLength: n, maxLength: n }),
            ejecutado: fc.array(valor, { minLength: n, maxLength: n }),
            tipo: fc.constantFrom(...TIPOS_META),
            acumulacion: fc.constantFrom(...ACUMULACIONES),
            lineaBase: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
            consolidacion: fc.constantFrom('promedio' as const, 'ultimo' as const),
          }),
        ),
        (d) => {
          const meta = metaAnual({ ...d, metaCuatrienio: null });
          const p = cumplimiento(meta, { desde: 2024, hasta: 2024 + d.ejecutado.length - 1 }, { consolidacionFlujo: d.consolidacion });
          const celda = unica(pddCumplimiento([d.ejecutado], [d.programado], d.tipo, d.acumulacion, d.lineaBase, d.consolidacion));
          expect(codigoOValor(celda)).toEqual(celdaEsperada(p));
        },
      ),
      { numRuns: 400 },
    );
  });
});
