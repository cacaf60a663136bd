import { describe, expect, it } from 'vitest';
import { pddIndicador } from './indicador.js';
import { verCelda, unica } from './test-utils.js';

describe('PDD.INDICADOR', () => {
  it('un escalafón (menor es mejor): del puesto 23 al 22 con meta 20 es un tercio del camino', () => {
    const v = unica(pddIndicador(23, 22, 20, 'menor_es_mejor'));
    expect(v).toBeCloseTo(1 / 3, 12);
  });

  it('pasar del puesto 15 al 17 con meta 12 es retroceso negativo (−2/3)', () => {
    const v = unica(pddIndicador(15, 17, 12, 'ranking'));
    expect(v).toBeCloseTo(-2 / 3, 12);
  });

  it('mayor es mejor, y un valor actual dado como incremento sobre la base', () => {
    expect(pddIndicador(100, 150, 200, 'Incremento')).toEqual([[0.5]]);
    expect(pddIndicador(100, 50, 200, 'mayor_es_mejor', 'incremento')).toEqual([[0.5]]);
  });

  it('una fila por indicador, con dirección por fila', () => {
    const r = pddIndicador([[23], [2378]], [[22], [664]], [[20], [3500]], [['menor_es_mejor'], ['mayor_es_mejor']]);
    expect(r[0]?.[0]).toBeCloseTo(1 / 3, 12);
    expect(r[1]?.[0]).toBeCloseTo((664 - 2378) / (3500 - 2378), 10);
  });

  it('estados sin número: ND, meta igual a la base (#DIV/0!), dirección contraria a la meta', () => {
    expect(verCelda(pddIndicador(null, 22, 20, 'menor_es_mejor')[0]?.[0])).toBe('#N/A: PDD.INDICADOR: ND (sin dato): falta la línea base.');
    expect(verCelda(pddIndicador(20, 22, 20, 'menor_es_mejor')[0]?.[0])).toBe('#DIV/0!');
    expect(verCelda(pddIndicador(23, 22, 20, 'mayor_es_mejor')[0]?.[0])).toMatch(/^#VALUE!: PDD\.INDICADOR: la meta está del lado contrario/);
  });

  it('dirección vacía o desconocida: #VALUE! que dice qué escribir', () => {
    expect(verCelda(pddIndicador(23, 22, 20, null)[0]?.[0])).toMatch(/«dirección»: se esperaba «mayor_es_mejor» .* se encontró una celda vacía/);
    expect(verCelda(pddIndicador(23, 22, 20, 'subir')[0]?.[0])).toMatch(/se encontró «subir»/);
  });
});
