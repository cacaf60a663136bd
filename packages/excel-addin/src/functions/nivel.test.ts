import { describe, expect, it } from 'vitest';
import { pddNivel } from './nivel.js';
import { verCelda, unica } from './test-utils.js';

describe('PDD.NIVEL', () => {
  it('promedio simple con tope de 100 %: (1 + 0,5 + 1) / 3, la sobre-ejecución cuenta 100 %', () => {
    const v = unica(pddNivel([[1], [0.5], [1.4]]));
    expect(v).toBeCloseTo(2.5 / 3, 12);
  });

  it('el retroceso cuenta 0 y las metas sin dato (vacío, «ND») no entran como 0', () => {
    const v = unica(pddNivel([[-0.5], [0.6], [null], ['ND']]));
    expect(v).toBeCloseTo(0.3, 12);
  });

  it('pondera por los pesos declarados, normalizados a 100 %', () => {
    // (0,2·1 + 0,8·0,5) / 1 = 0,6; pesos 20/80 escritos como 20 y 80
    const v = unica(pddNivel([[1], [0.5]], [[20], [80]]));
    expect(v).toBeCloseTo(0.6, 12);
    // la meta sin dato sale y los pesos restantes se renormalizan
    const w = unica(pddNivel([[1], [null], [0.5]], [[1], [5], [1]]));
    expect(w).toBeCloseTo(0.75, 12);
  });

  it('sin ninguna meta con valor: #N/A «ND», no 0', () => {
    expect(verCelda(pddNivel([[null], ['ND']])[0]?.[0])).toBe('#N/A: PDD.NIVEL: ND (sin dato). Ninguna meta del rango tiene un porcentaje.');
  });

  it('pesos de otro tamaño o negativos: #VALUE!', () => {
    expect(verCelda(pddNivel([[1], [0.5]], [[1]])[0]?.[0])).toMatch(/«pesos»: se esperaba un rango del mismo tamaño que «avances» \(2 × 1\)/);
    expect(verCelda(pddNivel([[1], [0.5]], [[1], [-1]])[0]?.[0])).toMatch(/«pesos» \(fila 2 de 2 del rango\): se esperaba un peso mayor o igual a 0/);
  });
});
