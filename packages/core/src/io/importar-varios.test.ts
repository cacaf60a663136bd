import { describe, expect, it } from 'vitest';
import { importarArchivo } from './importar.js';
import { importarArchivos, nombreConjunto } from './importar-varios.js';
import { escribirPlanJson } from './json.js';
import { ejecucion, libroDnp, libroSispt, producto } from './xlsx/test-utils/generar.js';
import { escribirXlsx, type HojaPrueba } from './xlsx/test-utils/libros.js';

const N = 4;
const SISPT = escribirXlsx(libroSispt(N));
const DNP = escribirXlsx(libroDnp(N));

/** The DNP workbook with one product's target for the four years changed (column M, «Meta cuatrienio»). */
function dnpConMetaDistinta(): Uint8Array {
  const hojas: HojaPrueba[] = libroDnp(N);
  const fisico = hojas.find((h) => h.nombre === 'Detalle seguimiento físico')!;
  const fila = fisico.filas.find((f) => f[0] === producto(1).ip)!;
  fila[12] = producto(1).meta + 1;
  return escribirXlsx(hojas);
}

describe('importarArchivos: varios archivos de una entidad, un plan', () => {
  it('SisPT + Informe del DNP (en cualquier orden): árbol de SisPT, ejecutado del DNP, informe del conjunto', async () => {
    const r = await importarArchivos([
      { nombre: 'dnp.xlsx', contenido: DNP },
      { nombre: 'sispt.xlsx', contenido: SISPT },
    ]);
    if (!r.ok) expect.fail(r.errores.map((e) => e.mensaje).join('\n'));
    expect(r.formato).toBe('fusion');
    expect(r.plan.niveles).toHaveLength(4);
    expect(r.plan.metas).toHaveLength(N);
    const p = producto(2);
    expect(r.plan.metas[2]!.seguimiento.slice(0, 2).map((s) => s.ejecutado)).toEqual([ejecucion(2, 0, p.programado[0]!), ejecucion(2, 1, p.programado[1]!)].map((e) => (e === ' ' ? null : e)));
    expect(r.informe).toMatchObject({ archivo: 'dnp.xlsx + sispt.xlsx', formato: 'fusion', valido: true, metas: N, conflictos: [] });
    expect(r.reporte?.formato).toBe('fusion');
    expect(r.reporte?.archivos).toEqual(['dnp.xlsx', 'sispt.xlsx']);
  });

  it('un dato distinto entre archivos: conflicto en el informe, con los dos valores; el plan conserva el de SisPT', async () => {
    const r = await importarArchivos([
      { nombre: 'sispt.xlsx', contenido: SISPT },
      { nombre: 'dnp.xlsx', contenido: dnpConMetaDistinta() },
    ]);
    if (!r.ok) expect.fail(r.errores.map((e) => e.mensaje).join('\n'));
    const m = producto(1).meta;
    expect(r.informe.conflictos).toHaveLength(1);
    expect(r.informe.conflictos[0]).toMatchObject({ meta: producto(1).ip, valores: [{ archivo: 'sispt.xlsx', valor: m }, { archivo: 'dnp.xlsx', valor: m + 1 }] });
    expect(r.plan.metas.find((x) => x.codigo === producto(1).ip)!.metaCuatrienio).toBe(m);
    expect(r.avisos.some((a) => a.codigo === 'conflicto_entre_archivos')).toBe(true);
  });

  it('con conflictos: "error", el mismo conflicto impide la fusión', async () => {
    const r = await importarArchivos([{ nombre: 'sispt.xlsx', contenido: SISPT }, { nombre: 'dnp.xlsx', contenido: dnpConMetaDistinta() }], { conflictos: 'error' });
    expect(r.ok).toBe(false);
  });

  it('un plan JSON (p. ej. el importado antes) + el Informe del DNP: el JSON es la base', async () => {
    const base = await importarArchivo({ nombre: 'sispt.xlsx', contenido: SISPT });
    if (!base.ok) expect.fail('la base debe importar');
    const r = await importarArchivos([
      { nombre: 'plan.json', contenido: escribirPlanJson(base.plan) },
      { nombre: 'dnp.xlsx', contenido: DNP },
    ]);
    if (!r.ok) expect.fail(r.errores.map((e) => e.mensaje).join('\n'));
    expect(r.plan.niveles).toEqual(base.plan.niveles);
    expect(r.plan.metas.some((m) => m.seguimiento.some((s) => s.ejecutado !== null))).toBe(true);
  });

  it('si un archivo falla: sus errores, nombrando el archivo, y ninguna fusión parcial', async () => {
    const r = await importarArchivos([
      { nombre: 'sispt.xlsx', contenido: SISPT },
      { nombre: 'roto.xlsx', contenido: SISPT.subarray(0, 200) },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores.every((e) => e.archivo === 'roto.xlsx')).toBe(true);
    expect(r.informe).toMatchObject({ valido: false, metas: null, archivo: 'sispt.xlsx + roto.xlsx' });
  });

  it('un solo archivo: lo mismo que importarArchivo', async () => {
    const r = await importarArchivos([{ nombre: 'sispt.xlsx', contenido: SISPT }]);
    expect([r.formato, r.ok, r.informe.archivo]).toEqual(['xlsx', true, 'sispt.xlsx']);
  });

  it('ningún archivo: error, no excepción', async () => {
    const r = await importarArchivos([]);
    expect(!r.ok && r.errores[0]!.codigo).toBe('sin_archivos');
  });

  it('nombreConjunto', () => {
    expect(nombreConjunto([{ nombre: 'a.xlsx' }, { nombre: 'b.json' }])).toBe('a.xlsx + b.json');
  });
});
