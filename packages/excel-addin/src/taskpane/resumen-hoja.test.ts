import { consolidarNiveles, cumplimiento, estadosSemaforo, resumirBeneficiarios, resumirInversion } from '@tablero-pdd/core';
import { describe, expect, it } from 'vitest';
import { FORMATO_PORCENTAJE, MAX_BARRAS_NIVELES, contenidoResumen, type BloqueResumen } from './resumen-hoja.js';
import { readFileSync } from 'node:fs';
import type { Plan } from '@tablero-pdd/core';
import { planSemilla, planSintetico } from './test-utils/libros-prueba.js';

const bloque = (bs: BloqueResumen[], id: BloqueResumen['id']) => {
  const b = bs.find((x) => x.id === id);
  if (!b) throw new Error(`falta el bloque ${id}`);
  return b;
};

describe('contenido de la hoja «Resumen PDD»', () => {
  const plan = planSemilla();
  const c = contenidoResumen(plan);

  it('la tabla por nivel trae las cifras de consolidarNiveles, una fila por nodo y el total', () => {
    const n = consolidarNiveles(plan);
    const b = bloque(c.bloques, 'niveles');
    expect(b.filas.length).toBe(n.filas.length + 1);
    n.filas.forEach((f, i) => {
      expect(b.filas[i]?.[1]).toBe(f.cumplimiento ?? '');
      expect(b.filas[i]?.[2]).toBe(f.avance ?? '');
      expect(b.filas[i]?.[3]).toBe(f.bandaCumplimiento.nombre.es);
    });
    expect(b.filas.at(-1)?.slice(0, 3)).toEqual(['Total del plan', n.total.cumplimiento, n.total.avance]);
    expect(b.formatos[1]).toBe(FORMATO_PORCENTAJE);
    expect(b.grafico).toMatchObject({ desde: 0, hasta: 2 });
  });

  it('un plan corto grafica su tabla por nivel entera: ningún bloque aparte para el gráfico', () => {
    expect(c.bloques.some((b) => b.id === 'niveles_grafico')).toBe(false);
  });

  it('un plan con más filas de niveles de las que un gráfico deja leer grafica su primer nivel, desde una tabla propia', () => {
    const p = planSintetico(60);
    const n = consolidarNiveles(p);
    expect(n.filas.length).toBeGreaterThan(MAX_BARRAS_NIVELES);
    const bs = contenidoResumen(p).bloques;
    // The full table stays, without a chart; the chart's block follows it.
    expect(bloque(bs, 'niveles').filas.length).toBe(n.filas.length + 1);
    expect(bloque(bs, 'niveles').grafico).toBeUndefined();
    expect(bs.map((b) => b.id).slice(0, 2)).toEqual(['niveles', 'niveles_grafico']);
    const g = bloque(bs, 'niveles_grafico');
    const primeras = n.filas.filter((f) => f.profundidad === 0);
    expect(g.filas.map((f) => f[3])).toEqual([...primeras.map((f) => f.codigo), '']);
    primeras.forEach((f, i) => expect(g.filas[i]?.slice(1, 3)).toEqual([f.cumplimiento ?? '', f.avance ?? '']));
    expect(g.filas.at(-1)?.slice(0, 3)).toEqual(['Total del plan', n.total.cumplimiento, n.total.avance]);
    expect(g.grafico).toMatchObject({ tipo: 'BarClustered', desde: 0, hasta: 2 });
    expect(g.titulo).toBe(`Cumplimiento y avance por ${primeras[0]!.nombreNivel!.charAt(0).toLowerCase()}${primeras[0]!.nombreNivel!.slice(1)}`);
    expect(g.notas[0]).toContain(`${n.filas.length} filas de niveles`);
  });

  it('cada meta con su cumplimiento sin tope y su estado', () => {
    const b = bloque(c.bloques, 'metas');
    expect(b.filas.length).toBe(plan.metas.length);
    const m3 = b.filas.find((f) => f[0] === '3');
    expect(m3?.[3]).toBe(cumplimiento(plan.metas.find((m) => m.codigo === '3') as (typeof plan.metas)[number], plan.corte).valor);
    expect(m3?.[4]).toBe('Crítico');
  });

  it('la inversión por fuente suma lo que resumirInversion y no cuenta el sin dato como 0', () => {
    const inv = resumirInversion(plan, { periodo: { desde: plan.corte.desde, hasta: plan.corte.hasta } });
    const b = bloque(c.bloques, 'inversion');
    expect(b.filas.at(-1)).toEqual(['Total', inv.total, inv.metasConDato]);
    expect(b.filas.length).toBe(inv.porFuente.length + 1);
  });

  it('beneficiarios por grupo con la nota de que no se suman', () => {
    const ben = resumirBeneficiarios(plan);
    const b = bloque(c.bloques, 'beneficiarios_grupo');
    expect(b.filas.length).toBe(ben.porGrupo.length);
    expect(b.notas).toEqual([ben.nota.es]);
  });

  it('una meta sin dato deja la celda vacía (no 0) y el estado lo dice', () => {
    const p = planSintetico(22);
    const b = bloque(contenidoResumen(p).bloques, 'metas');
    const sinDato = b.filas.find((f) => f[0] === '1');
    // Meta 1 (i = 0) has no executed value in 2025: cumplimiento uses 2024 only, avance likewise.
    expect(sinDato?.[3]).not.toBe('');
    const vacias = b.filas.filter((f) => f[3] === '');
    for (const f of vacias) expect(['Sin dato', 'No programada', 'No calculable']).toContain(f[4]);
  });

  it('cada afirmación del informe con sus dos cifras como números y su resultado, también la que se sostiene', () => {
    const b = bloque(c.bloques, 'afirmaciones');
    expect(b.filas).toHaveLength(8);
    // Seed, apuesta 1.1.3: «más de 2500 ciudadanos» against 709 + 193 + 1.649.
    expect(b.filas.find((f) => f[1] === 'más de 2500 ciudadanos')).toEqual(['1.1.3', 'más de 2500 ciudadanos', 'Beneficiarios (ciudadanos)', 2500, 2551, 'Se sostiene', '']);
    const unidades = b.filas.find((f) => f[1] === 'más de 750 unidades económicas y MIPYMES');
    expect(unidades?.slice(3, 6)).toEqual([750, '', 'No se puede verificar']); // no figure: an empty cell, never 0
    const credito = b.filas.find((f) => f[1] === 'inversión que supera los $13.843 millones');
    expect(credito?.slice(2, 6)).toEqual(['Inversión (pesos)', 13_843e6, 13_842.4e6, 'No se sostiene']);
    expect(String(credito?.[6])).toContain('redondeo hacia arriba');
  });

  it('los estados del semáforo son los de core (nombre y colores)', () => {
    expect(c.estados).toEqual(estadosSemaforo().map((e) => ({ nombre: e.nombre.es, color: e.color, colorTexto: e.colorTexto })));
  });

  it('una dirección inferida se marca en su celda y su razón va una vez en las notas; una declarada, no', () => {
    const chia = JSON.parse(readFileSync(new URL('../../../../demo/data/chia-25175.json', import.meta.url), 'utf8')) as Plan;
    chia.indicadoresResultado![0]!.trazas = {}; // one indicator whose direction the source states
    const b = bloque(contenidoResumen(chia).bloques, 'indicadores');
    const col = b.encabezados.indexOf('Dirección');
    const [declarado, ...inferidos] = chia.indicadoresResultado!;
    const fila = (codigo: string) => b.filas.find((f) => f[0] === codigo)!;
    expect(fila(declarado!.codigo)[col]).toBe('Mayor es mejor');
    for (const i of inferidos) expect(fila(i.codigo)[col], i.codigo).toBe('Mayor es mejor (inferida)');
    const notas = b.notas.filter((n) => n.startsWith('Dirección inferida'));
    expect(notas).toEqual([`Dirección inferida (${inferidos.map((i) => i.codigo).join(', ')}): ${inferidos[0]!.trazas!['direccion']!.inferido}`]);
  });
});

describe('la hoja «Resumen PDD» de una parte del plan', () => {
  const plan = planSemilla();
  const c = contenidoResumen(plan, { nivel: 'L1.C1.A2' });

  it('solo la apuesta y sus metas; el total es el de la parte y el encabezado la nombra', () => {
    const n = bloque(c.bloques, 'niveles');
    expect(n.filas.map((f) => f[8])).toEqual(['L1.C1.A2', '']);
    expect(n.filas.at(-1)?.[0]).toBe('Total de la parte');
    // The apuesta's figures are those of the whole plan's table: its metas are all in the part.
    const todo = bloque(contenidoResumen(plan).bloques, 'niveles').filas.find((f) => f[8] === 'L1.C1.A2');
    expect(n.filas[0]).toEqual(todo);
    expect(bloque(c.bloques, 'metas').filas.map((f) => f[0])).toEqual(['6', '7', '8', '9']);
    expect(c.lineas).toContain('Parte del plan: 1.1.2 Productividad y competitividad en las empresas y lo que cuelga de ese nivel.');
    expect(bloque(c.bloques, 'afirmaciones').filas.map((f) => f[0])).toEqual(['1.1.2', '1.1.2']);
  });

  it('un nivel que el plan no tiene es un error con los códigos válidos, no una hoja vacía', () => {
    expect(() => contenidoResumen(plan, { nivel: 'L9' })).toThrow('El plan no tiene el nivel «L9»; se esperaba el código de un nivel del plan: L1, L1.C1');
  });
});


describe('la hoja «Resumen PDD» de una secretaría', () => {
  /** The seed with apuesta 2's metas and meta 13 given to a second secretaría. */
  const plan = planSemilla();
  for (const m of plan.metas) if (m.nodo === 'L1.C1.A2' || m.codigo === '13') m.secretaria = 'Secretaría de Hacienda';
  const c = contenidoResumen(plan, { secretaria: 'secretaria de hacienda' });

  it('sus metas; solo las filas de los niveles enteramente suyos; la hoja y el encabezado la nombran', () => {
    expect(c.hoja).toBe('Resumen PDD Hacienda');
    const n = bloque(c.bloques, 'niveles');
    expect(n.filas.map((f) => f[8])).toEqual(['L1.C1.A2', '']);
    expect(n.filas.at(-1)?.[0]).toBe('Total de la parte');
    expect(bloque(c.bloques, 'metas').filas.map((f) => f[0])).toEqual(['6', '7', '8', '9', '13']);
    expect(c.lineas).toContain(
      'Parte del plan: las metas de la secretaría «Secretaría de Hacienda»; sin las filas de los niveles que comparte con otras, que contarían solo parte de sus metas.',
    );
  });

  it('un nombre largo se acorta en una palabra para caber en los 31 caracteres de una hoja; una que no existe es un error', () => {
    const otra = contenidoResumen(plan, { secretaria: 'Secretaría de Desarrollo Económico y Productividad' });
    expect(otra.hoja).toBe('Resumen PDD Desarrollo…');
    expect(otra.hoja.length).toBeLessThanOrEqual(31);
    expect(bloque(otra.bloques, 'niveles').filas.map((f) => f[8])).toEqual(['L1.C1.A1', 'L1.C1.A4', '']);
    expect(() => contenidoResumen(plan, { secretaria: 'Salud' })).toThrow('El plan no tiene la secretaría «Salud»; se esperaba el nombre de una secretaría del plan:');
  });
});
