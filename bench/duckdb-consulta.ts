/**
 * The peer of core's roll-up in SQL: per node (every level, descendants included) and for the whole plan,
 * the plain mean of the capped per-meta figures — cumplimiento over the period, avance and programado up
 * to its last year — plus investment per node and per funding source over the period. The per-meta rules
 * are core's (packages/core/src/compute/reglas.ts) restated in SQL, so both sides compute the same thing;
 * bench/duckdb-consulta.test.ts checks they agree.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ConsolidacionFlujo, Periodo } from '../packages/core/src/schema/types.js';

export interface CifrasGrupo {
  metas: number;
  /** Capped means; null when no meta contributes (never 0). */
  cumplimiento: number | null;
  avance: number | null;
  programado: number | null;
  /** Pesos over the period; null when no meta under the node reported any. */
  inversion: number | null;
}

export interface ResultadoPar {
  /** Node code → figures; '' = the whole plan. */
  niveles: Map<string, CifrasGrupo>;
  /** Source bucket → pesos and metas with a value from it. */
  fuentes: Map<string, { valor: number; metas: number }>;
}

function entero(x: number, nombre: string): number {
  if (!Number.isInteger(x)) throw new Error(`${nombre}: se esperaba un año entero, se recibió ${String(x)}`);
  return x;
}

/** One row per meta: its three capped figures (NULL = it does not enter) and its investment in the period. */
export function sqlPorMeta(periodo: Periodo, consolidacion: ConsolidacionFlujo): string {
  const D = entero(periodo.desde, 'periodo.desde');
  const H = entero(periodo.hasta, 'periodo.hasta');
  const flujo = consolidacion === 'ultimo' ? 'ultimo' : 'promedio';
  return `
  WITH m AS (
    SELECT id, nodo, tipo, linea_base AS lb, meta AS mc, comb,
      (tipo = 'reduccion' AND comb <> 'suma') AS base_c,
      (tipo = 'reduccion' AND comb <> 'suma') OR (tipo = 'incremento' AND acumulacion = 'stock') AS base_a
    FROM (SELECT *, CASE WHEN acumulacion = 'stock' THEN 'ultimo'
                         WHEN acumulacion = 'acumulado' AND tipo <> 'mantenimiento' THEN 'suma'
                         ELSE '${flujo}' END AS comb FROM metas)
  ),
  s AS (
    SELECT s.meta_id, s.hasta, (s.hasta - s.desde + 1) AS anios, m.comb, m.base_a, m.mc, m.lb,
      -- cumplimiento: entries that overlap [D, H]; one that straddles an edge makes it not computable
      (s.hasta >= ${D}) AS en_c,
      (s.hasta >= ${D} AND s.desde < ${D}) OR s.hasta > ${H} AS parcial_c,
      CASE WHEN s.programado IS NULL THEN 0 WHEN m.base_c THEN s.programado - m.lb ELSE s.programado END AS den,
      CASE WHEN m.base_c THEN s.ejecutado - m.lb ELSE s.ejecutado END AS num_c,
      m.base_c,
      -- avance / programado: every entry starting by H; one ending after H is not computable
      (s.hasta > ${H}) AS parcial_a,
      CASE WHEN m.base_a THEN s.ejecutado - m.lb ELSE s.ejecutado END AS num_a,
      CASE WHEN m.base_a THEN s.programado - m.lb ELSE s.programado END AS num_p
    FROM seguimiento s JOIN m ON m.id = s.meta_id
    WHERE s.desde <= ${H}
  ),
  s2 AS (
    SELECT *,
      en_c AND (CASE WHEN base_c THEN den <> 0 ELSE den > 0 END) AS prog_c,
      en_c AND num_c IS NOT NULL AND (CASE WHEN base_c THEN den <> 0 ELSE den > 0 END) AS usado_c,
      CASE WHEN base_a THEN mc - lb ELSE mc END AS den_fijo
    FROM s
  ),
  agg AS (
    SELECT meta_id,
      bool_or(en_c AND parcial_c) AS parcial_c, count(*) FILTER (WHERE en_c) AS hay_c,
      bool_or(prog_c) AS algo_c, count(*) FILTER (WHERE usado_c) AS usados_c,
      sum(num_c) FILTER (WHERE en_c AND NOT parcial_c AND num_c IS NOT NULL) AS sum_num_c,
      sum(den) FILTER (WHERE usado_c) AS sum_den_c,
      sum(CASE WHEN usado_c THEN num_c / den * anios END) AS sum_r_c,
      sum(anios) FILTER (WHERE usado_c) AS sum_w_c,
      arg_max(CASE WHEN usado_c THEN num_c / den END, hasta) FILTER (WHERE usado_c) AS ult_c,
      bool_or(parcial_a) AS parcial_a,
      count(num_a) AS usados_a, sum(num_a) AS sum_a, sum(num_a * anios) AS sum_ra, sum(anios) FILTER (WHERE num_a IS NOT NULL) AS sum_wa,
      arg_max(num_a, hasta) FILTER (WHERE num_a IS NOT NULL) AS ult_a,
      count(num_p) AS usados_p, sum(num_p) AS sum_p, sum(num_p * anios) AS sum_rp, sum(anios) FILTER (WHERE num_p IS NOT NULL) AS sum_wp,
      arg_max(num_p, hasta) FILTER (WHERE num_p IS NOT NULL) AS ult_p
    FROM s2 GROUP BY meta_id
  ),
  v AS (
    SELECT m.id, m.nodo,
      CASE WHEN (m.base_c AND m.lb IS NULL) OR a.parcial_c OR coalesce(a.hay_c, 0) = 0 OR NOT a.algo_c OR a.usados_c = 0 THEN NULL
           WHEN m.comb = 'suma' THEN a.sum_num_c / a.sum_den_c
           WHEN m.comb = 'promedio' THEN a.sum_r_c / a.sum_w_c
           ELSE a.ult_c END AS c,
      CASE WHEN m.mc IS NULL OR (m.base_a AND m.lb IS NULL) THEN NULL
           WHEN (m.base_a AND m.mc = m.lb) OR (NOT m.base_a AND m.mc <= 0) THEN NULL
           ELSE CASE WHEN m.base_a THEN m.mc - m.lb ELSE m.mc END END AS den_fijo,
      a.parcial_a, a.usados_a, a.sum_a, a.sum_ra, a.sum_wa, a.ult_a, a.usados_p, a.sum_p, a.sum_rp, a.sum_wp, a.ult_p, m.comb
    FROM m LEFT JOIN agg a ON a.meta_id = m.id
  ),
  v2 AS (
    SELECT id, nodo, c,
      CASE WHEN den_fijo IS NULL OR parcial_a OR coalesce(usados_a, 0) = 0 THEN NULL
           WHEN comb = 'suma' THEN sum_a / den_fijo WHEN comb = 'promedio' THEN sum_ra / sum_wa / den_fijo ELSE ult_a / den_fijo END AS a,
      CASE WHEN den_fijo IS NULL OR parcial_a OR coalesce(usados_p, 0) = 0 THEN NULL
           WHEN comb = 'suma' THEN sum_p / den_fijo WHEN comb = 'promedio' THEN sum_rp / sum_wp / den_fijo ELSE ult_p / den_fijo END AS p
    FROM v
  ),
  inv AS (
    SELECT meta_id, sum(valor) AS inversion FROM inversion
    WHERE valor IS NOT NULL AND desde >= ${D} AND hasta <= ${H}
    GROUP BY meta_id
  )
  SELECT v2.id, v2.nodo,
    CASE WHEN isfinite(c) THEN greatest(0, least(1, c)) END AS c,
    CASE WHEN isfinite(a) THEN greatest(0, least(1, a)) END AS a,
    CASE WHEN isfinite(p) THEN greatest(0, least(1, p)) END AS p,
    inv.inversion
  FROM v2 LEFT JOIN inv ON inv.meta_id = v2.id`;
}

/** Per node (with descendants) and for the whole plan (nodo = ''). */
export function sqlNiveles(periodo: Periodo, consolidacion: ConsolidacionFlujo): string {
  return `
  WITH RECURSIVE anc(codigo, ancestro) AS (
    SELECT codigo, codigo FROM nodos
    UNION ALL
    SELECT a.codigo, n.padre FROM anc a JOIN nodos n ON n.codigo = a.ancestro WHERE n.padre IS NOT NULL
  ),
  pm AS (${sqlPorMeta(periodo, consolidacion)})
  SELECT anc.ancestro AS nodo, count(*)::INTEGER AS metas, avg(c) AS c, avg(a) AS a, avg(p) AS p, sum(inversion) AS inversion
  FROM pm JOIN anc ON anc.codigo = pm.nodo GROUP BY anc.ancestro
  UNION ALL
  SELECT '' AS nodo, count(*)::INTEGER, avg(c), avg(a), avg(p), sum(inversion) FROM pm`;
}

export function sqlFuentes(periodo: Periodo): string {
  const D = entero(periodo.desde, 'periodo.desde');
  const H = entero(periodo.hasta, 'periodo.hasta');
  return `
  SELECT fuente, sum(valor) AS valor, count(DISTINCT meta_id)::INTEGER AS metas FROM inversion
  WHERE valor IS NOT NULL AND desde >= ${D} AND hasta <= ${H}
  GROUP BY fuente`;
}

const numeroONulo = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Runs both queries and reads every row back into JS (core's result is JS objects too). */
export async function consolidarEnDuckDB(con: DuckDBConnection, periodo: Periodo, consolidacion: ConsolidacionFlujo): Promise<ResultadoPar> {
  const niveles = new Map<string, CifrasGrupo>();
  const rn = await con.runAndReadAll(sqlNiveles(periodo, consolidacion));
  for (const [nodo, metas, c, a, p, inversion] of rn.getRows()) {
    niveles.set(String(nodo), {
      metas: Number(metas),
      cumplimiento: numeroONulo(c),
      avance: numeroONulo(a),
      programado: numeroONulo(p),
      inversion: numeroONulo(inversion),
    });
  }
  const fuentes = new Map<string, { valor: number; metas: number }>();
  const rf = await con.runAndReadAll(sqlFuentes(periodo));
  for (const [fuente, valor, metas] of rf.getRows()) fuentes.set(String(fuente), { valor: Number(valor), metas: Number(metas) });
  return { niveles, fuentes };
}
