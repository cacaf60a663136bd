/// <reference types="office-js" />
/**
 * The mapping remembered in the workbook itself (Excel's workbook settings, ExcelApi 1.4, which Office
 * 2019 has): whoever opens the workbook next finds the columns already mapped.
 */
import { leerMapeoGuardado, type MapeoGuardado } from './mapeo.js';

export const CLAVE_AJUSTES = 'tablero-pdd.mapeo';

/** Queues the read; the value is there after the caller's next context.sync(). */
export function pedirMapeoGuardado(context: Excel.RequestContext): Excel.Setting {
  const s = context.workbook.settings.getItemOrNullObject(CLAVE_AJUSTES);
  s.load('value');
  return s;
}

export function mapeoDeAjuste(s: Excel.Setting): MapeoGuardado | null {
  return s.isNullObject ? null : leerMapeoGuardado(s.value);
}

/** Queues the write (saved with the caller's next context.sync()). */
export function guardarMapeo(context: Excel.RequestContext, m: MapeoGuardado): void {
  context.workbook.settings.add(CLAVE_AJUSTES, JSON.stringify(m));
}
