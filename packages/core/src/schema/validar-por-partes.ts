/**
 * validarPlan for a plan read by parts: the header first, then the metas in batches as they are parsed,
 * each batch checked against the same schema and the same coherence rules, so no meta has to be kept.
 * It only says yes or no (with the warnings of a valid plan): on the first problem the caller reads the
 * whole plan again with validarPlan, which lists every error, so there is one source of error messages.
 */
import { Colector, cerrar, cumpleEsquema, verificarCabecera, verificarIndicadores, verificarMeta, type ContextoCoherencia, type OpcionesValidacion } from './validar.js';
import type { Idioma, Plan, ResultadoValidacion } from './types.js';

type Meta = Plan['metas'][number];

export class ValidadorPorPartes {
  /** The required keys of the header around each batch (no nodes, no optional lists): a batch is checked alone. */
  private readonly envoltura: Record<string, unknown>;
  private lote: readonly unknown[] = [];
  private inicioLote = 0;
  private readonly c: Colector;
  private readonly ctx: ContextoCoherencia;
  private readonly lang: Idioma;

  private constructor(cabecera: Plan, o: OpcionesValidacion) {
    this.lang = o.lang ?? 'es';
    this.c = new Colector(cabecera, o, this.lang, (i) => (this.lote[i - this.inicioLote] as Meta | undefined)?.codigo);
    this.ctx = verificarCabecera(cabecera, this.c, this.lang);
    this.envoltura = { version: cabecera.version, entidad: cabecera.entidad, plan: cabecera.plan, corte: cabecera.corte, niveles: cabecera.niveles, nodos: [], metas: [] };
  }

  /**
   * A validator for the plan whose header (every key but the metas, which are []) is `cabecera`; null when
   * the header already fails (the caller then keeps the metas and validates the whole plan).
   */
  static iniciar(cabecera: unknown, o: OpcionesValidacion = {}): ValidadorPorPartes | null {
    if (!cumpleEsquema(cabecera)) return null;
    const v = new ValidadorPorPartes(cabecera as Plan, o);
    return v.c.errores.length === 0 ? v : null;
  }

  /** Checks the metas at positions inicio… of the plan; false at the first error. */
  agregarLote(lote: readonly unknown[], inicio: number): lote is readonly Meta[] {
    this.envoltura.metas = lote;
    const ok = cumpleEsquema(this.envoltura);
    this.envoltura.metas = [];
    if (!ok) return false;
    this.lote = lote;
    this.inicioLote = inicio;
    for (let i = 0; i < lote.length; i++) {
      verificarMeta(lote[i] as Meta, inicio + i, this.ctx, this.c);
      if (this.c.errores.length > 0) return false;
    }
    return true;
  }

  /**
   * The result for `plan` (the final header with the metas the caller kept), after the last batch; null when
   * a key that came after the metas does not fit the schema (the caller then validates the whole plan).
   */
  terminar(plan: Plan): ResultadoValidacion | null {
    this.lote = [];
    // Keys after the metas (ausentes, indicadoresResultado…) were not in the header checked at the start.
    if (!cumpleEsquema({ ...plan, nodos: [], metas: [] })) return null;
    verificarIndicadores(plan, this.ctx, this.c);
    return cerrar(this.c, this.lang, plan);
  }
}
