import { describe, expect, it } from 'vitest';
import { conciliarFisicoDnp } from './conciliar-dnp.js';
import { fusionarPlanes, type EntradaFusion, type OpcionesFusion } from './fusionar.js';
import { importarLibro } from './importar-xlsx.js';
import { ejecucion, libroDnp, libroSispt, producto } from './test-utils/generar.js';
import { libroDe, type HojaPrueba } from './test-utils/libros.js';

function entrada(archivo: string, hojas: HojaPrueba[], o: Parameters<typeof importarLibro>[1] = {}): EntradaFusion {
  const r = importarLibro(libroDe(hojas), { archivo, ...o });
  if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
  return { archivo, plan: r.plan, reporte: r.reporte };
}

function fusionar(sispt: HojaPrueba[], dnp: HojaPrueba[], o: OpcionesFusion = {}) {
  // The DNP file first: the SisPT export must still be the base.
  return fusionarPlanes([entrada('dnp.xlsx', dnp), entrada('sispt.xlsx', sispt)], o);
}

describe('fusionarPlanes: SisPT + Informe de Seguimiento del DNP', () => {
  const N = 12;
  const r = fusionar(libroSispt(N), libroDnp(N));
  if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));

  it('la base es SisPT (árbol de 4 niveles) y el DNP aporta lo ejecutado y el corte', () => {
    expect(r.plan.niveles).toHaveLength(4);
    expect(r.plan.metas).toHaveLength(N);
    const p = producto(2);
    expect(r.plan.metas[2]!.seguimiento.map((s) => s.ejecutado)).toEqual([ejecucion(2, 0, p.programado[0]!), ejecucion(2, 1, p.programado[1]!), null, null]);
    expect(r.plan.corte).toMatchObject({ desde: 2024, hasta: 2025 });
    expect(r.reporte.conflictos).toEqual([]);
  });
  it('con los mismos programados, core coincide con el DNP en cada fila del plan fusionado', () => {
    const c = conciliarFisicoDnp(r.plan, r.reporte.dnp!.fisico);
    expect(c.filter((x) => x.estado === 'difiere' || x.estado === 'sin_meta')).toEqual([]);
    expect(c.filter((x) => x.estado === 'coincide').length).toBeGreaterThan(0);
  });
});

describe('fusionarPlanes: conflictos y casos que no se resuelven en silencio', () => {
  it('una meta del cuatrienio distinta: conflicto con los dos valores; se conserva la base y se dice', () => {
    const dnp = libroDnp(3);
    dnp[1]!.filas[7]![12] = 999; // Meta del Cuatrenio of IP-1
    const r = fusionar(libroSispt(3), dnp);
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.reporte.conflictos).toEqual([
      { meta: 'IP-1', campo: 'metaCuatrienio', valores: [{ archivo: 'sispt.xlsx', valor: producto(0).meta }, { archivo: 'dnp.xlsx', valor: 999 }], resolucion: 'se conserva el valor de sispt.xlsx' },
    ]);
    expect(r.plan.metas[0]!.metaCuatrienio).toBe(producto(0).meta);
    const a = r.avisos.find((x) => x.codigo === 'conflicto_entre_archivos')!;
    expect(a.mensaje).toContain('dnp.xlsx, hoja «Detalle seguimiento físico», fila 8');
    expect(a.mensaje).toContain('IP-1');
  });
  it('con conflictos: "error" la fusión falla', () => {
    const dnp = libroDnp(2);
    dnp[1]!.filas[7]![13] = 77; // Programado 2024
    const r = fusionar(libroSispt(2), dnp, { conflictos: 'error' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'conflicto_entre_archivos', valor: '77' });
  });
  it('programado distinto: la conciliación lo señala como programado_distinto (no como error de core)', () => {
    const dnp = libroDnp(2);
    const e = ejecucion(0, 0, producto(0).programado[0]!) as number;
    dnp[1]!.filas[7]![13] = 77;
    dnp[1]!.filas[7]![18] = e / 77; // DNP's own figure, against its own programmed value
    const r = fusionar(libroSispt(2), dnp);
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    const c = conciliarFisicoDnp(r.plan, r.reporte.dnp!.fisico).find((x) => x.codigos[0] === 'IP-1' && x.anio === 2024);
    expect(c).toMatchObject({ estado: 'difiere', motivo: 'programado_distinto' });
  });
  it('fila agrupada del DNP: no se reparte; notas en cada meta y aviso', () => {
    const dnp = libroDnp(3);
    dnp[1]!.filas[7]![0] = 'IP-1, IP-2';
    dnp[1]!.filas.splice(8, 1);
    const r = fusionar(libroSispt(3), dnp);
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.plan.metas[0]!.seguimiento.every((s) => s.ejecutado === null)).toBe(true);
    expect(r.plan.metas[1]!.notas?.some((n) => n.includes('IP-1, IP-2'))).toBe(true);
    expect(r.avisos.find((a) => a.codigo === 'fila_agrupada')).toMatchObject({ fila: 8 });
  });
  it('una meta que solo está en el DNP va a «ausentes» (no se inventa su línea)', () => {
    const dnp = libroDnp(3);
    dnp[1]!.filas[9]![0] = 'IP-99';
    const r = fusionar(libroSispt(3), dnp);
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.plan.ausentes).toEqual([{ codigo: 'IP-99', motivo: expect.stringContaining('dnp.xlsx') }]);
    expect(r.avisos.some((a) => a.codigo === 'metas_sin_datos_en_archivo' && a.valor?.includes('IP-3'))).toBe(true);
  });
  it('archivos de entidades distintas no se fusionan', () => {
    const r = fusionarPlanes([entrada('a.xlsx', libroSispt(1)), entrada('b.xlsx', libroDnp(1).slice(1), { entidad: { divipola: '05001' }, plan: { nombre: 'PDT Medellín' } })]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'entidades_distintas' });
  });
  it('una acumulación deducida en la base cede ante la escrita en el otro archivo', () => {
    const sispt = libroSispt(2);
    sispt[2]!.filas[2]![19] = null; // Tipo de acumulación of IP-1 → deduced
    const dnp = libroDnp(2);
    const r = fusionar(sispt, dnp);
    if (!r.ok) throw new Error(r.errores[0]!.mensaje);
    expect(r.plan.metas[0]!.acumulacion).toBe('acumulado');
    expect(r.plan.metas[0]!.trazas?.acumulacion?.inferido).toBeUndefined();
    expect(r.reporte.conflictos).toEqual([]);
  });
});
