import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { resumir } from './resumir.js';
import { bandasConCortes } from './semaforo.js';
import { anio, crearIndicador, crearMeta, crearNodo, crearPlan } from './test-utils/fabrica.js';
import type { Meta, Plan } from '../schema/types.js';
import * as core from '../index.js';

const meta = (codigo: string, nodo: string, prog: number, ejec: number | null, extra: Partial<Meta> = {}) =>
  crearMeta({ codigo, nodo, metaCuatrienio: prog * 2, seguimiento: [anio(2024, prog / 2, ejec === null ? null : ejec / 2), anio(2025, prog / 2, ejec === null ? null : ejec / 2)], ...extra });

const plan = (metas: Meta[]): Plan =>
  crearPlan({
    nodos: [crearNodo('L1', 0, null), crearNodo('A1', 1, 'L1'), crearNodo('A2', 1, 'L1')],
    metas,
    ausentes: [{ codigo: '16', motivo: 'no aparece en el informe' }],
    indicadoresResultado: [crearIndicador({ codigo: 'IR1' })],
  });

describe('resumir', () => {
  const metas = [
    meta('1', 'A1', 10, 10), // 100 %, avance 50 %
    meta('2', 'A1', 10, 5), // 50 %, avance 25 %
    meta('3', 'A2', 10, 12), // 120 % → sobre-ejecución, avance 60 %
    meta('4', 'A2', 0, 0), // no programada
    meta('5', 'A2', 10, null), // sin dato
  ];
  const r = resumir(plan(metas));
  it('sin detalle por meta da los mismos totales y una lista vacía', () => {
    const sinDetalle = resumir(plan(metas), { detalleMetas: false });
    expect(r.metas).toHaveLength(5);
    expect(sinDetalle.metas).toEqual([]);
    expect({ ...sinDetalle, metas: r.metas }).toEqual(r);
  });
  it('is the main entry of @tablero-pdd/core', () => {
    expect(core.resumir).toBe(resumir);
  });
  it('carries entity, plan, cut, period, method and the band source', () => {
    expect(r.entidad.nombre).toBe('Departamento de Prueba');
    expect(r.periodo).toEqual({ desde: 2024, hasta: 2025 });
    expect(r.metodo).toBe('iguales');
    expect(r.fuenteBandas.es).toContain('DNP');
  });
  it('counts reported and absent metas', () => {
    expect(r.metasReportadas).toBe(5);
    expect(r.metasAusentes).toEqual([{ codigo: '16', motivo: 'no aparece en el informe' }]);
  });
  it('lists each meta with both percentages and their bands', () => {
    const tres = r.metas.find((m) => m.codigo === '3')!;
    expect(tres.cumplimiento).toMatchObject({ valor: 1.2, valorTope: 1 });
    expect(tres.bandaCumplimiento.id).toBe('sobre_ejecucion');
    expect(tres.numeracionNodo).toBe('1.2');
    expect(r.metas.find((m) => m.codigo === '4')?.bandaCumplimiento.id).toBe('no_programada');
  });
  it('mean of capped values over the metas with a value, method stated', () => {
    expect(r.promedio.cumplimiento).toBeCloseTo((1 + 0.5 + 1) / 3, 12);
    expect(r.promedio.metasCumplimiento).toBe(3);
    expect(r.promedio.avance).toBeCloseTo((0.5 + 0.25 + 0.6) / 3, 12);
    // A no-break space: the "%" never starts a line of its own.
    expect(r.promedio.metodo.es).toContain('tope de 100\u00a0%');
  });
  it('counts bands by displayed state and by roll-up band (over-execution in the top band)', () => {
    expect(r.conteoBandas.cumplimiento.porEstado).toMatchObject({ sobresaliente: 1, bajo: 1, sobre_ejecucion: 1, no_programada: 1, sin_dato: 1 });
    expect(r.conteoBandas.cumplimiento.porBanda).toMatchObject({ sobresaliente: 2, bajo: 1, critico: 0 });
  });
  it('includes the level roll-up, investment, beneficiaries, municipalities, indicators and discrepancies', () => {
    expect(r.niveles.filas.map((f) => f.numeracion)).toEqual(['1', '1.1', '1.2']);
    expect(r.niveles.filas[1]?.cumplimiento).toBe(0.75);
    expect(r.inversion.total).toBeNull();
    expect(r.beneficiarios.sinDato).toHaveLength(5);
    expect(r.municipios.sinDato).toHaveLength(5);
    expect(r.indicadores[0]).toMatchObject({ codigo: 'IR1', estado: 'avance', progreso: 0.2 });
    expect(r.discrepancias).toEqual([]);
  });
  it('uses the bands it is given', () => {
    const propio = resumir(plan(metas), { bandas: bandasConCortes([0.25, 0.5, 0.85]) });
    expect(propio.metas.find((m) => m.codigo === '2')?.bandaCumplimiento.id).toBe('satisfactorio');
  });
  it('the order of metas changes no result (property)', () => {
    const metaArb = fc.record({
      nodo: fc.constantFrom('A1', 'A2', 'L1'),
      prog: fc.integer({ min: 0, max: 50 }),
      ejec: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
      inv: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(metaArb, { maxLength: 20 }), fc.func(fc.integer()), (xs, azar) => {
        const ms = xs.map((x, i) =>
          meta(String(i + 1), x.nodo, x.prog, x.ejec, { inversion: [{ desde: 2024, hasta: 2025, fuente: 'sgr', valor: x.inv }] }),
        );
        const barajadas = ms.map((m, i) => [azar(i), m] as const).sort((a, b) => a[0] - b[0]).map(([, m]) => m);
        for (const metodo of ['iguales', 'declarados', 'inversion'] as const) {
          expect(resumir(plan(barajadas), { metodo })).toEqual(resumir(plan(ms), { metodo }));
        }
      }),
      { numRuns: 100 },
    );
  });
});
