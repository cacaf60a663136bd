import { describe, it, expect } from 'vitest';
import { crecimientoPorMeta, evaluar, OBJETIVOS } from './objetivos.js';
import type { ResultadoCompleto, ResultadoPequeno } from './resultados.js';

const pequeno = (medianaMs: number, validacion: ResultadoPequeno['validacion'] = 'generada'): ResultadoPequeno => ({
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
  rssPicoMB: 100,
});

const completo = (totalMs: number, rssPicoMB: number, validarMs: number, resumirMs: number): ResultadoCompleto => ({
  metas: 500_000,
  bytes: 1,
  origenCore: 'dist',
  validacion: 'generada',
  lectura: 'por_partes',
  leerMs: 0,
  parsearMs: totalMs - validarMs - resumirMs,
  validarMs,
  resumirMs,
  totalMs,
  cpuMs: { leer: 0, parsear: 0, validar: validarMs, resumir: resumirMs, total: totalMs },
  rssPicoMB,
  memoria: [],
});

describe('evaluar', () => {
  it('un valor igual al objetivo cumple; uno apenas mayor no', () => {
    const v = evaluar(pequeno(OBJETIVOS.pequenoMs), completo(10_000.5, 1_500, 1000, 1000));
    const por = new Map(v.map((x) => [x.id, x]));
    expect(por.get('a_tiempo_generada')?.cumple).toBe(true);
    expect(por.get('b_tiempo_generada')).toMatchObject({ valor: 10.0005, unidad: 's', objetivo: 10, cumple: false });
    expect(por.get('b_memoria_generada')?.cumple).toBe(true);
  });

  it('juzga el crecimiento por meta: 8 ms / 1.000 metas frente a 8 s / 500.000 es ×2, en el límite', () => {
    const v = evaluar(pequeno(8), completo(9000, 900, 4000, 4000));
    expect(v.find((x) => x.id === 'crecimiento_generada')).toMatchObject({ valor: 2, cumple: true });
    const peor = evaluar(pequeno(8), completo(9000, 900, 4000, 4001));
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
    expect(() => evaluar(pequeno(5, 'interpretada'), completo(9000, 900, 4000, 4000))).toThrow(/misma validación/);
  });
});

describe('crecimientoPorMeta', () => {
  it('rechaza un tiempo por meta de (a) nulo o sin metas en (b), en vez de dividir por cero', () => {
    expect(() => crecimientoPorMeta({ msPorMeta: 0 }, { metas: 1, validarMs: 1, resumirMs: 1 })).toThrow(/mayor que 0/);
    expect(() => crecimientoPorMeta({ msPorMeta: 1 }, { metas: 0, validarMs: 1, resumirMs: 1 })).toThrow(/debe tener metas/);
  });
});
