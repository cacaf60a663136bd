import { leerPlanCsv, leerPlanJson } from '@tablero-pdd/core';
import { describe, expect, it } from 'vitest';
import { exportarPlan } from './exportar.js';
import { planSemilla } from './test-utils/libros-prueba.js';

describe('exportar', () => {
  const plan = planSemilla();
  const e = exportarPlan(plan);

  it('el JSON canónico y el CSV se leen de vuelta como el mismo plan', () => {
    const j = leerPlanJson(e.json);
    expect(j.ok && j.plan).toEqual(plan);
    const c = leerPlanCsv(e.csv);
    expect(c.ok && c.plan.metas.map((m) => m.codigo)).toEqual(plan.metas.map((m) => m.codigo));
  });

  it('nombre de archivo sin tildes ni espacios y dos líneas de HTML que lo usan', () => {
    expect(e.nombreJson).toMatch(/^pdd-departamento-de-norte-de-santander-2024-2025\.json$/);
    expect(e.html).toEqual([`<script type="module" src="tablero-pdd.js"></script>`, `<pdd-niveles src="${e.nombreJson}" lang="es"></pdd-niveles>`]);
  });
});
