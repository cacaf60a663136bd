/**
 * Workbooks written with SheetJS in the awkward shapes secretarías use, read back through the whole
 * bytes path (importarXlsx): what SheetJS writes and reads (merges, number formats, error cells) is
 * part of what is tested.
 */
import { describe, expect, it } from 'vitest';
import { importarXlsx, importarXlsxVarios, type ResultadoXlsx } from '../../packages/core/src/index.js';
import { libroDnp, libroSispt } from '../../packages/core/src/io/xlsx/test-utils/generar.js';
import { escribirXlsx, type HojaPrueba, type ValorPrueba } from '../../packages/core/src/io/xlsx/test-utils/libros.js';

function ok(r: ResultadoXlsx) {
  if (!r.ok) throw new Error(r.errores.slice(0, 5).map((e) => e.mensaje).join('\n'));
  return r;
}

type FilaMeta = [programa: string, codigo: ValorPrueba, meta: string, tendencia: string, cuatrienio: number, programado: number | null, ejecutado: ValorPrueba];

/** A sheet as secretarías make them: two title rows, a header on rows 4–5 with a "VIGENCIA 2024" band, a subtotal. */
const SECRETARIA = (nombre: string, filas: FilaMeta[]): HojaPrueba => ({
  nombre,
  combinadas: ['A1:G1', 'A2:G2', 'F4:G4', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5'],
  filas: [
    ['GOBERNACIÓN DE NORTE DE SANTANDER'],
    ['SEGUIMIENTO AL PLAN DE DESARROLLO 2024-2027'],
    [],
    ['PROGRAMA', 'CÓDIGO', 'META DE PRODUCTO', 'TENDENCIA', 'META CUATRIENIO', 'VIGENCIA 2024', null],
    [null, null, null, null, null, 'META', 'AVANCE\nMETA'],
    ...filas,
    ['SUBTOTAL', null, null, null, null, 99, 99],
  ],
});

const FILAS_SALUD: FilaMeta[] = [
  ['Salud pública', { v: 10101, z: '000000' }, 'Vacunar', 'Incremento', 400, 100, 80],
  ['Salud pública', '010102', 'Reducir mortalidad', 'Reducción', 10, 12, { error: '#DIV/0!' }],
];
const FILAS_EDUCACION: FilaMeta[] = [['Calidad', '020101', 'Dotar sedes', 'Mantenimiento', 30, 30, 30]];

describe('libro propio escrito con SheetJS: por secretaría + consolidado', () => {
  const salud = SECRETARIA('Salud', FILAS_SALUD);
  const educacion = SECRETARIA('Educación', FILAS_EDUCACION);
  const consolidado = SECRETARIA('Consolidado', [...FILAS_SALUD, ...FILAS_EDUCACION]);

  it('detecta la consolidada, la importa sola, y omite las hojas por secretaría con el motivo', async () => {
    const r = ok(await importarXlsx(escribirXlsx([salud, educacion, consolidado]), { archivo: 'gobernacion.xlsx' }));
    expect(r.plan.entidad).toMatchObject({ divipola: '54', tipo: 'departamento' });
    expect(r.plan.metas.map((m) => m.codigo)).toEqual(['010101', '010102', '020101']);
    expect(r.reporte.hojas.filter((h) => h.uso === 'omitida').map((h) => h.nombre).sort()).toEqual(['Educación', 'Salud']);
    expect(r.reporte.filasOmitidas.map((f) => f.codigo)).toEqual(['fila_totales']);
  });
  it('el código con formato "000000" se lee con su cero, sin aviso; #DIV/0! → sin dato con aviso', async () => {
    const r = ok(await importarXlsx(escribirXlsx([salud]), { archivo: 'salud.xlsx' }));
    expect(r.plan.metas[0]!.codigo).toBe('010101');
    expect(r.avisos.some((a) => a.codigo === 'cero_restaurado')).toBe(false);
    expect(r.plan.metas[1]!.seguimiento[0]).toEqual({ desde: 2024, hasta: 2024, programado: 12, ejecutado: null });
    expect(r.avisos.find((a) => a.codigo === 'error_formula')).toMatchObject({ fila: 7, columna: 'G · VIGENCIA 2024 · AVANCE META' });
  });
  it('TENDENCIA se lee; la banda «VIGENCIA 2024» da el año a «META» y «AVANCE META»', async () => {
    const r = ok(await importarXlsx(escribirXlsx([salud, educacion]), { archivo: 'dos.xlsx' }));
    expect(r.plan.metas.map((m) => [m.codigo, m.tipo, m.secretaria])).toEqual([
      ['010101', 'incremento', 'Salud'],
      ['010102', 'reduccion', 'Salud'],
      ['020101', 'mantenimiento', 'Educación'],
    ]);
    expect(r.reporte.mapeo?.filter((m) => m.hoja === 'Salud').map((m) => m.campo)).toEqual(['programa', 'codigo', 'nombre', 'tipo', 'metaCuatrienio', 'programado:2024', 'ejecutado:2024']);
  });
});

describe('SisPT + DNP escritos con SheetJS, por la ruta de bytes', () => {
  it('importarXlsxVarios fusiona los dos libros', async () => {
    const r = ok(await importarXlsxVarios([
      { nombre: 'sispt.xlsx', contenido: escribirXlsx(libroSispt(30)) },
      { nombre: 'dnp.xlsx', contenido: escribirXlsx(libroDnp(30)) },
    ]));
    expect(r.reporte.formato).toBe('fusion');
    expect(r.plan.metas).toHaveLength(30);
    expect(r.reporte.archivos).toEqual(['sispt.xlsx', 'dnp.xlsx']);
  });
  it('si un archivo falla, no hay fusión parcial: vuelven sus errores', async () => {
    const r = await importarXlsxVarios([
      { nombre: 'sispt.xlsx', contenido: escribirXlsx(libroSispt(3)) },
      { nombre: 'roto.xlsx', contenido: new TextEncoder().encode('no soy un libro') },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'no_es_libro', archivo: 'roto.xlsx' });
  });
});
