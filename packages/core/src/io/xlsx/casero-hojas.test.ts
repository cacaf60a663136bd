import { describe, expect, it } from 'vitest';
import { seleccionarHojas } from './casero-hojas.js';

const h = (nombre: string, ...claves: string[]) => ({ nombre, claves: new Set(claves) });

describe('seleccionarHojas: consolidada o por secretaría, nunca ambas', () => {
  it('una hoja que contiene las metas de las demás es la consolidada', () => {
    expect(seleccionarHojas([h('Salud', 'a', 'b'), h('Consolidado', 'a', 'b', 'c', 'd'), h('Educación', 'c', 'd')])).toEqual({
      tipo: 'consolidada',
      hojas: ['Consolidado'],
      contenidas: ['Salud', 'Educación'],
    });
  });
  it('hojas sin metas en común son por secretaría: todas', () => {
    expect(seleccionarHojas([h('Salud', 'a'), h('Educación', 'b')])).toEqual({ tipo: 'por_secretaria', hojas: ['Salud', 'Educación'] });
  });
  it('superposición parcial: ambigua, con lo compartido', () => {
    const r = seleccionarHojas([h('A', 'a', 'b'), h('B', 'b', 'c')]);
    expect(r).toEqual({ tipo: 'ambigua', compartidas: [{ a: 'A', b: 'B', n: 1 }] });
  });
  it('dos hojas idénticas no son consolidada de nada: ambigua', () => {
    expect(seleccionarHojas([h('A', 'a'), h('B', 'a')]).tipo).toBe('ambigua');
  });
  it('una sola hoja con metas', () => {
    expect(seleccionarHojas([h('Notas'), h('Metas', 'a')])).toEqual({ tipo: 'una', hojas: ['Metas'] });
  });
});
