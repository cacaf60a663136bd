/**
 * Writes the synthetic plan to a JSON file in chunks (never the whole document as one string) with one
 * node or meta per line. The file is ordinary JSON; the line layout also lets bench read a file larger
 * than V8's longest string (536,870,888 characters on 64-bit Node 20), which a 500,000-meta plan exceeds.
 *
 *   línea 1: {"version":1,…cabecera…,"nodos":[
 *   un nodo por línea, con coma salvo el último
 *   ],"metas":[
 *   una meta por línea, con coma salvo la última
 *   ]}
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { prepararPlan, type OpcionesGenerador } from './generar-plan.js';

export interface ArchivoEscrito {
  ruta: string;
  bytes: number;
  nodos: number;
  metas: number;
}

/** Bytes buffered before each write: large enough to be fast, small enough to stay out of the way. */
const TAMANO_BLOQUE = 1 << 20;

export function escribirPlan(ruta: string, o: OpcionesGenerador): ArchivoEscrito {
  const p = prepararPlan(o);
  mkdirSync(dirname(ruta), { recursive: true });
  const fd = openSync(ruta, 'w');
  let bytes = 0;
  let partes: string[] = [];
  let pendiente = 0;
  const vaciar = () => {
    if (partes.length === 0) return;
    bytes += writeSync(fd, partes.join(''));
    partes = [];
    pendiente = 0;
  };
  const agregar = (t: string) => {
    partes.push(t);
    pendiente += t.length;
    if (pendiente >= TAMANO_BLOQUE) vaciar();
  };
  try {
    const cabecera = JSON.stringify(p.cabecera);
    agregar(`${cabecera.slice(0, -1)},"nodos":[\n`);
    p.nodos.forEach((n, i) => agregar(JSON.stringify(n) + (i < p.nodos.length - 1 ? ',\n' : '\n')));
    agregar('],"metas":[\n');
    let k = 0;
    for (const m of p.metas()) {
      k++;
      agregar(JSON.stringify(m) + (k < p.totalMetas ? ',\n' : '\n'));
    }
    agregar(']}\n');
    vaciar();
  } finally {
    closeSync(fd);
  }
  return { ruta, bytes, nodos: p.nodos.length, metas: p.totalMetas };
}
