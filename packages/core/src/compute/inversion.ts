/**
 * Investment summary: total, by funding source, by year span, by node (rolled up the tree). A null value
 * is "sin dato": it is counted and its meta listed, never added as 0; the total is null when no meta
 * reported investment. Entries that straddle the period's edge cannot be split: listed, not added.
 */
import type { Periodo, Plan } from '../schema/types.js';
import { indexarArbol } from './arbol.js';
import { FUENTES_CANONICAS, reconocerFuente, type FuenteCanonica } from './fuentes.js';
import { leerInversionDeMeta, type InversionDeMeta } from './inversion-meta.js';
import { ListaReusada } from './lista-reusada.js';
import type { TextoBilingue } from './tipos.js';

export interface FilaFuente {
  /** Canonical id, or the source's text when unknown. */
  fuente: string;
  etiqueta: TextoBilingue;
  canonica: boolean;
  grupo: FuenteCanonica | null;
  valor: number;
  /** Metas with a reported value from this source. */
  metas: number;
}

export interface FilaAnioInversion {
  desde: number;
  hasta: number;
  valor: number;
}

export interface FilaNodoInversion {
  codigo: string;
  numeracion: string;
  /** null when no meta under the node reported investment. */
  valor: number | null;
  metas: number;
  metasConDato: number;
  /** Metas under the node with no investment reported (or only null values). */
  metasSinDato: number;
}

export interface ResumenInversion {
  /** null = every year reported. */
  periodo: Periodo | null;
  /** Pesos; null when no meta reported investment. */
  total: number | null;
  metas: number;
  metasConDato: number;
  /** Metas with no investment reported in the period (no entry or only null values). */
  sinDato: string[];
  /** Metas with some null values: their sum is a lower bound. */
  incompletas: string[];
  /** Metas with an entry across the period's edge (not added). */
  fueraDePeriodo: string[];
  /** Canonical sources in SisPT order, then unknown sources by name. */
  porFuente: FilaFuente[];
  porAnio: FilaAnioInversion[];
  /** Tree order, as the level table. */
  porNodo: FilaNodoInversion[];
}

const ORDEN_FUENTES = new Map(Object.keys(FUENTES_CANONICAS).map((k, i) => [k, i]));

export function resumirInversion(plan: Plan, o: { periodo?: Periodo | null } = {}): ResumenInversion {
  const periodo = o.periodo ?? null;
  const ix = indexarArbol(plan);
  const n = ix.n;
  const sumaNodo = new Float64Array(n + 1);
  const conDatoNodo = new Int32Array(n + 1);
  const metasNodo = new Int32Array(n + 1);
  const fuentes = new Map<string, FilaFuente>();
  const anios = new Map<number, FilaAnioInversion>();
  const vistas = new ListaReusada<string>();
  const lectura: InversionDeMeta = { valor: null, incompleta: false, cruzaPeriodo: false };
  const sinDato: string[] = [];
  const incompletas: string[] = [];
  const fueraDePeriodo: string[] = [];
  // A sum and a flag, not number | null: a variable of both kinds boxes every partial sum on the heap.
  let total = 0;
  let metasConDato = 0;

  for (let b = 0; b <= n; b++) {
    for (let x = ix.inicioMetas[b] as number; x < (ix.inicioMetas[b + 1] as number); x++) {
      const meta = plan.metas[ix.metas[x] as number] as Plan['metas'][number];
      metasNodo[b] = (metasNodo[b] as number) + 1;
      const inv = leerInversionDeMeta(meta, periodo, lectura);
      if (inv.cruzaPeriodo) fueraDePeriodo.push(meta.codigo);
      if (inv.valor === null) {
        sinDato.push(meta.codigo);
        continue;
      }
      if (inv.incompleta) incompletas.push(meta.codigo);
      metasConDato++;
      conDatoNodo[b] = (conDatoNodo[b] as number) + 1;
      sumaNodo[b] = (sumaNodo[b] as number) + inv.valor;
      total += inv.valor;
      // A meta has a handful of entries: a reused list beats a Set per meta.
      vistas.vaciar();
      for (const e of meta.inversion) {
        if (e.valor === null) continue;
        if (periodo && (e.desde < periodo.desde || e.hasta > periodo.hasta)) continue;
        const r = reconocerFuente(e.fuente);
        let fila = fuentes.get(r.fuente);
        if (!fila) {
          fila = { ...r, valor: 0, metas: 0 };
          fuentes.set(r.fuente, fila);
        }
        fila.valor += e.valor;
        if (vistas.agregarSiFalta(r.fuente)) fila.metas++;
        // Years are whole numbers in [1900, 2200] (the schema): one number keys the span.
        const clave = e.desde * 10_000 + e.hasta;
        let a = anios.get(clave);
        if (!a) {
          a = { desde: e.desde, hasta: e.hasta, valor: 0 };
          anios.set(clave, a);
        }
        a.valor += e.valor;
      }
    }
  }

  for (let i = n - 1; i >= 0; i--) {
    const p = ix.padre[i] as number;
    if (p < 0) continue;
    sumaNodo[p] = (sumaNodo[p] as number) + (sumaNodo[i] as number);
    conDatoNodo[p] = (conDatoNodo[p] as number) + (conDatoNodo[i] as number);
    metasNodo[p] = (metasNodo[p] as number) + (metasNodo[i] as number);
  }
  const porNodo: FilaNodoInversion[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const conDato = conDatoNodo[i] as number;
    porNodo[i] = {
      codigo: (plan.nodos[ix.nodo[i] as number] as Plan['nodos'][number]).codigo,
      numeracion: ix.numeracion[i] as string,
      valor: conDato > 0 ? (sumaNodo[i] as number) : null,
      metas: metasNodo[i] as number,
      metasConDato: conDato,
      metasSinDato: (metasNodo[i] as number) - conDato,
    };
  }
  const porFuente = [...fuentes.values()].sort((a, b) => {
    const oa = ORDEN_FUENTES.get(a.fuente) ?? Infinity;
    const ob = ORDEN_FUENTES.get(b.fuente) ?? Infinity;
    return oa !== ob ? oa - ob : a.fuente < b.fuente ? -1 : a.fuente > b.fuente ? 1 : 0;
  });
  const porAnio = [...anios.values()].sort((a, b) => a.desde - b.desde || a.hasta - b.hasta);
  return {
    periodo,
    total: metasConDato > 0 ? total : null,
    metas: plan.metas.length,
    metasConDato,
    sinDato,
    incompletas,
    fueraDePeriodo,
    porFuente,
    porAnio,
    porNodo,
  };
}
