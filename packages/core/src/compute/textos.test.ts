import { describe, it, expect } from 'vitest';
import { TEXTOS_AVISO, TEXTOS_MOTIVO, textoMotivo } from './textos.js';
import { porcentajeNoProgramada } from './porcentaje.js';

describe('textos', () => {
  it('every aviso and motivo has a non-empty sentence in both languages', () => {
    for (const t of [...Object.values(TEXTOS_AVISO), ...Object.values(TEXTOS_MOTIVO)]) {
      expect(t.es.length).toBeGreaterThan(10);
      expect(t.en.length).toBeGreaterThan(10);
      expect(t.es).not.toBe(t.en);
    }
  });
  it('textoMotivo explains no_programada as NP, in Spanish and English', () => {
    expect(textoMotivo(porcentajeNoProgramada())).toContain('NP');
    expect(textoMotivo(porcentajeNoProgramada(), 'en')).toContain('Nothing was programmed');
  });
});
