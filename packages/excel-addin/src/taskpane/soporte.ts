/// <reference types="office-js" />
/**
 * What this Excel can do. The =PDD.* functions need the custom functions runtime (Excel de Microsoft 365
 * on Windows, Mac or the web); Office 2019/2021 with volume licences lacks it, and there the task pane
 * does everything on its own (summary sheet with values, charts, export). The pane needs ExcelApi 1.7
 * (conditional formats, workbook settings, calculation suspension), which Office 2019 has.
 */

export interface Soporte {
  funciones: boolean;
  panel: boolean;
  /** What to tell the person, in Spanish; null when everything works. */
  aviso: string | null;
}

export interface Requisitos {
  isSetSupported(nombre: string, version?: string): boolean;
}

export const AVISO_SIN_FUNCIONES =
  'Este Excel no ejecuta funciones personalizadas: las fórmulas =PDD.* necesitan Excel de Microsoft 365 (escritorio o web) y no funcionan en Office 2019 ni 2021 con licencia por volumen. El panel sí funciona aquí: crea la hoja «Resumen PDD» con valores, gráficos nativos y la exportación.';

export const AVISO_SIN_PANEL =
  'Esta versión de Excel es anterior a Office 2019 y no tiene las funciones que el panel necesita (ExcelApi 1.7). Use Excel de Microsoft 365, Excel 2019/2021 o Excel en la web.';

export function evaluarSoporte(requisitos: Requisitos | null | undefined): Soporte {
  const si = (n: string, v: string) => {
    try {
      return requisitos?.isSetSupported(n, v) === true;
    } catch {
      return false;
    }
  };
  const funciones = si('CustomFunctionsRuntime', '1.1');
  const panel = si('ExcelApi', '1.7');
  return { funciones, panel, aviso: !panel ? AVISO_SIN_PANEL : !funciones ? AVISO_SIN_FUNCIONES : null };
}
