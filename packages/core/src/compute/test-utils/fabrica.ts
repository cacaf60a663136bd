/** Small builders of valid plan pieces for compute tests (excluded from the build). */
import type { IndicadorResultado, Meta, Nodo, Plan, Seguimiento } from '../../schema/types.js';

/** One follow-up entry: `s(2024, 2024, 2, 1)` = 2024, programmed 2, executed 1. */
export function s(desde: number, hasta: number, programado: number | null, ejecutado: number | null): Seguimiento {
  return { desde, hasta, programado, ejecutado };
}

/** A yearly entry: `anio(2024, 2, 1)`. */
export function anio(a: number, programado: number | null, ejecutado: number | null): Seguimiento {
  return s(a, a, programado, ejecutado);
}

export function crearMeta(p: Partial<Meta> = {}): Meta {
  return {
    codigo: '1',
    nombre: 'Meta de prueba',
    indicador: null,
    unidad: null,
    nodo: 'A',
    secretaria: null,
    lineaBase: 0,
    metaCuatrienio: 4,
    tipo: 'incremento',
    acumulacion: 'acumulado',
    seguimiento: [],
    inversion: [],
    beneficiarios: { estado: 'sin_dato', total: null, unidad: null, grupos: [] },
    municipios: { alcance: 'sin_dato', codigos: [] },
    bpin: [],
    evidencia: { queSeHizo: null, como: null, conQuien: null, cuando: null, impacto: null, donde: null },
    reportado: { periodo: null, cumplimiento: null, avance: null, inversion: null, beneficiarios: null },
    ...p,
  };
}

export function crearNodo(codigo: string, nivel: number, padre: string | null, p: Partial<Nodo> = {}): Nodo {
  return { codigo, nombre: `Nodo ${codigo}`, nivel, padre, ...p };
}

export function crearPlan(p: Partial<Plan> = {}): Plan {
  return {
    version: 1,
    entidad: { nombre: 'Departamento de Prueba', tipo: 'departamento', divipola: '54' },
    plan: { nombre: 'Plan de prueba', inicio: 2024, fin: 2027 },
    corte: { nombre: '2024-2025', desde: 2024, hasta: 2025 },
    niveles: ['Línea', 'Componente', 'Apuesta'],
    nodos: [crearNodo('A', 0, null)],
    metas: [],
    ...p,
  };
}

export function crearIndicador(p: Partial<IndicadorResultado> = {}): IndicadorResultado {
  return {
    codigo: 'IR-1',
    nombre: 'Indicador de prueba',
    unidad: null,
    lineaBase: { valor: 10, anio: 2023 },
    actual: { valor: 12, anio: 2025, tipo: 'nivel' },
    meta: { valor: 20, anio: 2027 },
    direccion: 'mayor_es_mejor',
    ...p,
  };
}
