import { formatearMillones, formatearPorcentaje } from '@tablero-pdd/core';
import { describe, expect, it } from 'vitest';
import { pddFormato } from './formato.js';
import { verCelda } from './test-utils.js';

describe('PDD.FORMATO', () => {
  it('porcentaje es-CO con espacio duro, millones y pesos', () => {
    expect(pddFormato(0.667, 'porcentaje')).toEqual([['66,7\u00a0%']]);
    expect(pddFormato(776_000_000, 'millones')).toEqual([['$\u00a0776 millones']]);
    expect(pddFormato(1_234_567, 'Pesos')).toEqual([['$\u00a01.234.567']]);
    expect(pddFormato(1234.5, 'número')).toEqual([['1.234,5']]);
  });

  it('vacío es «sin dato», nunca «0 %»', () => {
    expect(pddFormato([[null, 0]], 'porcentaje')).toEqual([['sin dato', '0\u00a0%']]);
  });

  it('decimales fijos y la forma del rango se conservan; igual a los formateadores de core', () => {
    expect(pddFormato([[0.5], [13_842_400_000]], 'millones', 2)).toEqual([
      [formatearMillones(0.5, { decimales: 2, minDecimales: 2 })],
      [formatearMillones(13_842_400_000, { decimales: 2, minDecimales: 2 })],
    ]);
    expect(pddFormato([[0.96]], null)).toEqual([[formatearPorcentaje(0.96)]]);
  });

  it('formato o decimales inválidos: #VALUE!', () => {
    expect(verCelda(pddFormato(1, 'dólares')[0]?.[0])).toMatch(/«formato»: se esperaba «porcentaje», «pesos», «millones» o «numero»; se encontró «dólares»/);
    expect(verCelda(pddFormato(1, 'pesos', 1.5)[0]?.[0])).toMatch(/«decimales»: se esperaba un número entero de 0 a 6/);
  });
});
