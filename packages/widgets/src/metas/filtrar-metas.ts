/**
 * Filters of the meta table. Every criterion is optional and they all apply together (AND). They only read
 * the row model: filtering never recomputes a figure.
 */
import { normalizarBusqueda, type FilaMeta } from './filas-metas.js';

export interface FiltroMetas {
  /** Free text: every word must appear in the code, name, indicator, level path or secretaría. */
  texto?: string | null | undefined;
  /** Code of a level node: its metas and those of the nodes below it. */
  nivel?: string | null | undefined;
  /** Id of a semáforo state of the period's % cumplimiento (as the mark shows it: sobresaliente, sin_dato…). */
  banda?: string | null | undefined;
  /** Secretaría, as written (case and accents ignored). */
  secretaria?: string | null | undefined;
  /** DIVIPOLA code: metas that name the municipality (as the map counts them). */
  municipio?: string | null | undefined;
}

export function crearFiltro(f: FiltroMetas): (fila: FilaMeta) => boolean {
  const palabras = f.texto ? normalizarBusqueda(f.texto).split(' ').filter(Boolean) : [];
  const nivel = f.nivel?.trim() || null;
  const banda = f.banda?.trim() || null;
  const secretaria = f.secretaria ? normalizarBusqueda(f.secretaria) : null;
  const municipio = f.municipio?.trim() || null;
  return (fila) => {
    if (banda !== null && fila.cifras.bandaCumplimiento.id !== banda) return false;
    if (nivel !== null && !fila.ruta.some((n) => n.codigo === nivel)) return false;
    if (secretaria && normalizarBusqueda(fila.meta.secretaria ?? '') !== secretaria) return false;
    if (municipio !== null && !fila.meta.municipios.codigos.includes(municipio)) return false;
    for (const p of palabras) if (!fila.busqueda.includes(p)) return false;
    return true;
  };
}

/** Rows (by position into `filas`) that pass the filter, in the given order. */
export function filtrarOrden(filas: readonly FilaMeta[], orden: readonly number[], f: FiltroMetas): number[] {
  const pasa = crearFiltro(f);
  const salida: number[] = [];
  for (const i of orden) {
    const fila = filas[i];
    if (fila && pasa(fila)) salida.push(i);
  }
  return salida;
}
