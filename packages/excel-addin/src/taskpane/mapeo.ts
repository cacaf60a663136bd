/**
 * The mapping of a workbook's columns to the plan model: each column either goes to core under a header
 * core understands (the person's own when core recognises it: "META 2024", "TENDENCIA"…; the template
 * header of the field core's home-made synonyms name: "L.B" → "Línea base"; or a template header chosen
 * by the person) or is left out. The words are core's (sinonimos.ts), so the pane, the CSV reader, the
 * .xlsx importer and the CLI read the same headers the same way.
 */
import {
  clasificarEncabezado,
  FUENTES_CANONICAS,
  GRUPOS_CANONICOS,
  normalizarNombre,
  plantillaCsv,
  type ColumnaPlantilla,
} from '@tablero-pdd/core';
import type { Encabezado } from './encabezados.js';
import { reconocer } from './sinonimos.js';

/** reconocida: core reads the header as written; sinonimo: core's home-made synonyms name its field. */
export type OrigenMapeo = 'reconocida' | 'sinonimo' | 'guardada' | 'persona' | 'sin_reconocer';

export interface ColumnaMapeo {
  /** 0-based column inside the block read. */
  columna: number;
  /** The header as the workbook writes it. */
  encabezado: string;
  /** The header handed to core, or null: the column is left out. */
  destino: string | null;
  origen: OrigenMapeo;
}

export interface MapeoGuardado {
  version: 1;
  hoja: string;
  tabla: string | null;
  columnas: Array<{ encabezado: string; destino: string | null }>;
  entidad?: { nombre: string; divipola: string } | null;
  plan?: { nombre: string } | null;
}

const clave = (t: string) => normalizarNombre(t);

export function proponerMapeo(encabezados: readonly Encabezado[], guardado?: MapeoGuardado | null): ColumnaMapeo[] {
  const previos = new Map<string, string | null>();
  for (const c of guardado?.columnas ?? []) previos.set(clave(c.encabezado), c.destino);
  return encabezados.map((e) => {
    const k = clave(e.texto);
    if (previos.has(k)) {
      const destino = previos.get(k) ?? null;
      // A saved choice core no longer understands is dropped rather than sent.
      if (destino === null || clasificarEncabezado(destino) !== null) return { columna: e.columna, encabezado: e.texto, destino, origen: 'guardada' };
    }
    const r = reconocer(e.texto);
    if (r) return { columna: e.columna, encabezado: e.texto, destino: r.destino, origen: r.via === 'plantilla' ? 'reconocida' : 'sinonimo' };
    return { columna: e.columna, encabezado: e.texto, destino: null, origen: 'sin_reconocer' };
  });
}

/** The person's choice for one column: a header core understands, or null to leave it out. */
export function cambiarDestino(mapeo: readonly ColumnaMapeo[], columna: number, destino: string | null): ColumnaMapeo[] {
  if (destino !== null && clasificarEncabezado(destino) === null) {
    throw new Error(`«${destino}» no es un encabezado que el tablero entienda; elija uno de la lista.`);
  }
  return mapeo.map((c) => (c.columna === columna ? { ...c, destino, origen: 'persona' } : c));
}

function tramo(desde: number, hasta: number): string {
  return desde === hasta ? String(desde) : `${desde}-${hasta}`;
}

const claveColumna = (c: ColumnaPlantilla): string => {
  if (c.tipo === 'nivel') return `nivel:${c.explicito ? c.nivel : c.nombre ?? ''}`;
  return JSON.stringify(c);
};

let indicePlantilla: Map<string, string> | null = null;

/** Template header by meaning, to name what a recognised column holds in the template's own words. */
function etiquetaPlantilla(c: ColumnaPlantilla): string | undefined {
  if (!indicePlantilla) {
    indicePlantilla = new Map();
    for (const h of encabezadosPlantilla()) {
      const x = clasificarEncabezado(h);
      if (x && !indicePlantilla.has(claveColumna(x))) indicePlantilla.set(claveColumna(x), h);
    }
  }
  return indicePlantilla.get(claveColumna(c));
}

/** What a header means, in words for the mapping table ("Programado 2024", "Nivel: SECTOR"). */
export function significado(destino: string | null): string {
  if (destino === null) return 'No se usa';
  const c = clasificarEncabezado(destino);
  if (!c) return 'No reconocida';
  switch (c.tipo) {
    case 'nivel':
      return c.explicito ? `Nivel ${c.nivel + 1}${c.nombre ? `: ${c.nombre}` : ''}` : `Nivel del plan: ${c.nombre ?? destino}`;
    case 'codigoNivel':
      return `Código de nivel ${c.nivel !== null ? c.nivel + 1 : (c.nombreNivel ?? '')}`.trim();
    case 'pesoNivel':
      return `Peso de nivel ${c.nivel !== null ? c.nivel + 1 : (c.nombreNivel ?? '')}`.trim();
    case 'seguimiento':
      return `${c.medida === 'programado' ? 'Programado' : 'Ejecutado'} ${tramo(c.desde, c.hasta)}`;
    case 'inversion':
      return `Inversión ${tramo(c.desde, c.hasta)}${c.total ? ' (total)' : c.fuente ? ` · ${c.canonica ? ((FUENTES_CANONICAS as Record<string, { es: string } | undefined>)[c.fuente]?.es ?? c.fuente) : c.fuente}` : ''}`;
    case 'grupo':
      return `Beneficiarios · ${c.canonico ? ((GRUPOS_CANONICOS as Record<string, { es: string } | undefined>)[c.grupo]?.es ?? c.grupo) : c.grupo}`;
    default:
      return etiquetaPlantilla(c) ?? destino;
  }
}

/** Headers of the CSV template (core's plantillaCsv): the choices offered for a column. */
export function encabezadosPlantilla(anios?: readonly number[]): string[] {
  const texto = plantillaCsv({ bom: false, separador: ';', ...(anios && anios.length > 0 ? { anios: [...anios] } : {}) });
  const primera = texto.split(/\r?\n/)[0] ?? '';
  return primera.split(';').map((h) => h.replace(/^"|"$/g, '').replace(/""/g, '"'));
}

/** The choices for the mapping's drop-downs: template headers for the years the workbook uses. */
export function opcionesDestino(mapeo: readonly ColumnaMapeo[]): string[] {
  const anios = new Set<number>();
  for (const c of mapeo) {
    const x = c.destino ? clasificarEncabezado(c.destino) : null;
    if (x && (x.tipo === 'seguimiento' || x.tipo === 'inversion')) for (let a = x.desde; a <= x.hasta; a++) anios.add(a);
  }
  return encabezadosPlantilla([...anios].sort((a, b) => a - b));
}

export function mapeoParaGuardar(
  mapeo: readonly ColumnaMapeo[],
  fuente: { hoja: string; tabla: string | null },
  extra: Pick<MapeoGuardado, 'entidad' | 'plan'> = {},
): MapeoGuardado {
  return {
    version: 1,
    hoja: fuente.hoja,
    tabla: fuente.tabla,
    columnas: mapeo.map((c) => ({ encabezado: c.encabezado, destino: c.destino })),
    ...extra,
  };
}

/** A saved mapping read back from the workbook's settings; anything malformed is ignored (null), never trusted. */
export function leerMapeoGuardado(valor: unknown): MapeoGuardado | null {
  let v = valor;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (v === null || typeof v !== 'object') return null;
  const o = v as Partial<MapeoGuardado>;
  if (o.version !== 1 || typeof o.hoja !== 'string' || !Array.isArray(o.columnas)) return null;
  const columnas = o.columnas.filter(
    (c): c is { encabezado: string; destino: string | null } =>
      c !== null && typeof c === 'object' && typeof c.encabezado === 'string' && (c.destino === null || typeof c.destino === 'string'),
  );
  const entidad =
    o.entidad && typeof o.entidad.nombre === 'string' && typeof o.entidad.divipola === 'string' ? { nombre: o.entidad.nombre, divipola: o.entidad.divipola } : null;
  const plan = o.plan && typeof o.plan.nombre === 'string' ? { nombre: o.plan.nombre } : null;
  return { version: 1, hoja: o.hoja, tabla: typeof o.tabla === 'string' ? o.tabla : null, columnas, entidad, plan };
}
