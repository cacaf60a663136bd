/**
 * Beneficiaries summary. Totals are kept per unit (personas, empresas, unidades productivas…): different
 * units are never added. Population groups overlap, so they are listed per group and never summed into a
 * total. Metas with 'sin_dato' and 'no_aplica' are listed apart from those that reported 0.
 */
import type { Plan } from '../schema/types.js';
import { indexarArbol } from './arbol.js';
import { reconocerGrupo, type GrupoReconocido } from './grupos.js';
import { plegar } from '../format/plegar.js';
import { ListaReusada } from './lista-reusada.js';
import type { TextoBilingue } from './tipos.js';

export interface FilaUnidad {
  /** Normalised unit key ('' when the unit was not stated). */
  unidad: string;
  /** The unit as first written, or "unidad no indicada". */
  etiqueta: string;
  total: number;
  metas: number;
}

export interface FilaGrupo {
  grupo: string;
  etiqueta: TextoBilingue;
  canonico: boolean;
  unidad: string;
  etiquetaUnidad: string;
  valor: number;
  metas: number;
}

export interface FilaNodoBeneficiarios {
  codigo: string;
  numeracion: string;
  porUnidad: FilaUnidad[];
  metas: number;
  metasConDato: number;
  metasSinDato: number;
  metasNoAplica: number;
}

export interface ResumenBeneficiarios {
  porUnidad: FilaUnidad[];
  /** Overlapping groups: never add these rows together. */
  porGrupo: FilaGrupo[];
  porNodo: FilaNodoBeneficiarios[];
  /** Metas whose beneficiaries were not reported ('sin_dato', or 'reportado' without a total). */
  sinDato: string[];
  /** Metas for which beneficiaries do not apply. */
  noAplica: string[];
  /** Metas that reported 0 beneficiaries (a real 0, apart from sin dato). */
  cero: string[];
  nota: TextoBilingue;
}

export const SIN_UNIDAD: TextoBilingue = { es: 'unidad no indicada', en: 'unit not stated' };

/** Unit key of a meta's beneficiaries (normalised text; '' when not stated). */
export function claveUnidad(unidad: string | null | undefined): string {
  return unidad ? plegar(unidad) : '';
}

function agregar(
  mapa: Map<string, FilaUnidad>,
  unidad: string,
  etiqueta: string,
  total: number,
  metas: number,
): void {
  const f = mapa.get(unidad);
  if (f) {
    f.total += total;
    f.metas += metas;
  } else mapa.set(unidad, { unidad, etiqueta, total, metas });
}

/** Most metas first, then by unit key: a total order, since a node's rows have distinct units. */
function antesUnidad(a: FilaUnidad, b: FilaUnidad): number {
  return b.metas - a.metas || (a.unidad < b.unidad ? -1 : a.unidad > b.unidad ? 1 : 0);
}

/**
 * A node's rows in order. Each node lists a handful of units: an insertion sort in place allocates nothing,
 * where Array.prototype.sort allocates work arrays on every call (≈80 MB over the 133,000 nodes of a
 * 500,000-meta plan). The order is total, so any correct sort gives the same list.
 */
export function ordenarUnidades(xs: Iterable<FilaUnidad>): FilaUnidad[] {
  const r = [...xs];
  if (r.length > 16) return r.sort(antesUnidad);
  for (let i = 1; i < r.length; i++) {
    const x = r[i] as FilaUnidad;
    let j = i - 1;
    while (j >= 0 && antesUnidad(r[j] as FilaUnidad, x) > 0) {
      r[j + 1] = r[j] as FilaUnidad;
      j--;
    }
    r[j + 1] = x;
  }
  return r;
}

export function resumirBeneficiarios(plan: Plan): ResumenBeneficiarios {
  const ix = indexarArbol(plan);
  const n = ix.n;
  // A node's map is made when something is added to it: most nodes of a large plan have no metas of their own.
  const porNodoMapa: Array<Map<string, FilaUnidad> | undefined> = new Array(n + 1);
  const mapaDe = (b: number): Map<string, FilaUnidad> => (porNodoMapa[b] ??= new Map());
  const metas = new Int32Array(n + 1);
  const conDato = new Int32Array(n + 1);
  const sinDatoN = new Int32Array(n + 1);
  const noAplicaN = new Int32Array(n + 1);
  const etiquetas = new Map<string, string>();
  /** Group id → unit → row. */
  const grupos = new Map<string, Map<string, FilaGrupo>>();
  const reconocidos = new Map<string, GrupoReconocido>();
  const vistos = new ListaReusada<FilaGrupo>();
  const sinDato: string[] = [];
  const noAplica: string[] = [];
  const cero: string[] = [];

  for (let b = 0; b <= n; b++) {
    for (let x = ix.inicioMetas[b] as number; x < (ix.inicioMetas[b + 1] as number); x++) {
      const meta = plan.metas[ix.metas[x] as number] as Plan['metas'][number];
      const ben = meta.beneficiarios;
      metas[b] = (metas[b] as number) + 1;
      if (ben.estado === 'no_aplica') {
        noAplica.push(meta.codigo);
        noAplicaN[b] = (noAplicaN[b] as number) + 1;
        continue;
      }
      if (ben.estado === 'sin_dato' || ben.total === null) {
        sinDato.push(meta.codigo);
        sinDatoN[b] = (sinDatoN[b] as number) + 1;
      } else {
        if (ben.total === 0) cero.push(meta.codigo);
        conDato[b] = (conDato[b] as number) + 1;
      }
      const unidad = claveUnidad(ben.unidad);
      if (!etiquetas.has(unidad)) etiquetas.set(unidad, unidad === '' ? SIN_UNIDAD.es : (ben.unidad as string).trim());
      const etiqueta = etiquetas.get(unidad) as string;
      if (ben.estado !== 'sin_dato' && ben.total !== null) agregar(mapaDe(b), unidad, etiqueta, ben.total, 1);
      // Groups can be reported even when the total is not (e.g. "10 personas con discapacidad").
      if (ben.grupos.length === 0) continue;
      // The rows this meta already counted (a meta lists a handful of groups: a reused list, no Set per meta).
      vistos.vaciar();
      for (const gr of ben.grupos) {
        if (gr.valor === null) continue;
        // The same few group texts repeat on every meta: recognised once per text.
        let r = reconocidos.get(gr.grupo);
        if (!r) {
          r = reconocerGrupo(gr.grupo);
          reconocidos.set(gr.grupo, r);
        }
        let porUnidad = grupos.get(r.grupo);
        if (!porUnidad) {
          porUnidad = new Map();
          grupos.set(r.grupo, porUnidad);
        }
        let fila = porUnidad.get(unidad);
        if (!fila) {
          fila = { ...r, unidad, etiquetaUnidad: etiqueta, valor: 0, metas: 0 };
          porUnidad.set(unidad, fila);
        }
        fila.valor += gr.valor;
        if (vistos.agregarSiFalta(fila)) fila.metas++;
      }
    }
  }

  for (let i = n - 1; i >= 0; i--) {
    const p = (ix.padre[i] as number) < 0 ? n : (ix.padre[i] as number);
    // Top-level nodes feed slot n together with metas of unknown nodes: the plan's totals.
    const hijo = porNodoMapa[i];
    if (hijo !== undefined && hijo.size > 0) {
      const mapa = mapaDe(p);
      for (const f of hijo.values()) agregar(mapa, f.unidad, f.etiqueta, f.total, f.metas);
    }
    metas[p] = (metas[p] as number) + (metas[i] as number);
    conDato[p] = (conDato[p] as number) + (conDato[i] as number);
    sinDatoN[p] = (sinDatoN[p] as number) + (sinDatoN[i] as number);
    noAplicaN[p] = (noAplicaN[p] as number) + (noAplicaN[i] as number);
  }

  const porNodo: FilaNodoBeneficiarios[] = new Array(n);
  for (let i = 0; i < n; i++) {
    porNodo[i] = {
      codigo: (plan.nodos[ix.nodo[i] as number] as Plan['nodos'][number]).codigo,
      numeracion: ix.numeracion[i] as string,
      porUnidad: ordenarUnidades(porNodoMapa[i]?.values() ?? []),
      metas: metas[i] as number,
      metasConDato: conDato[i] as number,
      metasSinDato: sinDatoN[i] as number,
      metasNoAplica: noAplicaN[i] as number,
    };
  }
  const porGrupo = [...grupos.values()].flatMap((m) => [...m.values()]).sort((a, b) =>
    a.grupo < b.grupo ? -1 : a.grupo > b.grupo ? 1 : a.unidad < b.unidad ? -1 : a.unidad > b.unidad ? 1 : 0,
  );
  return {
    porUnidad: ordenarUnidades(porNodoMapa[n]?.values() ?? []),
    porGrupo,
    porNodo,
    sinDato,
    noAplica,
    cero,
    nota: {
      es: 'Los totales se dan por unidad (no se suman personas con empresas). Los grupos poblacionales se superponen: no se suman entre sí.',
      en: 'Totals are given per unit (people and firms are never added). Population groups overlap: they are not added together.',
    },
  };
}
