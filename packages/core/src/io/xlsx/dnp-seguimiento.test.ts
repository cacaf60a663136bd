import { describe, expect, it } from 'vitest';
import { importarLibro } from './importar-xlsx.js';
import type { ResultadoXlsx } from './reporte.js';
import { ejecucion, libroDnp, producto } from './test-utils/generar.js';
import { libroDe, type HojaPrueba } from './test-utils/libros.js';

function importar(hojas: HojaPrueba[], o: Parameters<typeof importarLibro>[1] = {}): ResultadoXlsx {
  return importarLibro(libroDe(hojas), { archivo: 'dnp.xlsx', ...o });
}
const ok = (r: ResultadoXlsx) => {
  if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
  return r;
};

describe('Informe de Seguimiento al PDT (DNP)', () => {
  const N = 20;
  const r = ok(importar(libroDnp(N)));

  it('una meta por fila, bajo sector → programa → producto; entidad por «Chía, Cundinamarca»', () => {
    expect(r.plan.niveles).toEqual(['Sector', 'Programa', 'Producto']);
    expect(r.plan.metas).toHaveLength(N);
    expect(r.plan.entidad.divipola).toBe('25175');
    expect(r.reporte.notas.join(' ')).toContain('Chía, Cundinamarca');
    expect(r.plan.corte).toMatchObject({ desde: 2024, hasta: 2025, fecha: '31 de diciembre de 2025' });
  });
  it('programado (SisPT) y ejecutado (PIIP) por año; un espacio es sin dato (null), no 0', () => {
    const i = 4; // ejecucion() leaves product 4 without PIIP execution (" ")
    expect(ejecucion(i, 0, 1)).toBe(' ');
    const m = r.plan.metas[i]!;
    expect(m.seguimiento.map((s) => s.ejecutado)).toEqual([null, null, null, null]);
    const m0 = r.plan.metas[0]!;
    const p0 = producto(0);
    expect(m0.seguimiento.map((s) => s.programado)).toEqual(p0.programado);
    expect(m0.seguimiento.map((s) => s.ejecutado)).toEqual([ejecucion(0, 0, p0.programado[0]!), ejecucion(0, 1, p0.programado[1]!), null, null]);
  });
  it('el «Avance físico» del DNP se conserva como reportado (último año) y en el reporte por año', () => {
    const p1 = producto(1);
    const e25 = ejecucion(1, 1, p1.programado[1]!) as number;
    expect(r.plan.metas[1]!.reportado).toMatchObject({ periodo: { desde: 2025, hasta: 2025 }, cumplimiento: e25 / p1.programado[1]! });
    expect(r.reporte.dnp?.fisico.filter((c) => c.codigos[0] === 'IP-2').map((c) => c.anio)).toEqual([2024, 2025]);
    expect(r.plan.metas[1]!.notas?.[0]).toMatch(/^DNP 2024 \(Detalle seguimiento físico, fila 9\)/);
  });
});

describe('DNP: filas y hojas difíciles', () => {
  it('una fila con varios consecutivos es una meta con ese código y una nota que lo explica', () => {
    const hojas = libroDnp(3);
    hojas[1]!.filas[7]![0] = 'IP-1, IP-9';
    const r = ok(importar(hojas));
    expect(r.plan.metas[0]!.codigo).toBe('IP-1, IP-9');
    expect(r.plan.metas[0]!.notas?.[0]).toContain('suma');
  });
  it('«Acumulativo» vacío: se deduce si la programación lo hace evidente, con aviso', () => {
    const hojas = libroDnp(2);
    hojas[1]!.filas[7]![10] = ' ';
    const r = ok(importar(hojas));
    expect(r.avisos.find((a) => a.codigo === 'acumulacion_faltante')).toMatchObject({ fila: 8, columna: 'K · Acumulativo' });
  });
  it('sin hoja Resumen: la entidad debe darse como opción (el informe no trae el código DANE)', () => {
    const hojas = libroDnp(2).slice(1);
    const r = importar(hojas);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores.map((e) => e.codigo)).toEqual(['entidad_faltante', 'plan_sin_nombre']);
    const r2 = ok(importar(hojas, { entidad: { divipola: '25175' }, plan: { nombre: 'PDT Chía' } }));
    expect(r2.plan.entidad.divipola).toBe('25175');
  });
  it('la hoja financiera: obligaciones del último año en reportado.inversion y todas las cifras en notas', () => {
    const hojas = libroDnp(1);
    hojas.push({
      nombre: 'Detalle seguimiento financiero',
      filas: [
        ['Detalle'],
        [],
        [],
        [],
        [],
        [],
        ['Consecutivos IP (SisPT)', 'Código Sector (MGA)', 'Sector (MGA)', 'Código Programa (MGA)', 'Programa (MGA)', 'Código Producto (MGA)', 'Producto (MGA)', 'Descripción del Producto (MGA)', 'Códigos BPIN Asociados', 'Programación Cuatrienio SisPT', 'Programado 2024 (SisPT)', 'Programado 2025 (SisPT)', 'Programado 2026 (SisPT)', 'Programado 2027 (SisPT)', 'Compromisos 2024 (CUIPO)', 'Obligaciones 2024 (CUIPO)', 'Pagos 2024 (CUIPO)', 'Obligaciones como % de lo programado (2024)', 'Explicación del valor 2024', 'Compromisos 2025 (CUIPO)', 'Obligaciones 2025 (CUIPO)', 'Pagos 2025 (CUIPO)', 'Obligaciones como % de lo programado (2025)', 'Explicación del valor 2025'],
        ['IP-1', '17', 'S', '1701', 'P', '1701000', 'Pr', 'D', '1', 400, 100, 100, 100, 100, 90, 80, 70, 0.8, 'bajo', 100, 50, 50, 0.5, 'bajo'],
      ],
    });
    const r = ok(importar(hojas));
    expect(r.plan.metas[0]!.reportado.inversion).toBe(50);
    expect(r.reporte.dnp?.financiero).toHaveLength(2);
    expect(r.plan.metas[0]!.notas?.some((n) => n.includes('obligaciones') && n.includes('(80\u00a0% de lo programado)'))).toBe(true);
  });
  it('sin la hoja de detalle físico: error que la nombra', () => {
    const r = importar([libroDnp(1)[0]!], { formato: 'dnp' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]!.esperado).toContain('Detalle seguimiento físico');
  });
});
