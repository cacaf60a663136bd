import { describe, it, expect } from 'vitest';
import { escribirPlanJson, leerPlanJson } from './json.js';
import { escribirPlanJsonPorPartes } from './json-escribir.js';
import { metaCompleta, planCompleto } from './test-utils/plan-completo.js';
import type { Plan } from '../schema/types.js';

/** The same plan with every object's keys in reverse order (as another program might build it). */
function alReves(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(alReves);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, alReves(x)]));
}

function muchasMetas(n: number): Plan {
  const p = planCompleto();
  p.metas = Array.from({ length: n }, (_, i) => metaCompleta({ ...p.metas[0]!, codigo: `m${i}`, nombre: `Meta ${i} «ñ» "x"\n` }));
  return p;
}

describe('escribirPlanJsonPorPartes', () => {
  it('escribe exactamente el texto de escribirPlanJson (orden del esquema, 2 espacios, salto final)', () => {
    for (const plan of [planCompleto(), alReves(planCompleto()) as Plan, muchasMetas(300)]) {
      expect([...escribirPlanJsonPorPartes(plan)].join('')).toBe(escribirPlanJson(plan));
    }
  });

  it('listas vacías como [] y campos que el modelo no conoce fuera, como escribirPlanJson', () => {
    const p = { ...planCompleto(), nodos: [], metas: [], campoAjeno: 1 } as Plan;
    const texto = [...escribirPlanJsonPorPartes(p)].join('');
    expect(texto).toBe(escribirPlanJson(p));
    expect(texto).toContain('"nodos": [],\n');
    expect(texto).not.toContain('campoAjeno');
  });

  it('un plan grande sale en partes de unos 64 k caracteres, nunca en una sola cadena', () => {
    const plan = muchasMetas(2000);
    const partes = [...escribirPlanJsonPorPartes(plan)];
    expect(partes.length).toBeGreaterThan(10);
    // A part closes after the element that crosses 64 k: one element (~1.3 k here) over at most.
    for (const p of partes) expect(p.length).toBeLessThan((1 << 16) + 5000);
    const r = leerPlanJson(partes.join(''));
    expect(r.ok && r.plan.metas.length).toBe(2000);
  });
});
