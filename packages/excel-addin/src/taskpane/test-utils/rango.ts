/** A RangoLeido from plain cells, as leerLibro would return it (text = what Excel shows, "General" format). */
import type { RangoLeido } from '../rango-leido.js';

export function rangoDe(celdas: unknown[][], o: Partial<Omit<RangoLeido, 'valores'>> = {}): RangoLeido {
  return {
    hoja: o.hoja ?? 'Plan',
    tabla: o.tabla ?? null,
    fila0: o.fila0 ?? 0,
    columna0: o.columna0 ?? 0,
    valores: celdas,
    textos: o.textos ?? celdas.map((f) => f.map((v) => (v === null || v === undefined ? '' : String(v)))),
    formatos: o.formatos ?? celdas.map((f) => f.map(() => 'General')),
  };
}
