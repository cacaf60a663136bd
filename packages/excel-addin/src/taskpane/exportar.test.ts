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

describe('exportar una parte del plan', () => {
  const plan = planSemilla();

  it('el elemento lleva el nivel; los archivos siguen siendo el plan entero', () => {
    const e = exportarPlan(plan, { nivel: 'L1.C1.A2' });
    expect(e.html[1]).toBe(`<pdd-niveles src="${e.nombreJson}" nivel="L1.C1.A2" lang="es"></pdd-niveles>`);
    expect(e.json).toBe(exportarPlan(plan).json);
    expect(exportarPlan(plan, { nivel: '  ' }).html).toEqual(exportarPlan(plan).html);
  });

  it('un código con comillas o < no rompe el HTML', () => {
    expect(exportarPlan(plan, { nivel: 'A"1<b>&' }).html[1]).toContain(' nivel="A&quot;1&lt;b>&amp;" ');
    expect(exportarPlan(plan, { secretaria: 'Secretaría "de" <Hacienda> & Crédito' }).html[1]).toContain(' secretaria="Secretaría &quot;de&quot; &lt;Hacienda> &amp; Crédito" ');
  });
});
