/**
 * A block of cells + its mapping → the plan, read by core's CSV reader (the same reader as the CLI and
 * the widgets, so a workbook and its CSV export give the same plan). Cells go over as text the way the
 * template writes them (numbers with a decimal comma, in full), and every error core finds comes back
 * pinned to the sheet cell it came from: "Plan!F12: se esperaba un número; se encontró "N/A".".
 */
import { clasificarEncabezado, leerCsvDetallado, type ErrorDato, type LecturaCsv, type Plan } from '@tablero-pdd/core';
import { prefijoHoja, referenciaCelda } from '../comun/direcciones.js';
import type { DeteccionEncabezado } from './encabezados.js';
import type { ColumnaMapeo } from './mapeo.js';
import type { RangoLeido } from './rango-leido.js';

export interface ErrorHoja {
  /** "Plan!F12" (or "Plan!12:12" for a whole row); null when the problem is not in one place of the sheet. */
  celda: string | null;
  mensaje: string;
  severidad: 'error' | 'aviso';
  dato: ErrorDato;
}

export interface OpcionesPlanHoja {
  entidad?: { nombre: string; divipola: string; tipo?: 'departamento' | 'municipio' };
  plan?: { nombre?: string; inicio?: number; fin?: number };
  corte?: { desde: number; hasta: number; nombre?: string };
}

export type LecturaHoja =
  | { ok: true; plan: Plan; avisos: ErrorHoja[]; filasMetas: number }
  | { ok: false; errores: ErrorHoja[]; avisos: ErrorHoja[]; filasMetas: number };

const CAMPOS_NUMERICOS = new Set([
  'lineaBase',
  'metaCuatrienio',
  'peso',
  'beneficiarios',
  'cumplimientoReportado',
  'avanceReportado',
  'inversionReportada',
  'beneficiariosReportados',
]);

/** Whether a header holds numbers (its cells go as values) or text (as Excel shows them). */
export function esNumerica(destino: string): boolean {
  const c = clasificarEncabezado(destino);
  if (!c) return false;
  if (c.tipo === 'seguimiento' || c.tipo === 'inversion' || c.tipo === 'grupo' || c.tipo === 'pesoNivel') return true;
  return c.tipo === 'fila' && CAMPOS_NUMERICOS.has(c.campo);
}

/** Full precision, decimal comma (the template's own writing): 1234.5 → "1234,5". */
function numeroTexto(n: number): string {
  return String(n).replace('.', ',');
}

/** One cell as the CSV template would hold it. */
export function celdaParaCsv(valor: unknown, texto: string, numerica: boolean, formato: string): string {
  if (valor === null || valor === undefined || valor === '') return '';
  if (typeof valor === 'number') {
    if (numerica) return numeroTexto(valor);
    // Codes with a "00000" format or dates keep what Excel shows, unless the column is too narrow ("####").
    const conFormato = formato !== '' && formato !== 'General' && formato !== '@';
    return conFormato && texto !== '' && !/^#+$/.test(texto) ? texto : String(valor);
  }
  if (typeof valor === 'boolean') return valor ? 'VERDADERO' : 'FALSO';
  return String(valor);
}

function campoCsv(s: string): string {
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text core reads, and where each CSV column sits in the block. */
export function csvDeHoja(r: RangoLeido, det: DeteccionEncabezado, mapeo: readonly ColumnaMapeo[]): { texto: string; columnas: ColumnaMapeo[] } {
  const columnas = mapeo.filter((c): c is ColumnaMapeo & { destino: string } => c.destino !== null);
  const numericas = columnas.map((c) => esNumerica(c.destino));
  const lineas: string[] = [columnas.map((c) => campoCsv(c.destino)).join(';')];
  for (let f = det.fila + 1; f < r.valores.length; f++) {
    const fila = r.valores[f] ?? [];
    lineas.push(
      columnas
        .map((c, i) => campoCsv(celdaParaCsv(fila[c.columna], r.textos[f]?.[c.columna] ?? '', numericas[i] as boolean, r.formatos[f]?.[c.columna] ?? '')))
        .join(';'),
    );
  }
  return { texto: lineas.join('\n'), columnas };
}

export function leerPlanDeHoja(r: RangoLeido, det: DeteccionEncabezado, mapeo: readonly ColumnaMapeo[], o: OpcionesPlanHoja = {}): LecturaHoja {
  const { texto, columnas } = csvDeHoja(r, det, mapeo);
  const lectura: LecturaCsv = leerCsvDetallado(texto, {
    lang: 'es',
    ...(o.entidad ? { entidad: o.entidad } : {}),
    ...(o.plan ? { plan: o.plan } : {}),
    ...(o.corte ? { corte: o.corte } : {}),
  });
  const columnaDe = new Map<string, number>();
  for (const c of columnas) if (!columnaDe.has(c.destino as string)) columnaDe.set(c.destino as string, c.columna);
  const ubicar = (e: ErrorDato): ErrorHoja => {
    let celda: string | null = null;
    if (e.fila !== undefined) {
      // CSV row 1 is the header row of the block; row k is k − 1 rows below it.
      const fila = r.fila0 + det.fila + e.fila - 1;
      const col = e.columna !== undefined ? columnaDe.get(e.columna) : undefined;
      celda = col !== undefined ? referenciaCelda(r.hoja, fila, r.columna0 + col) : `${prefijoHoja(r.hoja)}!${fila + 1}:${fila + 1}`;
    }
    const encontrado = e.valor !== undefined ? `; se encontró ${e.valor}` : '';
    const mensaje = celda ? `${celda}: se esperaba ${e.esperado}${encontrado}.` : e.mensaje;
    return { celda, mensaje, severidad: e.severidad, dato: e };
  };
  const res = lectura.resultado;
  const avisos = res.avisos.map(ubicar);
  if (res.ok) return { ok: true, plan: res.plan, avisos, filasMetas: lectura.filasMetas };
  return { ok: false, errores: res.errores.map(ubicar), avisos, filasMetas: lectura.filasMetas };
}
