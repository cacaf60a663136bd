import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { leerCsvDetallado, leerPlanCsv, type OpcionesCsv } from './csv-leer.js';
import type { ErrorDato, Plan, ResultadoValidacion } from '../schema/types.js';

const ENCABEZADO = ['Nivel 1: Línea', 'Código meta', 'Meta', 'Tipo', 'Acumulación', 'Programado 2024', 'Ejecutado 2024', 'Entidad', 'DIVIPOLA entidad', 'Plan'];
const DATOS_PLAN = ['Norte de Santander', '54', 'Norte, Territorio de Paz'];

/** A CSV text from rows of cells (cells holding the separator, quotes or newlines are quoted). */
function csv(filas: string[][], sep = ';'): string {
  const celda = (c: string) => (c.includes(sep) || c.includes('"') || c.includes('\n') ? `"${c.replace(/"/g, '""')}"` : c);
  return filas.map((f) => f.map(celda).join(sep)).join('\n') + '\n';
}

/** The minimal file with one row per meta, each row given as [código, programado, ejecutado]. */
function minimo(metas: Array<[string, string, string]>, sep = ';'): string {
  return csv([ENCABEZADO, ...metas.map(([c, p, e]) => ['Internacionalización', c, `Meta ${c}`, 'Incremento', 'Acumulado', p, e, ...DATOS_PLAN])], sep);
}

function plan(r: ResultadoValidacion): Plan {
  if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
  return r.plan;
}
function errores(r: ResultadoValidacion): ErrorDato[] {
  if (r.ok) throw new Error('se esperaban errores');
  return r.errores;
}

describe('leerPlanCsv: lectura', () => {
  it('lee el archivo mínimo: entidad, plan, niveles, nodos y metas', () => {
    const p = plan(leerPlanCsv(minimo([['1', '2', '1,5']])));
    expect(p.entidad).toEqual({ nombre: 'Norte de Santander', tipo: 'departamento', divipola: '54' });
    expect(p.plan).toEqual({ nombre: 'Norte, Territorio de Paz', inicio: 2024, fin: 2027 });
    expect(p.niveles).toEqual(['Línea']);
    expect(p.nodos).toEqual([{ codigo: '1', nombre: 'Internacionalización', nivel: 0, padre: null }]);
    expect(p.metas[0]).toMatchObject({ codigo: '1', nombre: 'Meta 1', nodo: '1', tipo: 'incremento', acumulacion: 'acumulado' });
    expect(p.metas[0]!.seguimiento).toEqual([{ desde: 2024, hasta: 2024, programado: 2, ejecutado: 1.5 }]);
  });

  it('separador «;» o «,» (detectado) y BOM de UTF-8 dan el mismo plan', () => {
    const a = plan(leerPlanCsv(minimo([['1', '2', '1,5']], ';')));
    const b = plan(leerPlanCsv(minimo([['1', '2', '1,5']], ',')));
    const c = plan(leerPlanCsv('\ufeff' + minimo([['1', '2', '1,5']], ',')));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('encabezados sin importar mayúsculas, tildes ni espacios de más', () => {
    const otro = ['NIVEL 1:  Línea', 'CODIGO   META', 'meta', 'tipo de meta', 'ACUMULACION', ' programado 2024 ', 'Ejecutado  2024', 'entidad', 'Divipola Entidad', 'PLAN'];
    const texto = csv([otro, ['Internacionalización', '1', 'Meta 1', 'incremento', 'acumulativo', '2', '1,5', ...DATOS_PLAN]]);
    expect(plan(leerPlanCsv(texto)).metas).toEqual(plan(leerPlanCsv(minimo([['1', '2', '1,5']]))).metas);
  });

  it('celda vacía = null, nunca 0; sin programado ni ejecutado no hay tramo', () => {
    const p = plan(leerPlanCsv(minimo([['1', '2', ''], ['2', '', '']])));
    expect(p.metas[0]!.seguimiento).toEqual([{ desde: 2024, hasta: 2024, programado: 2, ejecutado: null }]);
    expect(p.metas[1]!.seguimiento).toEqual([]);
  });

  it('«NA» / «ND» / «sin dato» = null, pero el tramo existe (se escribió algo)', () => {
    const p = plan(leerPlanCsv(minimo([['1', 'NA', 'ND'], ['2', 'N/A', 'sin dato']])));
    expect(p.metas[0]!.seguimiento).toEqual([{ desde: 2024, hasta: 2024, programado: null, ejecutado: null }]);
    expect(p.metas[1]!.seguimiento).toEqual([{ desde: 2024, hasta: 2024, programado: null, ejecutado: null }]);
  });

  it('coma decimal, punto de miles y «66,7%» (proporción)', () => {
    const h = [...ENCABEZADO, 'Línea base', '% avance reportado', 'Inversión 2024 Recursos propios'];
    const texto = csv([h, ['L', '1', 'M', 'Incremento', 'Acumulado', '2', '1', ...DATOS_PLAN, '1.234,5', '66,7%', '776.000.000']]);
    const m = plan(leerPlanCsv(texto)).metas[0]!;
    expect(m.lineaBase).toBe(1234.5);
    expect(m.reportado.avance).toBeCloseTo(0.667, 12);
    expect(m.inversion).toEqual([{ desde: 2024, hasta: 2024, fuente: 'recursos_propios', valor: 776_000_000 }]);
  });

  it('columnas de periodo («Programado 2024-2025»)', () => {
    const h = ['Nivel 1: Línea', 'Código meta', 'Meta', 'Tipo', 'Acumulación', 'Programado 2024-2025', 'Ejecutado 2024-2025', ...ENCABEZADO.slice(7)];
    const m = plan(leerPlanCsv(csv([h, ['L', '1', 'M', 'Incremento', 'Flujo', '3', '3', ...DATOS_PLAN]]))).metas[0]!;
    expect(m.seguimiento).toEqual([{ desde: 2024, hasta: 2025, programado: 3, ejecutado: 3 }]);
  });

  it('niveles con y sin código; meta colgada del nivel más profundo con dato', () => {
    const h = ['Nivel 1: Línea estratégica', 'Código nivel 1', 'Nivel 2: Componente', 'Nivel 3: Apuesta', ...ENCABEZADO.slice(1)];
    const filas = [
      h,
      ['Internacionalización', 'L1', 'Ruedas', 'Macrorrueda', '1', 'M1', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN],
      ['Internacionalización', 'L1', 'Ruedas', 'Misiones', '2', 'M2', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN],
      ['Internacionalización', 'L1', 'Ruedas', '', '3', 'M3', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN],
    ];
    const p = plan(leerPlanCsv(csv(filas)));
    expect(p.niveles).toEqual(['Línea estratégica', 'Componente', 'Apuesta']);
    expect(p.nodos).toEqual([
      { codigo: 'L1', nombre: 'Internacionalización', nivel: 0, padre: null },
      { codigo: 'L1.1', nombre: 'Ruedas', nivel: 1, padre: 'L1' },
      { codigo: 'L1.1.1', nombre: 'Macrorrueda', nivel: 2, padre: 'L1.1' },
      { codigo: 'L1.1.2', nombre: 'Misiones', nivel: 2, padre: 'L1.1' },
    ]);
    expect(p.metas.map((m) => m.nodo)).toEqual(['L1.1.1', 'L1.1.2', 'L1.1']);
  });

  it('nombres de nivel conocidos sin el prefijo «Nivel N:» y «Código <nivel>»', () => {
    const h = ['Línea estratégica', 'Código línea estratégica', 'Programa', ...ENCABEZADO.slice(1)];
    const p = plan(leerPlanCsv(csv([h, ['Competitividad', 'LE-1', 'Empresas', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN]])));
    expect(p.niveles).toEqual(['Línea estratégica', 'Programa']);
    expect(p.nodos.map((n) => n.codigo)).toEqual(['LE-1', 'LE-1.1']);
  });

  it('una fila con solo el camino de niveles declara un nodo sin metas', () => {
    const p = plan(leerPlanCsv(csv([ENCABEZADO, ['Línea con metas', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN], ['Línea sin metas', '', '', '', '', '', '', ...DATOS_PLAN]])));
    expect(p.nodos.map((n) => n.nombre)).toEqual(['Línea con metas', 'Línea sin metas']);
    expect(p.metas).toHaveLength(1);
  });

  it('inversión sin fuente en el encabezado: la toma de la columna «Fuente»', () => {
    const h = [...ENCABEZADO, 'Inversión 2024', 'Fuente'];
    const filas = [h, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '5', 'Recursos propios'], ['L', '2', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '7', '']];
    const p = plan(leerPlanCsv(csv(filas)));
    expect(p.metas[0]!.inversion).toEqual([{ desde: 2024, hasta: 2024, fuente: 'recursos_propios', texto: 'Recursos propios', valor: 5 }]);
    expect(p.metas[1]!.inversion).toEqual([{ desde: 2024, hasta: 2024, fuente: 'sin_especificar', valor: 7 }]);
  });

  it('un total junto a columnas por fuente se ignora con aviso (no se cuenta dos veces)', () => {
    const h = [...ENCABEZADO, 'Inversión 2024 Recursos propios', 'Inversión 2024 SGR', 'Inversión 2024 Total'];
    const r = leerPlanCsv(csv([h, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '5', '3', '8']]));
    expect(plan(r).metas[0]!.inversion.map((i) => i.valor)).toEqual([5, 3]);
    expect(r.avisos.map((a) => a.codigo)).toContain('columna_ignorada');
  });

  it('beneficiarios: total, grupos y «No aplica»', () => {
    const h = [...ENCABEZADO, 'Beneficiarios', 'Unidad beneficiarios', 'Beneficiarios Víctimas', 'Beneficiarios Migrantes'];
    const filas = [
      h,
      ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '1.649', 'ciudadanos', '56', ''],
      ['L', '2', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, 'No aplica', '', '', ''],
      ['L', '3', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '', '', '', 'sin dato'],
    ];
    const [a, b, c] = plan(leerPlanCsv(csv(filas))).metas;
    expect(a!.beneficiarios).toEqual({ estado: 'reportado', total: 1649, unidad: 'ciudadanos', grupos: [{ grupo: 'victimas', valor: 56 }] });
    expect(b!.beneficiarios).toEqual({ estado: 'no_aplica', total: null, unidad: null, grupos: [] });
    expect(c!.beneficiarios).toEqual({ estado: 'sin_dato', total: null, unidad: null, grupos: [{ grupo: 'migrantes', valor: null }] });
  });

  it('municipios por código (separados por «;» o «,») o por nombre, en el departamento de la entidad', () => {
    const h = [...ENCABEZADO, 'Municipios'];
    const filas = [
      h,
      ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '54001; 54874'],
      ['L', '2', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, 'Cúcuta, Villa del Rosario y Santiago'],
      ['L', '3', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '5001'],
    ];
    const [a, b, c] = plan(leerPlanCsv(csv(filas))).metas;
    expect(a!.municipios).toEqual({ alcance: 'municipal', codigos: ['54001', '54874'] });
    // Santiago is 54680 in Norte de Santander (and 86760 in Putumayo): the entity's department decides.
    expect(b!.municipios).toEqual({ alcance: 'municipal', codigos: ['54001', '54874', '54680'] });
    // A code that lost its leading zero in the sheet.
    expect(c!.municipios.codigos).toEqual(['05001']);
  });

  it('datos de entidad y plan como opciones cuando el CSV no los trae', () => {
    const h = ENCABEZADO.slice(0, 7);
    const o: OpcionesCsv = { entidad: { nombre: 'San José de Cúcuta', divipola: '54001' }, plan: { nombre: 'Cúcuta 2024-2027' }, corte: { desde: 2024, hasta: 2025 } };
    const p = plan(leerPlanCsv(csv([h, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1']]), o));
    expect(p.entidad).toEqual({ nombre: 'San José de Cúcuta', tipo: 'municipio', divipola: '54001' });
    expect(p.corte).toEqual({ nombre: '2024-2025', desde: 2024, hasta: 2025 });
  });

  it('sin columna «Corte»: se supone hasta el último año con ejecutado, y se avisa', () => {
    const r = leerPlanCsv(minimo([['1', '2', '1']]));
    expect(plan(r).corte).toEqual({ nombre: '2024', desde: 2024, hasta: 2024 });
    expect(r.avisos.map((a) => a.codigo)).toContain('corte_supuesto');
    const h = [...ENCABEZADO, 'Corte', 'Fecha de corte'];
    const r2 = leerPlanCsv(csv([h, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '2024-2025', 'Noviembre de 2025']]));
    expect(plan(r2).corte).toEqual({ nombre: '2024-2025', desde: 2024, hasta: 2025, fecha: 'Noviembre de 2025' });
    expect(r2.avisos).toEqual([]);
  });

  it('fila de totales y filas vacías se omiten; las vacías no desplazan la numeración', () => {
    const texto = minimo([['1', '1', '1']]) + ';;;;;;;;;\n' + csv([['TOTAL', '', '', '', '', '1', '1', '', '', '']]) + minimo([['2', '1', 'tres']]).split('\n')[1] + '\n';
    const l = leerCsvDetallado(texto, { archivo: 'p.csv' });
    expect(l.filasOmitidas).toEqual([{ fila: 4, motivo: 'fila de totales' }]);
    expect(l.filasVacias).toBe(1);
    expect(l.filasMetas).toBe(2);
    expect(errores(l.resultado)[0]).toMatchObject({ fila: 5, columna: 'Ejecutado 2024' });
  });

  it('una celda de varias líneas cuenta como una fila (como la muestra la hoja)', () => {
    const h = [...ENCABEZADO, '¿Qué se hizo?'];
    const texto = csv([h, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, 'línea uno\nlínea dos\nlínea tres'], ['L', '2', 'M', 'Incremento', 'Acumulado', '1', 'x', ...DATOS_PLAN, '']]);
    expect(errores(leerPlanCsv(texto))[0]!.fila).toBe(3);
  });

  it('la línea «sep=;» de Excel no cuenta: el encabezado sigue siendo la fila 1', () => {
    expect(errores(leerPlanCsv('sep=;\n' + minimo([['1', '1', 'x']])))[0]!.fila).toBe(2);
  });

  it('una columna desconocida se ignora con un aviso que la nombra', () => {
    const r = leerPlanCsv(csv([[...ENCABEZADO, 'Color favorito'], ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, 'azul']]));
    expect(r.ok).toBe(true);
    expect(r.avisos.find((a) => a.codigo === 'columna_desconocida')).toMatchObject({ fila: 1, columna: 'Color favorito' });
  });
});

describe('leerPlanCsv: errores con archivo, fila, columna, valor y lo esperado', () => {
  it('texto en una columna numérica', () => {
    const [e, ...resto] = errores(leerPlanCsv(minimo([['1', '1', '1'], ['2', '1', 'tres']]), { archivo: 'p.csv' }));
    expect(resto).toEqual([]);
    expect(e).toEqual({
      codigo: 'numero_invalido',
      ruta: 'metas[1].seguimiento[0].ejecutado',
      esperado: 'un número (p. ej. 1.234,5), vacío o «ND»',
      valor: '"tres"',
      archivo: 'p.csv',
      fila: 3,
      columna: 'Ejecutado 2024',
      severidad: 'error',
      mensaje: 'p.csv, fila 3 (meta «2»), columna «Ejecutado 2024»: se esperaba un número (p. ej. 1.234,5), vacío o «ND»; se encontró "tres".',
    });
  });

  it('en inglés con lang: "en"', () => {
    const [e] = errores(leerPlanCsv(minimo([['1', '1', '1'], ['2', '1', 'tres']]), { archivo: 'p.csv', lang: 'en' }));
    expect(e!.mensaje).toBe('p.csv, row 3 (meta «2»), column «Ejecutado 2024»: expected a number (e.g. 1,234.5), empty or "ND"; found "tres".');
  });

  it('tipo desconocido', () => {
    const texto = csv([ENCABEZADO, ['L', '1', 'M', 'Creciente', 'Acumulado', '1', '1', ...DATOS_PLAN]]);
    expect(errores(leerPlanCsv(texto))).toEqual([
      expect.objectContaining({ codigo: 'valor_no_permitido', fila: 2, columna: 'Tipo', valor: '"Creciente"', esperado: 'uno de: incremento, mantenimiento, reduccion' }),
    ]);
  });

  it('informa TODOS los errores, ordenados por fila', () => {
    const texto = csv([
      ENCABEZADO,
      ['L', '1', 'M', 'Creciente', 'Acumulado', '1', '1', ...DATOS_PLAN],
      ['L', '2', 'M', 'Incremento', 'Raro', 'uno', '1', ...DATOS_PLAN],
      ['L', '3', 'M', 'Incremento', 'Acumulado', '1', '#DIV/0!', ...DATOS_PLAN],
    ]);
    expect(errores(leerPlanCsv(texto)).map((e) => [e.fila, e.columna])).toEqual([
      [2, 'Tipo'],
      [3, 'Acumulación'],
      [3, 'Programado 2024'],
      [4, 'Ejecutado 2024'],
    ]);
  });

  it('faltan columnas obligatorias: UN error que las nombra todas', () => {
    const h = ['Nivel 1: Línea', 'Código meta', 'Meta', 'Programado 2024'];
    const es = errores(leerPlanCsv(csv([h, ['L', '1', 'M', '1']]), { archivo: 'p.csv' }));
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ codigo: 'columnas_faltantes', fila: 1, columna: 'Tipo, Acumulación, Entidad, DIVIPOLA entidad, Plan' });
    expect(es[0]!.mensaje).toContain('«Tipo», «Acumulación», «Entidad», «DIVIPOLA entidad», «Plan»');
  });

  it('los errores del esquema apuntan a la fila y columna del CSV', () => {
    const es = errores(leerPlanCsv(minimo([['1', '1', '1'], ['2', '1', '-1']]), { archivo: 'p.csv' }));
    expect(es.map((e) => [e.codigo, e.fila, e.columna])).toEqual([['valor_fuera_de_rango', 3, 'Ejecutado 2024']]);
    expect(es[0]!.mensaje).toBe('p.csv, fila 3 (meta «2»), columna «Ejecutado 2024»: se esperaba un valor mayor o igual a 0; se encontró -1.');
  });

  it('los errores de coherencia (código repetido, DIVIPOLA, años fuera del plan) también', () => {
    // validarPlan runs these checks once the schema passes, so this file has no schema error.
    const h = [...ENCABEZADO, 'Programado 2030', 'Municipios'];
    const filas = [
      h,
      ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '', ''],
      ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '', '99999'],
      ['L', '3', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '2', ''],
    ];
    const es = errores(leerPlanCsv(csv(filas), { archivo: 'p.csv' }));
    const de = (codigo: string) => es.filter((e) => e.codigo === codigo).map((e) => [e.fila, e.columna]);
    expect(de('codigo_duplicado')).toEqual([[3, 'Código meta']]);
    expect(de('divipola_desconocido')).toEqual([[3, 'Municipios']]);
    // Both ends of the span 2030–2030 are outside 2024–2027.
    expect(de('fuera_del_plan')).toEqual([
      [4, 'Programado 2030'],
      [4, 'Programado 2030'],
    ]);
    for (const e of es) expect(e.mensaje).toMatch(/^p\.csv, fila \d+ \(meta «\d»\), columna «[^»]+»: se esperaba /);
  });

  it('municipio desconocido por nombre: error que lo nombra', () => {
    const h = [...ENCABEZADO, 'Municipios'];
    const es = errores(leerPlanCsv(csv([h, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, 'Cúcuta; Macondo']])));
    expect(es).toEqual([expect.objectContaining({ codigo: 'municipio_desconocido', fila: 2, columna: 'Municipios' })]);
    expect(es[0]!.esperado).toContain('Macondo');
  });

  it('un porcentaje sin signo mayor que 2 es un error, no 6.670 %', () => {
    const h = [...ENCABEZADO, '% cumplimiento reportado'];
    const es = errores(leerPlanCsv(csv([h, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '66,7']])));
    expect(es).toEqual([expect.objectContaining({ fila: 2, columna: '% cumplimiento reportado', valor: '"66,7"' })]);
  });

  it('datos del plan distintos entre filas', () => {
    const texto = csv([ENCABEZADO, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN], ['L', '2', 'M', 'Incremento', 'Acumulado', '1', '1', 'Santander', '68', DATOS_PLAN[2]!]]);
    const es = errores(leerPlanCsv(texto));
    expect(es.map((e) => [e.codigo, e.fila, e.columna])).toEqual([
      ['dato_plan_distinto', 3, 'Entidad'],
      ['dato_plan_distinto', 3, 'DIVIPOLA entidad'],
    ]);
  });

  it('hueco en los niveles y meta sin nivel', () => {
    const h = ['Nivel 1: Línea', 'Nivel 2: Componente', ...ENCABEZADO.slice(1)];
    const texto = csv([h, ['', 'Componente suelto', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN], ['', '', '2', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN]]);
    expect(errores(leerPlanCsv(texto)).map((e) => [e.codigo, e.fila, e.columna])).toEqual([
      ['nivel_faltante', 2, 'Nivel 1: Línea'],
      ['sin_nivel', 3, 'Nivel 1: Línea'],
    ]);
  });

  it('columna duplicada', () => {
    const h = [...ENCABEZADO, 'Código de la meta'];
    const es = errores(leerPlanCsv(csv([h, ['L', '1', 'M', 'Incremento', 'Acumulado', '1', '1', ...DATOS_PLAN, '9']])));
    expect(es).toEqual([expect.objectContaining({ codigo: 'columna_duplicada', fila: 1, columna: 'Código de la meta' })]);
  });

  it('archivo vacío', () => {
    expect(errores(leerPlanCsv('\n\n', { archivo: 'v.csv' }))).toEqual([expect.objectContaining({ codigo: 'archivo_vacio', archivo: 'v.csv' })]);
  });
});

describe('docs/plantilla-csv.md', () => {
  it('la fila de ejemplo de la documentación se lee sin errores ni avisos', () => {
    const md = readFileSync(new URL('../../../../docs/plantilla-csv.md', import.meta.url), 'utf8');
    const ejemplo = md.split('## Una fila de ejemplo')[1]!.split('```text\n')[1]!.split('```')[0]!;
    const r = leerPlanCsv(ejemplo);
    expect(r.avisos).toEqual([]);
    const m = plan(r).metas[0]!;
    expect(m.inversion.map((i) => [i.fuente, i.valor])).toEqual([
      ['recursos_propios', 376_000_000],
      ['recursos_propios', 400_000_000],
    ]);
    expect(m.municipios.codigos).toEqual(['54001', '54518']);
    expect(m.reportado.avance).toBe(0.667);
  });
});
