import { describe, expect, it } from 'vitest';
import { cumplimiento } from '@tablero-pdd/core';
import { preparar, resumir, validar } from './flujo.js';
import { LibroSimulado } from './test-utils/libro-simulado.js';
import { libroPropio, planSemilla, planSintetico } from './test-utils/libros-prueba.js';

type Contexto = Parameters<typeof preparar>[0];
const OPCIONES = { entidad: { nombre: 'Departamento de Prueba', divipola: '54' }, plan: { nombre: 'Plan de prueba' } };

async function flujoCompleto(n: number) {
  const l = new LibroSimulado({ hojas: [{ nombre: 'Plan Indicativo', celdas: libroPropio(planSintetico(n)).celdas }] });
  const ctx = l.contexto as unknown as Contexto;
  const p = await preparar(ctx);
  if (!p.ok) throw new Error(p.mensaje);
  const v = validar(p.preparacion, p.preparacion.mapeo, OPCIONES);
  if (!v.ok) throw new Error(v.errores.map((e) => e.mensaje).join('\n'));
  const antes = { syncs: l.syncs, loads: l.loads };
  const r = await resumir(ctx, p.preparacion, v.plan, p.preparacion.mapeo, OPCIONES);
  return { l, plan: v.plan, r, lectura: antes };
}

describe('flujo del panel sobre un libro propio (office-addin-mock)', () => {
  it('las solicitudes y las cargas no crecen con el número de metas (10 y 1.000)', async () => {
    const diez = await flujoCompleto(10);
    const mil = await flujoCompleto(1000);
    expect(mil.plan.metas.length).toBe(1000);
    expect(diez.lectura).toEqual(mil.lectura);
    expect({ syncs: diez.l.syncs, loads: diez.l.loads }).toEqual({ syncs: mil.l.syncs, loads: mil.l.loads });
    expect(mil.l.syncs).toBe(4);
    expect(mil.l.sobrescrituras).toEqual([]);
  });

  it('el libro propio de la semilla: del libro a la hoja de resumen, con las cifras de core', async () => {
    const semilla = planSemilla();
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas: libroPropio(semilla).celdas }] });
    const ctx = l.contexto as unknown as Contexto;
    const p = await preparar(ctx);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const v = validar(p.preparacion, p.preparacion.mapeo, { entidad: { nombre: semilla.entidad.nombre, divipola: '54' }, plan: { nombre: semilla.plan.nombre } });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const r = await resumir(ctx, p.preparacion, v.plan, p.preparacion.mapeo, {});
    const metas = l.tablas.find((t) => t.nombre === 'PDD_Metas');
    if (!metas) throw new Error('sin tabla de metas');
    const fila = (codigo: string) => {
      for (let f = metas.fila0 + 1; f < metas.fila0 + metas.filas; f++) if (l.celda(r.hoja, f, 0) === codigo) return f;
      return -1;
    };
    for (const m of semilla.metas) expect(l.celda(r.hoja, fila(m.codigo), 3)).toBe(cumplimiento(m, semilla.corte).valor ?? '');
  });

  it('un segundo uso recuerda el mapeo corregido por la persona', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas: libroPropio(planSintetico(5)).celdas }] });
    const ctx = l.contexto as unknown as Contexto;
    const p = await preparar(ctx);
    if (!p.ok) throw new Error(p.mensaje);
    const mapeo = p.preparacion.mapeo.map((c) => (c.encabezado === 'DEPENDENCIA RESPONSABLE' ? { ...c, destino: null, origen: 'persona' as const } : c));
    const v = validar(p.preparacion, mapeo, OPCIONES);
    if (!v.ok) throw new Error('no valida');
    await resumir(ctx, p.preparacion, v.plan, mapeo, OPCIONES);
    const otra = await preparar(ctx, { hoja: 'Plan', tabla: null });
    expect(otra.ok && otra.preparacion.mapeo.find((c) => c.encabezado === 'DEPENDENCIA RESPONSABLE')).toMatchObject({ destino: null, origen: 'guardada' });
    expect(otra.ok && otra.preparacion.libro.guardado?.entidad).toEqual(OPCIONES.entidad);
  });

  it('una hoja sin encabezado reconocible lo dice en español', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Notas', celdas: [['hola', 'mundo'], [1, 2]] }] });
    const p = await preparar(l.contexto as unknown as Contexto);
    expect(p).toEqual({ ok: false, mensaje: expect.stringMatching(/^No se encontró una fila de encabezados del plan en la hoja «Notas»/) });
  });
});
