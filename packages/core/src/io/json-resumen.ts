/**
 * Summarises a plan document of any size while reading it: each batch of metas is validated and added to
 * the Resumidor as it is parsed, and only what the totals need of each meta is kept (code, node, weight,
 * investment, beneficiaries, municipalities). On 500,000 metas the full meta objects never pile up in the
 * heap, which is what made the time per meta grow with the plan's size (the collector copied them all).
 * The result is the one resumir gives for the whole plan, figure for figure.
 *
 * It needs the keys the metas depend on (plan, corte, niveles, nodos, opciones…) before them, as the schema
 * orders them and escribirPlanJson writes them. When it is not so (or "metas" comes twice), or when a meta is
 * not valid, the source is read again by `abrir` and handled whole, so the answer (and every error message)
 * is always leerPlanJsonPorPartes' + resumir's.
 */
import { Resumidor, resumir, type OpcionesResumir, type Resumen } from '../compute/resumir.js';
import { ConteoSecretaria, elegir, errorMetaInexistente, recortarResumen, resumirSeleccion, rutaDeNodo, type Eleccion, type Seleccion } from '../compute/seleccion.js';
import type { ErrorDato, Plan, ResultadoValidacion } from '../schema/types.js';
import { validarPlan } from '../schema/validar.js';
import { ValidadorPorPartes } from '../schema/validar-por-partes.js';
import { leerPlanJsonPorPartes, parsearJsonPorPartes, type ObservadorListas, type OpcionesJsonFlujo } from './json-flujo.js';

type Meta = Plan['metas'][number];

export interface OpcionesResumenPorPartes extends OpcionesJsonFlujo {
  resumir?: OpcionesResumir;
  /** One meta or one branch (resumirSeleccion): only its metas are added; the others are validated and dropped. */
  seleccion?: Seleccion;
}

export type ResultadoResumenPorPartes =
  | {
      ok: true;
      resumen: Resumen;
      avisos: ErrorDato[];
      /** True when the plan was summarised as it was read; false when it had to be handled whole. */
      alLeer: boolean;
    }
  | (ResultadoValidacion & { ok: false });

/**
 * Keeps what the Resumidor's end reads of a meta (code, node, weight, investment, beneficiaries,
 * municipalities), as new objects, so that the parsed meta dies young. Records that repeat across metas
 * ("no beneficiaries reported", the same municipality) are kept once and shared: the functions that read
 * them never modify their input. Every object kept costs the collector on each pass.
 */
class Adelgazador {
  private readonly sinBeneficiarios = new Map<string, Meta['beneficiarios']>();
  private readonly municipios = new Map<string, Meta['municipios']>();
  /** The last single-municipality record: consecutive metas of one entity share it (no key built, no look-up). */
  private ultimo: Meta['municipios'] | null = null;

  private beneficiarios(b: Meta['beneficiarios']): Meta['beneficiarios'] {
    if (b.total !== null || b.grupos.length > 0) return { estado: b.estado, total: b.total, unidad: b.unidad, grupos: b.grupos.map((g) => ({ ...g })) };
    const clave = `${b.estado}\u0000${b.unidad === undefined ? '\u0001' : (b.unidad ?? '\u0002')}`;
    let c = this.sinBeneficiarios.get(clave);
    if (c === undefined) {
      c = { estado: b.estado, total: null, ...(b.unidad === undefined ? {} : { unidad: b.unidad }), grupos: [] };
      this.sinBeneficiarios.set(clave, c);
    }
    return c;
  }

  private alcance(m: Meta['municipios']): Meta['municipios'] {
    if (m.codigos.length > 1) return { alcance: m.alcance, codigos: m.codigos.slice() };
    const u = this.ultimo;
    if (u !== null && u.alcance === m.alcance && u.codigos.length === m.codigos.length && u.codigos[0] === m.codigos[0]) return u;
    const clave = `${m.alcance}\u0000${m.codigos[0] ?? ''}`;
    let c = this.municipios.get(clave);
    if (c === undefined) {
      c = { alcance: m.alcance, codigos: m.codigos.slice() };
      this.municipios.set(clave, c);
    }
    this.ultimo = c;
    return c;
  }

  meta(m: Meta): Meta {
    return {
      codigo: m.codigo,
      nodo: m.nodo,
      peso: m.peso,
      inversion: m.inversion.map((e) => ({ desde: e.desde, hasta: e.hasta, fuente: e.fuente, texto: e.texto, valor: e.valor })),
      beneficiarios: this.beneficiarios(m.beneficiarios),
      municipios: this.alcance(m.municipios),
    } as Meta;
  }
}

/** The keys every meta's checks and figures depend on: they must come before "metas" in the document. */
const ANTES_DE_METAS = new Set(['version', 'entidad', 'plan', 'corte', 'niveles', 'nodos', 'opciones']);

/**
 * Whether the metas were summarised with the document's final header: every key seen before them kept its
 * value (a key repeated after them would replace it), and no key they depend on came after them. Other keys
 * (ausentes, indicadoresResultado, fuente…) may follow them, as the schema's own order has it.
 */
function mismaCabecera(previa: Record<string, unknown>, final: Record<string, unknown>): boolean {
  for (const k of Object.keys(final)) {
    if (k === 'metas') continue;
    if (!(k in previa)) {
      if (ANTES_DE_METAS.has(k)) return false;
      continue;
    }
    // The cut "nodos" array is the same object in both; the rest is small.
    if (previa[k] !== final[k] && JSON.stringify(previa[k]) !== JSON.stringify(final[k])) return false;
  }
  return true;
}

/**
 * Reads, validates and summarises the plan whose bytes `abrir` gives (called once, or twice when the
 * document must be handled whole). Never throws for bad input: errors come back as validarPlan's.
 */
export async function resumirPlanJsonPorPartes(
  abrir: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  o: OpcionesResumenPorPartes = {},
): Promise<ResultadoResumenPorPartes> {
  const ov = { lang: o.lang ?? 'es', ...(o.archivo ? { archivo: o.archivo } : {}) };
  const sel = o.seleccion;
  const enteroDe = (plan: Plan, avisos: ErrorDato[]): ResultadoResumenPorPartes => {
    if (!sel) return { ok: true, resumen: resumir(plan, o.resumir), avisos, alLeer: false };
    const r = resumirSeleccion(plan, sel, o.resumir, ov.lang);
    return r.ok ? { ok: true, resumen: r.resumen, avisos, alLeer: false } : { ok: false, errores: [r.error], avisos };
  };
  let validador: ValidadorPorPartes | null = null;
  let resumidor: Resumidor | null = null;
  let previa: Record<string, unknown> | null = null;
  let releer = false;
  /** The metas summarised (all, or the selection's); `vistas` counts every meta read, for the validator. */
  const delgadas: Meta[] = [];
  let vistas = 0;
  let eleccion: Eleccion | null = null;
  let errorEleccion: ErrorDato | null = null;
  /** With a secretaría: every meta read is told to it (the whole nodes and whether it exists are known at the end). */
  let conteo: ConteoSecretaria | null = null;
  /** The first codes read, to name some in the error for a meta the plan does not have. */
  const primeros: string[] = [];
  const flaco = new Adelgazador();
  const observador: ObservadorListas = (nombre, cabecera) => {
    if (nombre !== 'metas') return null;
    // A second "metas" replaces the first (JSON keeps the last): the first one's metas are gone.
    if (resumidor !== null) {
      releer = true;
      return null;
    }
    let c: Record<string, unknown>;
    try {
      c = cabecera();
    } catch {
      // Not expected (the scanner checked the text before the array), but then the document is handled whole.
      return null;
    }
    const v = ValidadorPorPartes.iniciar(c, ov);
    if (v === null) return null;
    const r = new Resumidor(c as unknown as Plan, o.resumir);
    validador = v;
    resumidor = r;
    previa = c;
    // A valid header has its nodes: a level the plan lacks is known now. The metas are still read and
    // checked, so an invalid plan is said as such before the choice is.
    let incluye: Eleccion['incluye'] | null = null;
    if (sel) {
      const e = elegir(c as unknown as Plan, sel, ov.lang);
      if (e.ok) {
        eleccion = e.eleccion;
        incluye = e.eleccion.incluye;
        if (e.eleccion.secretaria !== null) conteo = new ConteoSecretaria(e.eleccion);
      } else {
        errorEleccion = e.error;
        incluye = () => false;
      }
    }
    return (lote) => {
      if (releer) return;
      if (!v.agregarLote(lote, vistas)) {
        releer = true;
        return;
      }
      vistas += lote.length;
      for (let i = 0; i < lote.length; i++) {
        const meta = lote[i] as Meta;
        if (incluye !== null) {
          if (primeros.length < 20) primeros.push(meta.codigo);
          const dentro = incluye(meta);
          (conteo as ConteoSecretaria | null)?.agregar(meta, dentro);
          if (!dentro) continue;
        }
        r.agregar(meta, delgadas.length);
        delgadas.push(flaco.meta(meta));
      }
    };
  };
  const d = await parsearJsonPorPartes(abrir(), o, observador);
  if (!d.ok) return d.resultado;
  const datos = d.datos;
  const r = resumidor as Resumidor | null;
  const v = validador as ValidadorPorPartes | null;
  const p = previa as Record<string, unknown> | null;
  if (r === null || v === null || p === null) {
    // Summarising while reading did not start (no header before the metas, or an invalid header): the
    // document is all in memory, as leerPlanJsonPorPartes would have it.
    const val = validarPlan(datos, ov);
    return val.ok ? enteroDe(val.plan, val.avisos) : val;
  }
  if (!releer && datos !== null && typeof datos === 'object' && mismaCabecera(p, datos as Record<string, unknown>)) {
    const plan = { ...(datos as Plan), metas: delgadas };
    const val = v.terminar(plan);
    if (val?.ok) {
      const e = eleccion as Eleccion | null;
      if (errorEleccion) return { ok: false, errores: [errorEleccion], avisos: val.avisos };
      if (e === null || (e.meta === null && e.nodo === null && e.secretaria === null)) return { ok: true, resumen: r.terminar(plan), avisos: val.avisos, alLeer: true };
      const cs = conteo as ConteoSecretaria | null;
      if (cs !== null) {
        // As seleccionarPlan: an unknown secretaría is an error; one with every meta is the whole plan.
        const c = cs.cerrar(plan.nodos, ov.lang);
        if (!c.ok) return { ok: false, errores: [c.error], avisos: val.avisos };
        if (c.completa) return { ok: true, resumen: r.terminar(plan), avisos: val.avisos, alLeer: true };
        return { ok: true, resumen: recortarResumen(r.terminar({ ...plan, ausentes: [] }), plan, c.eleccion), avisos: val.avisos, alLeer: true };
      }
      const elegida = delgadas[0];
      if (e.meta !== null && elegida === undefined) return { ok: false, errores: [errorMetaInexistente(e.meta, primeros, vistas, ov.lang)], avisos: val.avisos };
      // As seleccionarPlan: no absent metas in a part; for a meta, the nodes it hangs from.
      const parte = e.meta !== null && elegida ? { ...e, nodos: rutaDeNodo(plan.nodos, elegida.nodo) } : e;
      return { ok: true, resumen: recortarResumen(r.terminar({ ...plan, ausentes: [] }), plan, parte), avisos: val.avisos, alLeer: true };
    }
  }
  const val = await leerPlanJsonPorPartes(abrir(), o);
  return val.ok ? enteroDe(val.plan, val.avisos) : val;
}
