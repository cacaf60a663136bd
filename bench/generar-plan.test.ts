import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { validarPlan } from '../packages/core/src/schema/validar.js';
import { esMunicipioDivipola } from '../packages/core/src/geo/divipola-codigos.js';
import { FUENTES_CANONICAS } from '../packages/core/src/compute/fuentes.js';
import type { Plan } from '../packages/core/src/schema/types.js';
import { generarPlan, repartir, CORTE } from './generar-plan.js';
import { escribirPlan } from './escribir-plan.js';
import { parsearJsonPorPartes } from '../packages/core/src/io/json-flujo.js';
import { crearAleatorio } from './aleatorio.js';

const plan = generarPlan({ metas: 200 });
const hastaCorte = (p: Plan) => p.metas.flatMap((m) => m.seguimiento.filter((s) => s.hasta <= CORTE.hasta).map((s) => ({ m, s })));

describe('generarPlan (200 metas)', () => {
  it('pasa validarPlan sin errores ni avisos', () => {
    const r = validarPlan(JSON.parse(JSON.stringify(plan)));
    expect(r.ok ? [] : r.errores.slice(0, 5)).toEqual([]);
    expect(r.ok && r.avisos).toEqual([]);
  });

  it('tiene exactamente las metas pedidas, con códigos únicos', () => {
    expect(plan.metas).toHaveLength(200);
    expect(new Set(plan.metas.map((m) => m.codigo)).size).toBe(200);
  });

  it('es determinista: la misma semilla da el mismo plan, otra semilla otro', () => {
    expect(generarPlan({ metas: 200 })).toEqual(plan);
    expect(generarPlan({ metas: 200, semilla: 7 })).not.toEqual(plan);
  });

  it('arma el árbol línea → componente → apuesta, con 6 líneas y metas colgadas de apuestas', () => {
    expect(plan.niveles).toEqual(['Línea estratégica', 'Componente', 'Apuesta']);
    expect(plan.nodos.filter((n) => n.nivel === 0)).toHaveLength(6);
    const apuestas = new Set(plan.nodos.filter((n) => n.nivel === 2).map((n) => n.codigo));
    expect(plan.metas.every((m) => apuestas.has(m.nodo))).toBe(true);
  });

  it('cubre cada tipo × acumulación', () => {
    const combinaciones = new Set(plan.metas.map((m) => `${m.tipo}/${m.acumulacion}`));
    for (const t of ['incremento', 'mantenimiento', 'reduccion'])
      for (const a of ['acumulado', 'flujo', 'stock']) expect(combinaciones, `${t}/${a}`).toContain(`${t}/${a}`);
  });

  it('tiene seguimiento no reportado (null), programado 0 y sobre-ejecución hasta el corte', () => {
    const filas = hastaCorte(plan);
    expect(filas.some(({ s }) => s.programado !== null && s.ejecutado === null)).toBe(true);
    expect(filas.some(({ s }) => s.programado === null)).toBe(true);
    expect(filas.some(({ s }) => s.programado === 0)).toBe(true);
    expect(filas.some(({ m, s }) => m.tipo === 'incremento' && m.acumulacion === 'acumulado' && s.programado !== null && s.ejecutado !== null && s.ejecutado > s.programado)).toBe(true);
  });

  it('no reporta ejecución después del corte (2026–2027 aún no ocurren)', () => {
    const despues = plan.metas.flatMap((m) => m.seguimiento.filter((s) => s.desde > CORTE.hasta));
    expect(despues.length).toBeGreaterThan(0);
    expect(despues.every((s) => s.ejecutado === null)).toBe(true);
  });

  it('mantiene la reducción coherente: la meta queda por debajo de la línea base', () => {
    const reducciones = plan.metas.filter((m) => m.tipo === 'reduccion' && m.lineaBase !== null && m.metaCuatrienio !== null);
    expect(reducciones.length).toBeGreaterThan(0);
    expect(reducciones.every((m) => (m.metaCuatrienio as number) <= (m.lineaBase as number))).toBe(true);
  });

  it('invierte desde varias fuentes canónicas, con SGR por bienio que cruza el corte y valores sin dato', () => {
    const inv = plan.metas.flatMap((m) => m.inversion);
    const canonicas = new Set(inv.map((e) => e.fuente).filter((f) => f in FUENTES_CANONICAS));
    expect(canonicas.size).toBeGreaterThanOrEqual(5);
    expect(canonicas).toContain('recursos_propios');
    expect(canonicas).toContain('sgr');
    expect(inv.some((e) => e.fuente === 'sgr' && e.desde === 2025 && e.hasta === 2026)).toBe(true);
    expect(inv.some((e) => e.valor === null)).toBe(true);
    expect(plan.metas.some((m) => m.inversion.length === 0)).toBe(true);
  });

  it('tiene beneficiarios reportados con grupos, sin dato y no aplica (estos sin total, nunca 0)', () => {
    const b = plan.metas.map((m) => m.beneficiarios);
    expect(b.some((x) => x.estado === 'reportado' && x.total !== null && x.grupos.length > 0)).toBe(true);
    for (const estado of ['sin_dato', 'no_aplica'] as const) {
      const xs = b.filter((x) => x.estado === estado);
      expect(xs.length, estado).toBeGreaterThan(0);
      expect(xs.every((x) => x.total === null)).toBe(true);
    }
  });

  it('usa códigos DIVIPOLA existentes del departamento del plan', () => {
    const codigos = plan.metas.flatMap((m) => m.municipios.codigos);
    expect(codigos.length).toBeGreaterThan(0);
    expect(codigos.every((c) => esMunicipioDivipola(c) && c.startsWith('54'))).toBe(true);
  });

  it('trae cifras reportadas, casi todas iguales a las calculadas y algunas sin reportar', () => {
    const r = plan.metas.map((m) => m.reportado);
    expect(r.some((x) => x.cumplimiento !== null)).toBe(true);
    expect(r.some((x) => x.inversion !== null)).toBe(true);
    expect(r.some((x) => x.periodo === null)).toBe(true);
  });

  it('registra los huecos de numeración como ausentes, sin inventar la meta', () => {
    const grande = generarPlan({ metas: 1000 });
    expect(grande.ausentes?.map((a) => a.codigo)).toEqual(['MP-487', 'MP-974']);
    const codigos = new Set(grande.metas.map((m) => m.codigo));
    expect(codigos.has('MP-487')).toBe(false);
    expect(codigos.has('MP-488')).toBe(true);
  });

  it('solo usa caracteres Latin-1, para que V8 guarde el archivo grande como cadena de un byte', () => {
    expect([...JSON.stringify(plan)].filter((c) => c.charCodeAt(0) > 0xff)).toEqual([]);
  });
});

describe('generarPlan con nivel de entidades territoriales (escala país)', () => {
  const pais = generarPlan({ metas: 3000, entidades: 7 });

  it('pasa validarPlan y pone las entidades como primer nivel', () => {
    const r = validarPlan(pais);
    expect(r.ok ? [] : r.errores.slice(0, 5)).toEqual([]);
    expect(pais.niveles[0]).toBe('Entidad territorial');
    expect(pais.nodos.filter((n) => n.nivel === 0)).toHaveLength(7);
  });

  it('por omisión crea una entidad cada ~441 metas desde 20.000 metas', () => {
    const p = generarPlan({ metas: 22_050 });
    expect(p.nodos.filter((n) => n.nivel === 0)).toHaveLength(50);
  });
});

describe('generarPlan rechaza tamaños sin sentido', () => {
  it.each([0, -1, 1.5, Number.NaN])('metas = %s', (n) => {
    expect(() => generarPlan({ metas: n })).toThrow(/«metas» debe ser un entero ≥ 1/);
  });
});

describe('escribirPlan', () => {
  it('escribe un JSON corriente, igual al plan en memoria, que el lector por partes de core también lee', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdd-bench-'));
    try {
      const ruta = join(dir, 'plan.json');
      const r = escribirPlan(ruta, { metas: 200 });
      const bytes = readFileSync(ruta);
      expect(r.bytes).toBe(bytes.length);
      expect(r.metas).toBe(200);
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(plan);
      // In small pieces, so element boundaries fall inside chunks.
      const trozos = Array.from({ length: Math.ceil(bytes.length / 997) }, (_, k) => bytes.subarray(k * 997, (k + 1) * 997));
      const leido = await parsearJsonPorPartes(trozos);
      expect(leido.ok && leido.datos).toEqual(plan);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('repartir', () => {
  it('reparte exactamente el total, con el mínimo cuando alcanza', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 60 }), (total, pesos) => {
        const partes = repartir(total, pesos, 1);
        expect(partes.reduce((a, b) => a + b, 0)).toBe(total);
        expect(partes.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
        if (total >= pesos.length) expect(Math.min(...partes)).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('sigue los pesos: 10 en 1:3 da 3 y 7 (sin mínimo: 2,5 y 7,5 redondeados por el mayor resto)', () => {
    expect(repartir(10, [1, 3])).toEqual([3, 7]);
    expect(repartir(10, [1, 1, 2])).toEqual([3, 2, 5]);
  });
});

describe('crearAleatorio', () => {
  it('repite la secuencia con la misma semilla', () => {
    const a = crearAleatorio(42);
    const b = crearAleatorio(42);
    expect(Array.from({ length: 5 }, () => a.siguiente())).toEqual(Array.from({ length: 5 }, () => b.siguiente()));
  });

  it('entero queda dentro de [min, max]', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -100, max: 100 }), fc.integer({ min: 0, max: 100 }), (semilla, min, ancho) => {
        const v = crearAleatorio(semilla).entero(min, min + ancho);
        expect(v).toBeGreaterThanOrEqual(min);
        expect(v).toBeLessThanOrEqual(min + ancho);
      }),
    );
  });

  it('elegir y ponderado rechazan listas vacías o pesos nulos', () => {
    const r = crearAleatorio(1);
    expect(() => r.elegir([])).toThrow(/vacía/);
    expect(() => r.ponderado([['a', 0]])).toThrow(/sumar más de 0/);
  });
});
