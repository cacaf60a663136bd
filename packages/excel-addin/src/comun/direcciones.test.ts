import { describe, expect, it } from 'vitest';
import { analizarDireccion, indiceColumna, letraColumna, prefijoHoja, referenciaCelda, referenciaRango } from './direcciones.js';

describe('direcciones A1', () => {
  it('convierte columnas a letras y de vuelta (A, Z, AA, XFD)', () => {
    expect([0, 25, 26, 51, 701, 702, 16383].map(letraColumna)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
    for (const c of [0, 25, 26, 51, 701, 702, 16383]) expect(indiceColumna(letraColumna(c))).toBe(c);
    expect(indiceColumna('A1')).toBeNull();
  });

  it('deja sin comillas los nombres simples y cita los demás, duplicando el apóstrofo', () => {
    expect(prefijoHoja('Plan')).toBe('Plan');
    expect(prefijoHoja('Resumen_PDD')).toBe('Resumen_PDD');
    expect(prefijoHoja('Plan 2024')).toBe("'Plan 2024'");
    expect(prefijoHoja("Metas d'Ocaña")).toBe("'Metas d''Ocaña'");
    // A name that reads as a cell reference must be quoted, or Excel takes it for the cell.
    expect(prefijoHoja('AB12')).toBe("'AB12'");
    expect(prefijoHoja('2024')).toBe("'2024'");
  });

  it('escribe celdas y rangos como en el ejemplo del issue (Plan!F12)', () => {
    expect(referenciaCelda('Plan', 11, 5)).toBe('Plan!F12');
    expect(referenciaRango('Plan 2024', 1, 1, 3, 4)).toBe("'Plan 2024'!B2:E4");
    expect(referenciaRango('Plan', 0, 0, 1, 1)).toBe('Plan!A1');
  });

  it('analiza la esquina superior izquierda de una dirección de Excel', () => {
    expect(analizarDireccion('Plan!F2:I20')).toEqual({ hoja: 'Plan', fila: 1, columna: 5 });
    expect(analizarDireccion("'Plan 2024'!$B$3")).toEqual({ hoja: 'Plan 2024', fila: 2, columna: 1 });
    expect(analizarDireccion("'d''Ocaña'!A1")).toEqual({ hoja: "d'Ocaña", fila: 0, columna: 0 });
    expect(analizarDireccion('C7')).toEqual({ hoja: null, fila: 6, columna: 2 });
    expect(analizarDireccion('no es una dirección')).toBeNull();
  });
});
