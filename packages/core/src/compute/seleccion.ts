/**
 * One part of the plan: one meta (`meta: '8'`) or the branch under a level node (`nivel: 'L1.C1.A2'`, the
 * node and everything under it). `meta` wins over `nivel`. Choosing only picks metas; the figures are
 * resumir's on the chosen ones, and `recortarResumen` then drops what the part would show wrongly: a node
 * above the branch would be rolled up from some of its metas only, so its row, its claims and its
 * discrepancies are left out. Metas the source knows are absent name no node, so no part claims them.
 */
import type { ErrorDato, Idioma, Meta, Nodo, Plan } from '../schema/types.js';
import { resumir, type OpcionesResumir, type Resumen } from './resumir.js';

export interface Seleccion {
  meta?: string | null | undefined;
  nivel?: string | null | undefined;
}

/** What a valid choice keeps, known from the plan's header (its nodes) before any meta is read. */
export interface Eleccion {
  /** Code of the chosen meta (trimmed), or null. */
  meta: string | null;
  /** The chosen level node, or null. */
  nodo: Nodo | null;
  /** Nodes whose figures are whole in the part: the branch; for a meta, the nodes it hangs from. null = all. */
  nodos: ReadonlySet<string> | null;
  incluye(m: Pick<Meta, 'codigo' | 'nodo'>): boolean;
}

export type PlanSeleccionado =
  | { ok: true; plan: Plan; meta: Meta | null; nodo: Nodo | null; eleccion: Eleccion }
  | { ok: false; motivo: 'meta' | 'nivel'; codigo: string; error: ErrorDato };

type Arista = { codigo: string; padre: string | null };

/** Codes of the node `codigo` and of every node under it; null when there is no such node. */
export function ramaDeNodo(nodos: readonly Arista[], codigo: string): Set<string> | null {
  if (!nodos.some((n) => n.codigo === codigo)) return null;
  const hijos = new Map<string, string[]>();
  for (const n of nodos) {
    if (n.padre === null) continue;
    const l = hijos.get(n.padre);
    if (l) l.push(n.codigo);
    else hijos.set(n.padre, [n.codigo]);
  }
  // Walked with a visited set: a cycle in bad data must not hang the caller.
  const rama = new Set<string>([codigo]);
  const pendientes = [codigo];
  while (pendientes.length) {
    for (const h of hijos.get(pendientes.pop() as string) ?? []) {
      if (!rama.has(h)) {
        rama.add(h);
        pendientes.push(h);
      }
    }
  }
  return rama;
}

/** Codes of the node `codigo` and of the nodes above it (the path a meta hangs from); empty when there is no such node. */
export function rutaDeNodo(nodos: readonly Arista[], codigo: string): Set<string> {
  const padres = new Map(nodos.map((n) => [n.codigo, n.padre]));
  const ruta = new Set<string>();
  // Bounded by the set: a cycle in bad data cannot loop forever.
  for (let c: string | null | undefined = codigo; c != null && padres.has(c) && !ruta.has(c); c = padres.get(c)) ruta.add(c);
  return ruta;
}

const MAX_CODIGOS = 20;

/** "1, 2, 3 … (40 en total)": the valid codes in an error, at most twenty of them. */
function listaCodigos(codigos: readonly string[], total: number, lang: Idioma): string {
  const primeros = codigos.slice(0, MAX_CODIGOS).join(', ');
  if (total <= MAX_CODIGOS && codigos.length >= total) return primeros;
  return `${primeros} … (${total} ${lang === 'es' ? 'en total' : 'in all'})`;
}

/** How the error for an unknown code names the field, in each language. */
const PALABRAS = {
  nivel: { es: ['el nivel', 'un nivel', 'niveles'], en: ['level', 'a level', 'levels'] },
  meta: { es: ['la meta', 'una meta', 'metas'], en: ['meta', 'a meta', 'metas'] },
} as const;

/** The error for a `nivel` or `meta` code the plan does not have. `codigos` may be the first ones only; `total` is how many there are. */
function errorCodigo(campo: 'nivel' | 'meta', codigo: string, codigos: readonly string[], total: number, lang: Idioma): ErrorDato {
  const [el, uno, varios] = PALABRAS[campo][lang];
  const es = lang === 'es';
  const lista = total ? listaCodigos(codigos, total, lang) : es ? `(el plan no tiene ${varios})` : `(the plan has no ${varios})`;
  const esperado = es ? `el código de ${uno} del plan: ${lista}` : `the code of ${uno} of the plan: ${lista}`;
  return {
    codigo: `${campo}_inexistente`,
    ruta: campo === 'nivel' ? 'nodos' : 'metas',
    columna: campo,
    valor: codigo,
    esperado,
    mensaje: es ? `El plan no tiene ${el} «${codigo}»; se esperaba ${esperado}.` : `The plan has no ${el} "${codigo}"; expected ${esperado}.`,
    severidad: 'error',
  };
}

/** The error for a `nivel` the plan does not have, naming the plan's level codes. */
export function errorNivelInexistente(codigo: string, nodos: readonly Pick<Nodo, 'codigo'>[], lang: Idioma = 'es'): ErrorDato {
  return errorCodigo('nivel', codigo, nodos.slice(0, MAX_CODIGOS).map((n) => n.codigo), nodos.length, lang);
}

/** The error for a `meta` the plan does not have. `codigos` may be the first ones only; `total` is how many there are. */
export function errorMetaInexistente(codigo: string, codigos: readonly string[], total: number, lang: Idioma = 'es'): ErrorDato {
  return errorCodigo('meta', codigo, codigos, total, lang);
}

/**
 * The choice, from the plan's nodes alone (a reader by parts has them before the metas). A `nivel` the plan
 * does not have is an error now; whether a `meta` exists is known only once every meta was seen.
 */
export function elegir(cabecera: Pick<Plan, 'nodos'>, s: Seleccion, lang: Idioma = 'es'): { ok: true; eleccion: Eleccion } | { ok: false; error: ErrorDato } {
  const meta = s.meta?.trim() || null;
  const nivel = s.nivel?.trim() || null;
  if (meta !== null)
    return { ok: true, eleccion: { meta, nodo: null, nodos: null, incluye: (m) => m.codigo.trim() === meta } };
  if (nivel !== null) {
    const rama = ramaDeNodo(cabecera.nodos, nivel);
    if (rama === null) return { ok: false, error: errorNivelInexistente(nivel, cabecera.nodos, lang) };
    const nodo = cabecera.nodos.find((n) => n.codigo === nivel) as Nodo;
    return { ok: true, eleccion: { meta: null, nodo, nodos: rama, incluye: (m) => rama.has(m.nodo) } };
  }
  return { ok: true, eleccion: { meta: null, nodo: null, nodos: null, incluye: () => true } };
}

const memoria = new WeakMap<Plan, Map<string, PlanSeleccionado>>();

/**
 * The plan with only the chosen metas (and no absent ones), remembered per plan and choice so a page that
 * draws again does not choose again. Without `meta` or `nivel`, the plan itself.
 */
export function seleccionarPlan(plan: Plan, s: Seleccion, lang: Idioma = 'es'): PlanSeleccionado {
  const clave = `${s.meta?.trim() ?? ''}|${s.nivel?.trim() ?? ''}|${lang}`;
  let porClave = memoria.get(plan);
  if (!porClave) {
    porClave = new Map();
    memoria.set(plan, porClave);
  }
  let r = porClave.get(clave);
  if (!r) {
    r = seleccionarSinMemoria(plan, s, lang);
    porClave.set(clave, r);
  }
  return r;
}

function seleccionarSinMemoria(plan: Plan, s: Seleccion, lang: Idioma): PlanSeleccionado {
  const e = elegir(plan, s, lang);
  if (!e.ok) return { ok: false, motivo: 'nivel', codigo: e.error.valor as string, error: e.error };
  const { eleccion } = e;
  if (eleccion.meta !== null) {
    const m = plan.metas.find((x) => eleccion.incluye(x));
    if (!m) {
      const codigos = plan.metas.slice(0, MAX_CODIGOS).map((x) => x.codigo);
      return { ok: false, motivo: 'meta', codigo: eleccion.meta, error: errorMetaInexistente(eleccion.meta, codigos, plan.metas.length, lang) };
    }
    return { ok: true, plan: { ...plan, metas: [m], ausentes: [] }, meta: m, nodo: null, eleccion: { ...eleccion, nodos: rutaDeNodo(plan.nodos, m.nodo) } };
  }
  if (eleccion.nodo === null) return { ok: true, plan, meta: null, nodo: null, eleccion };
  return { ok: true, plan: { ...plan, metas: plan.metas.filter(eleccion.incluye), ausentes: [] }, meta: null, nodo: eleccion.nodo, eleccion };
}

/**
 * The summary of a part, without what the part would show wrongly. For a branch: level rows, investment
 * and beneficiaries by node, claims, discrepancies of nodes and result indicators, only of the branch's
 * nodes (a node above it would count some of its metas only). For a meta: its own discrepancies, and the
 * nodes it hangs from in investment and beneficiaries by node (the meta's figures on each); no level row,
 * claim or indicator, which are figures of nodes. `cabecera.indicadoresResultado` places the indicators.
 */
export function recortarResumen(r: Resumen, cabecera: Pick<Plan, 'indicadoresResultado'>, e: Pick<Eleccion, 'meta' | 'nodo' | 'nodos'>): Resumen {
  if (e.meta === null && e.nodo === null) return r;
  const nodos = e.nodos ?? new Set<string>();
  const deNodo = e.meta === null ? nodos : new Set<string>();
  const nodoIndicador = new Map((cabecera.indicadoresResultado ?? []).map((i) => [i.codigo, i.nodo ?? null]));
  const indicadorDentro = (codigo: string) => {
    const n = nodoIndicador.get(codigo);
    return n != null && deNodo.has(n);
  };
  return {
    ...r,
    niveles: { ...r.niveles, filas: r.niveles.filas.filter((f) => deNodo.has(f.codigo)), avisos: r.niveles.avisos.filter((a) => a.nodo == null || deNodo.has(a.nodo)) },
    inversion: { ...r.inversion, porNodo: r.inversion.porNodo.filter((f) => nodos.has(f.codigo)) },
    beneficiarios: { ...r.beneficiarios, porNodo: r.beneficiarios.porNodo.filter((f) => nodos.has(f.codigo)) },
    indicadores: r.indicadores.filter((i) => indicadorDentro(i.codigo)),
    afirmaciones: r.afirmaciones.filter((a) => deNodo.has(a.nodo)),
    discrepancias: r.discrepancias.filter((d) => (d.ambito === 'meta' ? true : d.ambito === 'nodo' ? deNodo.has(d.codigo) : indicadorDentro(d.codigo))),
  };
}

/** resumir on a part of the plan, then recortarResumen; an unknown code is an error naming the valid ones. */
export function resumirSeleccion(plan: Plan, s: Seleccion, o: OpcionesResumir = {}, lang: Idioma = o.lang ?? 'es'): { ok: true; resumen: Resumen } | { ok: false; error: ErrorDato } {
  const sel = seleccionarPlan(plan, s, lang);
  if (!sel.ok) return { ok: false, error: sel.error };
  return { ok: true, resumen: recortarResumen(resumir(sel.plan, o), plan, sel.eleccion) };
}
