/// <reference types="office-js" />
/**
 * The pane's steps as functions of an Excel request context, without DOM, so the tests and the bench
 * run them on office-addin-mock exactly as the pane runs them in Excel:
 * preparar (read the workbook, find the header, propose or recall the mapping) → validar (core reads
 * the plan; errors pinned to cells) → resumir (write the "Resumen PDD" sheet, remember the mapping).
 */
import type { Plan } from '@tablero-pdd/core';
import { detectarEncabezado, type DeteccionEncabezado } from './encabezados.js';
import { escribirResumen, type ResultadoResumen } from './escribir-resumen.js';
import { leerLibro, type FuentePlan, type LibroLeido } from './leer-libro.js';
import { mapeoParaGuardar, proponerMapeo, type ColumnaMapeo, type MapeoGuardado } from './mapeo.js';
import { leerPlanDeHoja, type LecturaHoja, type OpcionesPlanHoja } from './plan-desde-hoja.js';
import { contenidoResumen } from './resumen-hoja.js';

export interface Preparacion {
  libro: LibroLeido;
  deteccion: DeteccionEncabezado;
  mapeo: ColumnaMapeo[];
}

export type ResultadoPreparacion = { ok: true; preparacion: Preparacion } | { ok: false; mensaje: string };

export async function preparar(context: Excel.RequestContext, fuente: FuentePlan | null = null): Promise<ResultadoPreparacion> {
  const r = await leerLibro(context, fuente);
  if (!r.ok) return { ok: false, mensaje: r.mensaje };
  const deteccion = detectarEncabezado(r.libro.rango);
  if (!deteccion) {
    const donde = r.libro.rango.tabla ? `la tabla «${r.libro.rango.tabla}»` : `la hoja «${r.libro.rango.hoja}»`;
    return {
      ok: false,
      mensaje: `No se encontró una fila de encabezados del plan en ${donde} (en sus primeras 30 filas). Abra la hoja del Plan Indicativo o elija otra tabla.`,
    };
  }
  const guardado = r.libro.guardado && r.libro.guardado.hoja === r.libro.rango.hoja && r.libro.guardado.tabla === r.libro.rango.tabla ? r.libro.guardado : null;
  return { ok: true, preparacion: { libro: r.libro, deteccion, mapeo: proponerMapeo(deteccion.encabezados, guardado) } };
}

export function validar(p: Preparacion, mapeo: readonly ColumnaMapeo[], o: OpcionesPlanHoja): LecturaHoja {
  return leerPlanDeHoja(p.libro.rango, p.deteccion, mapeo, o);
}

/** What the workbook remembers of this session: the source, the mapping, the entity and the plan's name. */
export function mapeoAGuardar(p: Preparacion, mapeo: readonly ColumnaMapeo[], o: OpcionesPlanHoja): MapeoGuardado {
  return mapeoParaGuardar(mapeo, { hoja: p.libro.rango.hoja, tabla: p.libro.rango.tabla }, {
    entidad: o.entidad ? { nombre: o.entidad.nombre, divipola: o.entidad.divipola } : null,
    plan: o.plan?.nombre ? { nombre: o.plan.nombre } : null,
  });
}

export async function resumir(
  context: Excel.RequestContext,
  p: Preparacion,
  plan: Plan,
  mapeo: readonly ColumnaMapeo[],
  o: OpcionesPlanHoja,
  parte: { nivel?: string | null; secretaria?: string | null } = {},
): Promise<ResultadoResumen> {
  return escribirResumen(context, contenidoResumen(plan, parte), { mapeo: mapeoAGuardar(p, mapeo, o) });
}
