import { describe, expect, it } from 'vitest';
import type { Meta, Plan } from '../../schema/types.js';
import { conciliarFinancieroDnp, conciliarFisicoDnp } from './conciliar-dnp.js';
import { metaVacia } from './meta-base.js';
import type { CifraFisicaDnp } from './reporte.js';

function meta(codigo: string, p: Partial<Meta>, seg: Array<[number, number | null, number | null]>): Meta {
  return { ...metaVacia({ codigo, nombre: codigo, nodo: 'n' }), ...p, seguimiento: seg.map(([y, programado, ejecutado]) => ({ desde: y, hasta: y, programado, ejecutado })) };
}
const plan = (metas: Meta[]) => ({ metas }) as unknown as Plan;
const cifra = (codigos: string[], anio: number, programado: number | null, ejecutado: number | null, avanceFisico: number | null): CifraFisicaDnp => ({ codigos, hoja: 'F', fila: 8, anio, programado, ejecutado, avanceFisico, explicacion: null });

describe('conciliarFisicoDnp: el «Avance físico» del DNP frente a cumplimiento(meta, año) de core', () => {
  it('coincide en acumulado y en flujo (un año: ejecutado ÷ programado), sin tope', () => {
    const p = plan([meta('A', { acumulacion: 'acumulado' }, [[2024, 4, 2]]), meta('B', { acumulacion: 'flujo' }, [[2024, 18, 100]])]);
    const r = conciliarFisicoDnp(p, [cifra(['A'], 2024, 4, 2, 0.5), cifra(['B'], 2024, 18, 100, 5.55555555555556)]);
    expect(r.map((x) => [x.estado, x.motivo])).toEqual([
      ['coincide', null],
      ['coincide', null],
    ]);
    expect(r[1]!.core?.valor).toBeCloseTo(5.5556, 4);
  });
  it('nada programado: ambos sin cifra; con ejecución sin programar, se distingue', () => {
    const p = plan([meta('A', {}, [[2024, 0, 0]]), meta('B', {}, [[2024, 0, 1]])]);
    const r = conciliarFisicoDnp(p, [cifra(['A'], 2024, 0, 0, null), cifra(['B'], 2024, 0, 1, null)]);
    expect(r.map((x) => [x.estado, x.motivo])).toEqual([
      ['ambos_sin_cifra', 'no_programada'],
      ['ambos_sin_cifra', 'ejecucion_sin_programacion'],
    ]);
  });
  it('programado sin ejecución reportada (PIIP): ambos sin cifra', () => {
    const r = conciliarFisicoDnp(plan([meta('A', {}, [[2024, 5, null]])]), [cifra(['A'], 2024, 5, null, null)]);
    expect(r[0]).toMatchObject({ estado: 'ambos_sin_cifra', motivo: 'sin_ejecucion' });
  });
  it('reducción medida desde la línea base: la regla de core difiere de la del DNP y se dice', () => {
    const m = meta('A', { tipo: 'reduccion', acumulacion: 'flujo', lineaBase: 100 }, [[2024, 80, 90]]);
    const r = conciliarFisicoDnp(plan([m]), [cifra(['A'], 2024, 80, 90, 90 / 80)]);
    expect(r[0]).toMatchObject({ estado: 'difiere', motivo: 'regla_linea_base' });
    expect(r[0]!.core?.valor).toBeCloseTo(0.5, 10); // (100 − 90) / (100 − 80)
  });
  it('programado distinto en el plan (p. ej. fusionado con otro archivo): difiere, con ese motivo', () => {
    const r = conciliarFisicoDnp(plan([meta('A', {}, [[2024, 0, 1.4]])]), [cifra(['A'], 2024, 1.4, 1.4, 1)]);
    expect(r[0]).toMatchObject({ estado: 'difiere', motivo: 'programado_distinto' });
  });
  it('fila agrupada o meta inexistente: sin meta, con el motivo', () => {
    const p = plan([meta('IP-1', {}, [[2024, 1, 1]])]);
    const r = conciliarFisicoDnp(p, [cifra(['IP-1', 'IP-2'], 2024, 2, 2, 1), cifra(['IP-9'], 2024, 1, 1, 1)]);
    expect(r.map((x) => [x.estado, x.motivo])).toEqual([
      ['sin_meta', 'fila_agrupada'],
      ['sin_meta', 'meta_inexistente'],
    ]);
  });
  it('un valor distinto sin explicación es una discrepancia', () => {
    const r = conciliarFisicoDnp(plan([meta('A', {}, [[2024, 4, 2]])]), [cifra(['A'], 2024, 4, 2, 0.7)]);
    expect(r[0]).toMatchObject({ estado: 'difiere', motivo: 'discrepancia' });
  });
});

describe('conciliarFinancieroDnp', () => {
  const base = { codigos: ['A'], hoja: 'F', fila: 8, anio: 2024, compromisos: null, pagos: null, explicacion: null };
  it('obligaciones ÷ programado frente al % del DNP', () => {
    const r = conciliarFinancieroDnp([
      { ...base, programado: 100, obligaciones: 80, obligacionesSobreProgramado: 0.8 },
      { ...base, programado: 100, obligaciones: 80, obligacionesSobreProgramado: 0.7 },
      { ...base, programado: 0, obligaciones: 0, obligacionesSobreProgramado: null },
    ]);
    expect(r.map((x) => x.estado)).toEqual(['coincide', 'difiere', 'ambos_sin_cifra']);
  });
});
