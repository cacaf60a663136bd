/**
 * Names that take nothing of the person's: a sheet or table name already in the workbook gets " (2)",
 * " (3)"… (tables: "_2", "_3", as Excel table names allow no spaces or brackets). Excel compares both
 * case-insensitively, and sheet names are at most 31 characters.
 */

export const LARGO_MAXIMO_HOJA = 31;

export function nombreHojaLibre(deseado: string, existentes: Iterable<string>): string {
  const usados = new Set([...existentes].map((n) => n.toLocaleLowerCase('es')));
  const base = deseado.slice(0, LARGO_MAXIMO_HOJA);
  if (!usados.has(base.toLocaleLowerCase('es'))) return base;
  for (let i = 2; ; i++) {
    const sufijo = ` (${i})`;
    const n = `${deseado.slice(0, LARGO_MAXIMO_HOJA - sufijo.length)}${sufijo}`;
    if (!usados.has(n.toLocaleLowerCase('es'))) return n;
  }
}

export function nombreTablaLibre(deseado: string, existentes: Iterable<string>): string {
  const usados = new Set([...existentes].map((n) => n.toLocaleLowerCase('es')));
  if (!usados.has(deseado.toLocaleLowerCase('es'))) return deseado;
  for (let i = 2; ; i++) {
    const n = `${deseado}_${i}`;
    if (!usados.has(n.toLocaleLowerCase('es'))) return n;
  }
}
