/**
 * Loads a validated plan into DuckDB tables (nodos, metas, seguimiento, inversion) through data chunks,
 * the fastest way in from JS. Timed apart from the aggregation: the comparison with core is on the
 * roll-up once the data sit in the engine. Funding sources are mapped to core's buckets here
 * (reconocerFuente), since SQL cannot know the synonyms ("Regalías" → sgr).
 */
import { DOUBLE, DuckDBDataChunk, ENUM, INTEGER, VARCHAR, type DuckDBConnection, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import type { Plan } from '../packages/core/src/schema/types.js';
import { reconocerFuente } from '../packages/core/src/compute/fuentes.js';
import { ACUMULACIONES, TIPOS_META } from '../packages/core/src/schema/plan.js';

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const FILAS_POR_BLOQUE = 2048;

// tipo and acumulación as ENUMs, as a database designer would store a closed list (compared as integers).
const TABLAS = `
  DROP TABLE IF EXISTS metas; DROP TYPE IF EXISTS tipo_meta; DROP TYPE IF EXISTS acumulacion_meta;
  CREATE TYPE tipo_meta AS ENUM (${TIPOS_META.map((t) => `'${t}'`).join(', ')});
  CREATE TYPE acumulacion_meta AS ENUM (${ACUMULACIONES.map((t) => `'${t}'`).join(', ')});
  CREATE OR REPLACE TABLE nodos (codigo VARCHAR, padre VARCHAR, nivel INTEGER);
  CREATE TABLE metas (id INTEGER, nodo VARCHAR, tipo tipo_meta, acumulacion acumulacion_meta, linea_base DOUBLE, meta DOUBLE);
  CREATE OR REPLACE TABLE seguimiento (meta_id INTEGER, desde INTEGER, hasta INTEGER, programado DOUBLE, ejecutado DOUBLE);
  CREATE OR REPLACE TABLE inversion (meta_id INTEGER, desde INTEGER, hasta INTEGER, fuente VARCHAR, valor DOUBLE);
`;

/** Appends rows to `tabla` column-wise, one data chunk per 2,048 rows. */
class Anexador {
  private columnas: DuckDBValue[][];
  private filas = 0;
  constructor(
    private readonly tipos: readonly DuckDBType[],
    private readonly anexar: (c: DuckDBDataChunk) => void,
  ) {
    this.columnas = tipos.map(() => []);
  }
  fila(...valores: DuckDBValue[]): void {
    for (let i = 0; i < valores.length; i++) (this.columnas[i] as DuckDBValue[]).push(valores[i] ?? null);
    if (++this.filas === FILAS_POR_BLOQUE) this.vaciar();
  }
  vaciar(): void {
    if (this.filas === 0) return;
    const bloque = DuckDBDataChunk.create(this.tipos, this.filas);
    bloque.setColumns(this.columnas);
    this.anexar(bloque);
    this.columnas = this.tipos.map(() => []);
    this.filas = 0;
  }
}

export interface CargaDuckDB {
  filas: { nodos: number; metas: number; seguimiento: number; inversion: number };
}

export async function cargarEnDuckDB(con: DuckDBConnection, plan: Plan): Promise<CargaDuckDB> {
  await con.run(TABLAS);
  const abrir = async (tabla: string, tipos: DuckDBType[]) => {
    const ap = await con.createAppender(tabla);
    return { ap, a: new Anexador(tipos, (c) => ap.appendDataChunk(c)) };
  };
  const nodos = await abrir('nodos', [VARCHAR, VARCHAR, INTEGER]);
  const metas = await abrir('metas', [INTEGER, VARCHAR, ENUM(TIPOS_META), ENUM(ACUMULACIONES), DOUBLE, DOUBLE]);
  const seg = await abrir('seguimiento', [INTEGER, INTEGER, INTEGER, DOUBLE, DOUBLE]);
  const inv = await abrir('inversion', [INTEGER, INTEGER, INTEGER, VARCHAR, DOUBLE]);
  const filas = { nodos: 0, metas: 0, seguimiento: 0, inversion: 0 };
  for (const n of plan.nodos) {
    nodos.a.fila(n.codigo, n.padre, n.nivel);
    filas.nodos++;
  }
  plan.metas.forEach((m, id) => {
    metas.a.fila(id, m.nodo, m.tipo, m.acumulacion, m.lineaBase, m.metaCuatrienio);
    filas.metas++;
    for (const s of m.seguimiento) {
      seg.a.fila(id, s.desde, s.hasta, s.programado, s.ejecutado);
      filas.seguimiento++;
    }
    for (const e of m.inversion) {
      inv.a.fila(id, e.desde, e.hasta, reconocerFuente(e.fuente).fuente, e.valor);
      filas.inversion++;
    }
  });
  for (const t of [nodos, metas, seg, inv]) {
    t.a.vaciar();
    t.ap.closeSync();
  }
  return { filas };
}
