/**
 * The plan's level tree, indexed once per plan: nodes in depth-first order ("1", "1.1", "1.1.1"…), each
 * subtree a contiguous range of positions, and the metas bucketed by node in a canonical order (node
 * order, then meta code in natural order). Every roll-up walks these arrays once: no lookups by code in
 * loops, no quadratic scans, and results do not depend on the order of `plan.metas`.
 */
import type { Plan } from '../schema/types.js';
import type { TextoBilingue } from './tipos.js';
import { formatearNumero } from '../format/numero.js';

export interface AvisoArbol {
  codigo: 'padre_inexistente' | 'ciclo' | 'codigo_nodo_duplicado' | 'meta_sin_nodo';
  nodo?: string;
  metas?: string[];
  mensaje: TextoBilingue;
}

export interface IndiceArbol {
  /** Number of nodes. Positions 0…n−1 are depth-first (pre-order). */
  n: number;
  /** Position → index in plan.nodos. */
  nodo: Int32Array;
  /** Position → parent's position, −1 for a top-level node. */
  padre: Int32Array;
  /** The subtree of position i is the positions [i, fin[i]). */
  fin: Int32Array;
  /** Position → depth in the tree (0 = top). */
  profundidad: Int32Array;
  /** Position → "1.2.3". */
  numeracion: string[];
  /** Node code → position (first node with that code). */
  posicion: Map<string, number>;
  /** Metas of position i: metas[inicioMetas[i] … inicioMetas[i + 1]); bucket n = metas with an unknown node. */
  inicioMetas: Int32Array;
  /** Meta indices (into plan.metas) in canonical order. */
  metas: Int32Array;
  /** Meta index → node position (−1 when its node does not exist). */
  metaNodo: Int32Array;
  avisos: AvisoArbol[];
}

function esDigito(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Natural order of codes: "2" < "10", "1.2" < "1.10"; ties broken by plain text order. */
export function compararCodigos(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (esDigito(ca) && esDigito(cb)) {
      let i0 = i;
      while (i0 < a.length && a.charCodeAt(i0) === 48) i0++;
      let j0 = j;
      while (j0 < b.length && b.charCodeAt(j0) === 48) j0++;
      let i1 = i0;
      while (i1 < a.length && esDigito(a.charCodeAt(i1))) i1++;
      let j1 = j0;
      while (j1 < b.length && esDigito(b.charCodeAt(j1))) j1++;
      if (i1 - i0 !== j1 - j0) return i1 - i0 - (j1 - j0);
      for (let k = 0; k < i1 - i0; k++) {
        const d = a.charCodeAt(i0 + k) - b.charCodeAt(j0 + k);
        if (d !== 0) return d;
      }
      i = i1;
      j = j1;
    } else {
      if (ca !== cb) return ca - cb;
      i++;
      j++;
    }
  }
  const r = a.length - i - (b.length - j);
  if (r !== 0) return r;
  return a < b ? -1 : a > b ? 1 : 0;
}

function construir(plan: Plan): IndiceArbol {
  const nodos = plan.nodos;
  const metasPlan = plan.metas;
  const n = nodos.length;
  const avisos: AvisoArbol[] = [];
  const porCodigo = new Map<string, number>();
  for (let j = 0; j < n; j++) {
    const c = (nodos[j] as Plan['nodos'][number]).codigo;
    if (porCodigo.has(c)) {
      avisos.push({
        codigo: 'codigo_nodo_duplicado',
        nodo: c,
        mensaje: {
          es: `El código de nodo «${c}» está repetido: sus metas cuelgan del primero.`,
          en: `Node code «${c}» is repeated: its metas hang from the first one.`,
        },
      });
    } else porCodigo.set(c, j);
  }
  const hijos: number[][] = Array.from({ length: n }, () => []);
  const raices: number[] = [];
  for (let j = 0; j < n; j++) {
    const nd = nodos[j] as Plan['nodos'][number];
    if (nd.padre === null) {
      raices.push(j);
      continue;
    }
    const p = porCodigo.get(nd.padre);
    if (p === undefined || p === j) {
      raices.push(j);
      avisos.push({
        codigo: 'padre_inexistente',
        nodo: nd.codigo,
        mensaje: {
          es: `El nodo «${nd.codigo}» dice tener como padre «${nd.padre}», que no existe: se muestra en el primer nivel.`,
          en: `Node «${nd.codigo}» names parent «${nd.padre}», which does not exist: shown at the top level.`,
        },
      });
    } else (hijos[p] as number[]).push(j);
  }

  const nodo = new Int32Array(n);
  const padre = new Int32Array(n);
  const profundidad = new Int32Array(n);
  const numeracion: string[] = new Array<string>(n);
  const visitado = new Uint8Array(n);
  let pos = 0;
  let numRaiz = 0;
  // Iterative DFS: a deep or cyclic tree must not overflow the stack.
  const pila: Array<[doc: number, padrePos: number, num: string]> = [];
  const recorrer = (raiz: number) => {
    pila.push([raiz, -1, String(++numRaiz)]);
    while (pila.length > 0) {
      const [doc, pp, num] = pila.pop() as [number, number, string];
      if (visitado[doc]) continue;
      visitado[doc] = 1;
      const aqui = pos++;
      nodo[aqui] = doc;
      padre[aqui] = pp;
      profundidad[aqui] = pp < 0 ? 0 : (profundidad[pp] as number) + 1;
      numeracion[aqui] = num;
      const hs = hijos[doc] as number[];
      let k = 0;
      const pendientes: Array<[number, number, string]> = [];
      for (const h of hs) if (!visitado[h]) pendientes.push([h, aqui, `${num}.${++k}`]);
      for (let x = pendientes.length - 1; x >= 0; x--) pila.push(pendientes[x] as [number, number, string]);
    }
  };
  for (const r of raices) if (!visitado[r]) recorrer(r);
  for (let j = 0; j < n; j++) {
    if (visitado[j]) continue;
    const c = (nodos[j] as Plan['nodos'][number]).codigo;
    avisos.push({
      codigo: 'ciclo',
      nodo: c,
      mensaje: {
        es: `Los nodos desde «${c}» forman un ciclo de padres: «${c}» se muestra en el primer nivel.`,
        en: `The nodes from «${c}» form a cycle of parents: «${c}» is shown at the top level.`,
      },
    });
    recorrer(j);
  }

  const tam = new Int32Array(n).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    const p = padre[i] as number;
    if (p >= 0) tam[p] = (tam[p] as number) + (tam[i] as number);
  }
  const fin = new Int32Array(n);
  for (let i = 0; i < n; i++) fin[i] = i + (tam[i] as number);
  const posicion = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = (nodos[nodo[i] as number] as Plan['nodos'][number]).codigo;
    if (porCodigo.get(c) === nodo[i]) posicion.set(c, i);
  }

  // Metas bucketed by node position (counting sort), then by code inside each bucket.
  const m = metasPlan.length;
  const metaNodo = new Int32Array(m);
  const conteo = new Int32Array(n + 2);
  const sinNodo: string[] = [];
  for (let k = 0; k < m; k++) {
    const meta = metasPlan[k] as Plan['metas'][number];
    const p = posicion.get(meta.nodo);
    const b = p === undefined ? n : p;
    metaNodo[k] = p === undefined ? -1 : p;
    if (p === undefined) sinNodo.push(meta.codigo);
    conteo[b + 1] = (conteo[b + 1] as number) + 1;
  }
  for (let b = 0; b <= n; b++) conteo[b + 1] = (conteo[b + 1] as number) + (conteo[b] as number);
  const inicioMetas = conteo.slice(0, n + 2);
  const cursor = conteo.slice(0, n + 1);
  const metas = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const b = metaNodo[k] === -1 ? n : (metaNodo[k] as number);
    metas[cursor[b] as number] = k;
    cursor[b] = (cursor[b] as number) + 1;
  }
  const codigoDe = (k: number) => (metasPlan[k] as Plan['metas'][number]).codigo;
  for (let b = 0; b <= n; b++) {
    const a = inicioMetas[b] as number;
    const z = inicioMetas[b + 1] as number;
    let ordenado = true;
    for (let x = a + 1; x < z && ordenado; x++) {
      if (compararCodigos(codigoDe(metas[x - 1] as number), codigoDe(metas[x] as number)) > 0) ordenado = false;
    }
    if (!ordenado) {
      const tramo = Array.from(metas.subarray(a, z)).sort(
        (x, y) => compararCodigos(codigoDe(x), codigoDe(y)) || x - y,
      );
      metas.set(tramo, a);
    }
  }
  if (sinNodo.length > 0) {
    sinNodo.sort(compararCodigos);
    const uno = sinNodo.length === 1;
    const lista = `${sinNodo.slice(0, 10).join(', ')}${sinNodo.length > 10 ? '…' : ''}`;
    avisos.push({
      codigo: 'meta_sin_nodo',
      metas: sinNodo,
      mensaje: {
        es: uno
          ? `1 meta cuelga de un nodo que no existe (${lista}): cuenta solo en el total del plan.`
          : `${formatearNumero(sinNodo.length, { lang: 'es' })} metas cuelgan de un nodo que no existe (${lista}): cuentan solo en el total del plan.`,
        en: uno
          ? `1 meta hangs from a node that does not exist (${lista}): it counts in the plan total only.`
          : `${formatearNumero(sinNodo.length, { lang: 'en' })} metas hang from a node that does not exist (${lista}): they count in the plan total only.`,
      },
    });
  }
  return { n, nodo, padre, fin, profundidad, numeracion, posicion, inicioMetas, metas, metaNodo, avisos };
}

interface Entrada {
  nodos: Plan['nodos'];
  metas: Plan['metas'];
  nNodos: number;
  nMetas: number;
  indice: IndiceArbol;
}
const cache = new WeakMap<Plan, Entrada>();

/**
 * The index of a plan, built once and reused while `plan.nodos` and `plan.metas` are the same arrays with
 * the same lengths (a plan is treated as immutable; replacing either array rebuilds the index).
 */
export function indexarArbol(plan: Plan): IndiceArbol {
  const e = cache.get(plan);
  if (
    e &&
    e.nodos === plan.nodos &&
    e.metas === plan.metas &&
    e.nNodos === plan.nodos.length &&
    e.nMetas === plan.metas.length
  ) {
    return e.indice;
  }
  const indice = construir(plan);
  cache.set(plan, { nodos: plan.nodos, metas: plan.metas, nNodos: plan.nodos.length, nMetas: plan.metas.length, indice });
  return indice;
}
