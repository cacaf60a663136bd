import { describe, it, expect } from 'vitest';
import {
  BANDAS_PREDETERMINADAS,
  bandasConCortes,
  clasificar,
  clasificarValor,
  ErrorBandas,
  estadosSemaforo,
  validarBandas,
  type ConfigBandas,
} from './semaforo.js';
import { razonContraste } from './contraste.js';
import { porcentajeCalculado, porcentajeNoCalculable, porcentajeNoProgramada, porcentajeSinDato } from './porcentaje.js';

const idDe = (v: number) => clasificar(porcentajeCalculado(v)).id;

describe('BANDAS_PREDETERMINADAS (DNP EDI eficacia)', () => {
  it('cuts at 40, 60, 70, 80 % with the lower bound inclusive', () => {
    expect(idDe(0)).toBe('critico');
    expect(idDe(0.399)).toBe('critico');
    expect(idDe(0.4)).toBe('bajo');
    expect(idDe(0.6)).toBe('medio');
    expect(idDe(0.7)).toBe('satisfactorio');
    expect(idDe(0.79)).toBe('satisfactorio');
    expect(idDe(0.8)).toBe('sobresaliente');
    expect(idDe(1)).toBe('sobresaliente');
  });
  it('names its source and the caveat that it is not confirmed', () => {
    expect(BANDAS_PREDETERMINADAS.fuente.es).toContain('no confirmados');
    expect(BANDAS_PREDETERMINADAS.fuente.en).toContain('not confirmed');
  });
  it('every colour has ≥ 3:1 against white and its text colour ≥ 4.5:1 on it', () => {
    for (const e of estadosSemaforo()) {
      expect(razonContraste(e.color, '#FFFFFF'), `${e.id} sobre blanco`).toBeGreaterThanOrEqual(3);
      expect(razonContraste(e.colorTexto, e.color), `texto de ${e.id}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('colours, shapes and labels are all distinct, so colour is never the only cue', () => {
    const estados = estadosSemaforo();
    expect(new Set(estados.map((e) => e.color)).size).toBe(estados.length);
    expect(new Set(estados.map((e) => e.forma)).size).toBe(estados.length);
    expect(new Set(estados.map((e) => e.etiqueta.es)).size).toBe(estados.length);
  });
  it('validates without errors or avisos', () => {
    expect(validarBandas(BANDAS_PREDETERMINADAS)).toEqual([]);
  });
});

describe('clasificar: special states', () => {
  it('over-execution is its own state but counts as the top band', () => {
    const e = clasificar(porcentajeCalculado(1.15));
    expect(e).toMatchObject({ id: 'sobre_ejecucion', especial: true, bandaConteo: 'sobresaliente' });
  });
  it('regression is its own state but counts as the lowest band', () => {
    expect(clasificar(porcentajeCalculado(-0.3))).toMatchObject({ id: 'retroceso', bandaConteo: 'critico' });
  });
  it('no_programada, sin_dato and no_calculable map to their states and count in no band', () => {
    expect(clasificar(porcentajeNoProgramada())).toMatchObject({ id: 'no_programada', bandaConteo: null });
    expect(clasificar(porcentajeSinDato('sin_ejecutado'))).toMatchObject({ id: 'sin_dato', bandaConteo: null });
    expect(clasificar(porcentajeNoCalculable('periodo_parcial'))).toMatchObject({ id: 'no_calculable', bandaConteo: null });
  });
  it('clasificarValor: null → sin_dato, a rolled-up value → its band', () => {
    expect(clasificarValor(null).id).toBe('sin_dato');
    expect(clasificarValor(0.65).id).toBe('medio');
  });
});

describe('entity cut-offs (bands are data)', () => {
  it('25/50/85 gives four bands with the entity cuts', () => {
    const c = bandasConCortes([0.25, 0.5, 0.85]);
    expect(c.bandas.map((b) => b.desde)).toEqual([0, 0.25, 0.5, 0.85]);
    expect(clasificar(porcentajeCalculado(0.84), c).id).not.toBe(clasificar(porcentajeCalculado(0.85), c).id);
    expect(clasificar(porcentajeCalculado(0.85), c).id).toBe('sobresaliente');
    expect(clasificar(porcentajeCalculado(0.2), c).id).toBe('critico');
  });
  it('unsorted cut-offs are rejected with a Spanish error naming the field', () => {
    expect(() => bandasConCortes([0.5, 0.25])).toThrow(ErrorBandas);
    try {
      bandasConCortes([0.5, 0.25]);
    } catch (e) {
      const err = e as ErrorBandas;
      expect(err.errores[0]?.codigo).toBe('bandas_desordenadas');
      expect(err.errores[0]?.ruta).toBe('bandas[2].desde');
      expect(err.message).toContain('ordene de menor a mayor');
    }
  });
  it('a negative or non-finite bound, a first band not at 0, or no bands are errors', () => {
    const base = BANDAS_PREDETERMINADAS.bandas;
    const con = (bandas: ConfigBandas['bandas']): ConfigBandas => ({ ...BANDAS_PREDETERMINADAS, bandas });
    expect(validarBandas(con([{ ...base[0]!, desde: -0.1 }])).map((e) => e.codigo)).toEqual(['banda_fuera_de_rango']);
    expect(validarBandas(con([{ ...base[0]!, desde: 0.1 }])).map((e) => e.codigo)).toEqual(['banda_sin_cero']);
    expect(validarBandas(con([base[0]!, { ...base[1]!, desde: Infinity }])).map((e) => e.codigo)).toEqual(['banda_fuera_de_rango']);
    expect(validarBandas(con([])).map((e) => e.codigo)).toEqual(['bandas_vacias']);
    expect(() => clasificar(porcentajeCalculado(0.5), con([]))).toThrow(/al menos una banda/);
  });
  it('bounds above 100 % are allowed ([0, ∞))', () => {
    const c = bandasConCortes([0.5, 1.2]);
    expect(validarBandas(c)).toEqual([]);
  });
  it('low contrast is reported as an aviso, in English when asked', () => {
    const c: ConfigBandas = { ...BANDAS_PREDETERMINADAS, bandas: [{ ...BANDAS_PREDETERMINADAS.bandas[0]!, color: '#FFFF00' }] };
    const avisos = validarBandas(c, 'en');
    expect(avisos.every((e) => e.severidad === 'aviso')).toBe(true);
    expect(avisos[0]?.mensaje).toContain('3:1');
  });
});

describe('bandasConCortes limits', () => {
  it('more than 4 cut-offs is an error naming the limit', () => {
    expect(() => bandasConCortes([0.1, 0.2, 0.3, 0.4, 0.5])).toThrow(/como máximo 4 cortes/);
  });
});
