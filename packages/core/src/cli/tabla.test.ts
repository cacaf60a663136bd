import { describe, it, expect } from 'vitest';
import { tabla } from './tabla.js';

describe('tabla', () => {
  it('ancho de columna: la celda más ancha, cabecera incluida; números a la derecha', () => {
    expect(tabla(['Nivel', 'n'], [['Línea', '12'], ['L', '3']], [false, true])).toBe('Nivel   n\n-----  --\nLínea  12\nL       3\n');
  });

  it('un plan del tamaño del país (200.000 filas) no agota la pila', () => {
    const filas = Array.from({ length: 200_000 }, (_, i) => [`N${i}`, String(i)]);
    const t = tabla(['Nodo', 'Metas'], filas, [false, true]);
    expect(t.split('\n')).toHaveLength(200_003);
    // The widest cells are "N199999" and "199999": 7 and 6 characters.
    expect(t.split('\n')[1]).toBe('-------  ------');
  });
});
