import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { registrarVerificador, validarPlan } from './validar.js';
import { activarVerificacionCompilada } from './verificador-compilado.js';
import { planSchema } from './plan.js';
import type { Plan } from './types.js';

const semilla = JSON.parse(
  readFileSync(new URL('../../../../demo/data/norte-de-santander-2024-2025.json', import.meta.url), 'utf8'),
) as Plan;
const copia = () => structuredClone(semilla) as Plan & Record<string, unknown>;

describe('validarPlan', () => {
  it('acepta el conjunto de datos de la semilla y devuelve el mismo objeto, sin copiarlo', () => {
    const p = copia();
    const r = validarPlan(p);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan).toBe(p);
  });

  it('nombra fila, código, campo, valor encontrado y lo esperado, en español', () => {
    const p = copia();
    (p.metas[2] as Record<string, unknown>).metaCuatrienio = 'tres';
    const r = validarPlan(p, { archivo: 'plan.json' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errores[0]!;
    expect(e).toMatchObject({ fila: 3, ruta: 'metas[2].metaCuatrienio', valor: '"tres"', archivo: 'plan.json' });
    expect(e.mensaje).toBe(
      'plan.json, fila 3 (código «3»), campo «meta del cuatrienio» (metas[2].metaCuatrienio): se esperaba un número; se encontró "tres".',
    );
  });

  it('habla inglés cuando se pide', () => {
    const p = copia();
    (p.metas[0] as Record<string, unknown>).tipo = 'subir';
    const r = validarPlan(p, { lang: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]!.mensaje).toMatch(/^row 1 \(code «1»\), field «meta type» .*expected one of: "incremento"/);
  });

  it('reporta todos los errores, no solo el primero', () => {
    const p = copia();
    (p.metas[0] as Record<string, unknown>).lineaBase = 'x';
    (p.metas[5] as Record<string, unknown>).nombre = 7;
    p.metas[7]!.municipios.codigos.push('123');
    const r = validarPlan(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores.map((e) => e.ruta)).toEqual(['metas[0].lineaBase', 'metas[5].nombre', 'metas[7].municipios.codigos[5]']);
  });

  it('comprueba la coherencia: códigos repetidos, nodos inexistentes, años fuera del plan, DIVIPOLA desconocido', () => {
    const p = copia();
    p.metas[1]!.codigo = p.metas[0]!.codigo;
    p.metas[2]!.nodo = 'NO-EXISTE';
    p.metas[3]!.seguimiento[0]!.hasta = 2031;
    p.metas[4]!.municipios.codigos.push('99999');
    p.metas[5]!.seguimiento.push({ desde: 2025, hasta: 2025, programado: 1, ejecutado: 1 });
    const r = validarPlan(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores.map((e) => e.codigo)).toEqual([
      'codigo_duplicado',
      'referencia_inexistente',
      'fuera_del_plan',
      'divipola_desconocido',
      'periodos_superpuestos',
    ]);
    expect(r.errores[3]!.mensaje).toContain('"99999"');
  });

  it('corta la lista en el límite y dice cuántos errores omitió', () => {
    const p = copia();
    for (const m of p.metas) (m as Record<string, unknown>).lineaBase = 'x';
    const r = validarPlan(p, { limite: 5 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores).toHaveLength(5);
    expect(r.avisos.at(-1)!.mensaje).toContain('se omitieron 13 más');
  });

  it('nunca lanza excepciones, y la vía compilada y la interpretada coinciden', () => {
    expect(activarVerificacionCompilada()).toBe(true);
    const valor = fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean(), fc.array(fc.integer()), fc.constant(undefined));
    const campos = ['codigo', 'nombre', 'lineaBase', 'metaCuatrienio', 'tipo', 'acumulacion', 'nodo', 'seguimiento', 'beneficiarios'];
    fc.assert(
      fc.property(fc.nat(17), fc.constantFrom(...campos), valor, (i, campo, v) => {
        const p = copia();
        (p.metas[i] as Record<string, unknown>)[campo] = v;
        const r = validarPlan(p);
        registrarVerificador(null);
        const interpretado = validarPlan(p);
        activarVerificacionCompilada();
        expect(r.ok).toBe(interpretado.ok);
        if (!planSchema.safeParse(p).success) expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errores.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    for (const basura of [null, 42, 'texto', [], { version: 1 }, { version: 2, metas: 'no' }])
      expect(validarPlan(basura).ok).toBe(false);
    registrarVerificador(null);
  });
});
