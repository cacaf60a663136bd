import { describe, expect, it } from 'vitest';
import { importarLibro } from './importar-xlsx.js';
import type { ResultadoXlsx } from './reporte.js';
import { ENCABEZADO_PRODUCTOS, libroSispt, producto } from './test-utils/generar.js';
import { libroDe, type HojaPrueba, type ValorPrueba } from './test-utils/libros.js';

const col = (h: string) => ENCABEZADO_PRODUCTOS.indexOf(h);

function importar(hojas: HojaPrueba[], o: Parameters<typeof importarLibro>[1] = {}): ResultadoXlsx {
  return importarLibro(libroDe(hojas), { archivo: 'sispt.xlsx', ...o });
}

/** The generated workbook with cells of the products sheet changed: [row index in data, header, value]. */
function conCambios(n: number, cambios: Array<[number, string, ValorPrueba]>, extra: HojaPrueba[] = []): HojaPrueba[] {
  const hojas = libroSispt(n);
  const productos = hojas[2]!;
  for (const [i, h, v] of cambios) productos.filas[i + 2]![col(h)] = v;
  return [...hojas, ...extra];
}

describe('SisPT Plan Indicativo', () => {
  const N = 40;
  const r = importar(libroSispt(N));
  if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
  const plan = r.plan;

  it('una meta por producto, colgada de línea → sector → programa → producto', () => {
    expect(plan.niveles).toEqual(['Línea estratégica', 'Sector', 'Programa', 'Producto']);
    expect(plan.metas).toHaveLength(N);
    const ps = Array.from({ length: N }, (_, i) => producto(i));
    // Counted from the generator's data, not from the importer.
    const distintos = (f: (p: (typeof ps)[number]) => string) => new Set(ps.map(f)).size;
    expect(r.reporte.niveles.map((n) => n.nodos)).toEqual([5, distintos((p) => `${p.linea}/${p.sector}`), distintos((p) => `${p.linea}/${p.sector}/${p.programa}`), distintos((p) => `${p.linea}/${p.sector}/${p.programa}/${p.producto}`)]);
    const m = plan.metas[3]!;
    expect(m.nodo).toBe(`LE-4/${ps[3]!.sector}/${ps[3]!.programa}/${ps[3]!.producto}`);
  });
  it('entidad por el Código DANE (25175 → municipio), plan y periodo por las columnas de programación', () => {
    expect(plan.entidad).toEqual({ nombre: 'Chía', tipo: 'municipio', divipola: '25175' });
    expect(plan.plan).toEqual({ nombre: 'PLAN DE DESARROLLO CHÍA - CUNDINAMARCA', inicio: 2024, fin: 2027 });
  });
  it('programación por año → seguimiento con ejecutado null (el Plan Indicativo no trae ejecución)', () => {
    const p = producto(0);
    expect(plan.metas[0]!.seguimiento).toEqual(p.programado.map((v, k) => ({ desde: 2024 + k, hasta: 2024 + k, programado: v, ejecutado: null })));
    expect(plan.metas[0]!.acumulacion).toBe('acumulado');
    expect(plan.metas[1]!.acumulacion).toBe('flujo');
  });
  it('inversión por año y fuente con los ids canónicos; los ceros no se multiplican; el total no es una fuente', () => {
    const p = producto(1);
    const inv = plan.metas[1]!.inversion;
    expect(inv.filter((e) => e.fuente === 'recursos_propios').map((e) => e.valor)).toEqual(p.inversion.map(([rp]) => rp));
    expect(inv.filter((e) => e.fuente === 'sgp_salud').map((e) => [e.desde, e.valor])).toEqual([[2025, 250_000]]);
    expect(inv.some((e) => e.fuente.toLowerCase().includes('total'))).toBe(false);
    expect(r.avisos.filter((a) => a.codigo === 'total_no_cuadra')).toEqual([]);
  });
  it('indicadores de resultado con su meta del cuatrienio y la dirección asumida (trazada)', () => {
    expect(plan.indicadoresResultado).toHaveLength(1);
    expect(plan.indicadoresResultado![0]).toMatchObject({ codigo: 'IR-1', nodo: 'LE-1', meta: { valor: 95, anio: 2027 } });
    expect(plan.indicadoresResultado![0]!.trazas?.direccion?.inferido).toBeTruthy();
  });
});

describe('SisPT: celdas difíciles', () => {
  it('celda vacía de programación → null, no 0; celdas de inversión vacías → sin entrada', () => {
    const fuentes2024 = ENCABEZADO_PRODUCTOS.filter((h) => / 2024$/.test(h) && !h.startsWith('Programación'));
    const r = importar(conCambios(3, [[0, 'Programación del producto bien o servicio 2024', null], ...fuentes2024.map((h): [number, string, null] => [0, h, null])]));
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.plan.metas[0]!.seguimiento[0]!.programado).toBeNull();
    expect(r.plan.metas[0]!.inversion.some((e) => e.desde === 2024)).toBe(false);
  });
  it('un año escrito todo en 0 conserva un 0 explícito (programada en 0, no «sin dato»)', () => {
    const r = importar(conCambios(3, [[0, 'Recursos propios 2026', 0], [0, 'Total 2026', 0]]));
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.plan.metas[0]!.inversion.filter((e) => e.desde === 2026)).toEqual([{ desde: 2026, hasta: 2026, fuente: 'recursos_propios', valor: 0 }]);
  });
  it('el total que no cuadra con la suma de fuentes se avisa con la celda', () => {
    const r = importar(conCambios(3, [[1, 'Total 2025', 1]]));
    const a = r.avisos.find((x) => x.codigo === 'total_no_cuadra');
    expect(a).toMatchObject({ fila: 4, columna: expect.stringContaining('Total 2025') });
  });
  it('código MGA guardado como número: se restaura el cero con el ancho MGA y se avisa', () => {
    const r = importar(conCambios(3, [[0, 'Código del sector', 4]]));
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.plan.nodos.some((n) => n.codigo === 'LE-1/04')).toBe(true);
    expect(r.avisos.find((x) => x.codigo === 'cero_restaurado')).toMatchObject({ fila: 3, valor: '4' });
  });
  it('tipo de acumulación vacío: se deduce de la programación si es evidente, y se dice', () => {
    const r = importar(conCambios(3, [[0, 'Tipo de acumulación', null], [1, 'Tipo de acumulación', 'Capacidad instalada']]));
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.plan.metas[0]!.acumulacion).toBe('acumulado');
    expect(r.plan.metas[0]!.trazas?.acumulacion?.inferido).toContain('suma');
    expect(r.plan.metas[1]!.acumulacion).toBe('flujo');
    expect(r.avisos.map((a) => a.codigo)).toEqual(expect.arrayContaining(['acumulacion_faltante', 'acumulacion_desconocida']));
  });
  it('_x000D_ y saltos de línea se limpian de los nombres', () => {
    const r = importar(conCambios(2, [[0, 'Sector (MGA)', 'Agricultura y desarrollo rural_x000D_\n']]));
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.plan.nodos.find((n) => n.nivel === 1)?.nombre).toBe('Agricultura y desarrollo rural');
  });
  it('errores con hoja, fila y columna: texto en la meta, programado negativo, código repetido', () => {
    const r = importar(conCambios(4, [[0, 'Meta del cuatrienio', 'doce'], [1, 'Programación del producto bien o servicio 2025', -3], [3, 'Código de indicador de producto (SisPT)', 'IP-1']]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores.map((e) => [e.codigo, e.fila, e.columna])).toEqual([
      ['no_es_numero', 3, 'P · Meta del cuatrienio'],
      ['valor_negativo', 4, 'V · Programación del producto bien o servicio 2025'],
      ['codigo_duplicado', 6, 'D · Código de indicador de producto (SisPT)'],
    ]);
    expect(r.errores[0]!.mensaje).toContain('hoja «Plan indicativo - Productos»');
  });
  it('los errores de validarPlan sobre una meta nombran la hoja y la fila de Excel de esa meta', () => {
    const r = importar(libroSispt(2), { plan: { inicio: 2025, fin: 2027 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errores.find((x) => x.ruta === 'metas[1].seguimiento[0].desde')!;
    expect(e).toMatchObject({ codigo: 'fuera_del_plan', fila: 4 });
    expect(e.mensaje.startsWith('sispt.xlsx, hoja «Plan indicativo - Productos», fila 4')).toBe(true);
  });
  it('Código DANE distinto entre filas: error', () => {
    const r = importar(conCambios(3, [[2, 'Código DANE', '05001']]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'entidad_inconsistente', valor: '"05001"' });
  });
  it('falta la hoja de productos o una columna obligatoria: error que la nombra', () => {
    const r1 = importar([libroSispt(1)[0]!], { formato: 'sispt' });
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.errores[0]!.esperado).toContain('Plan indicativo - Productos');
    const hojas = libroSispt(2);
    hojas[2]!.filas[1]![col('Meta del cuatrienio')] = 'Meta';
    const r2 = importar(hojas);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errores[0]).toMatchObject({ codigo: 'columna_faltante', esperado: expect.stringContaining('Meta del cuatrienio') });
  });
});

describe('SisPT: regalías (SGR) por bienio', () => {
  const sgr: HojaPrueba = {
    nombre: 'Plan indicativo SGR - Productos',
    filas: [
      ['PLAN INDICATIVO SGR'],
      ['Código DANE', 'Entidad territorial', 'Nombre del plan', 'Código de indicador de producto SGR (SisPT)', 'Iniciativa del SGR', 'Código del sector', 'Sector (MGA)', 'Código del programa (MGA)', 'Programa (MGA)', 'Código del producto (MGA)', 'Producto (MGA)', 'Código de indicador de producto (MGA)', 'Indicador de Producto (MGA)', 'Personalización de Indicador de Producto SGR', 'Unidad de medida', 'Meta del cuatrienio', 'Principal', 'Código de ODS', 'ODS', 'Tipo de acumulación', 'Cofinanciado con presupuesto ordinario', 'Programación del producto bien o servicio 2023-2024', 'Programación del producto bien o servicio 2025-2026', 'Programación del producto bien o servicio 2027-2028', 'Recursos SGR 2023-2024', 'Recursos SGR 2025-2026', 'Recursos SGR 2027-2028', 'BPIN'],
      ['25175', 'Chía', 'PLAN', 'IPSGR-1', 'Vía terciaria', '24', 'Transporte', '2402', 'Red vial', '2402041', 'Vía mejorada', '240204100', 'Vías mejoradas', 'No personalizado', 'Kilómetros', 10, 'Sí', 9, 'Industria', 'Acumulativo', 'No', 2, 5, 3, 100, 500, 300, '2024251750999'],
    ],
  };
  const iniciativas: HojaPrueba = {
    nombre: 'Iniciativas SGR',
    filas: [['INICIATIVAS SGR'], ['Código DANE', 'Entidad territorial', 'Nombre del plan', 'Consecutivo', 'Línea estratégica', 'Tipo de iniciativa', 'Sector (MGA)', 'Iniciativa del SGR', 'Recursos SGR indicativos', 'BPIN'], ['25175', 'Chía', 'PLAN', 'I-1', 'LE-2-LÍNEA 2', 'Proyecto', 'Transporte', 'Vía terciaria', 900, '']],
  };
  it('el bienio dentro del plan es un tramo; los que cruzan los bordes van a notas, con aviso', () => {
    const r = importar(conCambios(2, [], [iniciativas, sgr]));
    if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
    const m = r.plan.metas.find((x) => x.codigo === 'IPSGR-1')!;
    expect(m.nodo).toBe('LE-2/24/2402/2402041');
    expect(m.seguimiento).toEqual([{ desde: 2025, hasta: 2026, programado: 5, ejecutado: null }]);
    expect(m.inversion).toEqual([{ desde: 2025, hasta: 2026, fuente: 'sgr', valor: 500 }]);
    expect(m.notas?.join(' ')).toContain('2023-2024: 2');
    expect(r.avisos.filter((a) => a.codigo === 'bienio_fuera_del_plan')).toHaveLength(4);
  });
  it('producto SGR cuya iniciativa no tiene línea: error y fila omitida con el motivo', () => {
    const r = importar(conCambios(2, [], [sgr]));
    expect(r.ok).toBe(false);
    expect(r.reporte?.filasOmitidas[0]).toMatchObject({ codigo: 'fila_sgr_incompleta', fila: 3 });
  });
});
