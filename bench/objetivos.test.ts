import { describe, it, expect } from 'vitest';
import { crecimientoPorMeta, evaluar, OBJETIVOS } from './objetivos.js';
import type { ResultadoCompleto, ResultadoPequeno } from './resultados.js';

const pequeno = (medianaMs: number, validacion: ResultadoPequeno['validacion'] = 'generada', archivoMs = medianaMs): ResultadoPequeno => ({
  metas: 1000,
  origenCore: 'dist',
  validacion,
  repeticiones: 10,
  primeraMs: 50,
  medianaMs,
  medianaCpuMs: medianaMs,
  p90Ms: medianaMs,
  medianaValidarMs: medianaMs / 2,
  medianaResumirMs: medianaMs / 2,
  msPorMeta: medianaMs / 1000,
  archivo: { medianaMs: archivoMs, medianaCpuMs: archivoMs, msPorMeta: archivoMs / 1000 },
  nucleos: 1,
  rssPicoMB: 100,
});

const completo = (totalMs: number, rssPicoMB: number): ResultadoCompleto => ({
  metas: 500_000,
  bytes: 1,
  origenCore: 'dist',
  validacion: 'generada',
  lectura: 'al_leer',
  leerMs: 100,
  procesarMs: totalMs - 100,
  parsearMs: null,
  validarMs: null,
  resumirMs: null,
  totalMs,
  cpuMs: { leer: 100, procesar: totalMs - 100, parsear: null, validar: null, resumir: null, total: totalMs },
  nucleos: 1,
  rssPicoMB,
  memoria: [],
});

describe('evaluar', () => {
  it('un valor igual al objetivo cumple; uno apenas mayor no', () => {
    const v = evaluar(pequeno(OBJETIVOS.pequenoMs), completo(10_000.5, 1_500));
    const por = new Map(v.map((x) => [x.id, x]));
    expect(por.get('a_tiempo_generada')?.cumple).toBe(true);
    expect(por.get('b_tiempo_generada')).toMatchObject({ valor: 10.0005, unidad: 's', objetivo: 10, cumple: false });
    expect(por.get('b_memoria_generada')?.cumple).toBe(true);
  });

  it('juzga el crecimiento por meta desde el archivo: 16 ms por 1.000 metas frente a 8 s por 500.000 es ×1, en el límite', () => {
    const v = evaluar(pequeno(3, 'generada', 16), completo(8000, 900));
    expect(v.find((x) => x.id === 'crecimiento_generada')).toMatchObject({ valor: 1, cumple: true });
    const peor = evaluar(pequeno(3, 'generada', 16), completo(8000 * OBJETIVOS.crecimientoPorMeta + 1, 900));
    expect(peor.find((x) => x.id === 'crecimiento_generada')?.cumple).toBe(false);
  });

  it('sin una medición no inventa su veredicto', () => {
    expect(evaluar(null, null)).toEqual([]);
    expect(evaluar(pequeno(5), null).map((x) => x.id)).toEqual(['a_tiempo_generada']);
  });

  it('solo la validación predeterminada (generada) se juzga; la compilada y la interpretada son informativas', () => {
    expect(evaluar(pequeno(50, 'interpretada'), null)[0]).toMatchObject({ id: 'a_tiempo_interpretada', cumple: false, informativo: true });
    expect(evaluar(pequeno(50, 'compilada'), null)[0]).toMatchObject({ id: 'a_tiempo_compilada', cumple: false, informativo: true });
    expect(evaluar(pequeno(50), null)[0]).toMatchObject({ id: 'a_tiempo_generada', cumple: false, informativo: false });
  });

  it('no compara el crecimiento entre modos de validación distintos', () => {
    expect(() => evaluar(pequeno(5, 'interpretada'), completo(9000, 900))).toThrow(/misma validación/);
  });
});

describe('crecimientoPorMeta', () => {
  it('rechaza un tiempo por meta de (a) nulo o sin metas en (b), en vez de dividir por cero', () => {
    const archivo = (msPorMeta: number) => ({ archivo: { medianaMs: 1, medianaCpuMs: 1, msPorMeta } });
    expect(() => crecimientoPorMeta(archivo(0), { metas: 1, totalMs: 1 })).toThrow(/mayor que 0/);
    expect(() => crecimientoPorMeta(archivo(1), { metas: 0, totalMs: 1 })).toThrow(/debe tener metas/);
  });
});
