/**
 * Several files of ONE entity (SisPT's export and DNP's Informe de Seguimiento, or a plan JSON and a
 * workbook) → one plan, through the same `importarArchivo` for each file and `fusionarPlanes` to merge
 * them by meta code. If any file fails, its errors come back and nothing is merged: no partial plan.
 */
import { crearError } from '../schema/errores.js';
import type { ErrorDato, Plan } from '../schema/types.js';
import { construirInforme } from './informe.js';
import { importarArchivo, type ArchivoEntrada, type OpcionesImportacion, type ResultadoImportacion } from './importar.js';
import { fusionarPlanes, type EntradaFusion, type OpcionesFusion } from './xlsx/fusionar.js';
import { completarReporte, reporteVacio, type ReporteXlsx } from './xlsx/reporte.js';

export type OpcionesImportacionVarios = OpcionesImportacion & Pick<OpcionesFusion, 'conflictos'>;

/** The name the merged result goes by in messages and the report: "sispt.xlsx + dnp.xlsx". */
export function nombreConjunto(archivos: readonly { nombre: string }[]): string {
  return archivos.map((a) => a.nombre).join(' + ');
}

/**
 * A JSON or CSV plan has no spreadsheet report; the merge needs one (it picks SisPT's as the base and
 * lists sheets and skipped rows), so one is built from the plan itself, as a home-made source.
 */
function reporteDe(r: ResultadoImportacion & { ok: true }, nombre: string): ReporteXlsx {
  return r.reporte ?? completarReporte(reporteVacio('libro-propio', [nombre]), r.plan);
}

export async function importarArchivos(archivos: readonly ArchivoEntrada[], o: OpcionesImportacionVarios = {}): Promise<ResultadoImportacion> {
  const lang = o.lang ?? 'es';
  const es = lang === 'es';
  const [unico] = archivos;
  if (archivos.length === 1 && unico) return importarArchivo(unico, o);
  const nombre = nombreConjunto(archivos);
  const cerrar = (r: { ok: true; plan: Plan; avisos: ErrorDato[] } | { ok: false; errores: ErrorDato[]; avisos: ErrorDato[] }, extra: Omit<Parameters<typeof construirInforme>[1], 'archivo' | 'formato' | 'lang'>, reporte: ReporteXlsx | null): ResultadoImportacion => ({
    ...r,
    formato: 'fusion',
    informe: construirInforme(r, { archivo: nombre, formato: 'fusion', lang, ...extra }),
    reporte,
  });
  if (!unico) {
    const e = crearError({ codigo: 'sin_archivos', ruta: '', esperado: es ? 'al menos un archivo' : 'at least one file' }, lang, es ? 'importación' : 'import');
    return cerrar({ ok: false, errores: [e], avisos: [] }, { filasOmitidas: [], filasVacias: 0 }, null);
  }

  // One after the other: a large workbook's memory is released before the next is read.
  const resultados: ResultadoImportacion[] = [];
  for (const a of archivos) resultados.push(await importarArchivo(a, o));
  const avisos = resultados.flatMap((r) => r.avisos);
  const filasOmitidas = resultados.flatMap((r) => r.informe.filasOmitidas.map((f) => ({ ...f, archivo: r.informe.archivo })));
  const filasVacias = resultados.reduce((s, r) => s + r.informe.filasVacias, 0);
  const errores = resultados.flatMap((r) => (r.ok ? [] : r.errores));
  if (errores.length > 0) return cerrar({ ok: false, errores, avisos }, { filasOmitidas, filasVacias }, null);

  const entradas: EntradaFusion[] = [];
  resultados.forEach((r, i) => {
    const archivo = archivos[i]?.nombre ?? r.informe.archivo;
    if (r.ok) entradas.push({ archivo, plan: r.plan, reporte: reporteDe(r, archivo) });
  });
  const f = fusionarPlanes(entradas, { lang, ...(o.conflictos ? { conflictos: o.conflictos } : {}) });
  const todos = [...avisos, ...f.avisos];
  const extra = { filasOmitidas, filasVacias, notas: f.reporte?.notas ?? [], conflictos: f.reporte?.conflictos ?? [] };
  return f.ok ? cerrar({ ok: true, plan: f.plan, avisos: todos }, extra, f.reporte) : cerrar({ ok: false, errores: f.errores, avisos: todos }, extra, f.reporte);
}
