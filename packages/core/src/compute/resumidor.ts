/**
 * The summary in two steps: `agregar` each meta (in any order), then `terminar`. Everything a meta gives on
 * its own (its compliance, progress, bands, printed figures checked) is computed when it is added, so a
 * reader can hand over each meta as it parses it and drop it; what needs the metas together (roll-up by
 * level, investment, beneficiaries, municipalities, level claims) is computed in `terminar` from the plan it
 * is given, which then needs only each meta's code, node, weight, investment, beneficiaries and
 * municipalities. Sums and lists follow the canonical order (tree order, then meta code) whatever the order
 * of arrival, so a summary made while reading equals the one made from the whole plan, to the last bit.
 */
import type { Plan } from '../schema/types.js';
import { indexarArbol } from './arbol.js';
import { avance } from './avance.js';
import { resumirBeneficiarios } from './beneficiarios.js';
import { ajustesConciliar, conciliarNodosEIndicadores, conciliarUnaMeta, type AjustesConciliar, type CalculosMeta, type ContrasteAfirmacion, type Discrepancia } from './conciliar.js';
import { cumplimiento } from './cumplimiento.js';
import { progresoIndicador } from './indicadores.js';
import { inversionDeMeta } from './inversion-meta.js';
import { resumirInversion } from './inversion.js';
import { municipiosAlcanzados } from './municipios.js';
import { consolidarConValores, periodoDeCorte, type ValoresMetas } from './niveles.js';
import { evaluarEn, nuevaSalida, valorTope, type SalidaRegla } from './reglas.js';
import type { ConteoBandas, OpcionesResumir, Resumen, ResumenMeta } from './resumir.js';
import { BANDAS_PREDETERMINADAS, clasificar, estadosSemaforo, type ConfigBandas, type EstadoSemaforo } from './semaforo.js';
import type { Porcentaje, TextoBilingue } from './tipos.js';

type Meta = Plan['metas'][number];

export const METODO_PROMEDIO: TextoBilingue = {
  es: 'Promedio simple de los porcentajes de las metas con valor, cada uno con tope de 100\u00a0%; las metas no programadas, sin dato o no calculables no entran.',
  en: 'Plain mean of the percentages of the metas with a value, each capped at 100%; metas not programmed, without data or not computable are left out.',
};

function conteoVacio(config: ConfigBandas): ConteoBandas {
  const porEstado: Record<string, number> = {};
  for (const e of estadosSemaforo(config)) porEstado[e.id] = 0;
  const porBanda: Record<string, number> = {};
  for (const b of config.bandas) porBanda[b.id] = 0;
  return { porEstado, porBanda };
}

function contar(c: ConteoBandas, e: EstadoSemaforo): void {
  c.porEstado[e.id] = (c.porEstado[e.id] ?? 0) + 1;
  if (e.bandaConteo !== null) c.porBanda[e.bandaConteo] = (c.porBanda[e.bandaConteo] ?? 0) + 1;
}

/** A Float64Array with room for index k, doubling as needed. */
function conEspacio(a: Float64Array, k: number): Float64Array {
  if (k < a.length) return a;
  const b = new Float64Array(Math.max(k + 1, a.length * 2));
  b.set(a);
  return b;
}

export class Resumidor {
  private readonly o: OpcionesResumir;
  private readonly periodo;
  private readonly bandas: ConfigBandas;
  private readonly consolidacionFlujo;
  private readonly detalle: boolean;
  private readonly ajustes: AjustesConciliar;
  private readonly calculos: CalculosMeta;
  private readonly oc;
  private readonly oa;
  private readonly salida: SalidaRegla = nuevaSalida();
  // Without the per-meta list no whole Porcentaje is built: estado, valor and valorTope go into one reused
  // object per figure (no allocation per meta), and conciliar builds a whole one only for a printed figure
  // that does not match.
  private readonly breveC: Porcentaje = { estado: 'sin_dato', valor: null, valorTope: null, avisos: [] };
  private readonly breveA: Porcentaje = { estado: 'sin_dato', valor: null, valorTope: null, avisos: [] };
  /** Capped figures by meta index; NaN = the meta does not enter that figure. */
  private programado: Float64Array;
  private cumplimiento: Float64Array;
  private avance: Float64Array;
  private agregadas = 0;
  private readonly conteo: { cumplimiento: ConteoBandas; avance: ConteoBandas };
  private readonly discrepancias: Discrepancia[] = [];
  /** The meta index of each discrepancy, to put them in canonical order at the end. */
  private readonly metaDiscrepancia: number[] = [];
  private readonly metas: ResumenMeta[] = [];

  /**
   * `cabecera`: the plan without its metas, or with them (they are not read here). `capacidad`: the number
   * of metas when known (the per-meta arrays are then sized once).
   */
  constructor(
    private readonly cabecera: Plan,
    o: OpcionesResumir = {},
    capacidad = 1024,
  ) {
    this.o = o;
    this.periodo = o.periodo ?? periodoDeCorte(cabecera);
    this.bandas = o.bandas ?? BANDAS_PREDETERMINADAS;
    this.consolidacionFlujo = o.consolidacionFlujo ?? cabecera.opciones?.consolidacionFlujo ?? 'promedio';
    this.detalle = o.detalleMetas ?? true;
    this.ajustes = ajustesConciliar(cabecera, { consolidacionFlujo: this.consolidacionFlujo, ...(o.tolerancias ? { tolerancias: o.tolerancias } : {}) });
    this.calculos = { periodo: this.periodo, consolidacionFlujo: this.consolidacionFlujo, cumplimiento: undefined, avance: undefined, soloValor: !this.detalle };
    this.oc = { consolidacionFlujo: this.consolidacionFlujo };
    this.oa = { hasta: this.periodo.hasta, consolidacionFlujo: this.consolidacionFlujo };
    const n = Math.max(1, capacidad);
    this.programado = new Float64Array(n);
    this.cumplimiento = new Float64Array(n);
    this.avance = new Float64Array(n);
    this.conteo = { cumplimiento: conteoVacio(this.bandas), avance: conteoVacio(this.bandas) };
  }

  /** Adds the meta at index `k` of the plan's list (each index once). */
  agregar(meta: Meta, k: number): void {
    const { periodo, consolidacionFlujo, detalle } = this;
    if (k >= this.programado.length) {
      this.programado = conEspacio(this.programado, k);
      this.cumplimiento = conEspacio(this.cumplimiento, k);
      this.avance = conEspacio(this.avance, k);
    }
    const rep = meta.reportado;
    const guardarC = rep.cumplimiento !== null && rep.cumplimiento !== undefined;
    const guardarA = rep.avance !== null && rep.avance !== undefined;
    const c = detalle ? cumplimiento(meta, periodo, this.oc) : evaluarEn(meta, periodo.desde, periodo.hasta, 'cumplimiento', consolidacionFlujo, this.breveC);
    const a = detalle ? avance(meta, this.oa) : evaluarEn(meta, 0, periodo.hasta, 'avance', consolidacionFlujo, this.breveA);
    const conciliarInv = rep.inversion !== null && rep.inversion !== undefined;
    const conciliarBen = rep.beneficiarios !== null && rep.beneficiarios !== undefined;
    // The printed figures are checked now, with the figures just computed: a Porcentaje kept for all metas
    // until a later pass would outlive a young collection.
    if (guardarC || guardarA || conciliarInv || conciliarBen) {
      this.calculos.cumplimiento = guardarC ? c : undefined;
      this.calculos.avance = guardarA ? a : undefined;
      const antes = this.discrepancias.length;
      conciliarUnaMeta(meta, this.cabecera, this.ajustes, this.calculos, this.discrepancias);
      for (let i = antes; i < this.discrepancias.length; i++) this.metaDiscrepancia.push(k);
    }
    this.cumplimiento[k] = c.valorTope ?? Number.NaN;
    this.avance[k] = a.valorTope ?? Number.NaN;
    this.programado[k] = valorTope(meta, 0, periodo.hasta, 'programado', consolidacionFlujo, this.salida);
    const bc = clasificar(c, this.bandas);
    const ba = clasificar(a, this.bandas);
    contar(this.conteo.cumplimiento, bc);
    contar(this.conteo.avance, ba);
    this.agregadas++;
    if (!detalle) return;
    this.metas[k] = {
      codigo: meta.codigo,
      nombre: meta.nombre,
      nodo: meta.nodo,
      // Set in terminar, from the tree.
      numeracionNodo: null,
      cumplimiento: c,
      avance: a,
      bandaCumplimiento: bc,
      bandaAvance: ba,
      inversion: inversionDeMeta(meta, periodo).valor,
      beneficiarios: {
        estado: meta.beneficiarios.estado,
        total: meta.beneficiarios.total,
        unidad: meta.beneficiarios.unidad ?? null,
      },
    };
  }

  /**
   * The summary. `plan`: the header given to the constructor with every added meta at its index; each meta
   * needs only codigo, nodo, peso, inversion, beneficiarios and municipios here (see the file's comment).
   */
  terminar(plan: Plan): Resumen {
    const m = plan.metas.length;
    if (m !== this.agregadas) throw new Error(`Resumidor: se agregaron ${this.agregadas} metas y el plan tiene ${m}`);
    const ix = indexarArbol(plan);
    const valores: ValoresMetas = {
      programado: this.programado.subarray(0, m),
      cumplimiento: this.cumplimiento.subarray(0, m),
      avance: this.avance.subarray(0, m),
    };
    let sumaC = 0;
    let nC = 0;
    let sumaA = 0;
    let nA = 0;
    const metas: ResumenMeta[] = this.detalle ? new Array(m) : [];
    for (let x = 0; x < m; x++) {
      const k = ix.metas[x] as number;
      const c = valores.cumplimiento[k] as number;
      const a = valores.avance[k] as number;
      if (!Number.isNaN(c)) {
        sumaC += c;
        nC++;
      }
      if (!Number.isNaN(a)) {
        sumaA += a;
        nA++;
      }
      if (!this.detalle) continue;
      const r = this.metas[k] as ResumenMeta;
      const pos = ix.metaNodo[k] as number;
      r.numeracionNodo = pos >= 0 ? (ix.numeracion[pos] as string) : null;
      metas[x] = r;
    }
    const discrepancias = this.enOrdenCanonico(ix.metas, m);
    const afirmaciones: ContrasteAfirmacion[] = [];
    conciliarNodosEIndicadores(plan, this.ajustes, discrepancias, afirmaciones);
    const { periodo, consolidacionFlujo, bandas, o } = this;
    const metodo = o.metodo ?? 'iguales';
    const niveles = consolidarConValores(plan, valores, {
      periodo,
      consolidacionFlujo,
      metodo,
      bandas,
      ...(o.lang ? { lang: o.lang } : {}),
    });
    return {
      entidad: plan.entidad,
      plan: plan.plan,
      corte: plan.corte,
      periodo,
      metodo,
      consolidacionFlujo,
      fuenteBandas: bandas.fuente,
      metasReportadas: m,
      metasAusentes: (plan.ausentes ?? []).map((a) => ({ codigo: a.codigo, motivo: a.motivo })),
      metas,
      promedio: {
        cumplimiento: nC > 0 ? sumaC / nC : null,
        avance: nA > 0 ? sumaA / nA : null,
        metasCumplimiento: nC,
        metasAvance: nA,
        metodo: METODO_PROMEDIO,
      },
      conteoBandas: this.conteo,
      inversion: resumirInversion(plan, { periodo }),
      beneficiarios: resumirBeneficiarios(plan),
      municipios: municipiosAlcanzados(plan, { periodo }),
      niveles,
      indicadores: (plan.indicadoresResultado ?? []).map((ind) => ({
        codigo: ind.codigo,
        nombre: ind.nombre,
        unidad: ind.unidad,
        lineaBase: ind.lineaBase,
        actual: ind.actual,
        meta: ind.meta,
        direccion: ind.direccion,
        ...progresoIndicador(ind),
      })),
      discrepancias,
      afirmaciones,
    };
  }

  /** The per-meta discrepancies by canonical position of their meta (each meta's own order kept). */
  private enOrdenCanonico(orden: Int32Array, m: number): Discrepancia[] {
    const d = this.discrepancias;
    const de = this.metaDiscrepancia;
    if (d.length === 0) return d;
    const rango = new Int32Array(m);
    for (let x = 0; x < m; x++) rango[orden[x] as number] = x;
    let enOrden = true;
    for (let i = 1; i < de.length && enOrden; i++) enOrden = (rango[de[i - 1] as number] as number) <= (rango[de[i] as number] as number);
    if (enOrden) return d;
    // A stable sort of positions: the discrepancies of one meta keep the order conciliar gave them.
    const pos = d.map((_, i) => i).sort((i, j) => (rango[de[i] as number] as number) - (rango[de[j] as number] as number));
    return pos.map((i) => d[i] as Discrepancia);
  }
}
