/**
 * The last step of every import: the candidate plan goes through validarPlan (the one schema), its
 * errors get the sheet and row of the file, and the report is completed from the plan itself.
 */
import type { ErrorDato } from '../../schema/types.js';
import { validarPlan } from '../../schema/validar.js';
import type { LecturaPlan } from './lectura.js';
import { completarReporte, type ResultadoXlsx } from './reporte.js';

/** validarPlan does not know sheets: its messages about a meta get "hoja «…»" after the file name. */
function conHoja(e: ErrorDato, lectura: LecturaPlan, lang: 'es' | 'en'): ErrorDato {
  const m = /^metas\[(\d+)\]/.exec(e.ruta);
  const origen = m ? lectura.origenMetas[Number(m[1])] : undefined;
  if (!origen) return e;
  const hoja = lang === 'es' ? `hoja «${origen.hoja}»` : `sheet "${origen.hoja}"`;
  const archivo = e.archivo;
  const mensaje = archivo && e.mensaje.startsWith(`${archivo}, `)
    ? `${archivo}, ${hoja}, ${e.mensaje.slice(archivo.length + 2)}`
    : `${hoja}, ${e.mensaje}`;
  return { ...e, mensaje };
}

export function finalizarLectura(lectura: LecturaPlan, o: { archivo?: string; lang?: 'es' | 'en' }): ResultadoXlsx {
  const lang = o.lang ?? 'es';
  const { diag } = lectura;
  if (!lectura.plan) {
    const { errores, avisos } = diag.cerrar();
    if (errores.length === 0)
      errores.push({
        codigo: 'sin_plan',
        ...(o.archivo ? { archivo: o.archivo } : {}),
        ruta: '',
        esperado: lang === 'es' ? 'un plan que se pueda construir con el archivo' : 'a plan that can be built from the file',
        mensaje: lang === 'es' ? 'No se pudo construir el plan con este archivo.' : 'No plan could be built from this file.',
        severidad: 'error',
      });
    return { ok: false, errores, avisos, reporte: lectura.reporte };
  }
  const v = validarPlan(lectura.plan, {
    lang,
    ...(o.archivo ? { archivo: o.archivo } : {}),
    filaDeMeta: (i) => (lectura.origenMetas[i]?.r ?? i) + 1,
    columnaDeCampo: (campo) => lectura.columnas[campo],
  });
  diag.sumar(v.ok ? v.avisos.map((e) => conHoja(e, lectura, lang)) : [...v.errores, ...v.avisos].map((e) => conHoja(e, lectura, lang)));
  const reporte = completarReporte(lectura.reporte, v.ok ? v.plan : lectura.plan);
  const { errores, avisos } = diag.cerrar();
  if (!v.ok || errores.length > 0) return { ok: false, errores, avisos, reporte };
  return { ok: true, plan: v.plan, avisos, reporte };
}
