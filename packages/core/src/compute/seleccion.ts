/**
 * One part of the plan: one meta (`meta: '8'`), the branch under a level node (`nivel: 'L1.C1.A2'`, the
 * node and everything under it) or the metas of one secretaría (`secretaria`, as the plan writes it; case,
 * accents and extra spaces do not count), alone or within a branch. `meta` wins over the others. Choosing only
 * picks metas; the figures are resumir's on the chosen ones, and `recortarResumen` then drops what the part
 * would show wrongly: a node only some of whose metas are in the part would be rolled up from those only,
 * so its row, its claims and its discrepancies are left out (for a branch, the nodes above it; for a
 * secretaría, every node that also holds another one's metas). A secretaría that has every meta of the plan
 * is the whole plan. Metas the source knows are absent name no node, so no part claims them.
 */
import type { ErrorDato, Idioma, Meta, Nodo, Plan } from '../schema/types.js';
import { resumir, type OpcionesResumir, type Resumen } from './resumir.js';
import { plegar } from '../format/plegar.js';

export interface Seleccion {
  meta?: string | null | undefined;
  nivel?: string | null | undefined;
  secretaria?: string | null | undefined;
}

/** What a valid choice keeps, known from the plan's header (its nodes) before any meta is read. */
export interface Eleccion {
  /** Code of the chosen meta (trimmed), or null. */
  meta: string | null;
  /** The chosen level node, or null. */
  nodo: Nodo | null;
  /**
   * Nodes whose figures are whole in the part: the branch; for a meta, the nodes it hangs from; for a
   * secretaría, the nodes holding its metas and no other's (known once every meta was seen:
   * `ConteoSecretaria`). null = all.
   */
  nodos: ReadonlySet<string> | null;
  /** The chosen secretaría as written (trimmed), or null. */
  secretaria: string | null;
  incluye(m: MetaElegible): boolean;
}

/** What a choice reads of a meta (a meta without `secretaria` has none). */
export type MetaElegible = Pick<Meta, 'codigo' | 'nodo'> & { secretaria?: string | null | undefined };

export type PlanSeleccionado =
  | { ok: true; plan: Plan; meta: Meta | null; nodo: Nodo | null; eleccion: Eleccion }
  | { ok: false; motivo: 'meta' | 'nivel' | 'secretaria'; codigo: string; error: ErrorDato };

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

/** How the error for an unknown code names the field, in each language: the field, one of them, many, what is expected of it. */
const PALABRAS = {
  nivel: { es: ['el nivel', 'un nivel', 'niveles', 'el código de'], en: ['level', 'a level', 'levels', 'the code of'] },
  meta: { es: ['la meta', 'una meta', 'metas', 'el código de'], en: ['meta', 'a meta', 'metas', 'the code of'] },
  secretaria: { es: ['la secretaría', 'una secretaría', 'secretarías', 'el nombre de'], en: ['secretaría', 'a secretaría', 'secretarías', 'the name of'] },
} as const;

/** The error for a `nivel`, `meta` or `secretaria` the plan does not have. `codigos` may be the first ones only; `total` is how many there are. */
function errorCodigo(campo: 'nivel' | 'meta' | 'secretaria', codigo: string, codigos: readonly string[], total: number, lang: Idioma): ErrorDato {
  const [el, uno, varios, que] = PALABRAS[campo][lang];
  const es = lang === 'es';
  const lista = total ? listaCodigos(codigos, total, lang) : es ? `(el plan no tiene ${varios})` : `(the plan has no ${varios})`;
  const esperado = es ? `${que} ${uno} del plan: ${lista}` : `${que} ${uno} of the plan: ${lista}`;
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

/** The error for a `secretaria` no meta of the plan has. `nombres` may be the first ones only; `total` is how many there are. */
export function errorSecretariaInexistente(secretaria: string, nombres: readonly string[], total: number, lang: Idioma = 'es'): ErrorDato {
  return errorCodigo('secretaria', secretaria, nombres, total, lang);
}

/** How two secretarías are compared: folded as the meta table's filter folds them (no case, accents or extra spaces). */
export function claveSecretaria(s: string | null | undefined): string {
  return plegar(s ?? '');
}

/**
 * The choice, from the plan's nodes alone (a reader by parts has them before the metas). A `nivel` the plan
 * does not have is an error now; whether a `meta` or a `secretaria` exists is known only once every meta
 * was seen (and, for a secretaría, which nodes are whole: `ConteoSecretaria`).
 */
export function elegir(cabecera: Pick<Plan, 'nodos'>, s: Seleccion, lang: Idioma = 'es'): { ok: true; eleccion: Eleccion } | { ok: false; error: ErrorDato } {
  const meta = s.meta?.trim() || null;
  const nivel = s.nivel?.trim() || null;
  const secretaria = s.secretaria?.trim() || null;
  if (meta !== null)
    return { ok: true, eleccion: { meta, nodo: null, nodos: null, secretaria: null, incluye: (m) => m.codigo.trim() === meta } };
  const clave = claveSecretaria(secretaria);
  const deSecretaria = (m: MetaElegible) => secretaria === null || claveSecretaria(m.secretaria) === clave;
  if (nivel !== null) {
    const rama = ramaDeNodo(cabecera.nodos, nivel);
    if (rama === null) return { ok: false, error: errorNivelInexistente(nivel, cabecera.nodos, lang) };
    const nodo = cabecera.nodos.find((n) => n.codigo === nivel) as Nodo;
    return { ok: true, eleccion: { meta: null, nodo, nodos: rama, secretaria, incluye: (m) => rama.has(m.nodo) && deSecretaria(m) } };
  }
  return { ok: true, eleccion: { meta: null, nodo: null, nodos: null, secretaria, incluye: deSecretaria } };
}

/**
 * For a choice with a secretaría: every meta read (in the part or not) is told here, and at the end it says
 * whether the secretaría exists, which nodes are whole (all their metas in the part) and whether the part
 * is the whole plan. Holds the node codes and the plan's distinct secretarías, never the metas.
 */
export class ConteoSecretaria {
  private readonly clave: string;
  private readonly conParte = new Set<string>();
  private readonly conOtras = new Set<string>();
  /** The plan's secretarías by key, as first written. */
  private readonly nombres = new Map<string, string>();
  private fuera = 0;

  constructor(private readonly eleccion: Eleccion) {
    this.clave = claveSecretaria(eleccion.secretaria);
  }

  agregar(m: MetaElegible, enParte: boolean): void {
    const nombre = m.secretaria?.trim();
    if (nombre) {
      const k = claveSecretaria(nombre);
      if (!this.nombres.has(k)) this.nombres.set(k, nombre);
    }
    if (enParte) this.conParte.add(m.nodo);
    else {
      this.conOtras.add(m.nodo);
      this.fuera++;
    }
  }

  /** The choice closed: its whole nodes (`completa`: the part is the whole plan, nodos stay null); or the error for an unknown secretaría. */
  cerrar(nodos: readonly Arista[], lang: Idioma): { ok: true; eleccion: Eleccion; completa: boolean } | { ok: false; error: ErrorDato } {
    const e = this.eleccion;
    if (!this.nombres.has(this.clave)) {
      const todos = [...this.nombres.values()];
      return { ok: false, error: errorSecretariaInexistente(e.secretaria ?? '', todos.slice(0, MAX_CODIGOS), todos.length, lang) };
    }
    if (this.fuera === 0 && e.nodo === null) return { ok: true, eleccion: e, completa: true };
    // A node is whole when some meta under it is in the part and none is out of it.
    const padres = new Map(nodos.map((n) => [n.codigo, n.padre]));
    const subir = (hojas: Set<string>) => {
      const todos = new Set<string>();
      for (const h of hojas) for (let c: string | null | undefined = h; c != null && !todos.has(c); c = padres.get(c)) todos.add(c);
      return todos;
    };
    const conOtras = subir(this.conOtras);
    const enteros = new Set([...subir(this.conParte)].filter((c) => !conOtras.has(c) && padres.has(c) && (e.nodos === null || e.nodos.has(c))));
    return { ok: true, eleccion: { ...e, nodos: enteros }, completa: false };
  }
}

const memoria = new WeakMap<Plan, Map<string, PlanSeleccionado>>();

/**
 * The plan with only the chosen metas (and no absent ones), remembered per plan and choice so a page that
 * draws again does not choose again. With no choice, or a secretaría that has every meta, the plan itself.
 */
export function seleccionarPlan(plan: Plan, s: Seleccion, lang: Idioma = 'es'): PlanSeleccionado {
  const clave = `${s.meta?.trim() ?? ''}|${s.nivel?.trim() ?? ''}|${claveSecretaria(s.secretaria)}|${lang}`;
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
  if (eleccion.secretaria !== null) {
    const conteo = new ConteoSecretaria(eleccion);
    const metas: Meta[] = [];
    for (const m of plan.metas) {
      const dentro = eleccion.incluye(m);
      conteo.agregar(m, dentro);
      if (dentro) metas.push(m);
    }
    const c = conteo.cerrar(plan.nodos, lang);
    if (!c.ok) return { ok: false, motivo: 'secretaria', codigo: eleccion.secretaria, error: c.error };
    if (c.completa) return { ok: true, plan, meta: null, nodo: null, eleccion: c.eleccion };
    return { ok: true, plan: { ...plan, metas, ausentes: [] }, meta: null, nodo: eleccion.nodo, eleccion: c.eleccion };
  }
  if (eleccion.nodo === null) return { ok: true, plan, meta: null, nodo: null, eleccion };
  return { ok: true, plan: { ...plan, metas: plan.metas.filter(eleccion.incluye), ausentes: [] }, meta: null, nodo: eleccion.nodo, eleccion };
}

/**
 * The summary of a part, without what the part would show wrongly. For a branch or a secretaría: level rows,
 * investment and beneficiaries by node, claims, discrepancies of nodes and result indicators, only of its
 * whole nodes (any other would count some of its metas only). For a meta: its own discrepancies, and the
 * nodes it hangs from in investment and beneficiaries by node (the meta's figures on each); no level row,
 * claim or indicator, which are figures of nodes. `cabecera.indicadoresResultado` places the indicators.
 */
export function recortarResumen(r: Resumen, cabecera: Pick<Plan, 'indicadoresResultado'>, e: Pick<Eleccion, 'meta' | 'nodo' | 'nodos'>): Resumen {
  if (e.meta === null && e.nodo === null && e.nodos === null) return r;
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
