/**
 * Roll-up by plan level: for every node (any depth) and for the whole plan, from the metas under it,
 * three capped figures — programado (programadoAlCorte), cumplimiento over the period (metas
 * 'no_programada' or without data excluded) and avance — each a weighted mean of `valorTope`.
 *
 * Methods (always returned with the result):
 * - 'iguales' (default): every meta weighs the same — the plain mean of capped values, common practice.
 * - 'declarados': hierarchical: a node's value is the mean of its children (child nodes and direct metas)
 *   weighted by their declared `peso`, normalised per sibling group (aviso when they do not sum 100 %).
 * - 'inversion': each meta weighs its investment in the period; metas with no investment reported are left
 *   out (aviso naming them).
 * Children without a value are left out and the remaining weights renormalised; a node with no
 * contributing meta has null, never 0.
 *
 * One pass over the metas (canonical order, so the order of plan.metas changes nothing) and one pass over
 * the nodes bottom-up: O(metas + nodes).
 */
import type { ConsolidacionFlujo, Idioma, Periodo, Plan } from '../schema/types.js';
import { formatearNumero, formatearPorcentaje } from '../format/numero.js';
import { indexarArbol, type AvisoArbol, type IndiceArbol } from './arbol.js';
import { nuevaSalida, valorTope } from './reglas.js';
import { inversionDeMeta } from './inversion-meta.js';
import { normalizarPesos, sumaCien } from './pesos.js';
import { redondear12 } from './porcentaje.js';
import { BANDAS_PREDETERMINADAS, clasificarValor, type ConfigBandas, type EstadoSemaforo } from './semaforo.js';
import type { MetodoPeso, OpcionesNiveles, TextoBilingue } from './tipos.js';

export interface CifrasNivel {
  /** Metas under the node (directly or in descendants). */
  metas: number;
  /** Metas with a cumplimiento value (they enter the cumplimiento column). */
  metasConDato: number;
  /** How many metas entered each figure (with a value and, for weighted methods, a usable weight). */
  contribuyen: { programado: number; cumplimiento: number; avance: number };
  /** Ratios in [0, 1]; null when no meta contributes. */
  programado: number | null;
  cumplimiento: number | null;
  avance: number | null;
  bandaProgramado: EstadoSemaforo;
  bandaCumplimiento: EstadoSemaforo;
  bandaAvance: EstadoSemaforo;
}

export interface FilaNivel extends CifrasNivel {
  codigo: string;
  /** null: the source does not name this node (never invented). */
  nombre: string | null;
  nivel: number;
  nombreNivel: string | null;
  /** Code of the parent in the tree shown (null at the top level). */
  padre: string | null;
  /** "1.1.2", as the report's table numbers the rows. */
  numeracion: string;
  profundidad: number;
}

export type CodigoAvisoNivel =
  | AvisoArbol['codigo']
  | 'pesos_normalizados'
  | 'pesos_no_declarados'
  | 'peso_faltante'
  | 'inversion_sin_dato'
  | 'inversion_incompleta'
  | 'inversion_periodo_parcial';

export interface AvisoNivel {
  codigo: CodigoAvisoNivel;
  /** Node concerned (null: the top level of the plan). */
  nodo?: string | null;
  metas?: string[];
  /** Declared sum (1 = 100 %), for pesos_normalizados. */
  suma?: number;
  /** The sentence, in the language asked. */
  mensaje: string;
}

export interface ResultadoNiveles {
  metodo: MetodoPeso;
  /** What the method means, to show beside the table. */
  descripcionMetodo: TextoBilingue;
  periodo: Periodo;
  consolidacionFlujo: ConsolidacionFlujo;
  /** Where the band cut-offs come from. */
  fuenteBandas: TextoBilingue;
  /** One row per node, depth-first ("1", "1.1", "1.1.1", "1.2"…). */
  filas: FilaNivel[];
  /** The whole plan. */
  total: CifrasNivel;
  avisos: AvisoNivel[];
}

export const DESCRIPCION_METODOS: Readonly<Record<MetodoPeso, TextoBilingue>> = {
  iguales: {
    es: 'Promedio simple de los porcentajes con tope de 100\u00a0%: cada meta pesa lo mismo. Las metas no programadas o sin dato no entran.',
    en: 'Plain mean of the percentages capped at 100%: every meta weighs the same. Metas not programmed or without data are left out.',
  },
  declarados: {
    es: 'Promedio ponderado por los pesos declarados de cada nodo y meta, normalizados a 100\u00a0% entre hermanos; porcentajes con tope de 100\u00a0%. Las metas no programadas o sin dato no entran.',
    en: 'Mean weighted by the declared weights of each node and meta, normalised to 100% among siblings; percentages capped at 100%. Metas not programmed or without data are left out.',
  },
  inversion: {
    es: 'Promedio ponderado por la inversión de cada meta en el periodo; porcentajes con tope de 100\u00a0%. Las metas sin inversión reportada, no programadas o sin dato no entran.',
    en: 'Mean weighted by each meta\'s investment in the period; percentages capped at 100%. Metas without reported investment, not programmed or without data are left out.',
  },
};

/** Capped per-meta figures, indexed like plan.metas; NaN = the meta does not enter that figure. */
export interface ValoresMetas {
  programado: Float64Array;
  cumplimiento: Float64Array;
  avance: Float64Array;
}

export function periodoDeCorte(plan: Plan): Periodo {
  return { desde: plan.corte.desde, hasta: plan.corte.hasta };
}

/** The three capped figures of every meta for a period, without building a Porcentaje per meta. */
export function valoresDeMetas(plan: Plan, periodo: Periodo, consolidacionFlujo: ConsolidacionFlujo): ValoresMetas {
  const m = plan.metas.length;
  const r: ValoresMetas = { programado: new Float64Array(m), cumplimiento: new Float64Array(m), avance: new Float64Array(m) };
  const out = nuevaSalida();
  const { desde, hasta } = periodo;
  for (let k = 0; k < m; k++) {
    const meta = plan.metas[k] as Plan['metas'][number];
    r.programado[k] = valorTope(meta, 0, hasta, 'programado', consolidacionFlujo, out);
    r.cumplimiento[k] = valorTope(meta, desde, hasta, 'cumplimiento', consolidacionFlujo, out);
    r.avance[k] = valorTope(meta, 0, hasta, 'avance', consolidacionFlujo, out);
  }
  return r;
}

export function consolidarNiveles(plan: Plan, o: OpcionesNiveles = {}): ResultadoNiveles {
  const periodo = o.periodo ?? periodoDeCorte(plan);
  const consolidacion = o.consolidacionFlujo ?? plan.opciones?.consolidacionFlujo ?? 'promedio';
  return consolidarConValores(plan, valoresDeMetas(plan, periodo, consolidacion), {
    ...o,
    periodo,
    consolidacionFlujo: consolidacion,
  });
}

const FIGURAS = 3;

function textoNodo(ix: IndiceArbol, plan: Plan, pos: number, lang: Idioma): string {
  if (pos < 0 || pos >= ix.n) return lang === 'es' ? 'el primer nivel del plan' : 'the top level of the plan';
  const nd = plan.nodos[ix.nodo[pos] as number] as Plan['nodos'][number];
  const nombre = nd.nombre ? ` ${nd.nombre}` : '';
  return `«${ix.numeracion[pos]}${nombre}» (${lang === 'es' ? 'código' : 'code'} ${nd.codigo})`;
}

/** Roll-up from per-meta values already computed (resumir computes them once for everything). */
export function consolidarConValores(
  plan: Plan,
  valores: ValoresMetas,
  o: OpcionesNiveles & { periodo: Periodo; consolidacionFlujo: ConsolidacionFlujo },
): ResultadoNiveles {
  const metodo = o.metodo ?? 'iguales';
  const lang = o.lang ?? 'es';
  const bandas: ConfigBandas = o.bandas ?? BANDAS_PREDETERMINADAS;
  const ix = indexarArbol(plan);
  const n = ix.n;
  const ancho = n + 1; // slot n = the whole plan
  const avisos: AvisoNivel[] = ix.avisos.map((a) => ({
    codigo: a.codigo,
    ...(a.nodo === undefined ? {} : { nodo: a.nodo }),
    ...(a.metas === undefined ? {} : { metas: a.metas }),
    mensaje: a.mensaje[lang],
  }));
  const m = plan.metas.length;

  // Weight of each meta (NaN = left out) and, for 'declarados', of each node within its siblings.
  const pesoMeta = new Float64Array(m).fill(1);
  const pesoNodo = new Float64Array(n).fill(1);
  if (metodo === 'inversion') {
    const sinDato: string[] = [];
    const incompletas: string[] = [];
    const cruzan: string[] = [];
    for (let x = 0; x < m; x++) {
      const k = ix.metas[x] as number;
      const meta = plan.metas[k] as Plan['metas'][number];
      const inv = inversionDeMeta(meta, o.periodo);
      pesoMeta[k] = inv.valor === null ? Number.NaN : inv.valor;
      if (inv.valor === null) sinDato.push(meta.codigo);
      else if (inv.incompleta) incompletas.push(meta.codigo);
      if (inv.cruzaPeriodo) cruzan.push(meta.codigo);
    }
    const lista = (xs: string[]) => `${xs.slice(0, 20).join(', ')}${xs.length > 20 ? '…' : ''}`;
    if (sinDato.length > 0) {
      avisos.push({
        codigo: 'inversion_sin_dato',
        metas: sinDato,
        mensaje:
          lang === 'es'
            ? sinDato.length === 1
              ? `1 meta sin inversión reportada en el periodo queda fuera del promedio ponderado por inversión: ${lista(sinDato)}.`
              : `${formatearNumero(sinDato.length, { lang })} metas sin inversión reportada en el periodo quedan fuera del promedio ponderado por inversión: ${lista(sinDato)}.`
            : sinDato.length === 1
              ? `1 meta without investment reported in the period is left out of the investment-weighted mean: ${lista(sinDato)}.`
              : `${formatearNumero(sinDato.length, { lang })} metas without investment reported in the period are left out of the investment-weighted mean: ${lista(sinDato)}.`,
      });
    }
    if (incompletas.length > 0) {
      avisos.push({
        codigo: 'inversion_incompleta',
        metas: incompletas,
        mensaje:
          lang === 'es'
            ? incompletas.length === 1
              ? `La inversión de 1 meta tiene valores sin dato; su peso es la parte reportada: ${lista(incompletas)}.`
              : `La inversión de ${formatearNumero(incompletas.length, { lang })} metas tiene valores sin dato; su peso es la parte reportada: ${lista(incompletas)}.`
            : incompletas.length === 1
              ? `The investment of 1 meta has values without data; its weight is the reported part: ${lista(incompletas)}.`
              : `The investment of ${formatearNumero(incompletas.length, { lang })} metas has values without data; their weight is the reported part: ${lista(incompletas)}.`,
      });
    }
    if (cruzan.length > 0) {
      avisos.push({
        codigo: 'inversion_periodo_parcial',
        metas: cruzan,
        mensaje:
          lang === 'es'
            ? `Hay inversión reportada para años dentro y fuera del periodo que no se puede repartir y no se cuenta en el peso: ${lista(cruzan)}.`
            : `Some investment is reported for years inside and outside the period; it cannot be split and is not counted in the weight: ${lista(cruzan)}.`,
      });
    }
  } else if (metodo === 'declarados') {
    const sinDeclarar: string[] = [];
    const grupo = (padrePos: number, hijos: number[], metasA: number, metasZ: number) => {
      const declarados: Array<number | null | undefined> = [];
      const nombres: string[] = [];
      for (const h of hijos) {
        const nd = plan.nodos[ix.nodo[h] as number] as Plan['nodos'][number];
        declarados.push(nd.peso);
        nombres.push(`${lang === 'es' ? 'nodo' : 'node'} ${nd.codigo}`);
      }
      for (let x = metasA; x < metasZ; x++) {
        const meta = plan.metas[ix.metas[x] as number] as Plan['metas'][number];
        declarados.push(meta.peso);
        nombres.push(`meta ${meta.codigo}`);
      }
      if (declarados.length === 0) return;
      const r = normalizarPesos(declarados);
      hijos.forEach((h, i) => (pesoNodo[h] = r.pesos[i] as number));
      for (let x = metasA; x < metasZ; x++) pesoMeta[ix.metas[x] as number] = r.pesos[hijos.length + x - metasA] as number;
      const codigoPadre = padrePos >= 0 ? (plan.nodos[ix.nodo[padrePos] as number] as Plan['nodos'][number]).codigo : null;
      if (r.modo === 'iguales') {
        if (declarados.length > 1) sinDeclarar.push(padrePos >= 0 ? (ix.numeracion[padrePos] as string) : '0');
        return;
      }
      if (!sumaCien(r.suma)) {
        avisos.push({
          codigo: 'pesos_normalizados',
          nodo: codigoPadre,
          suma: r.suma,
          mensaje:
            lang === 'es'
              ? `Los pesos declarados bajo ${textoNodo(ix, plan, padrePos, lang)} suman ${formatearPorcentaje(r.suma, { lang })}, no ${formatearPorcentaje(1, { lang })}: se normalizaron a ${formatearPorcentaje(1, { lang })}.`
              : `The declared weights under ${textoNodo(ix, plan, padrePos, lang)} add up to ${formatearPorcentaje(r.suma, { lang })}, not ${formatearPorcentaje(1, { lang })}: they were normalised to ${formatearPorcentaje(1, { lang })}.`,
        });
      }
      if (r.faltantes.length > 0) {
        const faltan = r.faltantes.map((i) => nombres[i] as string);
        avisos.push({
          codigo: 'peso_faltante',
          nodo: codigoPadre,
          mensaje:
            lang === 'es'
              ? `Bajo ${textoNodo(ix, plan, padrePos, lang)} hay elementos sin peso declarado, que pesan 0: ${faltan.join(', ')}.`
              : `Under ${textoNodo(ix, plan, padrePos, lang)} some items have no declared weight and weigh 0: ${faltan.join(', ')}.`,
        });
      }
    };
    const raices: number[] = [];
    for (let j = 0; j < n; j = ix.fin[j] as number) raices.push(j);
    grupo(-1, raices, ix.inicioMetas[n] as number, ix.inicioMetas[n + 1] as number);
    for (let i = 0; i < n; i++) {
      const hijos: number[] = [];
      for (let j = i + 1; j < (ix.fin[i] as number); j = ix.fin[j] as number) hijos.push(j);
      grupo(i, hijos, ix.inicioMetas[i] as number, ix.inicioMetas[i + 1] as number);
    }
    if (sinDeclarar.length > 0) {
      avisos.push({
        codigo: 'pesos_no_declarados',
        mensaje:
          lang === 'es'
            ? `${sinDeclarar.length === 1 ? '1 grupo de hermanos no declara' : `${sinDeclarar.length} grupos de hermanos no declaran`} pesos y pesan por igual (bajo ${sinDeclarar.slice(0, 20).map((x) => (x === '0' ? 'el primer nivel' : x)).join(', ')}${sinDeclarar.length > 20 ? '…' : ''}).`
            : `${sinDeclarar.length === 1 ? '1 sibling group declares' : `${sinDeclarar.length} sibling groups declare`} no weights and weigh the same (under ${sinDeclarar.slice(0, 20).map((x) => (x === '0' ? 'the top level' : x)).join(', ')}${sinDeclarar.length > 20 ? '…' : ''}).`,
      });
    }
  }

  // Accumulators: figure f of slot i at f * ancho + i.
  const sumaPV = new Float64Array(FIGURAS * ancho);
  const sumaP = new Float64Array(FIGURAS * ancho);
  const cuenta = new Int32Array(FIGURAS * ancho);
  const metas = new Int32Array(ancho);
  const conDato = new Int32Array(ancho);
  const listas = [valores.programado, valores.cumplimiento, valores.avance];

  for (let b = 0; b <= n; b++) {
    const a = ix.inicioMetas[b] as number;
    const z = ix.inicioMetas[b + 1] as number;
    metas[b] = z - a;
    for (let x = a; x < z; x++) {
      const k = ix.metas[x] as number;
      const w = pesoMeta[k] as number;
      for (let f = 0; f < FIGURAS; f++) {
        const v = (listas[f] as Float64Array)[k] as number;
        if (Number.isNaN(v)) continue;
        if (f === 1) conDato[b] = (conDato[b] as number) + 1;
        if (Number.isNaN(w)) continue;
        const s = f * ancho + b;
        cuenta[s] = (cuenta[s] as number) + 1;
        sumaPV[s] = (sumaPV[s] as number) + w * v;
        sumaP[s] = (sumaP[s] as number) + w;
      }
    }
  }

  const valor = new Float64Array(FIGURAS * ancho).fill(Number.NaN);
  const declarados = metodo === 'declarados';
  for (let i = n; i >= 0; i--) {
    // i = n (the plan) is handled last below; nodes go bottom-up: children come after parents in pre-order.
    if (i === n) continue;
    const p = (ix.padre[i] as number) < 0 ? n : (ix.padre[i] as number);
    metas[p] = (metas[p] as number) + (metas[i] as number);
    conDato[p] = (conDato[p] as number) + (conDato[i] as number);
    for (let f = 0; f < FIGURAS; f++) {
      const s = f * ancho + i;
      const sp = f * ancho + p;
      const v = (sumaP[s] as number) > 0 ? redondear12((sumaPV[s] as number) / (sumaP[s] as number)) : Number.NaN;
      valor[s] = v;
      cuenta[sp] = (cuenta[sp] as number) + (cuenta[s] as number);
      if (declarados) {
        if (!Number.isNaN(v)) {
          const w = pesoNodo[i] as number;
          sumaPV[sp] = (sumaPV[sp] as number) + w * v;
          sumaP[sp] = (sumaP[sp] as number) + w;
        }
      } else {
        sumaPV[sp] = (sumaPV[sp] as number) + (sumaPV[s] as number);
        sumaP[sp] = (sumaP[sp] as number) + (sumaP[s] as number);
      }
    }
  }
  for (let f = 0; f < FIGURAS; f++) {
    const s = f * ancho + n;
    valor[s] = (sumaP[s] as number) > 0 ? redondear12((sumaPV[s] as number) / (sumaP[s] as number)) : Number.NaN;
  }

  const cifras = (i: number): CifrasNivel => {
    const v = (f: number) => {
      const x = valor[f * ancho + i] as number;
      return Number.isNaN(x) ? null : x;
    };
    const programado = v(0);
    const cumpl = v(1);
    const av = v(2);
    return {
      metas: metas[i] as number,
      metasConDato: conDato[i] as number,
      contribuyen: {
        programado: cuenta[i] as number,
        cumplimiento: cuenta[ancho + i] as number,
        avance: cuenta[2 * ancho + i] as number,
      },
      programado,
      cumplimiento: cumpl,
      avance: av,
      bandaProgramado: clasificarValor(programado, bandas),
      bandaCumplimiento: clasificarValor(cumpl, bandas),
      bandaAvance: clasificarValor(av, bandas),
    };
  };

  const filas: FilaNivel[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const nd = plan.nodos[ix.nodo[i] as number] as Plan['nodos'][number];
    const pp = ix.padre[i] as number;
    filas[i] = {
      codigo: nd.codigo,
      nombre: nd.nombre,
      nivel: nd.nivel,
      nombreNivel: plan.niveles[nd.nivel] ?? null,
      padre: pp < 0 ? null : (plan.nodos[ix.nodo[pp] as number] as Plan['nodos'][number]).codigo,
      numeracion: ix.numeracion[i] as string,
      profundidad: ix.profundidad[i] as number,
      ...cifras(i),
    };
  }
  return {
    metodo,
    descripcionMetodo: DESCRIPCION_METODOS[metodo],
    periodo: o.periodo,
    consolidacionFlujo: o.consolidacionFlujo,
    fuenteBandas: bandas.fuente,
    filas,
    total: cifras(n),
    avisos,
  };
}
