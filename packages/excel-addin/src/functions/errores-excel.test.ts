import { afterEach, describe, expect, it } from 'vitest';
import { ArgumentoInvalido, errorExcel, esErrorCelda, proteger } from './errores-excel.js';

describe('errores de Excel', () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it('fuera de Excel devuelve un objeto con la forma de CustomFunctions.Error', () => {
    const e = errorExcel('#N/A', 'ND (sin dato)');
    expect(e).toMatchObject({ code: '#N/A', message: 'ND (sin dato)' });
    expect(esErrorCelda(e)).toBe(true);
    expect(esErrorCelda({ code: 'x' })).toBe(false);
    expect(esErrorCelda(0)).toBe(false);
  });

  it('descarta el mensaje en los errores que Excel no deja explicar (#DIV/0!, #NUM!)', () => {
    expect(errorExcel('#DIV/0!', 'no se muestra').message).toBeUndefined();
    expect(errorExcel('#VALUE!', 'se muestra').message).toBe('se muestra');
  });

  it('dentro de Excel usa CustomFunctions.Error con el código del runtime', () => {
    class ErrorFalso {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: ErrorFalso,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
    };
    const e = errorExcel('#VALUE!', 'se esperaba un número');
    expect(e).toBeInstanceOf(ErrorFalso);
    expect(e).toMatchObject({ code: '#VALUE!', message: 'se esperaba un número' });
    expect(errorExcel('#DIV/0!')).toBeInstanceOf(ErrorFalso);
  });

  it('proteger nunca deja salir una excepción de JavaScript', () => {
    const r = proteger('PDD.PRUEBA', () => {
      throw new TypeError('x is undefined');
    });
    expect(r).toEqual([[expect.objectContaining({ code: '#VALUE!' })]]);
    expect((r as Array<Array<{ message: string }>>)[0]?.[0]?.message).toMatch(/^PDD\.PRUEBA: no se pudo calcular \(x is undefined\)/);
    const s = proteger('PDD.PRUEBA', () => {
      throw new ArgumentoInvalido(errorExcel('#N/A', 'propio'));
    });
    expect(s).toEqual([[expect.objectContaining({ code: '#N/A', message: 'propio' })]]);
    expect(proteger('PDD.PRUEBA', () => [[1]])).toEqual([[1]]);
  });
});
