/**
 * The ONE place where the =PDD.* functions turn plain cell values into the plan model, so that every
 * figure comes from core's own computations (cumplimiento, avance, consolidarNiveles, conciliar…) and the
 * add-in holds no formula of its own. Column j of a range is year ANIO_INICIAL + j: the years only order
 * the values (each column stands for one year), they are never shown.
 */
import { formatearCifraAfirmacion, type Acumulacion, type Afirmacion, type Direccion, type IndicadorResultado, type Meta, type Periodo, type Plan, type TipoMeta } from '@tablero-pdd/core';

/** First year of the current cycle of territorial plans (2024–2027). */
export const ANIO_INICIAL = 2024;

export interface AniosMeta {
  ejecutado: ReadonlyArray<number | null>;
  /** null when the function has no programmed values (PDD.AVANCE). */
  programado: ReadonlyArray<number | null> | null;
  metaCuatrienio: number | null;
  lineaBase: number | null;
  tipo: TipoMeta;
  acumulacion: Acumulacion;
  peso?: number | null;
}

const EVIDENCIA_VACIA = { queSeHizo: null, como: null, conQuien: null, cuando: null, impacto: null, donde: null };
const REPORTADO_VACIO = { periodo: null, cumplimiento: null, avance: null, inversion: null, beneficiarios: null };

function metaBase(codigo: string, nodo: string): Meta {
  return {
    codigo,
    nombre: `Meta ${codigo}`,
    indicador: null,
    unidad: null,
    nodo,
    secretaria: null,
    lineaBase: null,
    metaCuatrienio: null,
    tipo: 'incremento',
    acumulacion: 'acumulado',
    seguimiento: [],
    inversion: [],
    beneficiarios: { estado: 'sin_dato', total: null, unidad: null, grupos: [] },
    municipios: { alcance: 'sin_dato', codigos: [] },
    bpin: [],
    evidencia: { ...EVIDENCIA_VACIA },
    reportado: { ...REPORTADO_VACIO },
  };
}

/** A meta whose yearly follow-up is the given columns (column j = year ANIO_INICIAL + j). */
export function metaDesdeAnios(d: AniosMeta, codigo = '1', nodo = 'N'): Meta {
  const n = Math.max(d.ejecutado.length, d.programado?.length ?? 0);
  const seguimiento: Meta['seguimiento'] = [];
  for (let j = 0; j < n; j++) {
    const anio = ANIO_INICIAL + j;
    seguimiento.push({ desde: anio, hasta: anio, programado: d.programado ? (d.programado[j] ?? null) : null, ejecutado: d.ejecutado[j] ?? null });
  }
  const meta = metaBase(codigo, nodo);
  meta.lineaBase = d.lineaBase;
  meta.metaCuatrienio = d.metaCuatrienio;
  meta.tipo = d.tipo;
  meta.acumulacion = d.acumulacion;
  meta.seguimiento = seguimiento;
  if (d.peso !== undefined) meta.peso = d.peso;
  return meta;
}

/** The period covered by `columnas` yearly columns. */
export function periodoDeColumnas(columnas: number): Periodo {
  return { desde: ANIO_INICIAL, hasta: ANIO_INICIAL + Math.max(1, columnas) - 1 };
}

function planBase(metas: Meta[], periodo: Periodo): Plan {
  return {
    version: 1,
    entidad: { nombre: 'Hoja de cálculo', tipo: 'departamento', divipola: '00' },
    plan: { nombre: 'Hoja de cálculo', inicio: periodo.desde, fin: periodo.hasta },
    corte: { nombre: String(periodo.hasta), desde: periodo.desde, hasta: periodo.hasta },
    niveles: ['Nivel'],
    nodos: [{ codigo: 'N', nombre: null, nivel: 0, padre: null }],
    metas,
  };
}

/**
 * A plan with one node and one meta per value, whose avance over one year equals the value (executed v
 * against a target of 1, acumulado): consolidarNiveles then rolls the values up by its own rules (capped
 * at 100 %, values without data left out, declared weights normalised).
 */
export function planDeValores(valores: ReadonlyArray<number | null>, pesos: ReadonlyArray<number | null> | null): Plan {
  const metas = valores.map((v, i) =>
    metaDesdeAnios(
      {
        ejecutado: [v],
        programado: [1],
        metaCuatrienio: 1,
        lineaBase: null,
        tipo: 'incremento',
        acumulacion: 'acumulado',
        ...(pesos ? { peso: pesos[i] ?? null } : {}),
      },
      String(i + 1),
    ),
  );
  return planBase(metas, periodoDeColumnas(1));
}

export type CampoConciliable = 'porcentaje' | 'millones' | 'cifra';

/**
 * A plan whose meta i printed `reportado[i]` and whose inputs give `calculado[i]`, in the field that
 * conciliar compares: cumplimiento (porcentaje), inversión in pesos printed in millones, or
 * beneficiarios (a plain count).
 */
export function planParaConciliar(
  pares: ReadonlyArray<{ reportado: number; calculado: number | null }>,
  campo: CampoConciliable,
): Plan {
  const periodo = periodoDeColumnas(1);
  const metas = pares.map(({ reportado, calculado }, i) => {
    const m = metaBase(String(i + 1), 'N');
    m.reportado = { ...REPORTADO_VACIO, periodo: { ...periodo } };
    if (campo === 'porcentaje') {
      m.seguimiento = [{ desde: periodo.desde, hasta: periodo.hasta, programado: 1, ejecutado: calculado }];
      m.reportado.cumplimiento = reportado;
    } else if (campo === 'millones') {
      m.inversion = calculado === null ? [] : [{ desde: periodo.desde, hasta: periodo.hasta, fuente: 'otros', valor: calculado }];
      m.reportado.inversion = reportado;
    } else {
      m.beneficiarios = calculado === null ? { estado: 'sin_dato', total: null, unidad: null, grupos: [] } : { estado: 'reportado', total: calculado, unidad: null, grupos: [] };
      m.reportado.beneficiarios = reportado;
    }
    return m;
  });
  return planBase(metas, periodo);
}

export type RelacionAfirmada = Afirmacion['relacion'];
export type MagnitudAfirmada = Extract<Afirmacion['magnitud'], 'inversion' | 'beneficiarios'>;

const PALABRAS_RELACION: Record<RelacionAfirmada, string> = { mas_de: 'más de', menos_de: 'menos de', igual: '', aprox: 'aproximadamente' };

/**
 * A plan with one node per claim, each node holding the claim ("más de 700") and one meta whose figure is the
 * computed one (beneficiaries counted, or investment in pesos), so that core's claim check compares them.
 * A computed figure left empty is a meta without data: the claim cannot be checked, never "holds against 0".
 */
export function planParaAfirmaciones(
  afirmaciones: ReadonlyArray<{ relacion: RelacionAfirmada; valor: number; calculado: number | null }>,
  magnitud: MagnitudAfirmada,
): Plan {
  const periodo = periodoDeColumnas(1);
  const nodos: Plan['nodos'] = [];
  const metas = afirmaciones.map(({ relacion, valor, calculado }, i) => {
    const nodo = `N${i + 1}`;
    const a: Afirmacion = { magnitud, relacion, valor, texto: '' };
    a.texto = `${PALABRAS_RELACION[relacion]} ${formatearCifraAfirmacion(a, valor)}`.trim();
    nodos.push({ codigo: nodo, nombre: null, nivel: 0, padre: null, afirmaciones: [a] });
    const m = metaBase(String(i + 1), nodo);
    if (magnitud === 'inversion') m.inversion = calculado === null ? [] : [{ desde: periodo.desde, hasta: periodo.hasta, fuente: 'otros', valor: calculado }];
    else m.beneficiarios = calculado === null ? { estado: 'sin_dato', total: null, unidad: null, grupos: [] } : { estado: 'reportado', total: calculado, unidad: null, grupos: [] };
    return m;
  });
  return { ...planBase(metas, periodo), nodos };
}

export function indicadorDesdeValores(
  base: number | null,
  actual: number | null,
  meta: number | null,
  direccion: Direccion,
  tipoActual: 'nivel' | 'incremento',
): IndicadorResultado {
  return {
    codigo: 'IR',
    nombre: 'Indicador',
    unidad: null,
    lineaBase: { valor: base, anio: null },
    actual: { valor: actual, anio: null, tipo: tipoActual },
    meta: { valor: meta, anio: null },
    direccion,
  };
}
