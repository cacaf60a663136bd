import { describe, expect, it } from 'vitest';
import { partirReferencia, seleccionarReferencia } from './seleccionar.js';
import { LibroSimulado } from './test-utils/libro-simulado.js';

describe('seleccionar la celda de un error', () => {
  it('parte referencias con y sin comillas, de celda o de fila', () => {
    expect(partirReferencia('Plan!F12')).toEqual({ hoja: 'Plan', direccion: 'F12' });
    expect(partirReferencia("'Plan 2024'!12:12")).toEqual({ hoja: 'Plan 2024', direccion: '12:12' });
    expect(partirReferencia("'d''Ocaña'!A1")).toEqual({ hoja: "d'Ocaña", direccion: 'A1' });
    expect(partirReferencia('F12')).toBeNull();
    expect(partirReferencia('Plan!zz')).toBeNull();
  });

  it('activa la hoja y selecciona la celda en una solicitud', async () => {
    const l = new LibroSimulado({ hojas: [{ nombre: 'Resumen', celdas: [['x']] }, { nombre: 'Plan 2024', celdas: [['a', 'b'], ['c', 'd']] }], activa: 'Resumen' });
    const ok = await seleccionarReferencia(l.contexto as unknown as Parameters<typeof seleccionarReferencia>[0], "'Plan 2024'!B2");
    expect(ok).toBe(true);
    expect(l.activa).toBe('Plan 2024');
    expect(l.seleccion).toBe("'Plan 2024'!B2");
    expect(l.syncs).toBe(1);
  });
});
