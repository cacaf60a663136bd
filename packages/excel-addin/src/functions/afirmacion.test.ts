import { describe, expect, it } from 'vitest';
import { pddAfirmacion } from './afirmacion.js';
import { verCelda, unica } from './test-utils.js';

describe('PDD.AFIRMACION', () => {
  it('«más de 700 empresarios» frente a 81: no se sostiene, con la razón de core', () => {
    expect(unica(pddAfirmacion('más de', 700, 81))).toBe('No se sostiene: Las metas del nivel dan 81 frente a «más de 700». La afirmación puede incluir metas de otro nivel o cifras no registradas por meta.');
  });

  it('«más de 2500 ciudadanos» frente a 2.551: se sostiene; con más de 25 % de margen, se sostiene con holgura', () => {
    expect(pddAfirmacion('más de', 2500, 2551)).toEqual([['Se sostiene']]);
    expect(unica(pddAfirmacion('superior a', 2_181_000_000, 3_338_290_000, 'pesos'))).toMatch(/^Se sostiene, con holgura: La afirmación se cumple, pero las metas del nivel dan \$\s3\.338,29 millones, 53\s% más que «más de \$\s2\.181 millones»/);
  });

  it('«supera los $13.843 millones» con $13.842,4 millones: no se sostiene, probable redondeo hacia arriba', () => {
    expect(unica(pddAfirmacion('supera los', 13_843_000_000, 13_842_400_000, 'inversión'))).toMatch(/^No se sostiene: .*Probable redondeo hacia arriba/);
  });

  it('menos de, igual (dentro del redondeo de la cifra) y aprox (5 %); también con símbolos', () => {
    expect(pddAfirmacion('menos de', 100, 90)).toEqual([['Se sostiene']]);
    expect(unica(pddAfirmacion('<', 100, 100))).toMatch(/^No se sostiene/);
    expect(pddAfirmacion('igual', 1150, 1150)).toEqual([['Se sostiene']]);
    expect(unica(pddAfirmacion('=', 1150, 1152))).toMatch(/^No se sostiene/);
    expect(pddAfirmacion('aprox', 1000, 1040)).toEqual([['Se sostiene']]);
    expect(unica(pddAfirmacion('~', 1000, 1100))).toMatch(/^No se sostiene/);
  });

  it('sin cifra calculada: #N/A «ND», nunca «se sostiene» frente a 0', () => {
    expect(verCelda(pddAfirmacion('menos de', 100, null)[0]?.[0])).toMatch(/^#N\/A: PDD\.AFIRMACION: ND \(sin dato\)\. Ninguna meta del nivel reporta esta cifra/);
    expect(verCelda(pddAfirmacion('más de', null, 5)[0]?.[0])).toBe('#N/A: PDD.AFIRMACION: ND (sin dato). No hay cifra afirmada con qué comparar.');
  });

  it('una columna de afirmaciones da una columna de veredictos; la relación, una celda o una por fila', () => {
    const r = pddAfirmacion([['más de'], ['menos de'], ['más de']], [[700], [100], [2500]], [[81], [90], [2551]]);
    expect(r.map((f) => String(f[0]).split(':')[0])).toEqual(['No se sostiene', 'Se sostiene', 'Se sostiene']);
    expect(pddAfirmacion('más de', [[10], [20]], [[11], [21]])).toEqual([['Se sostiene'], ['Se sostiene']]);
  });

  it('argumentos que no son lo esperado: #VALUE! que nombra el argumento y lo esperado', () => {
    expect(verCelda(pddAfirmacion('casi', 1, 1)[0]?.[0])).toMatch(/«relación»: se esperaba «más de».*; se encontró «casi»/);
    expect(verCelda(pddAfirmacion(null, 1, 1)[0]?.[0])).toMatch(/«relación»: se esperaba .*; se encontró una celda vacía/);
    expect(verCelda(pddAfirmacion('más de', [[1], [2]], [[1]])[0]?.[0])).toMatch(/«calculado»: se esperaba un rango del mismo tamaño que «cifra_afirmada» \(2 × 1\)/);
    expect(verCelda(pddAfirmacion('más de', 1, 1, 'dólares')[0]?.[0])).toMatch(/«magnitud»: se esperaba «cifra»/);
    expect(verCelda(pddAfirmacion('más de', 'mucho', 1)[0]?.[0])).toMatch(/«cifra_afirmada»/);
  });
});
