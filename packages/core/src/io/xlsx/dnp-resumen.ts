/**
 * The "Resumen" sheet of DNP's Informe de Seguimiento is a dashboard, not a table: the few facts the
 * import needs (entity "Chía, Cundinamarca", plan name, the date SisPT was read, the vigencia shown)
 * are found by their labels or shapes in the top rows, never by fixed cell addresses.
 */
import { buscarDepartamento, buscarMunicipio } from '../../geo/nombres.js';
import { plegar } from '../../format/plegar.js';
import { textoDe } from './celdas.js';
import { entidadDesdeCodigo, type Entidad } from './entidad.js';
import { anchoFila, celda, type Hoja } from './libro.js';

export interface DatosResumen {
  /** The sheet read (null when the workbook has none). */
  hoja: string | null;
  entidad: { entidad: Entidad; texto: string } | null;
  plan: string | null;
  fecha: string | null;
  vigencia: string | null;
}

const FILAS_CABECERA = 12;

export function leerResumenDnp(hoja: Hoja | undefined): DatosResumen {
  const out: DatosResumen = { hoja: hoja?.nombre ?? null, entidad: null, plan: null, fecha: null, vigencia: null };
  if (!hoja) return out;
  for (let r = 0; r < Math.min(hoja.filas.length, FILAS_CABECERA); r++) {
    for (let c = 0; c < anchoFila(hoja, r); c++) {
      const t = textoDe(celda(hoja, r, c));
      if (t === null || t.length > 120) continue;
      const p = plegar(t);
      if (out.plan === null && p.startsWith('plan de desarrollo')) out.plan = t;
      if (out.vigencia === null && /^\d{4}\s*-\s*\S.*trimestre/i.test(t)) out.vigencia = t;
      if (out.fecha === null && p.startsWith('informe generado con informacion de sispt al')) {
        for (let c2 = c + 1; c2 < anchoFila(hoja, r); c2++) {
          const f = textoDe(celda(hoja, r, c2));
          if (f !== null) {
            out.fecha = f;
            break;
          }
        }
      }
      if (out.entidad === null) {
        const m = /^([^,]{2,60}),\s*([^,]{2,60})$/.exec(t);
        if (m) {
          const mun = buscarMunicipio(m[1]!, { departamento: m[2]! });
          const e = mun ? entidadDesdeCodigo(mun.codigo, m[1]!.trim()) : null;
          if (e) out.entidad = { entidad: e, texto: t };
        }
      }
    }
  }
  // A department's report names only the department.
  if (out.entidad === null) {
    for (let r = 0; r < Math.min(hoja.filas.length, FILAS_CABECERA) && out.entidad === null; r++) {
      for (let c = 0; c < anchoFila(hoja, r); c++) {
        const t = textoDe(celda(hoja, r, c));
        if (t === null || t.length > 60 || t.includes(',') || /^[\d\s.,]*$/.test(t)) continue;
        const dep = buscarDepartamento(t);
        const e = dep ? entidadDesdeCodigo(dep, t) : null;
        if (e) {
          out.entidad = { entidad: e, texto: t };
          break;
        }
      }
    }
  }
  return out;
}
