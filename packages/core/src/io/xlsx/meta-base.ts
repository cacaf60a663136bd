/**
 * The parts every importer shares when it builds a meta: the empty defaults of the schema ("sin dato",
 * never 0) and the reading of SisPT's and home-made words for accumulation and direction.
 */
import type { Acumulacion, Meta, TipoMeta } from '../../schema/types.js';
import { plegar } from '../../format/plegar.js';

export function metaVacia(p: { codigo: string; nombre: string; nodo: string }): Meta {
  return {
    codigo: p.codigo,
    nombre: p.nombre,
    indicador: null,
    unidad: null,
    nodo: p.nodo,
    secretaria: null,
    lineaBase: null,
    metaCuatrienio: null,
    tipo: 'incremento',
    acumulacion: 'acumulado',
    seguimiento: [],
    inversion: [],
    beneficiarios: { estado: 'sin_dato', total: null, grupos: [] },
    municipios: { alcance: 'sin_dato', codigos: [] },
    bpin: [],
    evidencia: { queSeHizo: null, como: null, conQuien: null, cuando: null, impacto: null, donde: null },
    reportado: { periodo: null, cumplimiento: null, avance: null, inversion: null, beneficiarios: null },
  };
}

const ACUMULACION: Record<string, Acumulacion> = {
  acumulativo: 'acumulado',
  acumulativa: 'acumulado',
  acumulado: 'acumulado',
  acumulada: 'acumulado',
  suma: 'acumulado',
  si: 'acumulado',
  'no acumulativo': 'flujo',
  'no acumulativa': 'flujo',
  'no acumulado': 'flujo',
  flujo: 'flujo',
  anual: 'flujo',
  no: 'flujo',
  stock: 'stock',
  capacidad: 'stock',
  nivel: 'stock',
};

/**
 * SisPT writes "Acumulativo" / "No acumulativo"; DNP's follow-up report "Si" / "No"; home-made files
 * also "Suma", "Flujo", "Stock", "Capacidad". null: a word we do not know (the caller reports it).
 */
export function leerAcumulacion(texto: string | null): Acumulacion | null {
  if (!texto) return null;
  return ACUMULACION[plegar(texto)] ?? null;
}

const TIPOS: Array<[RegExp, TipoMeta]> = [
  [/^(incremento|incrementar|aumento|aumentar|creciente|crecimiento|ascendente)\b/, 'incremento'],
  [/^(mantenimiento|mantener|sostenimiento|sostener|constante)\b/, 'mantenimiento'],
  [/^(reduccion|reducir|disminucion|disminuir|decreciente|descendente)\b/, 'reduccion'],
];

/** "Incremento" / "Mantenimiento" / "Reducción" (TENDENCIA column) → the schema's tipo, or null. */
export function leerTipoMeta(texto: string | null): TipoMeta | null {
  if (!texto) return null;
  const p = plegar(texto);
  for (const [re, tipo] of TIPOS) if (re.test(p)) return tipo;
  return null;
}

function iguales(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * When the accumulation is not written, the programming may make it evident: yearly values adding up to
 * the four-year target → acumulado; the whole target programmed every year → flujo. Anything else is
 * not evident (null): the caller keeps a default and says so.
 */
export function inferirAcumulacion(
  metaCuatrienio: number | null,
  programados: ReadonlyArray<number | null>,
): { acumulacion: Acumulacion; regla: 'suma' | 'cada_anio' } | null {
  if (metaCuatrienio === null || metaCuatrienio <= 0) return null;
  const p = programados.filter((x): x is number => x !== null);
  if (p.length === 0) return null;
  const suma = p.reduce((a, b) => a + b, 0);
  if (iguales(suma, metaCuatrienio)) return { acumulacion: 'acumulado', regla: 'suma' };
  const positivos = p.filter((x) => x > 0);
  if (positivos.length >= 2 && positivos.every((x) => iguales(x, metaCuatrienio))) return { acumulacion: 'flujo', regla: 'cada_anio' };
  return null;
}

/**
 * The accumulation to use when the file does not write it, and the rule in words for the trace and the
 * warning: what the programming makes evident, else acumulado (assumed, and said). One text for every reader.
 */
export function acumulacionSupuesta(
  metaCuatrienio: number | null,
  programados: ReadonlyArray<number | null>,
  t: (es: string, en: string) => string,
): { acumulacion: Acumulacion; evidente: boolean; regla: string } {
  const inferida = inferirAcumulacion(metaCuatrienio, programados);
  if (!inferida) return { acumulacion: 'acumulado', evidente: false, regla: t('la programación no lo hace evidente: se asume acumulado', 'the programming does not make it evident: acumulado assumed') };
  return {
    acumulacion: inferida.acumulacion,
    evidente: true,
    regla:
      inferida.regla === 'suma'
        ? t('la programación anual suma la meta del cuatrienio: acumulado', 'the yearly programming adds up to the four-year target: acumulado')
        : t('cada año programa la meta completa: flujo', 'every year programs the whole target: flujo'),
  };
}
