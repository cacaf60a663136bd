/**
 * The =PDD.* functions on the whole seed data set (demo/data/norte-de-santander-2024-2025.json): fed the
 * cells a Plan Indicativo workbook would hold for each meta, they give exactly core's figures.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  avance,
  clasificar,
  conciliar,
  consolidarNiveles,
  contrastarAfirmaciones,
  NOMBRES_VEREDICTO,
  cumplimiento,
  formatearPorcentaje,
  progresoIndicador,
  validarPlan,
  type Plan,
} from '@tablero-pdd/core';
import { afirmacionPdd, avancePdd, conciliarPdd, cumplimientoPdd, formatoPdd, indicadorPdd, nivelPdd, semaforoPdd } from '../../packages/excel-addin/src/functions/funciones.js';
import { celdaEsperada, codigoOValor, unica } from '../../packages/excel-addin/src/functions/test-utils.js';

const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const r = validarPlan(JSON.parse(readFileSync(resolve(RAIZ, 'demo/data/norte-de-santander-2024-2025.json'), 'utf8')));
if (!r.ok) throw new Error('la semilla no valida');
const plan: Plan = r.plan;
const periodo = { desde: plan.corte.desde, hasta: plan.corte.hasta };

/** Excel on the web sends empty cells as null inside a number[][] argument. */
const rango = (m: Array<Array<number | null>>) => m as number[][];

/** The cells of one meta as a workbook row holds them: one column per reported span. */
function celdas(m: Plan['metas'][number]) {
  return {
    ejecutado: rango([m.seguimiento.map((s) => s.ejecutado)]),
    programado: rango([m.seguimiento.map((s) => s.programado)]),
  };
}

describe('funciones =PDD.* sobre la semilla completa', () => {
  it('tiene metas e indicadores con que comparar', () => {
    expect(plan.metas.length).toBeGreaterThan(10);
    expect((plan.indicadoresResultado ?? []).length).toBeGreaterThan(3);
  });

  it.each(plan.metas.map((m) => [m.codigo, m] as const))('meta %s: CUMPLIMIENTO, AVANCE y SEMAFORO = core', (_, m) => {
    const c = celdas(m);
    const cu = unica(cumplimientoPdd(c.ejecutado, c.programado, [[m.tipo]], [[m.acumulacion]], rango([[m.lineaBase]])));
    expect(codigoOValor(cu)).toEqual(celdaEsperada(cumplimiento(m, periodo)));
    const av = unica(avancePdd(c.ejecutado, rango([[m.metaCuatrienio]]), [[m.tipo]], [[m.acumulacion]], rango([[m.lineaBase]])));
    const pa = avance(m);
    expect(codigoOValor(av)).toEqual(celdaEsperada(pa));
    expect(semaforoPdd([[av as number]])).toEqual([[clasificar(pa).nombre.es]]);
    expect(formatoPdd([[cu as number]], 'porcentaje')).toEqual([[formatearPorcentaje(cumplimiento(m, periodo).valor)]]);
  });

  it('toda la hoja de una vez: una fila por meta derrama los mismos valores', () => {
    const ej = rango(plan.metas.map((m) => m.seguimiento.map((s) => s.ejecutado)));
    const pr = rango(plan.metas.map((m) => m.seguimiento.map((s) => s.programado)));
    const tipos = plan.metas.map((m) => [m.tipo]);
    const acum = plan.metas.map((m) => [m.acumulacion]);
    const cu = cumplimientoPdd(ej, pr, tipos, acum) as unknown[][];
    expect(cu.map((f) => codigoOValor(f[0]))).toEqual(plan.metas.map((m) => celdaEsperada(cumplimiento(m, periodo))));
    const av = avancePdd(ej, rango(plan.metas.map((m) => [m.metaCuatrienio])), tipos, acum) as unknown[][];
    expect(av.map((f) => codigoOValor(f[0]))).toEqual(plan.metas.map((m) => celdaEsperada(avance(m))));
  });

  it('NIVEL de cada apuesta = consolidarNiveles (promedio simple con tope)', () => {
    const niveles = consolidarNiveles(plan, { periodo });
    for (const fila of niveles.filas) {
      const metas = plan.metas.filter((m) => m.nodo === fila.codigo || m.nodo.startsWith(`${fila.codigo}.`));
      const avances = metas.map((m) => [avance(m, { hasta: periodo.hasta }).valor]);
      const cumplimientos = metas.map((m) => [cumplimiento(m, periodo).valor]);
      const a = unica(nivelPdd(rango(avances)));
      const c = unica(nivelPdd(rango(cumplimientos)));
      expect(a).toBeCloseTo(fila.avance as number, 12);
      expect(c).toBeCloseTo(fila.cumplimiento as number, 12);
    }
    const total = unica(nivelPdd(rango(plan.metas.map((m) => [avance(m, { hasta: periodo.hasta }).valor]))));
    expect(total).toBeCloseTo(niveles.total.avance as number, 12);
  });

  it('INDICADOR de cada indicador de resultado = progresoIndicador', () => {
    for (const ind of plan.indicadoresResultado ?? []) {
      const p = progresoIndicador(ind);
      const v = unica(indicadorPdd(
        [[ind.lineaBase.valor as number]],
        [[ind.actual.valor as number]],
        [[ind.meta.valor as number]],
        [[ind.direccion]],
        [[ind.actual.tipo]],
      ));
      if (p.progreso === null) expect(typeof v).toBe('object');
      else expect(v).toBe(p.progreso);
    }
  });

  it('CONCILIAR del cumplimiento impreso señala lo mismo que conciliar() sobre el plan', () => {
    const discrepantes = new Set(
      conciliar(plan)
        .filter((d) => d.ambito === 'meta' && d.campo === 'cumplimiento' && d.tipo === 'discrepancia')
        .map((d) => d.codigo),
    );
    const conReporte = plan.metas.filter((m) => m.reportado.cumplimiento !== null);
    const resultado = conciliarPdd(
      conReporte.map((m) => [m.reportado.cumplimiento as number]),
      conReporte.map((m) => [cumplimiento(m, m.reportado.periodo ?? periodo).valor as number]),
    ) as unknown[][];
    conReporte.forEach((m, i) => {
      const texto = String(resultado[i]?.[0]);
      expect(texto.startsWith('No coincide'), `meta ${m.codigo}: ${texto}`).toBe(discrepantes.has(m.codigo));
    });
  });

  it('AFIRMACION, con la cifra que dan las metas de cada apuesta, da el mismo veredicto que core en las ocho afirmaciones', () => {
    const contrastes = contrastarAfirmaciones(plan);
    expect(contrastes).toHaveLength(8);
    const palabra = { mas_de: 'más de', menos_de: 'menos de', igual: 'igual', aprox: 'aprox' } as const;
    for (const c of contrastes) {
      const a = c.afirmacion;
      const celda = unica(afirmacionPdd([[palabra[a.relacion]]], [[a.valor]], rango([[c.calculado]]), a.magnitud === 'inversion' ? 'pesos' : 'cifra'));
      const texto = codigoOValor(celda);
      if (c.veredicto === 'no_verificable') expect(texto, a.texto).toBe('#N/A');
      else expect(String(texto).split(':')[0], a.texto).toBe(NOMBRES_VEREDICTO[c.veredicto].es);
    }
  });
});
