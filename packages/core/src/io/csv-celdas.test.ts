import { describe, it, expect } from 'vitest';
import {
  leerCeldaAcumulacion,
  leerCeldaAlcance,
  leerCeldaBeneficiarios,
  leerCeldaBpin,
  leerCeldaDivipola,
  leerCeldaNotas,
  leerCeldaNumero,
  leerCeldaPeriodo,
  leerCeldaPorcentaje,
  leerCeldaTexto,
  leerCeldaTipo,
} from './csv-celdas.js';

const valor = <T>(l: { ok: true; valor: T } | { ok: false }) => (l.ok ? l.valor : 'ERROR');

describe('leerCeldaNumero', () => {
  it('coma decimal y punto de miles', () => {
    expect(valor(leerCeldaNumero('1.234,5', 'es'))).toBe(1234.5);
    expect(valor(leerCeldaNumero(' 776.000.000 ', 'es'))).toBe(776_000_000);
    expect(valor(leerCeldaNumero('$ 99,2', 'es'))).toBe(99.2);
  });
  it('vacío = null, nunca 0', () => {
    expect(leerCeldaNumero('', 'es')).toEqual({ ok: true, valor: null, explicito: false });
    expect(leerCeldaNumero(undefined, 'es')).toEqual({ ok: true, valor: null, explicito: false });
  });
  it.each(['ND', 'NA', 'N/A', 'n.d.', 'sin dato', 'Sin datos', 'no reportado'])('«%s» = null marcado como explícito', (c) => {
    expect(leerCeldaNumero(c, 'es')).toEqual({ ok: true, valor: null, explicito: true });
  });
  it('texto en una celda numérica: error que dice qué se esperaba', () => {
    const r = leerCeldaNumero('tres', 'es');
    expect(r).toEqual({ ok: false, esperado: 'un número (p. ej. 1.234,5), vacío o «ND»' });
    expect(leerCeldaNumero('tres', 'en')).toEqual({ ok: false, esperado: 'a number (e.g. 1,234.5), empty or "ND"' });
  });
  it('un error de fórmula no es un valor ni un null silencioso', () => {
    expect(leerCeldaNumero('#DIV/0!', 'es').ok).toBe(false);
    expect(leerCeldaNumero('#N/A', 'es').ok).toBe(false);
  });
});

describe('leerCeldaPorcentaje', () => {
  it('"66,7%" y "66,7 %" son la proporción 0,667', () => {
    expect(valor(leerCeldaPorcentaje('66,7%', 'es'))).toBeCloseTo(0.667, 12);
    expect(valor(leerCeldaPorcentaje('66,7 %', 'es'))).toBeCloseTo(0.667, 12);
    expect(valor(leerCeldaPorcentaje('115%', 'es'))).toBeCloseTo(1.15, 12);
  });
  it('sin signo se lee como proporción', () => {
    expect(valor(leerCeldaPorcentaje('0,667', 'es'))).toBe(0.667);
    expect(valor(leerCeldaPorcentaje('1,15', 'es'))).toBe(1.15);
  });
  it('66,7 sin signo sería 6.670 %: error, no un número equivocado', () => {
    expect(leerCeldaPorcentaje('66,7', 'es').ok).toBe(false);
    expect(leerCeldaPorcentaje('100', 'es').ok).toBe(false);
  });
});

describe('celdas con lista de valores', () => {
  it('tipo: mayúsculas y tildes no importan; sinónimos', () => {
    expect(valor(leerCeldaTipo('REDUCCIÓN', 'es'))).toBe('reduccion');
    expect(valor(leerCeldaTipo('Incremento', 'es'))).toBe('incremento');
    expect(valor(leerCeldaTipo('Disminución', 'es'))).toBe('reduccion');
    expect(valor(leerCeldaTipo('Maintenance', 'en'))).toBe('mantenimiento');
  });
  it('tipo desconocido o vacío: error con los valores admitidos', () => {
    expect(leerCeldaTipo('creciente', 'es')).toEqual({ ok: false, esperado: 'uno de: incremento, mantenimiento, reduccion' });
    expect(leerCeldaTipo('', 'es').ok).toBe(false);
  });
  it('acumulación: vocabulario de SisPT y del DNP', () => {
    expect(valor(leerCeldaAcumulacion('Acumulativo', 'es'))).toBe('acumulado');
    expect(valor(leerCeldaAcumulacion('No acumulativo', 'es'))).toBe('flujo');
    expect(valor(leerCeldaAcumulacion('Sí', 'es'))).toBe('acumulado');
    expect(valor(leerCeldaAcumulacion('Capacidad', 'es'))).toBe('stock');
  });
  it('alcance: vacío = sin decir (null), «Sin dato» = sin_dato', () => {
    expect(valor(leerCeldaAlcance('', 'es'))).toBeNull();
    expect(valor(leerCeldaAlcance('Sin dato', 'es'))).toBe('sin_dato');
    expect(valor(leerCeldaAlcance('Departamental', 'es'))).toBe('departamental');
    expect(leerCeldaAlcance('regional', 'es').ok).toBe(false);
  });
});

describe('otras celdas', () => {
  it('periodo', () => {
    expect(valor(leerCeldaPeriodo('2024-2025', 'es'))).toEqual({ desde: 2024, hasta: 2025 });
    expect(valor(leerCeldaPeriodo('2024 a 2025', 'es'))).toEqual({ desde: 2024, hasta: 2025 });
    expect(valor(leerCeldaPeriodo('2025', 'es'))).toEqual({ desde: 2025, hasta: 2025 });
    expect(leerCeldaPeriodo('el año pasado', 'es').ok).toBe(false);
  });
  it('DIVIPOLA: repone el cero que la hoja quitó', () => {
    expect(valor(leerCeldaDivipola('5001', 'es'))).toBe('05001');
    expect(valor(leerCeldaDivipola('5', 'es'))).toBe('05');
    expect(valor(leerCeldaDivipola('54', 'es'))).toBe('54');
    expect(leerCeldaDivipola('540', 'es').ok).toBe(false);
  });
  it('BPIN: solo dígitos; la notación científica de Excel es un error', () => {
    expect(valor(leerCeldaBpin('2024004540118; 20240045400002', 'es'))).toEqual(['2024004540118', '20240045400002']);
    expect(leerCeldaBpin('2,02E+13', 'es').ok).toBe(false);
    expect(valor(leerCeldaBpin('', 'es'))).toEqual([]);
  });
  it('beneficiarios: número, vacío (sin dato) o «No aplica»', () => {
    expect(valor(leerCeldaBeneficiarios('1.649', 'es'))).toEqual({ estado: 'reportado', total: 1649 });
    expect(valor(leerCeldaBeneficiarios('0', 'es'))).toEqual({ estado: 'reportado', total: 0 });
    expect(valor(leerCeldaBeneficiarios('', 'es'))).toEqual({ estado: 'sin_dato', total: null });
    expect(valor(leerCeldaBeneficiarios('No aplica por la naturaleza de la meta', 'es'))).toEqual({ estado: 'no_aplica', total: null });
    expect(valor(leerCeldaBeneficiarios('N/A', 'es'))).toEqual({ estado: 'no_aplica', total: null });
    expect(leerCeldaBeneficiarios('muchos', 'es').ok).toBe(false);
  });
  it('texto: recorta, quita _x000D_ y el apóstrofo que protege de fórmulas', () => {
    expect(valor(leerCeldaTexto('  hola_x000D_ '))).toBe('hola');
    expect(valor(leerCeldaTexto("'=SUMA(A1)"))).toBe('=SUMA(A1)');
    expect(valor(leerCeldaTexto('ND'))).toBeNull();
  });
  it('notas: una por línea', () => {
    expect(leerCeldaNotas('uno\r\n\n dos ')).toEqual(['uno', 'dos']);
  });
});
