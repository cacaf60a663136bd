import { describe, expect, it } from 'vitest';
import { importarLibro } from './importar-xlsx.js';
import type { ResultadoXlsx } from './reporte.js';
import { libroDe, type HojaPrueba } from './test-utils/libros.js';

const ENTIDAD = { divipola: '25175' };
const PLAN = { nombre: 'Plan de prueba', inicio: 2024, fin: 2027 };

function importar(hojas: HojaPrueba[], o: Parameters<typeof importarLibro>[1] = {}): ResultadoXlsx {
  return importarLibro(libroDe(hojas), { archivo: 'propio.xlsx', formato: 'casero', ...o });
}

function plan(r: ResultadoXlsx) {
  if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
  return r.plan;
}

/** A consolidated-style sheet: two title rows, a header split over two rows, data, a totals row. */
const CONSOLIDADO: HojaPrueba = {
  nombre: 'CONSOLIDADO',
  combinadas: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:I3', 'J3:J4'],
  filas: [
    ['ALCALDÍA MUNICIPAL DE CHÍA — SEGUIMIENTO PLAN DE DESARROLLO 2024-2027'],
    [],
    ['EJE / LÍNEA', 'PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO', 'L.B', 'META CUATRENIO', '2024', null, null, 'DEPENDENCIA RESPONSABLE'],
    [null, null, null, null, null, null, 'META', 'AVANCE\nMETA', '% CUMPLIMIENTO P.A', null],
    ['1. SOCIAL', 'Salud', '010101', 'Vacunar niños_x000D_', 100, 400, 100, 80, '80%', 'Secretaría de Salud'],
    [null, null, 10102, 'Dotar puestos de salud', 0, 4, 1, 1, { error: '#DIV/0!' }, 'Secretaría de Salud'],
    ['2. ECONÓMICO', 'Empleo', '020101', 'Formar personas', 0, 1000, 250, null, null, 'Secretaría de Desarrollo'],
    ['TOTAL', null, null, null, null, 1404, 351, 81, null, null],
  ],
};

describe('libro propio: formas difíciles', () => {
  const r = importar([CONSOLIDADO]);
  const p = plan(r);
  const meta = (c: string) => p.metas.find((m) => m.codigo === c)!;

  it('encabezado en la fila 4 (con banda de año), entidad por el título, niveles con el nombre escrito', () => {
    expect(p.entidad).toMatchObject({ divipola: '25175', tipo: 'municipio' });
    expect(p.niveles).toEqual(['EJE / LÍNEA', 'PROGRAMA']);
    expect(p.metas.map((m) => m.codigo)).toEqual(['010101', '010102', '020101']);
    expect(r.reporte?.notas.join(' ')).toContain('Entidad identificada por el título');
  });
  it('«AVANCE\\nMETA» bajo la banda 2024 es lo ejecutado de 2024; «META» lo programado', () => {
    expect(meta('010101').seguimiento).toEqual([{ desde: 2024, hasta: 2024, programado: 100, ejecutado: 80 }]);
  });
  it('«80%» en texto es 0,8 reportado; _x000D_ desaparece', () => {
    expect(meta('010101').reportado).toMatchObject({ periodo: { desde: 2024, hasta: 2024 }, cumplimiento: 0.8 });
    expect(meta('010101').nombre).toBe('Vacunar niños');
  });
  it('#DIV/0! → sin dato con aviso que nombra celda y valor', () => {
    expect(meta('010102').reportado.cumplimiento).toBeNull();
    const a = r.avisos.find((x) => x.codigo === 'error_formula');
    expect(a).toMatchObject({ fila: 6, columna: 'I · 2024 · % CUMPLIMIENTO P.A', valor: '"#DIV/0!"' });
  });
  it('el código guardado como número recupera su cero (ancho evidente de la columna) y lo dice', () => {
    expect(meta('010102')).toBeDefined();
    expect(r.avisos.find((x) => x.codigo === 'cero_restaurado')?.mensaje).toContain('«010102»');
  });
  it('la celda de nivel vacía toma el valor de arriba (avisado); el ejecutado vacío es null, no 0', () => {
    expect(meta('010102').nodo).toBe(meta('010101').nodo);
    expect(r.avisos.some((x) => x.codigo === 'nivel_completado')).toBe(true);
    expect(meta('020101').seguimiento[0]).toEqual({ desde: 2024, hasta: 2024, programado: 250, ejecutado: null });
  });
  it('la fila de totales se omite y se informa con el motivo', () => {
    expect(r.reporte?.filasOmitidas).toEqual([expect.objectContaining({ hoja: 'CONSOLIDADO', fila: 8, codigo: 'fila_totales' })]);
  });
  it('informe: mapeo propuesto, metas, años', () => {
    expect(r.reporte?.mapeo?.find((m) => m.letra === 'H')).toMatchObject({ campo: 'ejecutado:2024', origen: 'sinonimo' });
    expect(r.reporte?.metas).toBe(3);
    expect(r.reporte?.anios).toEqual({ programado: [2024], ejecutado: [2024] });
    expect(r.reporte?.niveles).toEqual([{ nivel: 'EJE / LÍNEA', nodos: 2 }, { nivel: 'PROGRAMA', nodos: 2 }]);
  });
});

describe('libro propio: hojas por secretaría y consolidada', () => {
  const salud: HojaPrueba = { nombre: 'Salud', filas: [['PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO', 'META 2024'], ['Salud', 'S1', 'Vacunar', 10]] };
  const educ: HojaPrueba = { nombre: 'Educación', filas: [['PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO', 'META 2024'], ['Calidad', 'E1', 'Dotar', 5]] };
  const todo: HojaPrueba = { nombre: 'Consolidado', filas: [['PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO', 'META 2024'], ['Salud', 'S1', 'Vacunar', 10], ['Calidad', 'E1', 'Dotar', 5]] };
  const o = { entidad: ENTIDAD, plan: PLAN };

  it('con consolidada: se importa solo ella; las otras quedan omitidas con el motivo', () => {
    const r = importar([salud, todo, educ], o);
    expect(plan(r).metas.map((m) => m.codigo)).toEqual(['S1', 'E1']);
    const omitidas = r.reporte!.hojas.filter((h) => h.uso === 'omitida');
    expect(omitidas.map((h) => h.nombre).sort()).toEqual(['Educación', 'Salud']);
    expect(omitidas[0]!.motivo).toContain('Consolidado');
  });
  it('solo hojas por secretaría: todas, y la secretaría es el nombre de la hoja (trazado)', () => {
    const p = plan(importar([salud, educ], o));
    expect(p.metas.map((m) => [m.codigo, m.secretaria])).toEqual([['S1', 'Salud'], ['E1', 'Educación']]);
    expect(p.metas[0]!.trazas?.secretaria?.inferido).toContain('secretaría');
  });
  it('hojas que comparten algunas metas: error que pide elegir, nada importado dos veces', () => {
    const r = importar([{ ...salud, filas: [...salud.filas, ['Salud', 'S2', 'Dotar', 1]] }, { ...educ, filas: [...educ.filas, ['Salud', 'S1', 'Vacunar', 10]] }], o);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'hojas_superpuestas' });
  });
  it('«hojas» del mapeo elige sin detectar', () => {
    const p = plan(importar([salud, todo, educ], { ...o, mapeo: { hojas: ['Salud'] } }));
    expect(p.metas.map((m) => m.codigo)).toEqual(['S1']);
  });
});

describe('libro propio: porcentajes', () => {
  const hoja = (valores: unknown[]): HojaPrueba => ({
    nombre: 'H',
    filas: [['PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO', '% CUMPLIMIENTO 2024'], ...valores.map((v, i) => ['P', `M${i}`, `Meta ${i}`, v as number])],
  });
  it('fracciones se quedan; 1,15 (sobre-ejecución) no se confunde con puntos', () => {
    const p = plan(importar([hoja([0.5, 1.15, 0.8])], { entidad: ENTIDAD, plan: PLAN }));
    expect(p.metas.map((m) => m.reportado.cumplimiento)).toEqual([0.5, 1.15, 0.8]);
  });
  it('una columna en puntos porcentuales (66,7) se divide por 100 y se avisa una vez', () => {
    const r = importar([hoja([66.7, 100, 20])], { entidad: ENTIDAD, plan: PLAN });
    expect(plan(r).metas.map((m) => m.reportado.cumplimiento)).toEqual([0.667, 1, 0.2]);
    expect(r.avisos.filter((a) => a.codigo === 'porcentaje_en_puntos')).toHaveLength(1);
  });
  it('un porcentaje con formato de celda % es la fracción guardada', () => {
    const p = plan(importar([hoja([{ v: 0.667, z: '0.0%' }, 50, 60])], { entidad: ENTIDAD, plan: PLAN }));
    expect(p.metas[0]!.reportado.cumplimiento).toBe(0.667);
    expect(p.metas[1]!.reportado.cumplimiento).toBe(0.5);
  });
  it('texto que no es número: error con fila, columna y valor', () => {
    const r = importar([hoja(['mucho'])], { entidad: ENTIDAD, plan: PLAN });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'no_es_numero', fila: 2, columna: 'D · % CUMPLIMIENTO 2024', valor: '"mucho"' });
  });
});

describe('libro propio: mapeo', () => {
  const hoja: HojaPrueba = { nombre: 'H', filas: [['ÁREA', 'CÓDIGO', 'META DE PRODUCTO', 'LOGRO FÍSICO 2024', 'L.B', 'OBSERVACIONES'], ['Salud', 'M1', 'Vacunar', 7, 0, 'ok']] };
  const o = { entidad: ENTIDAD, plan: PLAN };
  it('sin nivel reconocible: error que lista las columnas sin mapear', () => {
    const r = importar([hoja], o);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const e = r.errores.find((x) => x.codigo === 'falta_nivel')!;
      expect(e.valor).toContain('A · ÁREA');
      expect(e.valor).toContain('D · LOGRO FÍSICO 2024');
    }
    expect(r.avisos.find((a) => a.codigo === 'columnas_sin_mapear')).toBeDefined();
  });
  it('el mapeo completa lo que los sinónimos no saben; null ignora sin aviso', () => {
    const r = importar([hoja], { ...o, mapeo: { columnas: { 'ÁREA': 'linea', D: 'ejecutado:2024', OBSERVACIONES: null } } });
    const p = plan(r);
    expect(p.niveles).toEqual(['ÁREA']);
    expect(p.metas[0]!.seguimiento).toEqual([{ desde: 2024, hasta: 2024, programado: null, ejecutado: 7 }]);
    expect(r.avisos.find((a) => a.codigo === 'columnas_sin_mapear')).toBeUndefined();
    expect(r.reporte?.mapeo?.map((m) => m.origen)).toEqual(['mapeo', 'sinonimo', 'sinonimo', 'mapeo', 'sinonimo', 'ignorada']);
  });
  it('una clave del mapeo que no corresponde a ninguna columna es un error', () => {
    const r = importar([hoja], { ...o, mapeo: { columnas: { 'ÁREA': 'linea', 'NO EXISTE': 'peso' } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores.some((e) => e.codigo === 'mapeo_sin_columna' && e.valor === '"NO EXISTE"')).toBe(true);
  });
  it('dos columnas para el mismo campo: error, no se elige una en silencio', () => {
    const r = importar([{ nombre: 'H', filas: [['PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO', 'META 2024', 'PROGRAMADO 2024'], ['P', 'M1', 'x', 1, 2]] }], o);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'columna_duplicada', columna: 'E · PROGRAMADO 2024' });
  });
});

describe('libro propio: filas de agrupación, entidad, idioma', () => {
  it('una fila que solo nombra el eje da nombre a las filas siguientes', () => {
    const r = importar(
      [{ nombre: 'H', filas: [['EJE', 'PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO'], ['EJE 1: SOCIAL'], [null, 'Salud', 'M1', 'Vacunar'], ['EJE 2: ECONÓMICO'], [null, 'Empleo', 'M2', 'Formar']] }],
      { entidad: ENTIDAD, plan: PLAN },
    );
    const p = plan(r);
    expect(p.nodos.filter((n) => n.nivel === 0).map((n) => n.nombre)).toEqual(['EJE 1: SOCIAL', 'EJE 2: ECONÓMICO']);
    expect(p.metas.map((m) => p.nodos.find((n) => n.codigo === m.nodo)?.padre)).toEqual([p.nodos[0]!.codigo, p.nodos[2]!.codigo]);
    expect(r.reporte?.filasOmitidas.map((f) => f.codigo)).toEqual(['fila_nivel', 'fila_nivel']);
  });
  it('sin entidad en opciones ni título: error que dice cómo darla', () => {
    const r = importar([{ nombre: 'H', filas: [['PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO'], ['P', 'M1', 'x']] }], { plan: PLAN });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores.find((e) => e.codigo === 'entidad_faltante')?.esperado).toContain('Código DANE');
  });
  it('mensajes en inglés con lang en', () => {
    const r = importar([{ nombre: 'H', filas: [['PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO', 'META 2024'], ['P', 'M1', 'x', 'lots']] }], { entidad: ENTIDAD, plan: PLAN, lang: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]!.mensaje).toBe('propio.xlsx, sheet "H", row 2, column D · META 2024: expected a number (e.g. 1,234.5) or an empty cell; found "lots".');
  });
});
