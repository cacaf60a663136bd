/// <reference types="office-js" />
/** Selecting the cell an error names ("Plan!F12", "'Plan 2024'!12:12"): one request. */
import { analizarDireccion } from '../comun/direcciones.js';

/** Sheet and local address of a reference, or null when it is not one. */
export function partirReferencia(ref: string): { hoja: string; direccion: string } | null {
  const i = ref.lastIndexOf('!');
  if (i <= 0) return null;
  const crudo = ref.slice(0, i);
  const hoja = crudo.startsWith("'") && crudo.endsWith("'") ? crudo.slice(1, -1).replace(/''/g, "'") : crudo;
  const direccion = ref.slice(i + 1);
  const esFila = /^\d+:\d+$/.test(direccion);
  if (!esFila && !analizarDireccion(direccion)) return null;
  return { hoja, direccion };
}

export async function seleccionarReferencia(context: Excel.RequestContext, ref: string): Promise<boolean> {
  const p = partirReferencia(ref);
  if (!p) return false;
  const hoja = context.workbook.worksheets.getItem(p.hoja);
  hoja.activate();
  hoja.getRange(p.direccion).select();
  await context.sync();
  return true;
}
