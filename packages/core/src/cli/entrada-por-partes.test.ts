/**
 * `pdd` reads JSON plans from UMBRAL_POR_PARTES on by parts. A 600 MB fixture is not needed to test that:
 * the threshold is lowered through ejecutar's options, so a generated plan of a few hundred metas takes
 * the same path `pdd resumen bench/out/plan-500000.json` takes.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escribirPlanJson } from '../io/json.js';
import { metaCompleta, planCompleto } from '../io/test-utils/plan-completo.js';
import type { Plan } from '../schema/types.js';
import { ejecutar, type OpcionesEjecucion } from './ejecutar.js';

const dir = mkdtempSync(join(tmpdir(), 'pdd-por-partes-'));

async function pdd(args: string[], e: OpcionesEjecucion): Promise<{ codigo: number; salida: string; error: string }> {
  let salida = '';
  let error = '';
  const codigo = await ejecutar(args, { salida: (t) => (salida += t), error: (t) => (error += t) }, e);
  return { codigo, salida, error };
}

/** A plan of `n` metas written one element per line (as bench/escribir-plan.ts does) and pretty-printed. */
function generado(n: number): Plan {
  const p = planCompleto();
  p.metas = Array.from({ length: n }, (_, i) =>
    metaCompleta({ ...p.metas[i % p.metas.length]!, codigo: `G${i}`, nombre: `Meta generada ${i}, «ñ»` }),
  );
  return p;
}

function unaPorLinea(p: Plan): string {
  const { nodos, metas, ...resto } = p;
  const lista = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join(',\n');
  return `${JSON.stringify(resto).slice(0, -1)},"nodos":[\n${lista(nodos)}\n],"metas":[\n${lista(metas)}\n]}\n`;
}

const PLAN = generado(400);
const ARCHIVO = join(dir, 'grande.json');
writeFileSync(ARCHIVO, unaPorLinea(PLAN));
const POR_PARTES: OpcionesEjecucion = { umbralPorPartes: 1 };
const ENTERO: OpcionesEjecucion = { umbralPorPartes: Number.MAX_SAFE_INTEGER };

describe('pdd con archivos grandes (umbral bajado)', () => {
  it('resumen, niveles, conciliar y validar dan lo mismo leídos por partes que enteros', async () => {
    for (const comando of [['resumen'], ['niveles'], ['conciliar'], ['validar'], ['resumen', '--lang', 'en']]) {
      const args = [...comando, ARCHIVO, '--json'];
      const partes = await pdd(args, POR_PARTES);
      const entero = await pdd(args, ENTERO);
      expect(partes.codigo, comando.join(' ')).toBe(0);
      expect(partes).toEqual(entero);
    }
    const r = JSON.parse((await pdd(['resumen', ARCHIVO, '--json'], POR_PARTES)).salida) as { resumen: { metasReportadas: number } };
    expect(r.resumen.metasReportadas).toBe(400);
  });

  it('--nivel y --meta: lo mismo leídos por partes que enteros, también los errores', async () => {
    const casos = [
      ['resumen', '--nivel', 'A1'],
      ['resumen', '--meta', 'G7', '--lang', 'en'],
      ['niveles', '--nivel', 'C1'],
      ['conciliar', '--nivel', 'A2'],
      ['conciliar', '--meta', 'G8'],
      ['resumen', '--nivel', 'A9'],
      ['conciliar', '--meta', 'G400'],
    ];
    for (const caso of casos)
      for (const json of [[], ['--json']]) {
        const args = [caso[0] as string, ARCHIVO, ...caso.slice(1), ...json];
        const partes = await pdd(args, POR_PARTES);
        expect(partes, args.join(' ')).toEqual(await pdd(args, ENTERO));
      }
    const a1 = JSON.parse((await pdd(['resumen', ARCHIVO, '--nivel', 'A1', '--json'], POR_PARTES)).salida) as { seleccion: unknown; resumen: { metasReportadas: number } };
    expect(a1.seleccion).toEqual({ nivel: 'A1' });
    expect(a1.resumen.metasReportadas).toBe(PLAN.metas.filter((m) => m.nodo === 'A1').length);
    const malo = await pdd(['conciliar', ARCHIVO, '--meta', 'G400'], POR_PARTES);
    expect(malo.codigo).toBe(1);
    expect(malo.error).toContain('El plan no tiene la meta «G400»; se esperaba el código de una meta del plan: G0, G1,');
    expect(malo.error).toContain('(400 en total)');
  });

  it('--secretaria: lo mismo leídos por partes que enteros, también el error', async () => {
    const p = generado(400);
    p.metas.forEach((m, i) => {
      if (i % 3 === 0) m.secretaria = 'Secretaría de Hacienda';
    });
    const ruta = join(dir, 'dos-secretarias.json');
    writeFileSync(ruta, unaPorLinea(p));
    const casos = [
      ['resumen', '--secretaria', 'secretaría de hacienda'],
      ['niveles', '--secretaria', 'Secretaría de Desarrollo Económico'],
      ['conciliar', '--secretaria', 'Secretaría de Hacienda', '--nivel', 'A1'],
      ['resumen', '--secretaria', 'Salud', '--lang', 'en'],
    ];
    for (const caso of casos)
      for (const json of [[], ['--json']]) {
        const args = [caso[0] as string, ruta, ...caso.slice(1), ...json];
        const partes = await pdd(args, POR_PARTES);
        expect(partes, args.join(' ')).toEqual(await pdd(args, ENTERO));
      }
    const h = JSON.parse((await pdd(['resumen', ruta, '--secretaria', 'Secretaría de Hacienda', '--json'], POR_PARTES)).salida) as { seleccion: unknown; resumen: { metasReportadas: number } };
    expect(h.seleccion).toEqual({ secretaria: 'Secretaría de Hacienda' });
    expect(h.resumen.metasReportadas).toBe(134);
    const malo = await pdd(['resumen', ruta, '--secretaria', 'Salud'], POR_PARTES);
    expect(malo.codigo).toBe(1);
    expect(malo.error).toContain('El plan no tiene la secretaría «Salud»; se esperaba el nombre de una secretaría del plan: Secretaría de Hacienda, Secretaría de Desarrollo Económico.');
  });

  it('un error de sintaxis en un archivo grande dice archivo, línea y columna', async () => {
    const ruta = join(dir, 'roto.json');
    // "@" replaces the opening brace of the element on line k + 1: the error is there, in column 1.
    const lineas = unaPorLinea(generado(3)).split('\n');
    const k = lineas.length - 4;
    lineas[k] = `@${lineas[k]!.slice(1)}`;
    writeFileSync(ruta, lineas.join('\n'));
    const r = await pdd(['validar', ruta], POR_PARTES);
    expect(r.codigo).toBe(1);
    expect(r.salida).toContain(`roto.json, línea ${k + 1}, columna 1: JSON mal formado`);
    expect(r).toEqual(await pdd(['validar', ruta], ENTERO));
  });

  it('el umbral decide el lector: un JSON en UTF-16 se lee entero, pero por partes pide UTF-8', async () => {
    const ruta = join(dir, 'utf16.json');
    writeFileSync(ruta, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(escribirPlanJson(planCompleto()), 'utf16le')]));
    expect((await pdd(['validar', ruta], ENTERO)).codigo).toBe(0);
    const r = await pdd(['validar', ruta], POR_PARTES);
    expect(r.codigo).toBe(1);
    expect(r.salida).toMatch(/UTF-8/);
  });

  it('exportar escribe por partes el mismo archivo que escribirPlanJson', async () => {
    const salida = join(dir, 'exportado.json');
    const r = await pdd(['exportar', ARCHIVO, '--salida', salida], POR_PARTES);
    expect(r.codigo).toBe(0);
    expect(readFileSync(salida, 'utf8')).toBe(escribirPlanJson(PLAN));
    const aPantalla = await pdd(['exportar', ARCHIVO], POR_PARTES);
    expect(aPantalla.salida).toBe(escribirPlanJson(PLAN));
  });

  it('un archivo grande que no existe es un error de uso, como uno pequeño', async () => {
    const r = await pdd(['resumen', join(dir, 'no-existe.json')], POR_PARTES);
    expect(r.codigo).toBe(2);
    expect(r.error).toMatch(/No existe el archivo/);
  });
});
