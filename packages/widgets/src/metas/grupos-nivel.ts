/**
 * The level filter's options, grouped under each top level (línea) as <optgroup>s: a large plan (Chía has 283
 * levels) keeps its hierarchy visible natively, and each option's text begins with its numbering ("3.2.1 …"),
 * so a keyboard user types "3.2" to reach it (indentation with spaces broke that type-ahead).
 */

/** What an option needs of a level row (core's `Resumen['niveles']['filas']`). */
export interface NivelOpcion {
  codigo: string;
  profundidad: number;
  numeracion: string;
  nombreNivel: string | null;
  nombre: string | null;
}

/** "1.1.2 Apuesta: Productividad", "2 Línea: sin nombre…", "4 Movilidad" when the level kind has no name. */
export function textoOpcionNivel(f: NivelOpcion, sinNombre: string): string {
  const nombre = f.nombre ?? sinNombre;
  return f.nombreNivel ? `${f.numeracion} ${f.nombreNivel}: ${nombre}` : `${f.numeracion} ${nombre}`;
}

/**
 * The rows in groups, each starting at a top-level row (rows before the first one, if any, form a group of
 * their own). Null when grouping adds nothing: a single top level, or a plan with one level only.
 */
export function gruposNivel<F extends NivelOpcion>(filas: readonly F[]): F[][] | null {
  const grupos: F[][] = [];
  for (const f of filas) {
    if (f.profundidad === 0 || grupos.length === 0) grupos.push([f]);
    else grupos[grupos.length - 1]!.push(f);
  }
  return grupos.length > 1 && grupos.some((g) => g.length > 1) ? grupos : null;
}
