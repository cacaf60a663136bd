import type { Meta, Plan } from '@tablero-pdd/core';

/**
 * The small plan the widgets rehearse with while a page waits for its own (see ensayo.ts). It is never shown:
 * its figures stand for nothing and are not taken from any report. It only has to walk the paths a real plan
 * walks (three levels, a meta with yearly figures, investment by source, beneficiaries by group and
 * municipalities, one with nothing reported, a printed figure that differs, a claim, a result indicator), so
 * that the first render with real data finds those paths compiled and their templates prepared.
 */
export function planEnsayo(): Plan {
  const anual = (anio: number, programado: number | null, ejecutado: number | null) => ({ desde: anio, hasta: anio, programado, ejecutado });
  const meta = (codigo: string, tipo: Meta['tipo'], acumulacion: Meta['acumulacion'], conDatos: boolean): Meta => ({
    codigo,
    nombre: `Meta ${codigo}`,
    indicador: 'Indicador',
    unidad: 'Número',
    nodo: 'A1',
    secretaria: 'Secretaría',
    lineaBase: conDatos ? 1 : null,
    metaCuatrienio: conDatos ? 4 : null,
    tipo,
    acumulacion,
    seguimiento: conDatos ? [anual(2024, 1, 1), anual(2025, 1, 2), anual(2026, 1, null)] : [anual(2024, null, null)],
    inversion: conDatos
      ? [
          { desde: 2024, hasta: 2024, fuente: 'recursos_propios', valor: 1000 },
          { desde: 2025, hasta: 2025, fuente: 'sgp', valor: 2000 },
        ]
      : [],
    beneficiarios: conDatos
      ? { estado: 'reportado', total: 10, unidad: 'personas', grupos: [{ grupo: 'Mujeres', valor: 6 }, { grupo: 'Hombres', valor: 4 }] }
      : { estado: 'sin_dato', total: null, grupos: [] },
    municipios: conDatos ? { alcance: 'municipal', codigos: ['54001', '54498'] } : { alcance: 'sin_dato', codigos: [] },
    bpin: [],
    evidencia: { queSeHizo: conDatos ? 'Texto' : null, como: null, conQuien: null, cuando: null, impacto: null, donde: null },
    reportado: { periodo: { desde: 2024, hasta: 2025 }, cumplimiento: conDatos ? 0.5 : null, avance: null, inversion: conDatos ? 3000 : null, beneficiarios: null },
  });
  return {
    version: 1,
    entidad: { nombre: 'Ensayo', tipo: 'departamento', divipola: '54' },
    plan: { nombre: 'Ensayo', inicio: 2024, fin: 2027 },
    corte: { nombre: 'Ensayo', desde: 2024, hasta: 2025 },
    niveles: ['Línea', 'Componente', 'Apuesta'],
    nodos: [
      { codigo: 'L1', nombre: 'Línea', nivel: 0, padre: null },
      { codigo: 'C1', nombre: 'Componente', nivel: 1, padre: 'L1' },
      {
        codigo: 'A1',
        nombre: 'Apuesta',
        nivel: 2,
        padre: 'C1',
        afirmaciones: [{ magnitud: 'beneficiarios', relacion: 'mas_de', valor: 5, texto: 'más de 5', traza: { fuente: 'Ensayo', cita: 'más de 5' } }],
      },
    ],
    metas: [meta('1', 'incremento', 'acumulado', true), meta('2', 'mantenimiento', 'flujo', false)],
    indicadoresResultado: [
      {
        codigo: 'R1',
        nombre: 'Indicador de resultado',
        unidad: 'Puesto',
        lineaBase: { valor: 10, anio: 2023 },
        actual: { valor: 8, anio: 2025, tipo: 'nivel' },
        meta: { valor: 5, anio: 2027 },
        direccion: 'menor_es_mejor',
      },
    ],
  };
}
