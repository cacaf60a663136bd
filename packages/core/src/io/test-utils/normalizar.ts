/**
 * A plan reduced to what the CSV template carries, in a canonical order, so a round trip
 * JSON → CSV → JSON can be compared with toEqual. Dropped (not carried by the template): trazas,
 * afirmaciones, indicadoresResultado, ausentes, opciones, fuente, plan.secretaria, inversion.texto.
 * Reordered (order is not meaningful there): nodes by code, investment by span and source, groups by id.
 */
import type { Plan } from '../../schema/types.js';

export function loQueLlevaElCsv(plan: Plan): unknown {
  // JSON drops keys whose value is undefined, as the file would.
  const p = JSON.parse(JSON.stringify(plan)) as Plan;
  const { secretaria: _s, ausentes: _a, indicadoresResultado: _i, opciones: _o, fuente: _f, ...resto } = p;
  return {
    ...resto,
    nodos: resto.nodos
      .map(({ afirmaciones: _af, trazas: _t, ...n }) => n)
      .sort((a, b) => (a.codigo < b.codigo ? -1 : a.codigo > b.codigo ? 1 : 0)),
    metas: resto.metas.map(({ trazas: _t, notas, ...m }) => ({
      ...m,
      ...(notas && notas.length > 0 ? { notas } : {}),
      inversion: m.inversion
        .map(({ texto: _x, ...i }) => i)
        .sort((a, b) => a.desde - b.desde || a.hasta - b.hasta || (a.fuente < b.fuente ? -1 : a.fuente > b.fuente ? 1 : 0)),
      beneficiarios: { ...m.beneficiarios, grupos: [...m.beneficiarios.grupos].sort((a, b) => (a.grupo < b.grupo ? -1 : 1)) },
    })),
  };
}
