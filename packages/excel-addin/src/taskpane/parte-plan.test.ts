import { describe, expect, it } from 'vitest';
import { leerParte, opcionesParte } from './parte-plan.js';
import { planSemilla } from './test-utils/libros-prueba.js';

describe('opcionesParte', () => {
  it('todo el plan y cada nodo de la semilla en orden de árbol, con su numeración y sangría', () => {
    const o = opcionesParte(planSemilla());
    expect(o.map((x) => x.valor)).toEqual(['', 'L1', 'L1.C1', 'L1.C1.A1', 'L1.C1.A2', 'L1.C1.A3', 'L1.C1.A4']);
    expect(o[0]?.texto).toBe('Todo el plan');
    expect(o[4]?.texto).toBe('\u00a0\u00a0\u00a0\u00a01.1.2 Productividad y competitividad en las empresas');
  });

  it('con dos o más secretarías, cada una al final en su grupo; leerParte distingue nodo y secretaría', () => {
    const plan = planSemilla();
    expect(opcionesParte(plan).some((o) => o.grupo)).toBe(false); // one secretaría: its part is the whole plan
    for (const m of plan.metas) if (m.nodo === 'L1.C1.A2') m.secretaria = 'Secretaría de Hacienda';
    const o = opcionesParte(plan);
    const grupo = o.filter((x) => x.grupo === 'secretarias');
    expect(grupo.map((x) => x.texto)).toEqual(['Secretaría de Desarrollo Económico y Productividad', 'Secretaría de Hacienda']);
    expect(o.slice(-2)).toEqual(grupo);
    expect(leerParte(plan, grupo[1]!.valor)).toEqual({ secretaria: 'Secretaría de Hacienda' });
    expect(leerParte(plan, 'L1.C1.A2')).toEqual({ nivel: 'L1.C1.A2' });
    expect(leerParte(plan, '')).toEqual({});
    expect(leerParte(plan, 'X9')).toEqual({});
  });
});
