import { avance, cumplimiento, resumirInversion } from '@tablero-pdd/core';
import { describe, expect, it } from 'vitest';
import { detectarEncabezado } from './encabezados.js';
import { cambiarDestino, proponerMapeo } from './mapeo.js';
import { celdaParaCsv, leerPlanDeHoja, type LecturaHoja } from './plan-desde-hoja.js';
import { celdasPlantilla, libroPropio, planSemilla } from './test-utils/libros-prueba.js';
import { rangoDe } from './test-utils/rango.js';

const OPCIONES = { entidad: { nombre: 'Departamento de Norte de Santander', divipola: '54' }, plan: { nombre: 'Plan de Desarrollo 2024-2027' } };

function leer(celdas: unknown[][], o = OPCIONES, hoja = 'Plan', fila0 = 0, columna0 = 0): LecturaHoja {
  const r = rangoDe(celdas, { hoja, fila0, columna0 });
  const det = detectarEncabezado(r);
  if (!det) throw new Error('sin encabezado');
  return leerPlanDeHoja(r, det, proponerMapeo(det.encabezados), o);
}

describe('leerPlanDeHoja', () => {
  it('la semilla en la disposición de la plantilla da el mismo plan', () => {
    const semilla = planSemilla();
    const l = leer(celdasPlantilla(semilla));
    expect(l.ok).toBe(true);
    if (!l.ok) return;
    expect(l.plan.metas.map((m) => m.codigo)).toEqual(semilla.metas.map((m) => m.codigo));
    for (const m of l.plan.metas) {
      const o = semilla.metas.find((x) => x.codigo === m.codigo);
      expect(o).toBeDefined();
      if (!o) continue;
      expect(cumplimiento(m, l.plan.corte)).toEqual(cumplimiento(o, semilla.corte));
      expect(avance(m)).toEqual(avance(o));
    }
  });

  it('la semilla en un libro propio (títulos, encabezado en dos filas, variantes, columnas de más) da las mismas cifras', () => {
    const semilla = planSemilla();
    const l = leer(libroPropio(semilla).celdas);
    expect(l.ok, l.ok ? '' : l.errores.map((e) => e.mensaje).join('\n')).toBe(true);
    if (!l.ok) return;
    expect(l.plan.metas.length).toBe(semilla.metas.length);
    expect(l.plan.niveles).toEqual(['Línea estratégica', 'COMPONENTE', 'APUESTA']);
    for (const m of l.plan.metas) {
      const o = semilla.metas.find((x) => x.codigo === m.codigo);
      if (!o) throw new Error(`falta ${m.codigo}`);
      expect(cumplimiento(m, l.plan.corte).valor).toBe(cumplimiento(o, semilla.corte).valor);
      expect(avance(m).valor).toBe(avance(o).valor);
      expect(m.beneficiarios.estado === 'no_aplica').toBe(o.beneficiarios.estado === 'no_aplica');
    }
    expect(resumirInversion(l.plan).total).toBe(resumirInversion(semilla).total);
  });

  it('cada error nombra hoja y celda: Plan!F12: se esperaba un número; se encontró "N/A"', () => {
    const celdas: unknown[][] = [
      ['Título del libro', '', '', '', '', '', '', ''],
      ['Código', 'Meta', 'Nivel 1: Línea', 'Meta cuatrienio', 'Programado 2024', 'Ejecutado 2024', 'Tipo', 'Acumulación'],
    ];
    for (let i = 0; i < 12; i++) celdas.push([String(i + 1), `Meta ${i + 1}`, 'Línea 1', 10, 5, i === 9 ? 'abc' : 4, 'Incremento', 'Acumulado']);
    const l = leer(celdas);
    expect(l.ok).toBe(false);
    if (l.ok) return;
    expect(l.errores.map((e) => e.celda)).toEqual(['Plan!F12']);
    expect(l.errores[0]?.mensaje).toBe('Plan!F12: se esperaba un número (p. ej. 1.234,5), vacío o «ND»; se encontró "abc".');
  });

  it('las celdas se ubican en la hoja aunque el bloque no empiece en A1 (tabla en C5)', () => {
    const celdas: unknown[][] = [
      ['Código', 'Meta', 'Nivel 1: Línea', 'Meta cuatrienio', 'Programado 2024', 'Ejecutado 2024', 'Tipo', 'Acumulación'],
      ['1', 'Meta 1', 'Línea 1', 'muchas', 5, 4, 'Incremento', 'Acumulado'],
    ];
    const l = leer(celdas, OPCIONES, 'Plan 2024', 4, 2);
    expect(l.ok).toBe(false);
    if (l.ok) return;
    expect(l.errores[0]?.celda).toBe("'Plan 2024'!F6");
    expect(l.errores[0]?.mensaje).toMatch(/^'Plan 2024'!F6: se esperaba un número .*; se encontró "muchas"\.$/);
  });

  it('una columna que la persona deja fuera no llega a core', () => {
    const celdas: unknown[][] = [
      ['Código', 'Meta', 'Nivel 1: Línea', 'Meta cuatrienio', 'Programado 2024', 'Ejecutado 2024', 'Notas', 'Tipo', 'Acumulación'],
      ['1', 'Meta 1', 'Línea 1', 10, 5, 4, 'nota interna', 'Incremento', 'Acumulado'],
    ];
    const r = rangoDe(celdas);
    const det = detectarEncabezado(r);
    if (!det) throw new Error('sin encabezado');
    const m = cambiarDestino(proponerMapeo(det.encabezados), 6, null);
    const l = leerPlanDeHoja(r, det, m, OPCIONES);
    expect(l.ok && l.plan.metas[0]?.notas).toBeFalsy();
    const sin = leerPlanDeHoja(r, det, proponerMapeo(det.encabezados), OPCIONES);
    expect(sin.ok && sin.plan.metas[0]?.notas).toEqual(['nota interna']);
  });

  it('sin la entidad ni el nombre del plan, el error lo dice (no se inventan)', () => {
    const l = leer(celdasPlantilla(planSemilla()).map((f) => f.slice(0, 53)), {} as typeof OPCIONES);
    expect(l.ok).toBe(false);
    if (l.ok) return;
    expect(l.errores.some((e) => /entidad/i.test(e.mensaje))).toBe(true);
  });
});

describe('celdaParaCsv', () => {
  it('números completos con coma decimal; textos y códigos como los muestra Excel', () => {
    expect(celdaParaCsv(1234.5, '1.234,5', true, '#,##0.0')).toBe('1234,5');
    expect(celdaParaCsv(0.667, '66,7%', true, '0.0%')).toBe('0,667');
    expect(celdaParaCsv(5001, '05001', false, '00000')).toBe('05001');
    expect(celdaParaCsv(5001, '####', false, '00000')).toBe('5001');
    expect(celdaParaCsv(12, '12', false, 'General')).toBe('12');
    expect(celdaParaCsv('', '', true, 'General')).toBe('');
    expect(celdaParaCsv(null, '', true, 'General')).toBe('');
    expect(celdaParaCsv('#DIV/0!', '#DIV/0!', true, 'General')).toBe('#DIV/0!');
  });
});
