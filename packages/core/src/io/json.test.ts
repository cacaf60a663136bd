import { describe, it, expect } from 'vitest';
import { escribirPlanJson, leerPlanJson } from './json.js';
import { planCompleto } from './test-utils/plan-completo.js';

/** The plan as it travels in a file (undefined keys dropped). */
const comoArchivo = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('leerPlanJson', () => {
  it('lee y valida un plan correcto', () => {
    const r = leerPlanJson(JSON.stringify(planCompleto()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(comoArchivo(r.plan)).toEqual(comoArchivo(planCompleto()));
  });

  it('un error de sintaxis dice línea y columna (V8 no da la posición: la halla el escáner)', () => {
    // Line 3 is `  "entidad": }`: two spaces, 9 characters of key, ":", a space, then "}" in column 14.
    const texto = '{\n  "version": 1,\n  "entidad": }';
    const r = leerPlanJson(texto, { archivo: 'plan.json' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores).toHaveLength(1);
    const e = r.errores[0]!;
    expect(e).toMatchObject({ codigo: 'json_invalido', archivo: 'plan.json', fila: 3, columna: '14', severidad: 'error' });
    expect(e.mensaje).toMatch(/^plan\.json, línea 3, columna 14: JSON mal formado; se esperaba JSON válido/);
  });

  it('un JSON cortado señala el fin del archivo', () => {
    const texto = '{"version": 1';
    const r = leerPlanJson(texto);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // 13 characters: the end is column 14 of line 1.
    expect(r.errores[0]).toMatchObject({ fila: 1, columna: '14', valor: '(fin del archivo)' });
    expect(r.errores[0]!.esperado).toContain('termina antes de cerrar');
  });

  it('en inglés con lang: "en"', () => {
    const r = leerPlanJson('{\n  "version": 1,\n  "entidad": }', { archivo: 'plan.json', lang: 'en' });
    expect(!r.ok && r.errores[0]!.mensaje).toMatch(/^plan\.json, line 3, column 14: malformed JSON; expected valid JSON/);
  });

  it('acepta la marca BOM de UTF-8', () => {
    expect(leerPlanJson('\ufeff' + JSON.stringify(planCompleto())).ok).toBe(true);
  });

  it('los errores del esquema llegan con su ruta', () => {
    const r = leerPlanJson(JSON.stringify({ ...planCompleto(), version: 2 }), { archivo: 'p.json' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores.map((e) => e.ruta)).toContain('version');
  });
});

describe('escribirPlanJson', () => {
  it('sangría de 2 espacios y salto de línea final', () => {
    const s = escribirPlanJson(planCompleto());
    expect(s.endsWith('}\n')).toBe(true);
    expect(s.split('\n')[1]).toBe('  "version": 1,');
  });

  it('estable: el orden de las claves del objeto no cambia el texto', () => {
    const p = planCompleto();
    const alReves = Object.fromEntries(Object.entries(p).reverse()) as typeof p;
    alReves.metas = p.metas.map((m) => Object.fromEntries(Object.entries(m).reverse()) as (typeof p.metas)[number]);
    expect(escribirPlanJson(alReves)).toBe(escribirPlanJson(p));
    expect(escribirPlanJson(alReves).indexOf('"version"')).toBeLessThan(escribirPlanJson(alReves).indexOf('"metas"'));
  });

  it('ida y vuelta: leer(escribir(plan)) da el mismo plan', () => {
    const r = leerPlanJson(escribirPlanJson(planCompleto()));
    expect(r.ok && comoArchivo(r.plan)).toEqual(comoArchivo(planCompleto()));
  });
});
