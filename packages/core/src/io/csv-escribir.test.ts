import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { escribirPlanCsv, plantillaCsv, type OpcionesEscrituraCsv } from './csv-escribir.js';
import { leerCsvDetallado, leerPlanCsv } from './csv-leer.js';
import { esSinDato } from './csv-celdas.js';
import { grupoCanonico } from './csv-catalogos.js';
import { leerPlanJson } from './json.js';
import { planCompleto, metaCompleta } from './test-utils/plan-completo.js';
import { loQueLlevaElCsv } from './test-utils/normalizar.js';
import { plegar } from '../format/plegar.js';
import type { Meta, Plan, ResultadoValidacion } from '../schema/types.js';

function plan(r: ResultadoValidacion): Plan {
  if (!r.ok) throw new Error(r.errores.map((e) => e.mensaje).join('\n'));
  return r.plan;
}

describe('escribirPlanCsv: ida y vuelta JSON → CSV → JSON', () => {
  const casos: Array<[string, OpcionesEscrituraCsv]> = [
    ['español, «;», BOM', {}],
    ['inglés, «,»', { lang: 'en', separador: ',' }],
    ['tabulador, sin BOM', { separador: '\t', bom: false }],
  ];
  it.each(casos)('igual en todo lo que la plantilla lleva (%s)', (_n, o) => {
    const p = planCompleto();
    const r = leerPlanCsv(escribirPlanCsv(p, o), { lang: o.lang ?? 'es' });
    expect(loQueLlevaElCsv(plan(r))).toEqual(loQueLlevaElCsv(p));
  });

  it('el conjunto de datos de la demo, si existe', () => {
    const ruta = new URL('../../../../demo/data/norte-de-santander-2024-2025.json', import.meta.url);
    if (!existsSync(ruta)) return;
    const p = plan(leerPlanJson(readFileSync(ruta, 'utf8')));
    expect(p.metas.length).toBeGreaterThan(0);
    expect(loQueLlevaElCsv(plan(leerPlanCsv(escribirPlanCsv(p))))).toEqual(loQueLlevaElCsv(p));
  });

  it('propiedad: planes generados vuelven iguales', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const r = leerPlanCsv(escribirPlanCsv(p));
        expect(loQueLlevaElCsv(plan(r))).toEqual(loQueLlevaElCsv(p));
      }),
      { numRuns: 150 },
    );
  });

  it('un porcentaje mayor que 200 % se escribe con su signo y vuelve exacto', () => {
    const p = planCompleto({ metas: [metaCompleta({ reportado: { periodo: null, cumplimiento: 3.5, avance: 12.345678901234567, inversion: null, beneficiarios: null } })] });
    const texto = escribirPlanCsv(p);
    expect(texto).toContain(';350%;');
    expect(plan(leerPlanCsv(texto)).metas[0]!.reportado).toMatchObject({ cumplimiento: 3.5, avance: 12.345678901234567 });
  });

  it('dos entradas del mismo periodo y fuente comparten celda: se suman', () => {
    const m = metaCompleta({
      inversion: [
        { desde: 2024, hasta: 2024, fuente: 'sgr', valor: 5 },
        { desde: 2024, hasta: 2024, fuente: 'sgr', valor: 7 },
      ],
    });
    expect(plan(leerPlanCsv(escribirPlanCsv(planCompleto({ metas: [m] })))).metas[0]!.inversion).toEqual([{ desde: 2024, hasta: 2024, fuente: 'sgr', valor: 12 }]);
  });
});

describe('escribirPlanCsv: forma del archivo', () => {
  it('«;», BOM y coma decimal por defecto', () => {
    const t = escribirPlanCsv(planCompleto());
    expect(t.startsWith('\ufeffNivel 1: Línea estratégica;Código nivel 1;')).toBe(true);
    expect(t).toContain(';400000000,5;');
  });

  it('un texto que empieza por «=» lleva apóstrofo (no se ejecuta como fórmula en Excel)', () => {
    expect(escribirPlanCsv(planCompleto())).toContain(";'=SUMA(A1:A2) no es una fórmula;");
  });

  it('«ND» marca lo que existe sin dato; vacío, lo que no existe', () => {
    const t = escribirPlanCsv(planCompleto());
    // Meta 1, 2026-2027: programmed 1, executed not reported.
    const fila = t.split('\n')[1]!.split(';');
    const enc = t.split('\n')[0]!.replace('\ufeff', '').split(';');
    expect(fila[enc.indexOf('Ejecutado 2026-2027')]).toBe('ND');
    expect(fila[enc.indexOf('Programado 2024-2025')]).toBe('');
  });
});

describe('plantillaCsv', () => {
  it('solo encabezados, todos reconocidos al leer (español e inglés)', () => {
    for (const lang of ['es', 'en'] as const) {
      const t = plantillaCsv({ lang });
      expect(t.trim().split('\n')).toHaveLength(1);
      const l = leerCsvDetallado(t, { lang });
      expect(l.resultado.avisos.filter((a) => a.codigo === 'columna_desconocida')).toEqual([]);
      // With no rows, only the plan data is missing.
      expect(!l.resultado.ok && [...new Set(l.resultado.errores.map((e) => e.codigo))]).toEqual(['dato_faltante']);
    }
  });

  it('años y fuentes a pedido', () => {
    const t = plantillaCsv({ anios: [2024, 2025], fuentes: ['recursos_propios', 'sgr'] });
    expect(t).toContain(';Programado 2025;Ejecutado 2025;');
    expect(t).not.toContain('2026');
    expect(t).toContain(';Inversión 2024 Recursos propios;Inversión 2024 SGR;Inversión 2025 Recursos propios;');
    expect(t).not.toContain(';Fuente;');
  });

  it('una fila llenada a mano bajo la plantilla se lee', () => {
    const enc = plantillaCsv({ bom: false }).trim().split(';');
    const valores: Record<string, string> = {
      'Nivel 1: Línea estratégica': 'Norte productivo',
      'Nivel 2: Componente': 'Desarrollo económico',
      'Nivel 3: Apuesta': 'Internacionalización',
      'Código meta': '1',
      Meta: 'Rondas de negociación',
      Tipo: 'Incremento',
      Acumulación: 'Acumulado',
      'Programado 2024': '1',
      'Ejecutado 2024': '1',
      'Inversión 2024': '776.000.000',
      Fuente: 'Recursos propios',
      Beneficiarios: '179',
      'Beneficiarios Mujeres': '80',
      Municipios: 'Cúcuta; Pamplona',
      '% cumplimiento reportado': '100%',
      Entidad: 'Norte de Santander',
      'DIVIPOLA entidad': '54',
      Plan: 'Norte, Territorio de Paz',
      Corte: '2024',
    };
    const fila = enc.map((h) => {
      const v = valores[h] ?? '';
      return v.includes(';') ? `"${v}"` : v;
    });
    const m = plan(leerPlanCsv(enc.join(';') + '\n' + fila.join(';'))).metas[0]!;
    expect(m.inversion).toEqual([{ desde: 2024, hasta: 2024, fuente: 'recursos_propios', texto: 'Recursos propios', valor: 776_000_000 }]);
    expect(m.beneficiarios.grupos).toEqual([{ grupo: 'mujeres', valor: 80 }]);
    expect(m.municipios.codigos).toEqual(['54001', '54518']);
    expect(m.reportado.cumplimiento).toBe(1);
  });
});

// ── Generators of valid plans (what a JSON data set may hold) ───────────────────────────────────

const TOTALES = new Set(['total', 'totales', 'total general', 'gran total', 'subtotal']);
const arbTexto = fc
  .string({ minLength: 1, maxLength: 25, unit: fc.constantFrom('a', 'Ñ', 'é', ' ', ';', ',', '"', "'", '=', '-', '\n', '1', '.', '%', '#', 'x') })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !esSinDato(s));
const arbTextoONulo = fc.option(arbTexto, { nil: null });
const sinCeroNegativo = (x: number) => (Object.is(x, -0) ? 0 : x);
const arbNum = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e13, max: 1e13 }).map(sinCeroNegativo);
const arbNoNeg = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e16 }).map(sinCeroNegativo);
const arbRatio = fc.double({ noNaN: true, noDefaultInfinity: true, min: -20, max: 20 }).map(sinCeroNegativo);
const nulo = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const TRAMOS = [
  { desde: 2024, hasta: 2024 },
  { desde: 2025, hasta: 2025 },
  { desde: 2026, hasta: 2027 },
];
const arbSeguimiento = fc.subarray(TRAMOS).chain((ts) =>
  fc.tuple(...ts.map((t) => fc.record({ programado: nulo(arbNoNeg), ejecutado: nulo(arbNoNeg) }).map((v) => ({ ...t, ...v })))),
);
const FUENTES = ['recursos_propios', 'sgp_salud', 'sgr', 'sin_especificar', 'Cooperación GIZ'];
const arbInversion = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...TRAMOS, { desde: 2024, hasta: 2025 }), fc.constantFrom(...FUENTES)), {
    maxLength: 5,
    selector: ([t, f]) => `${t.desde}-${t.hasta}-${f}`,
  })
  .chain((ps) => fc.tuple(...ps.map(([t, fuente]) => nulo(arbNoNeg).map((valor) => ({ ...t, fuente, valor })))));
const GRUPOS = ['mujeres', 'victimas', 'primera_infancia', 'Cafeteros'];
const arbBeneficiarios = fc.record({
  estado: fc.constantFrom('reportado', 'sin_dato', 'no_aplica') as fc.Arbitrary<Meta['beneficiarios']['estado']>,
  total: arbNoNeg,
  unidad: arbTextoONulo,
  grupos: fc.uniqueArray(fc.constantFrom(...GRUPOS), { maxLength: 3 }).chain((gs) => fc.tuple(...gs.map((grupo) => nulo(arbNoNeg).map((valor) => ({ grupo, valor }))))),
}).map((b) => ({ ...b, total: b.estado === 'reportado' ? b.total : null }));

function arbMeta(codigo: string): fc.Arbitrary<Meta> {
  return fc
    .record({
      nombre: arbTexto,
      indicador: arbTextoONulo,
      unidad: arbTextoONulo,
      nodo: fc.constantFrom('A1', 'A2', 'C1'),
      secretaria: arbTextoONulo,
      lineaBase: nulo(arbNum),
      metaCuatrienio: nulo(arbNum),
      tipo: fc.constantFrom('incremento', 'mantenimiento', 'reduccion') as fc.Arbitrary<Meta['tipo']>,
      acumulacion: fc.constantFrom('acumulado', 'flujo', 'stock') as fc.Arbitrary<Meta['acumulacion']>,
      peso: fc.option(nulo(arbNoNeg), { nil: undefined }),
      seguimiento: arbSeguimiento,
      inversion: arbInversion,
      beneficiarios: arbBeneficiarios,
      municipios: fc.record({
        alcance: fc.constantFrom('municipal', 'departamental', 'sin_dato') as fc.Arbitrary<Meta['municipios']['alcance']>,
        codigos: fc.uniqueArray(fc.constantFrom('54001', '54498', '05001', '54874'), { maxLength: 3 }),
      }),
      bpin: fc.array(fc.stringMatching(/^\d{11,14}$/), { maxLength: 2 }),
      evidencia: fc.record({ queSeHizo: arbTextoONulo, como: arbTextoONulo, conQuien: arbTextoONulo, cuando: arbTextoONulo, impacto: arbTextoONulo, donde: arbTextoONulo }),
      reportado: fc.record({
        periodo: fc.constantFrom(null, { desde: 2024, hasta: 2025 }, { desde: 2025, hasta: 2025 }),
        cumplimiento: nulo(arbRatio),
        avance: nulo(arbRatio),
        inversion: nulo(arbNoNeg),
        beneficiarios: nulo(arbNoNeg),
      }),
      notas: fc.option(fc.array(arbTexto.map((s) => s.replace(/\s*\n\s*/g, ' ')), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    })
    .map((m) => ({ codigo, ...m }));
}

const arbPlan: fc.Arbitrary<Plan> = fc
  .uniqueArray(arbTexto.filter((c) => !TOTALES.has(plegar(c)) && !/\n/.test(c)), { minLength: 1, maxLength: 4 })
  .chain((codigos) => fc.tuple(...codigos.map(arbMeta)))
  .map((metas) => planCompleto({ metas }));

// Sanity of the generator itself: the custom group must not be read back as a canonical one.
it('generador: «Cafeteros» no es un grupo canónico', () => {
  expect(grupoCanonico('Cafeteros')).toBeUndefined();
});
