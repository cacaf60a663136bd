import { describe, expect, it } from 'vitest';
import { opcionesParte } from './parte-plan.js';
import { planSemilla } from './test-utils/libros-prueba.js';

describe('opcionesParte', () => {
  it('todo el plan y cada nodo de la semilla en orden de árbol, con su numeración y sangría', () => {
    const o = opcionesParte(planSemilla());
    expect(o.map((x) => x.valor)).toEqual(['', 'L1', 'L1.C1', 'L1.C1.A1', 'L1.C1.A2', 'L1.C1.A3', 'L1.C1.A4']);
    expect(o[0]?.texto).toBe('Todo el plan');
    expect(o[4]?.texto).toBe('\u00a0\u00a0\u00a0\u00a01.1.2 Productividad y competitividad en las empresas');
  });
});
