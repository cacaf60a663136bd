/**
 * What the map needs per geometry, built once per projection: display names, document order (by name, so
 * the listbox a screen reader walks and the "ver tabla" table share one order) and keyboard order.
 */
import { compararTexto, nombreMunicipio } from '@tablero-pdd/core';
import { nombrePropio } from './nombre-propio.js';
import { ordenTeclado, type OrdenTeclado } from './orden-teclado.js';
import type { MunicipioProyectado, Proyeccion } from './proyeccion.js';

export interface IndiceMapa {
  porNombre: MunicipioProyectado[];
  porCodigo: Map<string, MunicipioProyectado>;
  orden: OrdenTeclado;
}

const memoria = new WeakMap<Proyeccion, IndiceMapa>();
const nombres = new Map<string, string>();

/** "San José de Cúcuta" for 54001; the code itself when DIVIPOLA has no such municipality. */
export function nombreVisible(codigo: string): string {
  let n = nombres.get(codigo);
  if (n === undefined) {
    const oficial = nombreMunicipio(codigo);
    n = oficial === null ? codigo : nombrePropio(oficial);
    nombres.set(codigo, n);
  }
  return n;
}

export function indiceMapa(p: Proyeccion): IndiceMapa {
  let i = memoria.get(p);
  if (!i) {
    const porNombre = [...p.municipios].sort((a, b) => compararTexto(nombreVisible(a.codigo), nombreVisible(b.codigo)) || (a.codigo < b.codigo ? -1 : 1));
    i = { porNombre, porCodigo: new Map(p.municipios.map((m) => [m.codigo, m])), orden: ordenTeclado(p.municipios) };
    memoria.set(p, i);
  }
  return i;
}
