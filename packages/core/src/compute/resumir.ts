/**
 * resumir: everything a summary card or the CLI `resumen` needs, in one call. Each per-meta figure is
 * computed once and shared by the roll-up; every list follows the canonical order (tree order, then meta
 * code), so the order of plan.metas changes nothing.
 */
import type { ConsolidacionFlujo, Idioma, IndicadorResultado, Periodo, Plan } from '../schema/types.js';
import { indexarArbol } from './arbol.js';
import type { ResumenBeneficiarios } from './beneficiarios.js';
import type { ContrasteAfirmacion, Discrepancia, Tolerancias } from './conciliar.js';
import type { ProgresoIndicador } from './indicadores.js';
import type { ResumenInversion } from './inversion.js';
import type { ResultadoMunicipios } from './municipios.js';
import type { ResultadoNiveles } from './niveles.js';
import { Resumidor } from './resumidor.js';
import type { ConfigBandas, EstadoSemaforo } from './semaforo.js';
import type { MetodoPeso, Porcentaje, TextoBilingue } from './tipos.js';

export { METODO_PROMEDIO, Resumidor } from './resumidor.js';

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
  /** Every narrative claim of the nodes, in plan order, beside the figure its node's metas give. */
  afirmaciones: ContrasteAfirmacion[];
}


/**
 * Every figure of the summary, from the whole plan in memory. The work is the Resumidor's (one place per
 * figure), fed with the metas in canonical order; the reader by parts feeds the same Resumidor as it reads.
 */
export function resumir(plan: Plan, o: OpcionesResumir = {}): Resumen {
  const r = new Resumidor(plan, o, plan.metas.length);
  const ix = indexarArbol(plan);
  for (let x = 0; x < ix.metas.length; x++) {
    const k = ix.metas[x] as number;
    r.agregar(plan.metas[k] as Plan['metas'][number], k);
  }
  return r.terminar(plan);
}
