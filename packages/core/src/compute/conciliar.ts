/**
 * Reconciliation: every figure the report printed against what core computes from the inputs.
 * - Per meta: reportado.cumplimiento / avance vs cumplimiento() / avance() over reportado.periodo (default
 *   the cut), within the rounding of the printed figure (redondeo.ts); inversion vs the sum of the
 *   investment entries of that period; beneficiarios vs beneficiarios.total.
 * - Per node: each narrative claim (afirmación) vs the node's computed figure. "más de X" is violated when
 *   the computed figure is ≤ X; when it exceeds X by more than `holguraCota` (25 %) the claim probably
 *   covers another set of metas: aviso 'cota_holgada'. Beneficiaries are compared in the claim's unit; a
 *   meta counting "ciudadanos con planes de negocio" counts for a claim in "ciudadanos" (a sub-kind), a
 *   meta counting "empresarios" does not.
 * - Result indicators whose printed "actual" is an increment: aviso (the column mixes kinds).
 * Figures with no inputs to check against are 'no_verificable', not discrepancies.
 */
import type { Afirmacion, ConsolidacionFlujo, Idioma, Meta, Periodo, Plan } from '../schema/types.js';
import { formatearMillones, formatearNumero, formatearPorcentaje } from '../format/numero.js';
import { indexarArbol } from './arbol.js';
import { avance } from './avance.js';
import { claveUnidad } from './beneficiarios.js';
import { cumplimiento } from './cumplimiento.js';
import { inversionDeMeta } from './inversion-meta.js';
import { progresoIndicador } from './indicadores.js';
import { toleranciaCifra, toleranciaMillones, toleranciaPorcentaje } from './redondeo.js';
import { TEXTOS_MOTIVO } from './textos.js';
import type { MotivoCalculo, Porcentaje, TextoBilingue } from './tipos.js';

export interface Tolerancias {
  /** A "más de X" claim exceeded by more than this share (0.25 = 25 %) gets the aviso 'cota_holgada'. */
  holguraCota: number;
  /** Relative tolerance of an "aprox" claim (0.05 = 5 %), on top of its rounding. */
  aprox: number;
  /** Absolute margin added to every rounding tolerance (floating-point noise). */
  margen: number;
}

export const TOLERANCIAS_PREDETERMINADAS: Readonly<Tolerancias> = Object.freeze({ holguraCota: 0.25, aprox: 0.05, margen: 1e-9 });

export type TipoDiscrepancia = 'discrepancia' | 'aviso' | 'no_verificable';

export type MotivoDiscrepancia =
  | 'diferencia'
  | 'tope_en_informe'
  | 'afirmacion_no_se_sostiene'
  | 'cota_holgada'
  | 'unidades_distintas'
  | 'indicador_incremento'
  | 'sin_insumos';

export interface Discrepancia {
  ambito: 'meta' | 'nodo' | 'indicador';
  /** Code of the meta, node or indicator. */
  codigo: string;
  campo: 'cumplimiento' | 'avance' | 'inversion' | 'beneficiarios' | 'metas' | 'actual';
  tipo: TipoDiscrepancia;
  motivo: MotivoDiscrepancia;
  /** As printed (ratio, pesos or count). */
  reportado: number | null;
  calculado: number | null;
  /** calculado − reportado. */
  diferencia: number | null;
  tolerancia: number | null;
  /** 'error' for figures that do not add up; 'aviso' for the rest. */
  severidad: 'error' | 'aviso';
  causaProbable: TextoBilingue;
  /** The claim as the report wrote it (nodes). */
  texto?: string;
  /** Metas behind the explanation (without data, other unit…). */
  metas?: string[];
}

/**
 * What one narrative claim of a node comes to against its metas: 'se_sostiene' (holds), 'holgada' (holds,
 * but the metas give more than 25 % above a "más de" bound), 'no_se_sostiene', or 'no_verificable' (no meta
 * reports the figure, or they count units that do not add up).
 */
export type VeredictoAfirmacion = 'se_sostiene' | 'holgada' | 'no_se_sostiene' | 'no_verificable';

/** The verdicts' names, for every presentation (widgets, CLI, Excel) to say them the same way. */
export const NOMBRES_VEREDICTO: Readonly<Record<VeredictoAfirmacion, TextoBilingue>> = {
  se_sostiene: { es: 'Se sostiene', en: 'Holds' },
  holgada: { es: 'Se sostiene, con holgura', en: 'Holds, with room to spare' },
  no_se_sostiene: { es: 'No se sostiene', en: 'Does not hold' },
  no_verificable: { es: 'No se puede verificar', en: 'Cannot be verified' },
};

/** One claim of the report beside the figure its node's metas give: every claim, also those that hold. */
export interface ContrasteAfirmacion {
  /** Code of the node the claim is about. */
  nodo: string;
  afirmacion: Afirmacion;
  /** The node's figure in the claim's magnitude and unit; null when no meta reports it. */
  calculado: number | null;
  veredicto: VeredictoAfirmacion;
  /** Why, in both languages (the reconciliation's cause when there is one). */
  explicacion: TextoBilingue;
  /** Metas behind the explanation (without data, another unit). */
  metas: string[];
}

export interface OpcionesConciliar {
  tolerancias?: Partial<Tolerancias>;
  consolidacionFlujo?: ConsolidacionFlujo;
}

const unir = (xs: string[]) => xs.join(', ');
const nulo = (v: number | null | undefined): v is null | undefined => v === null || v === undefined;

function motivoDe(p: Porcentaje): TextoBilingue {
  return TEXTOS_MOTIVO[p.motivo as MotivoCalculo] ?? { es: String(p.motivo), en: String(p.motivo) };
}

function base(
  ambito: Discrepancia['ambito'],
  codigo: string,
  campo: Discrepancia['campo'],
  tipo: TipoDiscrepancia,
  motivo: MotivoDiscrepancia,
  reportado: number | null,
  calculado: number | null,
  tolerancia: number | null,
  causaProbable: TextoBilingue,
): Discrepancia {
  return {
    ambito,
    codigo,
    campo,
    tipo,
    motivo,
    reportado,
    calculado,
    diferencia: reportado === null || calculado === null ? null : calculado - reportado,
    tolerancia,
    severidad: tipo === 'discrepancia' ? 'error' : 'aviso',
    causaProbable,
  };
}

const NOMBRE_CAMPO = {
  cumplimiento: { es: 'cumplimiento', en: 'compliance' },
  avance: { es: 'avance', en: 'progress' },
} as const;

function conciliarPorcentaje(
  meta: Meta,
  campo: 'cumplimiento' | 'avance',
  reportado: number,
  p: Porcentaje,
  /**
   * The other consolidation option, when it applies to the meta: the figure under it is computed only when
   * the printed one does not match (over `periodo`).
   */
  otra: ConsolidacionFlujo | null,
  periodo: Periodo,
  t: Tolerancias,
  out: Discrepancia[],
): void {
  if (p.estado !== 'calculado' || p.valor === null) {
    const nombre = NOMBRE_CAMPO[campo];
    const m = motivoDe(p);
    out.push(
      base('meta', meta.codigo, campo, 'no_verificable', 'sin_insumos', reportado, null, null, {
        es: `No se puede verificar el % de ${nombre.es} impreso: ${m.es}`,
        en: `The printed % ${nombre.en} cannot be checked: ${m.en}`,
      }),
    );
    return;
  }
  const tol = toleranciaPorcentaje(reportado) + t.margen;
  if (Math.abs(p.valor - reportado) <= tol) return;
  const impreso = { es: formatearPorcentaje(reportado, { decimales: 2 }), en: formatearPorcentaje(reportado, { decimales: 2, lang: 'en' }) };
  const calc = { es: formatearPorcentaje(p.valor, { decimales: 2 }), en: formatearPorcentaje(p.valor, { decimales: 2, lang: 'en' }) };
  if (p.valor > 1 && p.valorTope !== null && Math.abs(p.valorTope - reportado) <= tol) {
    out.push(
      base('meta', meta.codigo, campo, 'aviso', 'tope_en_informe', reportado, p.valor, tol, {
        es: `El informe imprime ${impreso.es} con tope; lo ejecutado da ${calc.es} (sobre-ejecución).`,
        en: `The report prints ${impreso.en}, capped; the execution gives ${calc.en} (over-execution).`,
      }),
    );
    return;
  }
  let causa: TextoBilingue;
  const alterno =
    otra === null
      ? null
      : campo === 'cumplimiento'
        ? cumplimiento(meta, periodo, { consolidacionFlujo: otra })
        : avance(meta, { hasta: periodo.hasta, consolidacionFlujo: otra });
  if (alterno?.valor !== null && alterno?.valor !== undefined && Math.abs(alterno.valor - reportado) <= tol) {
    const regla = alterno.combinacion === 'ultimo' ? { es: 'el último año', en: 'the last year' } : { es: 'el promedio de los años', en: 'the mean of the years' };
    causa = {
      es: `El informe parece usar ${regla.es} (da ${formatearPorcentaje(alterno.valor, { decimales: 2 })}); el cálculo usa la otra opción de consolidación (${calc.es}).`,
      en: `The report seems to use ${regla.en} (${formatearPorcentaje(alterno.valor, { decimales: 2, lang: 'en' })}); the computation uses the other consolidation option (${calc.en}).`,
    };
  } else {
    const faltan = p.avisos.includes('anios_sin_dato');
    causa = {
      es: `El ${impreso.es} impreso no coincide con lo que da el seguimiento (${calc.es}); revise lo programado, lo ejecutado y la regla de acumulación.${faltan ? ' Hay años sin dato en el periodo.' : ''}`,
      en: `The printed ${impreso.en} does not match the follow-up data (${calc.en}); check programmed, executed and the accumulation rule.${faltan ? ' Some years of the period have no data.' : ''}`,
    };
  }
  out.push(base('meta', meta.codigo, campo, 'discrepancia', 'diferencia', reportado, p.valor, tol, causa));
}

/** Per-meta results already computed by the caller for one period (resumir), indexed like plan.metas. */
export interface CalculosPrevios {
  periodo: Periodo;
  consolidacionFlujo: ConsolidacionFlujo;
  cumplimiento: Porcentaje[];
  avance: Porcentaje[];
}

/**
 * One meta's figures already computed by the caller for `periodo` and `consolidacionFlujo`: resumir hands
 * them over inside its own loop, so they need not be kept for all metas until a later pass.
 */
export interface CalculosMeta {
  periodo: Periodo;
  consolidacionFlujo: ConsolidacionFlujo;
  cumplimiento: Porcentaje | undefined;
  avance: Porcentaje | undefined;
  /**
   * The figures carry only estado, valor and valorTope (evaluarEn's): enough to see that a printed figure
   * matches, which most do; one that does not is computed whole (its avisos and motivo go into the message).
   */
  soloValor?: boolean;
}

/** Whether a printed percentage matches the computed one within its rounding (conciliarPorcentaje's first test). */
function coincide(p: Porcentaje, reportado: number, t: Tolerancias): boolean {
  return p.estado === 'calculado' && p.valor !== null && Math.abs(p.valor - reportado) <= toleranciaPorcentaje(reportado) + t.margen;
}

/** What a conciliation derives once from its options: the tolerances and the consolidation option in force. */
export interface AjustesConciliar {
  tolerancias: Tolerancias;
  consolidacion: ConsolidacionFlujo;
  /** The plan's cut: the period of a meta whose printed figures name none. */
  corte: Periodo;
}

export function ajustesConciliar(plan: Plan, o: OpcionesConciliar): AjustesConciliar {
  return {
    tolerancias: { ...TOLERANCIAS_PREDETERMINADAS, ...o.tolerancias },
    consolidacion: o.consolidacionFlujo ?? plan.opciones?.consolidacionFlujo ?? 'promedio',
    corte: { desde: plan.corte.desde, hasta: plan.corte.hasta },
  };
}

/**
 * The per-meta checks of conciliar for one meta (printed cumplimiento, avance, inversion, beneficiarios),
 * appended to `out`. The caller's figures are reused when computed for the meta's printed period under the
 * same option; else they are computed here.
 */
export function conciliarUnaMeta(meta: Meta, plan: Plan, ajustes: AjustesConciliar, calculos: CalculosMeta | undefined, out: Discrepancia[]): void {
  const t = ajustes.tolerancias;
  const consolidacion = ajustes.consolidacion;
  const r = meta.reportado;
  const periodo: Periodo = r.periodo ?? ajustes.corte;
  const usaConsolidacion = meta.acumulacion === 'flujo' || (meta.tipo === 'mantenimiento' && meta.acumulacion !== 'stock');
  const otra: ConsolidacionFlujo | null = usaConsolidacion ? (consolidacion === 'promedio' ? 'ultimo' : 'promedio') : null;
  const reusar =
    calculos !== undefined &&
    calculos.consolidacionFlujo === consolidacion &&
    calculos.periodo.desde === periodo.desde &&
    calculos.periodo.hasta === periodo.hasta;
  const soloValor = reusar && calculos.soloValor === true;
  if (!nulo(r.cumplimiento)) {
    const previo = reusar ? calculos.cumplimiento : undefined;
    if (!(soloValor && previo !== undefined && coincide(previo, r.cumplimiento, t))) {
      const p = (soloValor ? undefined : previo) ?? cumplimiento(meta, periodo, { consolidacionFlujo: consolidacion });
      conciliarPorcentaje(meta, 'cumplimiento', r.cumplimiento, p, otra, periodo, t, out);
    }
  }
  if (!nulo(r.avance)) {
    const previo = reusar ? calculos.avance : undefined;
    if (!(soloValor && previo !== undefined && coincide(previo, r.avance, t))) {
      const p = (soloValor ? undefined : previo) ?? avance(meta, { hasta: periodo.hasta, consolidacionFlujo: consolidacion });
      conciliarPorcentaje(meta, 'avance', r.avance, p, otra, periodo, t, out);
    }
  }
  if (!nulo(r.inversion)) {
    const inv = inversionDeMeta(meta, periodo);
    if (inv.valor === null) {
      out.push(
        base('meta', meta.codigo, 'inversion', 'no_verificable', 'sin_insumos', r.inversion, null, null, {
          es: 'No hay valores de inversión por fuente en el periodo con que comparar el total impreso.',
          en: 'There are no investment values by source in the period to compare the printed total with.',
        }),
      );
    } else {
      const tol = toleranciaMillones(r.inversion) + t.margen;
      if (Math.abs(inv.valor - r.inversion) > tol) {
        const extra = inv.incompleta
          ? { es: ' Algunas fuentes no tienen valor (sin dato).', en: ' Some sources have no value (no data).' }
          : inv.cruzaPeriodo
            ? { es: ' Hay inversión reportada para años dentro y fuera del periodo, que no se suma.', en: ' Some investment spans years inside and outside the period and is not added.' }
            : { es: '', en: '' };
        out.push(
          base('meta', meta.codigo, 'inversion', 'discrepancia', 'diferencia', r.inversion, inv.valor, tol, {
            es: `La suma de la inversión por fuente (${formatearMillones(inv.valor, { decimales: 2 })}) no coincide con el total impreso (${formatearMillones(r.inversion, { decimales: 2 })}).${extra.es}`,
            en: `The sum of investment by source (${formatearMillones(inv.valor, { decimales: 2, lang: 'en' })}) does not match the printed total (${formatearMillones(r.inversion, { decimales: 2, lang: 'en' })}).${extra.en}`,
          }),
        );
      }
    }
  }
  if (!nulo(r.beneficiarios)) {
    const b = meta.beneficiarios;
    if (b.estado !== 'reportado' || b.total === null) {
      out.push(
        base('meta', meta.codigo, 'beneficiarios', 'no_verificable', 'sin_insumos', r.beneficiarios, null, null, {
          es: 'La meta no registra el total de beneficiarios con que comparar la cifra impresa.',
          en: 'The meta records no beneficiaries total to compare the printed figure with.',
        }),
      );
    } else {
      const tol = toleranciaCifra(r.beneficiarios) + t.margen;
      if (Math.abs(b.total - r.beneficiarios) > tol) {
        out.push(
          base('meta', meta.codigo, 'beneficiarios', 'discrepancia', 'diferencia', r.beneficiarios, b.total, tol, {
            es: `El total de beneficiarios registrado (${formatearNumero(b.total)}) no coincide con el impreso (${formatearNumero(r.beneficiarios)}).`,
            en: `The recorded beneficiaries total (${formatearNumero(b.total, { lang: 'en' })}) does not match the printed one (${formatearNumero(r.beneficiarios, { lang: 'en' })}).`,
          }),
        );
      }
    }
  }
}

/** A meta's unit counts for a claim's unit when equal or a sub-kind of it ("ciudadanos con …" ⊂ "ciudadanos"). */
export function unidadCompatible(unidadAfirmacion: string, unidadMeta: string): boolean {
  return unidadMeta === unidadAfirmacion || unidadMeta.startsWith(`${unidadAfirmacion} `);
}

interface CifraNodo {
  valor: number | null;
  /** Metas that could have counted but have no data. */
  sinDato: string[];
  /** Metas that count another unit (beneficiaries). */
  otraUnidad: Array<{ meta: string; unidad: string; total: number }>;
}

function cifraNodo(plan: Plan, metas: Meta[], a: Afirmacion, periodo: Periodo): CifraNodo {
  const sinDato: string[] = [];
  const otraUnidad: CifraNodo['otraUnidad'] = [];
  let valor: number | null = null;
  if (a.magnitud === 'metas') return { valor: metas.length, sinDato, otraUnidad };
  if (a.magnitud === 'inversion') {
    for (const m of metas) {
      const inv = inversionDeMeta(m, periodo);
      if (inv.valor === null || inv.incompleta) sinDato.push(m.codigo);
      if (inv.valor !== null) valor = (valor ?? 0) + inv.valor;
    }
    return { valor, sinDato, otraUnidad };
  }
  const unidad = claveUnidad(a.unidad);
  for (const m of metas) {
    const b = m.beneficiarios;
    if (b.estado === 'no_aplica') continue;
    const um = claveUnidad(b.unidad);
    if (b.estado === 'sin_dato' || b.total === null) {
      // Without a total the unit is usually unknown too: such a meta could have counted.
      if (unidad === '' || um === '' || unidadCompatible(unidad, um)) sinDato.push(m.codigo);
      continue;
    }
    if (unidad === '' || unidadCompatible(unidad, um)) valor = (valor ?? 0) + b.total;
    else otraUnidad.push({ meta: m.codigo, unidad: b.unidad ?? '', total: b.total });
  }
  return { valor, sinDato, otraUnidad };
}

/**
 * A claim's figure (the printed one or the computed one) in the claim's own terms: millions of pesos, or a
 * count with the claim's unit ("81 empresarios"). null → `sinDato`.
 */
export function formatearCifraAfirmacion(a: Afirmacion, v: number | null, o: { lang?: Idioma; sinDato?: string } = {}): string {
  const lang = o.lang ?? 'es';
  const sinDato = o.sinDato === undefined ? {} : { sinDato: o.sinDato };
  if (a.magnitud === 'inversion') return formatearMillones(v, { decimales: 2, lang, ...sinDato });
  const n = formatearNumero(v, { lang, ...sinDato });
  return v !== null && a.magnitud === 'beneficiarios' && a.unidad ? `${n} ${a.unidad}` : n;
}

const mostrar = (a: Afirmacion, v: number, lang: Idioma): string => formatearCifraAfirmacion(a, v, { lang });

function conciliarAfirmacion(plan: Plan, codigo: string, metas: Meta[], a: Afirmacion, t: Tolerancias, out: Discrepancia[]): ContrasteAfirmacion {
  const periodo: Periodo = { desde: plan.corte.desde, hasta: plan.corte.hasta };
  const campo = a.magnitud;
  const c = cifraNodo(plan, metas, a, periodo);
  const agregar = (d: Discrepancia, veredicto: VeredictoAfirmacion, metasD: string[] = []): ContrasteAfirmacion => {
    d.texto = a.texto;
    if (metasD.length > 0) d.metas = metasD;
    out.push(d);
    return { nodo: codigo, afirmacion: a, calculado: d.calculado, veredicto, explicacion: d.causaProbable, metas: metasD };
  };
  if (a.magnitud === 'beneficiarios' && claveUnidad(a.unidad) === '') {
    const unidades = new Set(metas.filter((m) => m.beneficiarios.estado === 'reportado' && m.beneficiarios.total !== null).map((m) => claveUnidad(m.beneficiarios.unidad)));
    if (unidades.size > 1) {
      return agregar(
        base('nodo', codigo, campo, 'no_verificable', 'unidades_distintas', a.valor, null, null, {
          es: `La afirmación no dice qué cuenta y las metas del nivel cuentan unidades distintas (${[...unidades].join(', ')}), que no se suman.`,
          en: `The claim does not say what it counts and the level's metas count different units (${[...unidades].join(', ')}), which are not added.`,
        }),
        'no_verificable',
      );
    }
  }
  if (c.valor === null) {
    const otras = c.otraUnidad.map((o) => `${o.meta} (${o.unidad})`);
    const porUnidad = c.otraUnidad.length > 0;
    return agregar(
      base('nodo', codigo, campo, 'no_verificable', porUnidad ? 'unidades_distintas' : 'sin_insumos', a.valor, null, null,
        porUnidad
          ? {
              es: `Ninguna meta del nivel cuenta «${a.unidad ?? ''}»: las que reportan cuentan otra unidad (${unir(otras)}).`,
              en: `No meta of the level counts «${a.unidad ?? ''}»: those reporting count another unit (${unir(otras)}).`,
            }
          : {
              es: 'Ninguna meta del nivel reporta esta cifra: no se puede verificar.',
              en: 'No meta of the level reports this figure: it cannot be checked.',
            },
      ),
      'no_verificable',
      [...c.sinDato, ...c.otraUnidad.map((o) => o.meta)],
    );
  }
  const X = a.valor;
  const v = c.valor;
  const tolRedondeo = a.magnitud === 'inversion' ? toleranciaMillones(X) : toleranciaCifra(X);
  let violada: boolean;
  let holgada = false;
  let tolerancia: number | null = null;
  switch (a.relacion) {
    case 'mas_de':
      violada = v <= X;
      holgada = v > X * (1 + t.holguraCota);
      break;
    case 'menos_de':
      violada = v >= X;
      holgada = v < X * (1 - t.holguraCota);
      break;
    case 'igual':
      tolerancia = tolRedondeo + t.margen;
      violada = Math.abs(v - X) > tolerancia;
      break;
    default:
      tolerancia = Math.max(tolRedondeo, t.aprox * Math.abs(X)) + t.margen;
      violada = Math.abs(v - X) > tolerancia;
  }
  const vs = { es: mostrar(a, v, 'es'), en: mostrar(a, v, 'en') };
  if (violada) {
    const partes: TextoBilingue[] = [
      { es: `Las metas del nivel dan ${vs.es} frente a «${a.texto}».`, en: `The level's metas give ${vs.en} against «${a.texto}».` },
    ];
    const unidadRedondeo = 2 * tolRedondeo;
    if (a.relacion === 'mas_de' && X - v < unidadRedondeo) {
      partes.push({
        es: 'Probable redondeo hacia arriba en la narrativa: la diferencia es menor que la última cifra impresa.',
        en: 'Probably rounded up in the narrative: the gap is smaller than the last printed digit.',
      });
    }
    if (c.sinDato.length > 0 && (a.relacion === 'mas_de' || a.relacion === 'igual' || a.relacion === 'aprox')) {
      const que = a.magnitud === 'inversion' ? { es: 'inversión', en: 'investment' } : { es: 'beneficiarios', en: 'beneficiaries' };
      partes.push({
        es:
          c.sinDato.length === 1
            ? `La meta ${unir(c.sinDato)} no reporta ${que.es} («sin dato»): el total calculado puede quedar corto.`
            : `Las metas ${unir(c.sinDato)} no reportan ${que.es} («sin dato»): el total calculado puede quedar corto.`,
        en:
          c.sinDato.length === 1
            ? `Meta ${unir(c.sinDato)} reports no ${que.en} ("no data"): the computed total may fall short.`
            : `Metas ${unir(c.sinDato)} report no ${que.en} ("no data"): the computed total may fall short.`,
      });
    }
    if (c.otraUnidad.length > 0) {
      const otras = c.otraUnidad.map((o) => `${o.meta}: ${formatearNumero(o.total)} ${o.unidad}`);
      partes.push({
        es: `Otras metas cuentan otra unidad y no se suman (${unir(otras)}).`,
        en: `Other metas count another unit and are not added (${unir(otras)}).`,
      });
    }
    if (partes.length === 1) {
      partes.push({
        es: 'La afirmación puede incluir metas de otro nivel o cifras no registradas por meta.',
        en: 'The claim may include metas of another level or figures not recorded per meta.',
      });
    }
    return agregar(
      base('nodo', codigo, campo, 'discrepancia', 'afirmacion_no_se_sostiene', X, v, tolerancia, {
        es: partes.map((p) => p.es).join(' '),
        en: partes.map((p) => p.en).join(' '),
      }),
      'no_se_sostiene',
      [...c.sinDato, ...c.otraUnidad.map((o) => o.meta)],
    );
  }
  if (holgada) {
    const pct = Math.round((v / X - 1) * 100);
    return agregar(
      base('nodo', codigo, campo, 'aviso', 'cota_holgada', X, v, null, {
        es: `La afirmación se cumple, pero las metas del nivel dan ${vs.es}, ${pct}\u00a0% más que «${a.texto}»: la cifra de la narrativa probablemente cubre otro conjunto de metas.`,
        en: `The claim holds, but the level's metas give ${vs.en}, ${pct}% more than «${a.texto}»: the narrative figure probably covers another set of metas.`,
      }),
      'holgada',
    );
  }
  // Holds plainly: nothing for the reconciliation's lists, but the claim still gets its figure.
  return {
    nodo: codigo,
    afirmacion: a,
    calculado: v,
    veredicto: 'se_sostiene',
    explicacion: { es: `Las metas del nivel dan ${vs.es}: la afirmación se sostiene.`, en: `The level's metas give ${vs.en}: the claim holds.` },
    metas: [],
  };
}

/**
 * Every narrative claim of the plan's nodes against the figure its metas give, in the order of the tree: the
 * same list as `resumir().afirmaciones`, without the rest of the summary (also the claims that hold).
 */
export function contrastarAfirmaciones(plan: Plan, o: OpcionesConciliar = {}): ContrasteAfirmacion[] {
  const afirmaciones: ContrasteAfirmacion[] = [];
  conciliarNodosEIndicadores(plan, ajustesConciliar(plan, o), [], afirmaciones);
  return afirmaciones;
}

export function conciliar(plan: Plan, o: OpcionesConciliar = {}): Discrepancia[] {
  return conciliarConPrevios(plan, o);
}

/** conciliar, reusing per-meta results the caller already computed for the same period and option. */
export function conciliarConPrevios(plan: Plan, o: OpcionesConciliar, previos?: CalculosPrevios): Discrepancia[] {
  const ajustes = ajustesConciliar(plan, o);
  const ix = indexarArbol(plan);
  const out: Discrepancia[] = [];
  // One object for every meta: only its two figures change.
  const calculos: CalculosMeta | undefined = previos
    ? { periodo: previos.periodo, consolidacionFlujo: previos.consolidacionFlujo, cumplimiento: undefined, avance: undefined }
    : undefined;
  for (let x = 0; x < ix.metas.length; x++) {
    const k = ix.metas[x] as number;
    if (calculos && previos) {
      calculos.cumplimiento = previos.cumplimiento[k];
      calculos.avance = previos.avance[k];
    }
    conciliarUnaMeta(plan.metas[k] as Meta, plan, ajustes, calculos, out);
  }
  conciliarNodosEIndicadores(plan, ajustes, out);
  return out;
}

/**
 * The checks of conciliar that follow the per-meta ones: node claims, then result indicators, appended to
 * `out`; each claim's outcome also goes to `afirmaciones` when given.
 */
export function conciliarNodosEIndicadores(plan: Plan, ajustes: AjustesConciliar, out: Discrepancia[], afirmaciones?: ContrasteAfirmacion[]): void {
  const t = ajustes.tolerancias;
  const ix = indexarArbol(plan);
  for (let i = 0; i < ix.n; i++) {
    const nodo = plan.nodos[ix.nodo[i] as number] as Plan['nodos'][number];
    if (!nodo.afirmaciones || nodo.afirmaciones.length === 0) continue;
    const a = ix.inicioMetas[i] as number;
    const z = ix.inicioMetas[ix.fin[i] as number] as number;
    const metas: Meta[] = [];
    for (let x = a; x < z; x++) metas.push(plan.metas[ix.metas[x] as number] as Meta);
    for (const af of nodo.afirmaciones) {
      const r = conciliarAfirmacion(plan, nodo.codigo, metas, af, t, out);
      afirmaciones?.push(r);
    }
  }
  for (const ind of plan.indicadoresResultado ?? []) {
    if (ind.actual.tipo !== 'incremento' || ind.actual.valor === null) continue;
    const p = progresoIndicador(ind);
    const nivel = p.valorComparable === null ? null : { es: formatearNumero(p.valorComparable), en: formatearNumero(p.valorComparable, { lang: 'en' }) };
    out.push(
      base('indicador', ind.codigo, 'actual', 'aviso', 'indicador_incremento', ind.actual.valor, p.valorComparable, null, {
        es: `El valor impreso como avance (${formatearNumero(ind.actual.valor)}) es un incremento sobre la línea base, no un nivel como en las demás filas: la columna mezcla dos clases de cifra.${nivel ? ` El nivel comparable con la línea base y la meta es ${nivel.es}.` : ''}`,
        en: `The value printed as progress (${formatearNumero(ind.actual.valor, { lang: 'en' })}) is an increment over the baseline, not a level like the other rows: the column mixes two kinds of figure.${nivel ? ` The level comparable with baseline and target is ${nivel.en}.` : ''}`,
      }),
    );
  }
}
