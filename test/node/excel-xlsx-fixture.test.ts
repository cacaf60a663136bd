/**
 * The shipped .xlsx Plan Indicativo fixture (generated from the seed data set) read through the task
 * pane's own header detection and mapping, directly and through office-addin-mock: the plan it gives has
 * the seed's figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { avance, cumplimiento, resumirBeneficiarios, resumirInversion } from '@tablero-pdd/core';
import { detectarEncabezado } from '../../packages/excel-addin/src/taskpane/encabezados.js';
import { preparar, validar } from '../../packages/excel-addin/src/taskpane/flujo.js';
import { proponerMapeo } from '../../packages/excel-addin/src/taskpane/mapeo.js';
import { leerPlanDeHoja } from '../../packages/excel-addin/src/taskpane/plan-desde-hoja.js';
import { LibroSimulado } from '../../packages/excel-addin/src/taskpane/test-utils/libro-simulado.js';
import { HOJA_FIXTURE, RUTA_FIXTURE, crearFixtureXlsx, rangoDeXlsx } from '../../packages/excel-addin/src/taskpane/test-utils/fixture-xlsx.js';
import { planSemilla } from '../../packages/excel-addin/src/taskpane/test-utils/libros-prueba.js';

const semilla = planSemilla();
const archivo = readFileSync(RUTA_FIXTURE);
const OPCIONES = { entidad: { nombre: semilla.entidad.nombre, divipola: semilla.entidad.divipola }, plan: { nombre: semilla.plan.nombre } };

describe('fixture .xlsx del Plan Indicativo (semilla)', () => {
  it('es un .xlsx de verdad (zip) y está al día con la semilla', () => {
    expect([...archivo.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const fresco = rangoDeXlsx(crearFixtureXlsx(semilla));
    expect(rangoDeXlsx(archivo).valores).toEqual(fresco.valores);
  });

  it('se lee con el mismo mapeo de encabezados del panel y da las cifras de la semilla', () => {
    const r = rangoDeXlsx(archivo);
    const det = detectarEncabezado(r);
    expect(det).toMatchObject({ filas: 2 });
    if (!det) return;
    const mapeo = proponerMapeo(det.encabezados);
    expect(mapeo.filter((c) => c.origen === 'sin_reconocer').map((c) => c.encabezado)).toEqual(['% CUMPLIMIENTO', 'OBSERVACIONES INTERNAS']);
    const l = leerPlanDeHoja(r, det, mapeo, OPCIONES);
    expect(l.ok, l.ok ? '' : l.errores.map((e) => e.mensaje).join('\n')).toBe(true);
    if (!l.ok) return;
    expect(l.plan.metas.map((m) => m.codigo)).toEqual(semilla.metas.map((m) => m.codigo));
    for (const m of l.plan.metas) {
      const o = semilla.metas.find((x) => x.codigo === m.codigo);
      if (!o) throw new Error(`falta la meta ${m.codigo}`);
      expect(cumplimiento(m, l.plan.corte)).toEqual(cumplimiento(o, semilla.corte));
      expect(avance(m)).toEqual(avance(o));
    }
    expect(resumirInversion(l.plan).porFuente.map((f) => [f.fuente, f.valor])).toEqual(resumirInversion(semilla).porFuente.map((f) => [f.fuente, f.valor]));
    const b = resumirBeneficiarios(l.plan);
    const bs = resumirBeneficiarios(semilla);
    expect({ sinDato: b.sinDato, noAplica: b.noAplica }).toEqual({ sinDato: bs.sinDato, noAplica: bs.noAplica });
  });

  it('abierto en Excel (office-addin-mock), el panel lo encuentra y lo valida', async () => {
    const r = rangoDeXlsx(archivo);
    const l = new LibroSimulado({ hojas: [{ nombre: HOJA_FIXTURE, celdas: r.valores, textos: r.textos, formatos: r.formatos }] });
    const p = await preparar(l.contexto as unknown as Parameters<typeof preparar>[0]);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const v = validar(p.preparacion, p.preparacion.mapeo, OPCIONES);
    expect(v.ok && v.plan.metas.length).toBe(semilla.metas.length);
    expect(l.syncs).toBe(2);
  });
});
