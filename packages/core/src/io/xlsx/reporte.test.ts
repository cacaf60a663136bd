import { describe, expect, it } from 'vitest';
import type { Plan } from '../../schema/types.js';
import { metaVacia } from './meta-base.js';
import { completarReporte, reporteVacio } from './reporte.js';

describe('completarReporte', () => {
  it('cuenta nodos por nivel, metas, años con programado / ejecutado y fuentes, desde el plan', () => {
    const m1 = { ...metaVacia({ codigo: 'A', nombre: 'a', nodo: 'L1/P1' }), seguimiento: [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: null }], inversion: [{ desde: 2024, hasta: 2024, fuente: 'sgp_salud', valor: 5 }, { desde: 2025, hasta: 2025, fuente: 'credito', valor: null }] };
    const m2 = { ...metaVacia({ codigo: 'B', nombre: 'b', nodo: 'L1/P1' }), seguimiento: [{ desde: 2026, hasta: 2026, programado: null, ejecutado: 1 }] };
    const plan = {
      niveles: ['Línea', 'Programa'],
      nodos: [{ codigo: 'L1', nombre: 'l', nivel: 0, padre: null }, { codigo: 'L1/P1', nombre: 'p', nivel: 1, padre: 'L1' }, { codigo: 'L1/P2', nombre: 'p2', nivel: 1, padre: 'L1' }],
      metas: [m1, m2],
      entidad: { nombre: 'X', tipo: 'municipio', divipola: '25175' },
      plan: { nombre: 'P', inicio: 2024, fin: 2027 },
      corte: { nombre: 'c', desde: 2024, hasta: 2026 },
    } as unknown as Plan;
    const r = completarReporte(reporteVacio('libro-propio', ['a.xlsx']), plan);
    expect(r.niveles).toEqual([{ nivel: 'Línea', nodos: 1 }, { nivel: 'Programa', nodos: 2 }]);
    expect(r.metas).toBe(2);
    expect(r.anios).toEqual({ programado: [2024, 2025], ejecutado: [2026] });
    // A source with only a null value is not a source with data.
    expect(r.fuentes).toEqual(['sgp_salud']);
  });
});
