import { describe, expect, it } from 'vitest';
import { pddConciliar, TEXTO_COINCIDE } from './conciliar.js';
import { verCelda, unica } from './test-utils.js';

describe('PDD.CONCILIAR', () => {
  it('«96 %» impreso coincide con 95,5 %–96,5 % calculado, no con 97 %', () => {
    expect(pddConciliar(0.96, 0.9594)).toEqual([[TEXTO_COINCIDE]]);
    const r = unica(pddConciliar(0.96, 0.97));
    expect(r).toMatch(/^No coincide: El 96(,00)?\s% impreso no coincide/);
  });

  it('«66,7 %» admite solo ±0,05 puntos', () => {
    expect(pddConciliar(0.667, 2 / 3)).toEqual([[TEXTO_COINCIDE]]);
    expect(pddConciliar(0.667, 0.6664)[0]?.[0]).toMatch(/^No coincide/);
  });

  it('un 100 % impreso sobre una sobre-ejecución es un aviso (tope en el informe)', () => {
    expect(pddConciliar(1, 1.15)[0]?.[0]).toMatch(/^Coincide con aviso: El informe imprime 100(,00)?\s% con tope/);
  });

  it('la tolerancia se suma al redondeo', () => {
    expect(pddConciliar(0.96, 0.97, 0.01)).toEqual([[TEXTO_COINCIDE]]);
  });

  it('inversión impresa en millones y beneficiarios', () => {
    expect(pddConciliar(601_400_000, 601_420_000, null, 'millones')).toEqual([[TEXTO_COINCIDE]]);
    expect(pddConciliar(601_400_000, 610_000_000, null, 'inversión')[0]?.[0]).toMatch(/^No coincide: La suma de la inversión/);
    expect(pddConciliar(179, 179, null, 'beneficiarios')).toEqual([[TEXTO_COINCIDE]]);
    expect(pddConciliar(179, 180, null, 'cifra')[0]?.[0]).toMatch(/^No coincide/);
  });

  it('sin cifra calculada o reportada: #N/A «ND», nunca «Coincide»', () => {
    expect(verCelda(pddConciliar(0.96, null)[0]?.[0])).toMatch(/^#N\/A: PDD\.CONCILIAR: ND \(sin dato\)\. No se puede verificar/);
    expect(verCelda(pddConciliar(null, 0.96)[0]?.[0])).toBe('#N/A: PDD.CONCILIAR: ND (sin dato). No hay cifra reportada con qué comparar.');
  });

  it('una columna de cifras da una columna de resultados; tamaños distintos: #VALUE!', () => {
    const r = pddConciliar([[1], [0.96], [0.5]], [[1], [0.96], [0.6]]);
    expect(r.map((f) => String(f[0]).slice(0, 11))).toEqual(['Coincide', 'Coincide', 'No coincide']);
    expect(verCelda(pddConciliar([[1], [2]], [[1]])[0]?.[0])).toMatch(/«calculado»: se esperaba un rango del mismo tamaño que «reportado» \(2 × 1\)/);
    expect(verCelda(pddConciliar(1, 1, null, 'dólares')[0]?.[0])).toMatch(/«cifra»: se esperaba «porcentaje»/);
  });
});
