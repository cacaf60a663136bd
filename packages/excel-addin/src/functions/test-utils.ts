/** Helpers shared by the functions' tests (not bundled: only tests import this file). */
import type { Meta, Porcentaje } from '@tablero-pdd/core';
import { esErrorCelda } from './errores-excel.js';

/** A cell result in a comparable form: the number, or "code: message". */
export function verCelda(v: unknown): unknown {
  return esErrorCelda(v) ? `${v.code}${v.message ? `: ${v.message}` : ''}` : v;
}

/** What a cell should hold for a core Porcentaje (the contract of celdaDePorcentaje, restated). */
export function celdaEsperada(p: Porcentaje): string | number {
  if (p.estado === 'calculado') return p.valor as number;
  if (p.estado === 'no_programada' || p.estado === 'sin_dato') return '#N/A';
  return p.motivo === 'meta_igual_linea_base' ? '#DIV/0!' : '#VALUE!';
}

export function codigoOValor(v: unknown): unknown {
  return esErrorCelda(v) ? v.code : v;
}

/** A meta with yearly entries from 2024, written independently of the add-in's adapter. */
export function metaAnual(d: {
  programado: Array<number | null>;
  ejecutado: Array<number | null>;
  tipo: Meta['tipo'];
  acumulacion: Meta['acumulacion'];
  lineaBase: number | null;
  metaCuatrienio: number | null;
}): Meta {
  return {
    codigo: 'X',
    nombre: 'X',
    indicador: null,
    unidad: null,
    nodo: 'N',
    secretaria: null,
    lineaBase: d.lineaBase,
    metaCuatrienio: d.metaCuatrienio,
    tipo: d.tipo,
    acumulacion: d.acumulacion,
    seguimiento: d.ejecutado.map((e, j) => ({ desde: 2024 + j, hasta: 2024 + j, programado: d.programado[j] ?? null, ejecutado: e })),
    inversion: [],
    beneficiarios: { estado: 'sin_dato', total: null, unidad: null, grupos: [] },
    municipios: { alcance: 'sin_dato', codigos: [] },
    bpin: [],
    evidencia: { queSeHizo: null, como: null, conQuien: null, cuando: null, impacto: null, donde: null },
    reportado: { periodo: null, cumplimiento: null, avance: null, inversion: null, beneficiarios: null },
  };
}

/** The single cell of a 1 × 1 result. */
export function unica<T>(m: ReadonlyArray<ReadonlyArray<T>>): T | undefined {
  return m[0]?.[0];
}
