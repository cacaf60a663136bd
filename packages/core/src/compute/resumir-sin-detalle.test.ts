/**
 * resumir with detalleMetas: false takes an allocation-free path per meta (evaluarEn instead of a whole
 * Porcentaje; conciliar builds one only for a printed figure that does not match). Its totals must be those of the full path on real
 * plans (the seed and Chía), for every period, consolidation option and weighting method.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validarPlan } from '../schema/validar.js';
import type { Plan } from '../schema/types.js';
import { cumplimiento } from './cumplimiento.js';
import { avance } from './avance.js';
import { evaluarEn } from './reglas.js';
import { resumir, type OpcionesResumir } from './resumir.js';
import type { Porcentaje } from './tipos.js';

function cargar(nombre: string): Plan {
  const r = validarPlan(JSON.parse(readFileSync(new URL(`../../../../demo/data/${nombre}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(`${nombre} no valida`);
  return r.plan;
}

const PLANES = ['norte-de-santander-2024-2025.json', 'chia-25175.json'].map((n) => [n, cargar(n)] as const);

describe('resumir sin detalle por meta', () => {
  for (const [nombre, plan] of PLANES) {
    it(`${nombre}: los mismos totales que con detalle, para cada periodo, consolidación y método`, () => {
      const opciones: OpcionesResumir[] = [
        {},
        { consolidacionFlujo: 'ultimo' },
        { periodo: { desde: plan.plan.inicio, hasta: plan.plan.inicio } },
        { periodo: { desde: plan.plan.inicio, hasta: plan.plan.fin }, metodo: 'inversion' },
      ];
      for (const o of opciones) {
        const con = resumir(plan, o);
        const sin = resumir(plan, { ...o, detalleMetas: false });
        expect(con.metas.length).toBe(plan.metas.length);
        expect({ ...sin, metas: con.metas }).toEqual(con);
      }
    });
  }

  it('los mismos totales y discrepancias cuando los porcentajes impresos no coinciden o no se pueden verificar', () => {
    // The path without detail builds a whole Porcentaje only for a printed figure that does not match:
    // every meta prints 12,3 % and 45,6 %, which few match, and metas without data cannot be checked.
    const tipos = new Set<string>();
    for (const [, plan] of PLANES) {
      const alterado: Plan = { ...plan, metas: plan.metas.map((m) => ({ ...m, reportado: { ...m.reportado, cumplimiento: 0.123, avance: 0.456 } })) };
      const con = resumir(alterado);
      const sin = resumir(alterado, { detalleMetas: false });
      expect({ ...sin, metas: con.metas }).toEqual(con);
      for (const d of con.discrepancias) if (d.ambito === 'meta') tipos.add(d.tipo);
    }
    expect([...tipos]).toContain('discrepancia');
    expect([...tipos]).toContain('no_verificable');
  });

  it('evaluarEn da el estado, valor y valorTope de cumplimiento y avance en cada meta', () => {
    const p: Porcentaje = { estado: 'sin_dato', valor: null, valorTope: null, avisos: [] };
    let calculados = 0;
    for (const [, plan] of PLANES) {
      for (const meta of plan.metas) {
        for (const consolidacionFlujo of ['promedio', 'ultimo'] as const) {
          const c = cumplimiento(meta, plan.corte, { consolidacionFlujo });
          expect(evaluarEn(meta, plan.corte.desde, plan.corte.hasta, 'cumplimiento', consolidacionFlujo, p)).toMatchObject({ estado: c.estado, valor: c.valor, valorTope: c.valorTope });
          const a = avance(meta, { hasta: plan.corte.hasta, consolidacionFlujo });
          expect(evaluarEn(meta, 0, plan.corte.hasta, 'avance', consolidacionFlujo, p)).toMatchObject({ estado: a.estado, valor: a.valor, valorTope: a.valorTope });
          if (c.estado === 'calculado') calculados++;
        }
      }
    }
    // The data must exercise the computed path, not only the empty ones.
    expect(calculados).toBeGreaterThan(20);
  });
});
