import { describe, expect, it } from 'vitest';
import { CLAVE_AJUSTES } from './ajustes.js';
import { escribirResumen, NOMBRE_HOJA_RESUMEN } from './escribir-resumen.js';
import { leerMapeoGuardado, mapeoParaGuardar } from './mapeo.js';
import { contenidoResumen } from './resumen-hoja.js';
import { LibroSimulado } from './test-utils/libro-simulado.js';
import { planSemilla, planSintetico } from './test-utils/libros-prueba.js';

type Contexto = Parameters<typeof escribirResumen>[0];
const ctx = (l: LibroSimulado) => l.contexto as unknown as Contexto;
const plan = planSemilla();
const contenido = contenidoResumen(plan);

describe('escribirResumen (office-addin-mock)', () => {
  it('crea la hoja «Resumen PDD» con tablas, formatos, semáforo y gráficos, en dos solicitudes', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas: [['Código'], ['1']] }] });
    const r = await escribirResumen(ctx(l), contenido);
    expect(r).toMatchObject({ hoja: NOMBRE_HOJA_RESUMEN, graficos: 2, solicitudes: 2 });
    expect(l.syncs).toBe(2);
    expect(l.calculoSuspendido).toBe(1);
    expect(l.celda(NOMBRE_HOJA_RESUMEN, 0, 0)).toBe(contenido.titulo);
    expect(r.tablas).toEqual(contenido.bloques.map((b) => b.tabla));
    expect(l.tablas.map((t) => t.nombre)).toEqual(r.tablas);
    // The per-level table: its header, then numbers as numbers with a % format.
    const niveles = l.tablas.find((t) => t.nombre === 'PDD_Niveles');
    expect(niveles).toBeDefined();
    if (!niveles) return;
    expect(l.celda(NOMBRE_HOJA_RESUMEN, niveles.fila0, 0)).toBe('Nivel');
    const primera = contenido.bloques[0]?.filas[0];
    expect(l.celda(NOMBRE_HOJA_RESUMEN, niveles.fila0 + 1, 1)).toBe(primera?.[1]);
    expect(typeof l.celda(NOMBRE_HOJA_RESUMEN, niveles.fila0 + 1, 1)).toBe('number');
    expect(l.formato(NOMBRE_HOJA_RESUMEN, niveles.fila0 + 1, 1)).toBe('0.0%');
    expect(l.activa).toBe(NOMBRE_HOJA_RESUMEN);
  });

  it('colorea cada estado del semáforo con los colores de core (un formato por estado y columna)', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas: [['x']] }] });
    await escribirResumen(ctx(l), contenido);
    const columnasEstado = contenido.bloques.reduce((n, b) => n + b.columnasEstado.length, 0);
    expect(l.formatosCondicionales.length).toBe(columnasEstado * contenido.estados.length);
    const sobresaliente = l.formatosCondicionales.find((f) => f.textComparison.rule?.text === 'Sobresaliente');
    expect(sobresaliente?.textComparison.format.fill.color).toBe(contenido.estados.find((e) => e.nombre === 'Sobresaliente')?.color);
    expect(sobresaliente?.tipo).toBe('ContainsText');
  });

  it('gráficos nativos: cumplimiento y avance por nivel, inversión por fuente', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas: [['x']] }] });
    await escribirResumen(ctx(l), contenido);
    expect(l.graficos.map((g) => [g.tipo, g.serie])).toEqual([
      ['BarClustered', 'Columns'],
      ['BarClustered', 'Columns'],
    ]);
    expect(l.graficos[0]?.title.text).toMatch(/^Cumplimiento \(2024–2025\) y avance del cuatrienio por nivel$/);
    const niveles = l.tablas.find((t) => t.nombre === 'PDD_Niveles');
    expect(l.graficos[0]?.origen).toBe(`'Resumen PDD'!A${(niveles?.fila0 ?? 0) + 1}:C${(niveles?.fila0 ?? 0) + (niveles?.filas ?? 0)}`);
    expect(l.graficos.every((g) => g.posicion !== null)).toBe(true);
  });

  it('un plan largo: el gráfico por nivel lee la tabla de su primer nivel, no las 28 filas de niveles', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas: [['x']] }] });
    await escribirResumen(ctx(l), contenidoResumen(planSintetico(60)));
    const tabla = l.tablas.find((t) => t.nombre === 'PDD_Niveles_Grafico');
    expect(tabla?.filas).toBe(4 + 1 + 1); // header, four líneas, total
    expect(l.graficos[0]?.title.text).toBe('Cumplimiento (2024–2025) y avance del cuatrienio por línea estratégica');
    expect(l.graficos[0]?.origen).toBe(`'Resumen PDD'!A${(tabla?.fila0 ?? 0) + 1}:C${(tabla?.fila0 ?? 0) + (tabla?.filas ?? 0)}`);
    expect(l.graficos).toHaveLength(2);
  });

  it('nunca sobrescribe: hoja y tablas con nombre tomado reciben otro nombre, y ninguna celda de la persona se toca', async () => {
    const l = new LibroSimulado({
      hojas: [
        { nombre: 'Plan', celdas: [['Código', 'Meta'], ['1', 'x']] },
        { nombre: 'Resumen PDD', celdas: [['mi resumen hecho a mano']] },
      ],
      tablas: [{ nombre: 'PDD_Metas', hoja: 'Plan', fila0: 0, columna0: 0, filas: 2, columnas: 2 }],
    });
    const antes = JSON.stringify([l.valores('Plan'), l.valores('Resumen PDD')]);
    const r = await escribirResumen(ctx(l), contenido);
    expect(r.hoja).toBe('Resumen PDD (2)');
    expect(r.tablas).toContain('PDD_Metas_2');
    expect(l.sobrescrituras).toEqual([]);
    expect(JSON.stringify([l.valores('Plan'), l.valores('Resumen PDD')])).toBe(antes);
  });

  it('guarda el mapeo en los ajustes del libro con la misma escritura', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas: [['x']] }] });
    const m = mapeoParaGuardar([{ columna: 0, encabezado: 'CÓDIGO', destino: 'CÓDIGO', origen: 'reconocida' }], { hoja: 'Plan', tabla: null });
    await escribirResumen(ctx(l), contenido, { mapeo: m });
    expect(leerMapeoGuardado(l.ajustes.get(CLAVE_AJUSTES))).toMatchObject({ hoja: 'Plan', columnas: [{ encabezado: 'CÓDIGO', destino: 'CÓDIGO' }] });
    expect(l.syncs).toBe(2);
  });

  it('la hoja de una parte del plan lleva su numeración en el nombre', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Plan', celdas: [['x']] }] });
    const r = await escribirResumen(ctx(l), contenidoResumen(plan, { nivel: 'L1.C1.A2' }));
    expect(r.hoja).toBe('Resumen PDD 1.1.2');
    expect(l.activa).toBe('Resumen PDD 1.1.2');
    const otra = await escribirResumen(ctx(l), contenidoResumen(plan, { nivel: 'L1.C1.A2' }));
    expect(otra.hoja).toBe('Resumen PDD 1.1.2 (2)');
  });
});
