import { BANDAS_PREDETERMINADAS, bandasConCortes, clasificar, porcentajeCalculado } from '@tablero-pdd/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pddSemaforo, pddSemaforoColor } from './semaforo.js';
import { verCelda, unica } from './test-utils.js';

describe('PDD.SEMAFORO', () => {
  it('nombra las bandas del DNP en sus bordes (80 % es sobresaliente, 79,9 % satisfactorio, 39,9 % crítico)', () => {
    expect(pddSemaforo([[0.8], [0.799], [0.7], [0.6], [0.4], [0.399], [0]])).toEqual([
      ['Sobresaliente'],
      ['Satisfactorio'],
      ['Satisfactorio'],
      ['Medio'],
      ['Bajo'],
      ['Crítico'],
      ['Crítico'],
    ]);
  });

  it('sobre-ejecución, retroceso, no programada («NA») y sin dato (vacío, «ND») quedan fuera de las bandas', () => {
    expect(pddSemaforo([[1.15, -0.2, 'NA', 'ND', null, '']])).toEqual([['Sobre-ejecución', 'Retroceso', 'No programada', 'Sin dato', 'Sin dato', 'Sin dato']]);
  });

  it('lee texto colombiano («66,7 %») y conserva la forma del rango', () => {
    expect(pddSemaforo([['66,7 %', 0.9], [0.1, 1]])).toEqual([
      ['Medio', 'Sobresaliente'],
      ['Crítico', 'Sobresaliente'],
    ]);
  });

  it('usa los cortes propios de la entidad (25/50/85 %)', () => {
    const cortes = [[0.25], [0.5], [0.85]];
    const config = bandasConCortes([0.25, 0.5, 0.85]);
    const valores = [0.1, 0.3, 0.6, 0.9];
    expect(pddSemaforo([valores], cortes)).toEqual([valores.map((v) => clasificar(porcentajeCalculado(v), config).nombre.es)]);
    expect(pddSemaforo([[0.9]], cortes)).not.toEqual(pddSemaforo([[0.6]], cortes));
  });

  it('cortes inválidos: #VALUE! que dice qué se esperaba', () => {
    const e = unica(pddSemaforo([[0.5]], [[0.5], [0.3]]));
    expect(verCelda(e)).toMatch(/^#VALUE!: PDD\.SEMAFORO, argumento «cortes»: se esperaba cortes válidos como proporciones crecientes/);
    const t = unica(pddSemaforo([['mucho']]));
    expect(verCelda(t)).toMatch(/argumento «porcentaje»: se esperaba un número .*se encontró «mucho»/);
  });

  it('SEMAFORO.COLOR da el color de core para cada estado', () => {
    const c = unica(pddSemaforoColor([[0.85]]));
    expect(c).toBe(clasificar(porcentajeCalculado(0.85), BANDAS_PREDETERMINADAS).color);
    expect(pddSemaforoColor([[null]])).toEqual([[BANDAS_PREDETERMINADAS.especiales.sin_dato.color]]);
  });

  it('coincide con clasificar() de core para cualquier proporción (propiedad)', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 3, noNaN: true }), (v) => {
        expect(pddSemaforo([[v]])).toEqual([[clasificar(porcentajeCalculado(v)).nombre.es]]);
      }),
    );
  });
});
