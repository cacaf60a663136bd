/**
 * What an import read, for the person who ran it: entity, plan, counts per level, metas, years, funding
 * sources, sheets read or left aside, and every row skipped with the reason. Built from the plan itself
 * (counts are never kept by hand while reading, so they cannot drift from what was imported).
 */
import type { ErrorDato, Plan } from '../../schema/types.js';

export type FormatoXlsx = 'sispt-plan-indicativo' | 'dnp-informe-seguimiento' | 'libro-propio' | 'fusion';

export interface HojaReporte {
  /** Set when the report covers several files. */
  archivo?: string;
  nombre: string;
  uso: 'leida' | 'omitida';
  /** Data rows read (rows after the header that were not blank). */
  filas: number;
  motivo?: string;
}

export interface FilaOmitidaXlsx {
  archivo?: string;
  hoja: string;
  /** Row number as Excel shows it. */
  fila: number;
  /** Machine code: fila_totales, encabezado_repetido, fila_sin_meta, fila_con_errores… */
  codigo: string;
  motivo: string;
}

/** A DNP figure of one product row and year, as the Informe de Seguimiento printed it. */
export interface CifraFisicaDnp {
  /** SisPT consecutivos of the row ("IP-269, IP-285" is one row: DNP adds up duplicated products). */
  codigos: string[];
  hoja: string;
  fila: number;
  anio: number;
  programado: number | null;
  ejecutado: number | null;
  /** "Avance físico YYYY (%)": executed ÷ programmed, a fraction, not capped. */
  avanceFisico: number | null;
  explicacion: string | null;
}

export interface CifraFinancieraDnp {
  codigos: string[];
  hoja: string;
  fila: number;
  anio: number;
  programado: number | null;
  compromisos: number | null;
  obligaciones: number | null;
  pagos: number | null;
  /** "Obligaciones como % de lo programado": a fraction. */
  obligacionesSobreProgramado: number | null;
  explicacion: string | null;
}

export interface CifrasDnp {
  fisico: CifraFisicaDnp[];
  financiero: CifraFinancieraDnp[];
}

export interface ValorEnArchivo {
  archivo: string;
  valor: string | number | null;
  hoja?: string;
  fila?: number;
}

/** Two files of the same entity disagree on one figure of one meta. */
export interface Conflicto {
  meta: string;
  campo: string;
  anio?: number;
  valores: ValorEnArchivo[];
  /** Which value the merged plan keeps, in words. */
  resolucion: string;
}

export interface ColumnaMapeada {
  hoja: string;
  letra: string;
  encabezado: string;
  /** "programado:2024", "metaCuatrienio"… or null when the column was left out. */
  campo: string | null;
  origen: 'sinonimo' | 'mapeo' | 'sin_mapear' | 'ignorada';
}

export interface ReporteXlsx {
  archivos: string[];
  formato: FormatoXlsx;
  hojas: HojaReporte[];
  entidad: Plan['entidad'] | null;
  plan: Plan['plan'] | null;
  corte: Plan['corte'] | null;
  niveles: Array<{ nivel: string; nodos: number }>;
  metas: number;
  indicadoresResultado: number;
  /** Years with a programmed / executed value reported in at least one meta. */
  anios: { programado: number[]; ejecutado: number[] };
  /** Funding sources with at least one value (canonical ids where known). */
  fuentes: string[];
  filasOmitidas: FilaOmitidaXlsx[];
  /** What the importer decided and why (assumptions stated once, not per meta). */
  notas: string[];
  /** Home-made workbooks: the column mapping proposed or applied, and what could not be mapped. */
  mapeo?: ColumnaMapeada[];
  /** DNP's own computed figures, kept as reported. */
  dnp?: CifrasDnp;
  conflictos?: Conflicto[];
}

export type ResultadoXlsx =
  | { ok: true; plan: Plan; avisos: ErrorDato[]; reporte: ReporteXlsx }
  | { ok: false; errores: ErrorDato[]; avisos: ErrorDato[]; reporte: ReporteXlsx | null };

export function reporteVacio(formato: FormatoXlsx, archivos: string[]): ReporteXlsx {
  return {
    archivos,
    formato,
    hojas: [],
    entidad: null,
    plan: null,
    corte: null,
    niveles: [],
    metas: 0,
    indicadoresResultado: 0,
    anios: { programado: [], ejecutado: [] },
    fuentes: [],
    filasOmitidas: [],
    notas: [],
  };
}

/** Fills the counts from the plan built (or left partial when there is none). */
export function completarReporte(r: ReporteXlsx, plan: Plan | null): ReporteXlsx {
  if (!plan) return r;
  const porNivel = plan.niveles.map((nivel) => ({ nivel, nodos: 0 }));
  for (const n of plan.nodos) {
    const fila = porNivel[n.nivel];
    if (fila) fila.nodos++;
  }
  const prog = new Set<number>();
  const ejec = new Set<number>();
  const fuentes = new Set<string>();
  for (const m of plan.metas) {
    for (const s of m.seguimiento) {
      for (let y = s.desde; y <= s.hasta; y++) {
        if (s.programado !== null) prog.add(y);
        if (s.ejecutado !== null) ejec.add(y);
      }
    }
    for (const i of m.inversion) if (i.valor !== null) fuentes.add(i.fuente);
  }
  const orden = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return {
    ...r,
    entidad: plan.entidad,
    plan: plan.plan,
    corte: plan.corte,
    niveles: porNivel,
    metas: plan.metas.length,
    indicadoresResultado: plan.indicadoresResultado?.length ?? 0,
    anios: { programado: orden(prog), ejecutado: orden(ejec) },
    fuentes: [...fuentes].sort(),
  };
}
