/** A valid plan that uses every field the CSV template carries (for io tests; excluded from the build). */
import type { Meta, Plan } from '../../schema/types.js';

export function metaCompleta(p: Partial<Meta> = {}): Meta {
  return {
    codigo: '1',
    nombre: 'Rondas de negociaciones organizadas y/o asistidas',
    indicador: 'Rondas de negociación apoyadas',
    unidad: 'Número',
    nodo: 'A1',
    secretaria: 'Secretaría de Desarrollo Económico',
    lineaBase: 0,
    metaCuatrienio: 3,
    tipo: 'incremento',
    acumulacion: 'acumulado',
    peso: 0.25,
    seguimiento: [
      { desde: 2024, hasta: 2024, programado: 1, ejecutado: 1 },
      { desde: 2025, hasta: 2025, programado: 1, ejecutado: 1.5 },
      { desde: 2026, hasta: 2027, programado: 1, ejecutado: null },
    ],
    inversion: [
      { desde: 2024, hasta: 2024, fuente: 'recursos_propios', valor: 376_000_000 },
      { desde: 2025, hasta: 2025, fuente: 'recursos_propios', valor: 400_000_000.5 },
      { desde: 2025, hasta: 2025, fuente: 'sgr', valor: null },
      { desde: 2024, hasta: 2025, fuente: 'Cooperación GIZ', valor: 12_345 },
    ],
    beneficiarios: {
      estado: 'reportado',
      total: 179,
      unidad: 'ciudadanos',
      grupos: [
        { grupo: 'mujeres', valor: 80 },
        { grupo: 'victimas', valor: null },
      ],
    },
    municipios: { alcance: 'municipal', codigos: ['54001', '54498', '05001'] },
    bpin: ['2024004540118', '20240045400002'],
    evidencia: {
      queSeHizo: 'Apoyo a 2 rondas; "comillas", punto y coma; y\nsalto de línea',
      como: '=SUMA(A1:A2) no es una fórmula',
      conQuien: 'Cámaras de Comercio de Cúcuta, Pamplona y Ocaña',
      cuando: '2024 y 2025',
      impacto: null,
      donde: 'Cúcuta',
    },
    reportado: { periodo: { desde: 2024, hasta: 2025 }, cumplimiento: 1, avance: 0.667, inversion: 776_000_000, beneficiarios: 179 },
    notas: ['Primera nota', '+ segunda nota'],
    ...p,
  };
}

export function planCompleto(p: Partial<Plan> = {}): Plan {
  return {
    version: 1,
    entidad: { nombre: 'Departamento de Norte de Santander', tipo: 'departamento', divipola: '54' },
    plan: { nombre: 'Norte, Territorio de Paz', inicio: 2024, fin: 2027 },
    corte: { nombre: 'Rendición de cuentas 2024-2025', desde: 2024, hasta: 2025, fecha: 'Noviembre de 2025' },
    niveles: ['Línea estratégica', 'Componente', 'Apuesta'],
    nodos: [
      { codigo: 'L1', nombre: null, nivel: 0, padre: null, peso: 1 },
      { codigo: 'C1', nombre: 'Desarrollo económico', nivel: 1, padre: 'L1' },
      { codigo: 'A1', nombre: 'Internacionalización de su economía', nivel: 2, padre: 'C1', peso: 0.5 },
      { codigo: 'A2', nombre: 'Acceso al crédito', nivel: 2, padre: 'C1', peso: null },
      // A node with no meta below: the CSV declares it with a row of levels only.
      { codigo: 'A3', nombre: 'Apuesta sin metas', nivel: 2, padre: 'C1' },
    ],
    metas: [
      metaCompleta(),
      metaCompleta({
        codigo: '2',
        nombre: 'Misiones comerciales',
        nodo: 'A2',
        tipo: 'mantenimiento',
        acumulacion: 'flujo',
        peso: null,
        lineaBase: -1.25,
        metaCuatrienio: 0.1 + 0.2,
        seguimiento: [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: 2 }],
        inversion: [],
        beneficiarios: { estado: 'no_aplica', total: null, unidad: null, grupos: [] },
        municipios: { alcance: 'departamental', codigos: [] },
        bpin: [],
        reportado: { periodo: null, cumplimiento: null, avance: null, inversion: null, beneficiarios: null },
        notas: undefined,
      }),
      metaCompleta({
        codigo: '3',
        nombre: 'Meta colgada de un componente',
        nodo: 'C1',
        tipo: 'reduccion',
        acumulacion: 'stock',
        lineaBase: 10,
        metaCuatrienio: 4,
        peso: undefined,
        seguimiento: [],
        inversion: [{ desde: 2024, hasta: 2024, fuente: 'sin_especificar', valor: 5 }],
        beneficiarios: { estado: 'sin_dato', total: null, unidad: 'personas', grupos: [] },
        municipios: { alcance: 'sin_dato', codigos: [] },
        notas: undefined,
      }),
    ],
    ...p,
  };
}
