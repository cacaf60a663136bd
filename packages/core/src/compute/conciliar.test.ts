import { describe, it, expect } from 'vitest';
import {
  ajustesConciliar,
  conciliar,
  conciliarNodosEIndicadores,
  conciliarUnaMeta,
  unidadCompatible,
  type ContrasteAfirmacion,
  type Discrepancia,
} from './conciliar.js';
import { anio, crearIndicador, crearMeta, crearNodo, crearPlan, s } from './test-utils/fabrica.js';
import type { Afirmacion, Meta } from '../schema/types.js';
import type { Porcentaje } from './tipos.js';

const rep = (p: Partial<Meta['reportado']>): Meta['reportado'] => ({
  periodo: null,
  cumplimiento: null,
  avance: null,
  inversion: null,
  beneficiarios: null,
  ...p,
});

describe('conciliar: metas', () => {
  it('"66,7%" for 2/3 is within its rounding (±0.05 pp); "66,6%" is not', () => {
    const meta = (avance: number) =>
      crearMeta({ metaCuatrienio: 3, seguimiento: [s(2024, 2025, 2, 2)], reportado: rep({ avance }) });
    expect(conciliar(crearPlan({ metas: [meta(0.667)] }))).toEqual([]);
    const d = conciliar(crearPlan({ metas: [meta(0.666)] }));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ambito: 'meta', campo: 'avance', tipo: 'discrepancia', severidad: 'error', motivo: 'diferencia' });
    expect(d[0]?.tolerancia).toBeCloseTo(0.0005, 8); // + 1e-9 margin for float noise
  });
  it('"96%" tolerates ±0.5 pp: 664/692 = 95.95 % passes; 94 % does not', () => {
    const meta = (c: number) => crearMeta({ seguimiento: [s(2024, 2025, 692, 664)], reportado: rep({ cumplimiento: c }) });
    expect(conciliar(crearPlan({ metas: [meta(0.96)] }))).toEqual([]);
    expect(conciliar(crearPlan({ metas: [meta(0.94)] }))[0]?.causaProbable.es).toContain('no coincide');
  });
  it('a report that prints the capped 100 % for an over-execution gets an aviso, not an error', () => {
    const meta = crearMeta({ seguimiento: [s(2024, 2025, 10, 12)], reportado: rep({ cumplimiento: 1 }) });
    expect(conciliar(crearPlan({ metas: [meta] }))[0]).toMatchObject({ motivo: 'tope_en_informe', severidad: 'aviso', calculado: 1.2 });
  });
  it('a flujo meta whose report used the last year is explained as such', () => {
    const meta = crearMeta({
      acumulacion: 'flujo',
      seguimiento: [anio(2024, 100, 50), anio(2025, 100, 90)],
      reportado: rep({ cumplimiento: 0.9 }),
    });
    const d = conciliar(crearPlan({ metas: [meta] }));
    expect(d[0]?.causaProbable.es).toContain('el último año');
  });
  it('a printed figure with no inputs is no_verificable, not a discrepancy', () => {
    const meta = crearMeta({ seguimiento: [], reportado: rep({ cumplimiento: 0.5, inversion: 1e6, beneficiarios: 10 }) });
    const d = conciliar(crearPlan({ metas: [meta] }));
    expect(d.map((x) => [x.campo, x.tipo, x.severidad])).toEqual([
      ['cumplimiento', 'no_verificable', 'aviso'],
      ['inversion', 'no_verificable', 'aviso'],
      ['beneficiarios', 'no_verificable', 'aviso'],
    ]);
  });
  it('investment: the sum of entries vs the printed total, within the printed millones', () => {
    const meta = (impreso: number) =>
      crearMeta({
        inversion: [
          { desde: 2024, hasta: 2025, fuente: 'sgr', valor: 12_453_120_000 },
          { desde: 2024, hasta: 2025, fuente: 'sin_especificar', valor: 518_880_000 },
        ],
        reportado: rep({ inversion: impreso }),
      });
    expect(conciliar(crearPlan({ metas: [meta(12_972_000_000)] }))).toEqual([]);
    expect(conciliar(crearPlan({ metas: [meta(12_971_000_000)] }))[0]).toMatchObject({ campo: 'inversion', diferencia: 1_000_000 });
  });
  it('beneficiaries: recorded total vs printed', () => {
    const meta = crearMeta({ beneficiarios: { estado: 'reportado', total: 179, unidad: 'ciudadanos', grupos: [] }, reportado: rep({ beneficiarios: 197 }) });
    expect(conciliar(crearPlan({ metas: [meta] }))[0]).toMatchObject({ campo: 'beneficiarios', reportado: 197, calculado: 179 });
  });
});

describe('conciliar: claims of a node', () => {
  const afirmacion = (p: Partial<Afirmacion>): Afirmacion => ({ magnitud: 'inversion', relacion: 'mas_de', valor: 0, texto: 'afirmación', ...p });
  const planCon = (afirmaciones: Afirmacion[], metas: Meta[]) =>
    crearPlan({ nodos: [crearNodo('A', 0, null, { afirmaciones })], metas });
  const conInversion = (codigo: string, valor: number | null) =>
    crearMeta({ codigo, inversion: [{ desde: 2024, hasta: 2025, fuente: 'recursos_propios', valor }] });
  const conBen = (codigo: string, total: number | null, unidad: string | null) =>
    crearMeta({ codigo, beneficiarios: { estado: total === null ? 'sin_dato' : 'reportado', total, unidad, grupos: [] } });

  it('"supera los $13.843 millones" with 13.842,4 computed is violated, probably rounded up', () => {
    const plan = planCon(
      [afirmacion({ valor: 13_843_000_000, texto: 'supera los $13.843 millones' })],
      [conInversion('6', 385e6), conInversion('7', 323.4e6), conInversion('8', 12_972e6), conInversion('9', 162e6)],
    );
    const [d] = conciliar(plan);
    expect(d).toMatchObject({ ambito: 'nodo', codigo: 'A', campo: 'inversion', severidad: 'error', motivo: 'afirmacion_no_se_sostiene' });
    expect(d?.calculado).toBeCloseTo(13_842.4e6, 0);
    expect(d?.causaProbable.es).toContain('redondeo hacia arriba');
  });
  it('"más de 1.150 ciudadanos" with 335 + 664 and a meta sin dato: violated, naming the meta without data', () => {
    const plan = planCon(
      [afirmacion({ magnitud: 'beneficiarios', valor: 1150, unidad: 'ciudadanos', texto: 'más de 1.150 ciudadanos' })],
      [conBen('18', 335, 'ciudadanos'), conBen('19', 664, 'ciudadanos con planes de negocio'), conBen('20', null, null)],
    );
    const [d] = conciliar(plan);
    expect(d).toMatchObject({ calculado: 999, reportado: 1150, severidad: 'error', metas: ['20'] });
    expect(d?.causaProbable.es).toContain('La meta 20 no reporta beneficiarios');
  });
  it('two metas without data are named in the plural, in both languages', () => {
    const plan = planCon(
      [afirmacion({ magnitud: 'beneficiarios', valor: 1150, unidad: 'ciudadanos', texto: 'más de 1.150 ciudadanos' })],
      [conBen('18', 335, 'ciudadanos'), conBen('20', null, null), conBen('21', null, null)],
    );
    const [d] = conciliar(plan);
    expect(d?.causaProbable.es).toContain('Las metas 20, 21 no reportan beneficiarios');
    expect(d?.causaProbable.en).toContain('Metas 20, 21 report no beneficiaries');
  });
  it('a claim exceeded by more than 25 % is an aviso cota_holgada (threshold configurable)', () => {
    const plan = planCon([afirmacion({ valor: 2_600e6, texto: 'por más de $2.600 millones' })], [conInversion('1', 3_636e6)]);
    expect(conciliar(plan)[0]).toMatchObject({ motivo: 'cota_holgada', severidad: 'aviso', tipo: 'aviso' });
    expect(conciliar(plan, { tolerancias: { holguraCota: 0.5 } })).toEqual([]);
  });
  it('a claim that holds within 25 % gives nothing', () => {
    const plan = planCon([afirmacion({ magnitud: 'beneficiarios', valor: 2500, unidad: 'ciudadanos' })], [conBen('1', 2551, 'ciudadanos')]);
    expect(conciliar(plan)).toEqual([]);
  });
  it('beneficiaries in other units are not added; when none matches the claim it is no_verificable', () => {
    const plan = planCon(
      [afirmacion({ magnitud: 'beneficiarios', valor: 750, unidad: 'unidades económicas y MIPYMES' })],
      [conBen('6', 422, 'personas'), conBen('7', 120, 'empresarios')],
    );
    expect(conciliar(plan)[0]).toMatchObject({ tipo: 'no_verificable', motivo: 'unidades_distintas', metas: ['6', '7'] });
  });
  it('every claim gets its figure and verdict in plan order, also one that holds (which adds no discrepancy)', () => {
    const plan = planCon(
      [
        afirmacion({ valor: 100e6, texto: 'más de $100 millones' }),
        afirmacion({ valor: 200e6, texto: 'más de $200 millones' }),
        afirmacion({ valor: 20e6, texto: 'más de $20 millones' }),
        afirmacion({ magnitud: 'beneficiarios', valor: 10, unidad: 'empresarios', texto: 'más de 10 empresarios' }),
      ],
      [conInversion('1', 120e6), conBen('2', 5, 'ciudadanos')],
    );
    const out: Discrepancia[] = [];
    const af: ContrasteAfirmacion[] = [];
    conciliarNodosEIndicadores(plan, ajustesConciliar(plan, {}), out, af);
    expect(af.map((a) => [a.afirmacion.texto, a.calculado, a.veredicto, a.metas])).toEqual([
      ['más de $100 millones', 120e6, 'se_sostiene', []],
      ['más de $200 millones', 120e6, 'no_se_sostiene', ['2']], // meta 2 reports no investment: the sum may fall short
      ['más de $20 millones', 120e6, 'holgada', []],
      ['más de 10 empresarios', null, 'no_verificable', ['1', '2']], // meta 1 reports no beneficiaries: it could have counted
    ]);
    expect(af[0]?.explicacion).toEqual({
      es: 'Las metas del nivel dan $\u00a0120 millones: la afirmación se sostiene.',
      en: "The level's metas give COP 120 million: the claim holds.",
    });
    expect(out.map((d) => d.motivo)).toEqual(['afirmacion_no_se_sostiene', 'cota_holgada', 'unidades_distintas']);
    expect(af.slice(1).map((a) => a.explicacion)).toEqual(out.map((d) => d.causaProbable));
  });
  it('"menos de", "igual" and "aprox" claims, and a count of metas', () => {
    const metas = [conInversion('1', 100e6), conInversion('2', 50e6)];
    const d = conciliar(
      planCon(
        [
          afirmacion({ relacion: 'menos_de', valor: 150e6 }),
          afirmacion({ relacion: 'igual', valor: 150e6 }),
          afirmacion({ relacion: 'aprox', valor: 160e6 }),
          afirmacion({ magnitud: 'metas', relacion: 'igual', valor: 3 }),
        ],
        metas,
      ),
    );
    expect(d.map((x) => [x.campo, x.reportado, x.calculado])).toEqual([
      ['inversion', 150e6, 150e6],
      ['inversion', 160e6, 150e6],
      ['metas', 3, 2],
    ]);
  });
});

describe('conciliar: result indicators', () => {
  it("an 'actual' printed as an increment gets an aviso explaining the column mixes kinds", () => {
    const plan = crearPlan({
      indicadoresResultado: [
        crearIndicador({ codigo: 'IR6', lineaBase: { valor: 2378, anio: 2023 }, actual: { valor: 664, anio: 2025, tipo: 'incremento' }, meta: { valor: 3500, anio: 2027 } }),
        crearIndicador({ codigo: 'IR1' }),
      ],
    });
    const d = conciliar(plan);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ambito: 'indicador', codigo: 'IR6', motivo: 'indicador_incremento', calculado: 3042 });
    expect(d[0]?.causaProbable.es).toContain('mezcla');
  });
});

describe('unidadCompatible', () => {
  it('a sub-kind counts, another unit does not', () => {
    expect(unidadCompatible('ciudadanos', 'ciudadanos con planes de negocio')).toBe(true);
    expect(unidadCompatible('ciudadanos', 'ciudadanas')).toBe(false);
    expect(unidadCompatible('empresarios', 'ciudadanos')).toBe(false);
  });
});

describe('conciliarUnaMeta and conciliarNodosEIndicadores (resumir checks inside its own loop)', () => {
  const calculado = (valor: number): Porcentaje => ({ estado: 'calculado', valor, valorTope: Math.min(1, valor), avisos: [] });
  const meta = crearMeta({ seguimiento: [s(2024, 2025, 692, 664)], reportado: rep({ cumplimiento: 0.96 }) });
  const plan = crearPlan({ metas: [meta] });
  const ajustes = ajustesConciliar(plan, {});
  const corte = { desde: plan.corte.desde, hasta: plan.corte.hasta };
  it('reuses the figure handed over for the meta’s printed period and option', () => {
    // 0.50 is not what the data give (95.95 %): a discrepancy proves the handed figure was used.
    const out: Discrepancia[] = [];
    conciliarUnaMeta(meta, plan, ajustes, { periodo: corte, consolidacionFlujo: ajustes.consolidacion, cumplimiento: calculado(0.5), avance: undefined }, out);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ campo: 'cumplimiento', calculado: 0.5 });
  });
  it('recomputes when the handed figure is for another period or option', () => {
    const otroPeriodo: Discrepancia[] = [];
    conciliarUnaMeta(meta, plan, ajustes, { periodo: { desde: corte.desde, hasta: corte.desde }, consolidacionFlujo: ajustes.consolidacion, cumplimiento: calculado(0.5), avance: undefined }, otroPeriodo);
    expect(otroPeriodo).toEqual([]);
    const otraOpcion: Discrepancia[] = [];
    const otra = ajustes.consolidacion === 'promedio' ? 'ultimo' : 'promedio';
    conciliarUnaMeta(meta, plan, ajustes, { periodo: corte, consolidacionFlujo: otra, cumplimiento: calculado(0.5), avance: undefined }, otraOpcion);
    expect(otraOpcion).toEqual([]);
  });
  it('soloValor: a handed figure that does not match is computed whole again before it is reported', () => {
    // The data give 95.95 %, which matches the printed 96 %: the handed 0.50 must not become a discrepancy.
    const out: Discrepancia[] = [];
    const calculos = { periodo: corte, consolidacionFlujo: ajustes.consolidacion, cumplimiento: calculado(0.5), avance: undefined, soloValor: true };
    conciliarUnaMeta(meta, plan, ajustes, calculos, out);
    expect(out).toEqual([]);
    // A real mismatch is still reported, with the whole figure's value.
    const mala = crearMeta({ seguimiento: [s(2024, 2025, 692, 664)], reportado: rep({ cumplimiento: 0.5 }) });
    const out2: Discrepancia[] = [];
    conciliarUnaMeta(mala, plan, ajustes, { ...calculos, cumplimiento: { estado: 'calculado', valor: 664 / 692, valorTope: 664 / 692, avisos: [] } }, out2);
    expect(out2).toHaveLength(1);
    expect(out2[0]).toMatchObject({ campo: 'cumplimiento', tipo: 'discrepancia', reportado: 0.5 });
    expect(out2[0]?.calculado).toBeCloseTo(0.9595, 4);
  });
  it('soloValor: a figure without value gets the motivo of the whole computation', () => {
    const sinEjecutar = crearMeta({ seguimiento: [s(2024, 2025, 10, null)], reportado: rep({ cumplimiento: 0.5 }) });
    const breve: Porcentaje = { estado: 'sin_dato', valor: null, valorTope: null, avisos: [] };
    const out: Discrepancia[] = [];
    conciliarUnaMeta(sinEjecutar, plan, ajustes, { periodo: corte, consolidacionFlujo: ajustes.consolidacion, cumplimiento: breve, avance: undefined, soloValor: true }, out);
    expect(out).toEqual(conciliar(crearPlan({ metas: [sinEjecutar] })));
    expect(out[0]).toMatchObject({ tipo: 'no_verificable', motivo: 'sin_insumos' });
  });
  it('per meta in tree order, then nodes and indicators, gives what conciliar gives', () => {
    const metas = [
      crearMeta({ codigo: 'M2', seguimiento: [s(2024, 2025, 692, 664)], reportado: rep({ cumplimiento: 0.94 }) }),
      crearMeta({ codigo: 'M1', seguimiento: [s(2024, 2025, 10, 12)], reportado: rep({ cumplimiento: 1, inversion: 5 }) }),
    ];
    const p = crearPlan({ metas, indicadoresResultado: [crearIndicador({ actual: { valor: 3, anio: 2025, tipo: 'incremento' } })] });
    const a = ajustesConciliar(p, {});
    const out: Discrepancia[] = [];
    for (const k of [1, 0]) conciliarUnaMeta(p.metas[k] as Meta, p, a, undefined, out);
    conciliarNodosEIndicadores(p, a, out);
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out).toEqual(conciliar(p));
  });
});
