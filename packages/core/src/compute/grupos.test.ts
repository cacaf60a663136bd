import { describe, it, expect } from 'vitest';
import { GRUPOS_CANONICOS, reconocerGrupo } from './grupos.js';

describe('GRUPOS_CANONICOS', () => {
  it('has the 17 groups, each labelled in both languages', () => {
    expect(Object.keys(GRUPOS_CANONICOS)).toHaveLength(17);
    for (const t of Object.values(GRUPOS_CANONICOS)) expect(t.es && t.en).toBeTruthy();
  });
  it('recognises names in words, accents and case aside; unknown groups keep their text', () => {
    expect(reconocerGrupo('Víctimas del conflicto armado').grupo).toBe('victimas');
    expect(reconocerGrupo('Mujeres cabeza de hogar').grupo).toBe('mujeres_jefas_hogar');
    expect(reconocerGrupo('LGBTIQ+').grupo).toBe('lgbtiq');
    expect(reconocerGrupo('Personas en condición de discapacidad').grupo).toBe('discapacidad');
    expect(reconocerGrupo('Recicladores')).toEqual({ grupo: 'Recicladores', etiqueta: { es: 'Recicladores', en: 'Recicladores' }, canonico: false });
  });
});
