/**
 * What an import read, in Spanish for the pane: entity, plan, counts per level, metas, years, funding
 * sources, rows skipped and why, and each error or warning with its file, sheet, row and column (and the
 * Excel reference, so the pane can select the cell when it is in the open workbook). Only words: every
 * count comes from core's `informe` / `reporte`.
 */
import { formatearNumero, type ErrorDato, type ResultadoImportacion } from '@tablero-pdd/core';

export interface LineaProblema {
  mensaje: string;
  /** "'Plan indicativo - Productos'!P12" when the problem names a cell. */
  celda: string | null;
  archivo: string | null;
}

export interface TextoImportacion {
  titulo: string;
  /** "Entidad: Chía (municipio, 25175)", "Línea estratégica: 7 nodos"… */
  resumen: string[];
  omitidas: string[];
  notas: string[];
  errores: LineaProblema[];
  avisos: LineaProblema[];
}

const NOMBRE_FORMATO: Record<string, string> = {
  'sispt-plan-indicativo': 'Plan Indicativo de SisPT',
  'dnp-informe-seguimiento': 'Informe de Seguimiento del DNP',
  'libro-propio': 'libro propio',
  fusion: 'varios archivos unidos',
  json: 'JSON del plan',
  csv: 'CSV de la plantilla',
};

function lista(xs: readonly (string | number)[]): string {
  return xs.length === 0 ? 'ninguno' : xs.join(', ');
}

function problema(e: ErrorDato): LineaProblema {
  return { mensaje: e.mensaje, celda: /!/.test(e.ruta) ? e.ruta : null, archivo: e.archivo ?? null };
}

export function textoImportacion(r: ResultadoImportacion): TextoImportacion {
  const i = r.informe;
  const formato = r.reporte?.formato ?? r.formato;
  const tipo = formato ? (NOMBRE_FORMATO[formato] ?? formato) : 'formato no reconocido';
  const errores = r.ok ? [] : r.errores.map(problema);
  const titulo = r.ok
    ? `${i.archivo} (${tipo}): se importaron ${formatearNumero(i.metas ?? 0, { decimales: 0 })} metas.`
    : `${i.archivo} (${tipo}): no se importó; ${formatearNumero(errores.length, { decimales: 0 })} error(es) que corregir.`;
  const resumen: string[] = [];
  const rep = r.reporte;
  const entidad = r.ok ? r.plan.entidad : (rep?.entidad ?? null);
  if (entidad) resumen.push(`Entidad: ${entidad.nombre} (${entidad.tipo}, DIVIPOLA ${entidad.divipola})`);
  const plan = r.ok ? r.plan.plan : (rep?.plan ?? null);
  if (plan) resumen.push(`Plan: ${plan.nombre} (${plan.inicio}-${plan.fin})`);
  if (i.corte) resumen.push(`Corte: ${i.corte}`);
  for (const n of i.niveles) resumen.push(`${n.nombre}: ${formatearNumero(n.nodos, { decimales: 0 })} nodos, ${formatearNumero(n.metas, { decimales: 0 })} metas`);
  if (i.metas !== null) resumen.push(`Metas: ${formatearNumero(i.metas, { decimales: 0 })}`);
  if (rep && rep.indicadoresResultado > 0) resumen.push(`Indicadores de resultado: ${formatearNumero(rep.indicadoresResultado, { decimales: 0 })}`);
  if (rep) {
    resumen.push(`Años con programación: ${lista(rep.anios.programado)}`);
    resumen.push(`Años con ejecución: ${lista(rep.anios.ejecutado)}`);
  } else if (i.valido) resumen.push(`Años con cifras: ${lista(i.anios)}`);
  if (i.valido) resumen.push(`Fuentes de inversión: ${lista(i.fuentes)}`);
  for (const h of rep?.hojas ?? []) if (h.uso === 'omitida') resumen.push(`Hoja «${h.nombre}» no leída${h.motivo ? `: ${h.motivo}` : ''}`);
  if (i.conflictos.length > 0) resumen.push(`Diferencias entre archivos: ${formatearNumero(i.conflictos.length, { decimales: 0 })} (se conservó el dato del archivo base; ver avisos)`);
  const omitidas = i.filasOmitidas.map((f) => `${f.archivo ? `${f.archivo}, ` : ''}${f.hoja ? `hoja «${f.hoja}», ` : ''}fila ${f.fila}: ${f.motivo}`);
  if (i.filasVacias > 0) omitidas.push(`${formatearNumero(i.filasVacias, { decimales: 0 })} filas vacías.`);
  return { titulo, resumen, omitidas, notas: i.notas, errores, avisos: r.avisos.map(problema) };
}
