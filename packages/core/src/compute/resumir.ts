/**
 * resumir: everything a summary card or the CLI `resumen` needs, in one call. Each per-meta figure is
 * computed once and shared by the roll-up; every list follows the canonical order (tree order, then meta
 * code), so the order of plan.metas changes nothing.
 */
import type { ConsolidacionFlujo, Idioma, IndicadorResultado, Periodo, Plan } from '../schema/types.js';
import { indexarArbol } from './arbol.js';
import { avance } from './avance.js';
import { resumirBeneficiarios, type ResumenBeneficiarios } from './beneficiarios.js';
import {
  ajustesConciliar,
  conciliarNodosEIndicadores,
  conciliarUnaMeta,
  type CalculosMeta,
  type Discrepancia,
  type Tolerancias,
} from './conciliar.js';
import { cumplimiento } from './cumplimiento.js';
import { progresoIndicador, type ProgresoIndicador } from './indicadores.js';
import { inversionDeMeta } from './inversion-meta.js';
import { resumirInversion, type ResumenInversion } from './inversion.js';
import { municipiosAlcanzados, type ResultadoMunicipios } from './municipios.js';
import { consolidarConValores, periodoDeCorte, type ResultadoNiveles } from './niveles.js';
import { evaluarEn, nuevaSalida, valorTope } from './reglas.js';
import {
  BANDAS_PREDETERMINADAS,
  clasificar,
  estadosSemaforo,
  type ConfigBandas,
  type EstadoSemaforo,
} from './semaforo.js';
import type { MetodoPeso, Porcentaje, TextoBilingue } from './tipos.js';

export interface OpcionesResumir {
  /** Default: the plan's cut. */
  periodo?: Periodo;
  /** Roll-up weights. Default 'iguales'. */
  metodo?: MetodoPeso;
  bandas?: ConfigBandas;
  /** Language of the roll-up's avisos. Default 'es'. */
  lang?: Idioma;
  /** Default: plan.opciones.consolidacionFlujo, else 'promedio'. */
  consolidacionFlujo?: ConsolidacionFlujo;
  tolerancias?: Partial<Tolerancias>;
  /**
   * Include the per-meta list (`metas`). Default true. A country-sized plan summarised only for its totals
   * saves about 1 kB of heap per meta with false (the list is then empty).
   */
  detalleMetas?: boolean;
}

export interface ResumenMeta {
  codigo: string;
  nombre: string;
  nodo: string;
  /** The node's "1.1.2", null when the node does not exist. */
  numeracionNodo: string | null;
  cumplimiento: Porcentaje;
  avance: Porcentaje;
  bandaCumplimiento: EstadoSemaforo;
  bandaAvance: EstadoSemaforo;
  /** Investment in the period (pesos); null when not reported. */
  inversion: number | null;
  beneficiarios: { estado: Plan['metas'][number]['beneficiarios']['estado']; total: number | null; unidad: string | null };
}

export interface PromedioMetas {
  /** Plain mean of valorTope over the metas with a value (capped at 100 %); null when none. */
  cumplimiento: number | null;
  avance: number | null;
  metasCumplimiento: number;
  metasAvance: number;
  metodo: TextoBilingue;
}

export interface ConteoBandas {
  /** By displayed state (sobre_ejecucion, retroceso, no_programada… apart). */
  porEstado: Record<string, number>;
  /** By band as counted in roll-ups (over-execution in the top band, regression in the lowest). */
  porBanda: Record<string, number>;
}

export interface ResumenIndicador extends ProgresoIndicador {
  codigo: string;
  nombre: string;
  unidad: string | null;
  lineaBase: IndicadorResultado['lineaBase'];
  actual: IndicadorResultado['actual'];
  meta: IndicadorResultado['meta'];
  direccion: IndicadorResultado['direccion'];
}

export interface Resumen {
  entidad: Plan['entidad'];
  plan: Plan['plan'];
  corte: Plan['corte'];
  periodo: Periodo;
  metodo: MetodoPeso;
  consolidacionFlujo: ConsolidacionFlujo;
  fuenteBandas: TextoBilingue;
  /** Metas present in the data. */
  metasReportadas: number;
  /** Metas known to exist but absent from the source. */
  metasAusentes: Array<{ codigo: string; motivo: string }>;
  metas: ResumenMeta[];
  promedio: PromedioMetas;
  conteoBandas: { cumplimiento: ConteoBandas; avance: ConteoBandas };
  inversion: ResumenInversion;
  beneficiarios: ResumenBeneficiarios;
  municipios: ResultadoMunicipios;
  niveles: ResultadoNiveles;
  indicadores: ResumenIndicador[];
  discrepancias: Discrepancia[];
}

export const METODO_PROMEDIO: TextoBilingue = {
  es: 'Promedio simple de los porcentajes de las metas con valor, cada uno con tope de 100 %; las metas no programadas, sin dato o no calculables no entran.',
  en: 'Plain mean of the percentages of the metas with a value, each capped at 100 %; metas not programmed, without data or not computable are left out.',
};

function conteoVacio(config: ConfigBandas): ConteoBandas {
  const porEstado: Record<string, number> = {};
  for (const e of estadosSemaforo(config)) porEstado[e.id] = 0;
  const porBanda: Record<string, number> = {};
  for (const b of config.bandas) porBanda[b.id] = 0;
  return { porEstado, porBanda };
}

function contar(c: ConteoBandas, e: EstadoSemaforo): void {
  c.porEstado[e.id] = (c.porEstado[e.id] ?? 0) + 1;
  if (e.bandaConteo !== null) c.porBanda[e.bandaConteo] = (c.porBanda[e.bandaConteo] ?? 0) + 1;
}

export function resumir(plan: Plan, o: OpcionesResumir = {}): Resumen {
  const periodo = o.periodo ?? periodoDeCorte(plan);
  const metodo = o.metodo ?? 'iguales';
  const bandas = o.bandas ?? BANDAS_PREDETERMINADAS;
  const consolidacionFlujo = o.consolidacionFlujo ?? plan.opciones?.consolidacionFlujo ?? 'promedio';
  const ix = indexarArbol(plan);
  const m = plan.metas.length;
  const valores = { programado: new Float64Array(m), cumplimiento: new Float64Array(m), avance: new Float64Array(m) };
  const detalle = o.detalleMetas ?? true;
  const metas: ResumenMeta[] = detalle ? new Array(m) : [];
  const conteo = { cumplimiento: conteoVacio(bandas), avance: conteoVacio(bandas) };
  const salida = nuevaSalida();
  // The printed figures are checked inside this loop (in the same order conciliar uses), with the figures
  // just computed: a Porcentaje kept for all metas until a later pass would outlive a young collection.
  const ajustes = ajustesConciliar(plan, { consolidacionFlujo, ...(o.tolerancias ? { tolerancias: o.tolerancias } : {}) });
  const discrepancias: Discrepancia[] = [];
  // Without the per-meta list no whole Porcentaje is built: conciliar gets estado and valor, and computes a
  // whole one only for a printed figure that does not match.
  const calculos: CalculosMeta = { periodo, consolidacionFlujo, cumplimiento: undefined, avance: undefined, soloValor: !detalle };
  const oc = { consolidacionFlujo };
  const oa = { hasta: periodo.hasta, consolidacionFlujo };
  const breveC: Porcentaje = { estado: 'sin_dato', valor: null, valorTope: null, avisos: [] };
  const breveA: Porcentaje = { estado: 'sin_dato', valor: null, valorTope: null, avisos: [] };
  let sumaC = 0;
  let nC = 0;
  let sumaA = 0;
  let nA = 0;

  for (let x = 0; x < m; x++) {
    const k = ix.metas[x] as number;
    const meta = plan.metas[k] as Plan['metas'][number];
    // A whole Porcentaje only for the per-meta list. Else estado, valor and valorTope go into one reused
    // object (no allocation per meta).
    const rep = meta.reportado;
    const guardarC = rep.cumplimiento !== null && rep.cumplimiento !== undefined;
    const guardarA = rep.avance !== null && rep.avance !== undefined;
    const c = detalle ? cumplimiento(meta, periodo, oc) : evaluarEn(meta, periodo.desde, periodo.hasta, 'cumplimiento', consolidacionFlujo, breveC);
    const a = detalle ? avance(meta, oa) : evaluarEn(meta, 0, periodo.hasta, 'avance', consolidacionFlujo, breveA);
    const conciliarInv = rep.inversion !== null && rep.inversion !== undefined;
    const conciliarBen = rep.beneficiarios !== null && rep.beneficiarios !== undefined;
    if (guardarC || guardarA || conciliarInv || conciliarBen) {
      calculos.cumplimiento = guardarC ? c : undefined;
      calculos.avance = guardarA ? a : undefined;
      conciliarUnaMeta(meta, plan, ajustes, calculos, discrepancias);
    }
    valores.cumplimiento[k] = c.valorTope ?? Number.NaN;
    valores.avance[k] = a.valorTope ?? Number.NaN;
    valores.programado[k] = valorTope(meta, 0, periodo.hasta, 'programado', consolidacionFlujo, salida);
    if (c.valorTope !== null) {
      sumaC += c.valorTope;
      nC++;
    }
    if (a.valorTope !== null) {
      sumaA += a.valorTope;
      nA++;
    }
    const bc = clasificar(c, bandas);
    const ba = clasificar(a, bandas);
    contar(conteo.cumplimiento, bc);
    contar(conteo.avance, ba);
    if (!detalle) continue;
    const pos = ix.metaNodo[k] as number;
    metas[x] = {
      codigo: meta.codigo,
      nombre: meta.nombre,
      nodo: meta.nodo,
      numeracionNodo: pos >= 0 ? (ix.numeracion[pos] as string) : null,
      cumplimiento: c,
      avance: a,
      bandaCumplimiento: bc,
      bandaAvance: ba,
      inversion: inversionDeMeta(meta, periodo).valor,
      beneficiarios: {
        estado: meta.beneficiarios.estado,
        total: meta.beneficiarios.total,
        unidad: meta.beneficiarios.unidad ?? null,
      },
    };
  }

  conciliarNodosEIndicadores(plan, ajustes, discrepancias);
  const niveles = consolidarConValores(plan, valores, {
    periodo,
    consolidacionFlujo,
    metodo,
    bandas,
    ...(o.lang ? { lang: o.lang } : {}),
  });
  return {
    entidad: plan.entidad,
    plan: plan.plan,
    corte: plan.corte,
    periodo,
    metodo,
    consolidacionFlujo,
    fuenteBandas: bandas.fuente,
    metasReportadas: m,
    metasAusentes: (plan.ausentes ?? []).map((a) => ({ codigo: a.codigo, motivo: a.motivo })),
    metas,
    promedio: {
      cumplimiento: nC > 0 ? sumaC / nC : null,
      avance: nA > 0 ? sumaA / nA : null,
      metasCumplimiento: nC,
      metasAvance: nA,
      metodo: METODO_PROMEDIO,
    },
    conteoBandas: conteo,
    inversion: resumirInversion(plan, { periodo }),
    beneficiarios: resumirBeneficiarios(plan),
    municipios: municipiosAlcanzados(plan, { periodo }),
    niveles,
    indicadores: (plan.indicadoresResultado ?? []).map((ind) => ({
      codigo: ind.codigo,
      nombre: ind.nombre,
      unidad: ind.unidad,
      lineaBase: ind.lineaBase,
      actual: ind.actual,
      meta: ind.meta,
      direccion: ind.direccion,
      ...progresoIndicador(ind),
    })),
    discrepancias,
  };
}
