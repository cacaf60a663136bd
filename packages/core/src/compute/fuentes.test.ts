import { describe, it, expect } from 'vitest';
import { FUENTES_CANONICAS, reconocerFuente } from './fuentes.js';

describe('FUENTES_CANONICAS', () => {
  it("follows SisPT's order and every SGP item belongs to sgp", () => {
    const ids = Object.keys(FUENTES_CANONICAS);
    expect(ids[0]).toBe('recursos_propios');
    expect(ids.indexOf('sgr')).toBeGreaterThan(ids.indexOf('sgp_apsb'));
    expect(ids.slice(-2)).toEqual(['otros', 'sin_especificar']);
    for (const id of ids.filter((i) => i.startsWith('sgp_'))) {
      expect(FUENTES_CANONICAS[id as keyof typeof FUENTES_CANONICAS].grupo).toBe('sgp');
    }
  });
});

describe('reconocerFuente', () => {
  it('recognises ids and names in words, with or without accents', () => {
    expect(reconocerFuente('sgr').fuente).toBe('sgr');
    expect(reconocerFuente('Sistema General de Regalías').fuente).toBe('sgr');
    expect(reconocerFuente('Recursos Propios').fuente).toBe('recursos_propios');
    expect(reconocerFuente('SGP - Educación').fuente).toBe('sgp_educacion');
    expect(reconocerFuente('SGP APSB')).toMatchObject({ fuente: 'sgp_apsb', grupo: 'sgp' });
    expect(reconocerFuente('Transferencias de capital - Cofinanciación nación').fuente).toBe('cofinanciacion_nacion');
  });
  it('keeps an unknown source as its own bucket, labelled with its own text', () => {
    expect(reconocerFuente('Estampilla Pro Cultura')).toEqual({
      fuente: 'Estampilla Pro Cultura',
      etiqueta: { es: 'Estampilla Pro Cultura', en: 'Estampilla Pro Cultura' },
      canonica: false,
      grupo: null,
    });
  });
});
