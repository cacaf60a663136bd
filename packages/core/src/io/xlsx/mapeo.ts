/**
 * The column mapping of a home-made sheet: proposed from the synonyms, completed or corrected by the
 * person with a mapping object (the CLI's `--mapeo archivo.json`). Nothing is guessed silently: every
 * column ends up mapped by synonym, mapped by the person, ignored by the person, or listed as unmapped.
 */
import type { Idioma } from '../../schema/types.js';
import { plegar } from '../../format/plegar.js';
import type { ColumnaCasero } from './casero-encabezado.js';
import { indiceColumna } from './libro.js';
import { CAMPOS_CASERO, ES_ANUAL, type CampoCasero } from './sinonimos.js';

/**
 * What a person writes in `--mapeo archivo.json`:
 * `{ "columnas": { "AVANCE FÍSICO 2024": "ejecutado:2024", "F": "metaCuatrienio", "OBSERVACIONES": null },
 *    "hojas": ["Consolidado"], "filaEncabezado": 6 }`.
 * Keys are the header as written (compared without case, accents or punctuation) or a column letter.
 */
export interface MapeoCasero {
  columnas?: Record<string, string | null>;
  /** Sheets to import (skips the consolidated / per-office detection). */
  hojas?: string[];
  /** Header row as Excel numbers it (skips detection). */
  filaEncabezado?: number;
}

export interface CampoAsignado {
  campo: CampoCasero;
  anio: number | null;
}

/** "programado:2024" → {programado, 2024}; "metaCuatrienio" → {metaCuatrienio, null}; else null. */
export function leerCampo(spec: string): CampoAsignado | null {
  // `\s*` before ":" inside the optional group: outside, next to the final `\s*`, the two split a long run
  // of spaces every possible way before failing (quadratic).
  const m = /^\s*([A-Za-z]+)(?:\s*:\s*((?:19|20)\d\d))?\s*$/.exec(spec);
  if (!m) return null;
  const campo = CAMPOS_CASERO.find((c) => c.campo === m[1])?.campo;
  if (!campo) return null;
  const anio = m[2] ? Number(m[2]) : null;
  if (ES_ANUAL.has(campo) !== (anio !== null)) return null;
  return { campo, anio };
}

export function textoCampo(a: CampoAsignado): string {
  return a.anio === null ? a.campo : `${a.campo}:${a.anio}`;
}

export type LecturaMapeo = { ok: true; mapeo: MapeoCasero } | { ok: false; problemas: Array<{ clave: string; valor: unknown; esperado: string }> };

/** Checks a mapping object read from JSON (any shape may arrive). */
export function validarMapeo(datos: unknown, lang: Idioma = 'es'): LecturaMapeo {
  const es = lang === 'es';
  const problemas: Array<{ clave: string; valor: unknown; esperado: string }> = [];
  if (datos === null || typeof datos !== 'object' || Array.isArray(datos))
    return { ok: false, problemas: [{ clave: '', valor: datos, esperado: es ? 'un objeto { "columnas": { … } }' : 'an object { "columnas": { … } }' }] };
  const o = datos as Record<string, unknown>;
  const mapeo: MapeoCasero = {};
  for (const k of Object.keys(o)) if (!['columnas', 'hojas', 'filaEncabezado'].includes(k)) problemas.push({ clave: k, valor: o[k], esperado: es ? 'solo «columnas», «hojas» y «filaEncabezado»' : 'only "columnas", "hojas" and "filaEncabezado"' });
  if (o.columnas !== undefined) {
    if (o.columnas === null || typeof o.columnas !== 'object' || Array.isArray(o.columnas)) problemas.push({ clave: 'columnas', valor: o.columnas, esperado: es ? 'un objeto encabezado → campo' : 'an object header → field' });
    else {
      const columnas: Record<string, string | null> = {};
      for (const [k, v] of Object.entries(o.columnas as Record<string, unknown>)) {
        if (v === null) columnas[k] = null;
        else if (typeof v === 'string' && leerCampo(v)) columnas[k] = v;
        else
          problemas.push({
            clave: `columnas.${k}`,
            valor: v,
            esperado: es
              ? `un campo (${CAMPOS_CASERO.map((c) => (c.anual ? `${c.campo}:<año>` : c.campo)).join(', ')}) o null para ignorar la columna`
              : `a field (${CAMPOS_CASERO.map((c) => (c.anual ? `${c.campo}:<year>` : c.campo)).join(', ')}) or null to ignore the column`,
          });
      }
      mapeo.columnas = columnas;
    }
  }
  if (o.hojas !== undefined) {
    if (!Array.isArray(o.hojas) || !o.hojas.every((h) => typeof h === 'string')) problemas.push({ clave: 'hojas', valor: o.hojas, esperado: es ? 'una lista de nombres de hoja' : 'a list of sheet names' });
    else mapeo.hojas = o.hojas as string[];
  }
  if (o.filaEncabezado !== undefined) {
    if (typeof o.filaEncabezado !== 'number' || !Number.isInteger(o.filaEncabezado) || o.filaEncabezado < 1) problemas.push({ clave: 'filaEncabezado', valor: o.filaEncabezado, esperado: es ? 'un número de fila (1, 2, …)' : 'a row number (1, 2, …)' });
    else mapeo.filaEncabezado = o.filaEncabezado;
  }
  return problemas.length ? { ok: false, problemas } : { ok: true, mapeo };
}

export interface ColumnaResuelta {
  c: number;
  texto: string;
  asignado: CampoAsignado | null;
  origen: 'sinonimo' | 'mapeo' | 'sin_mapear' | 'ignorada';
  /** Set when a yearly field was recognised but no year was found for it. */
  sinAnio?: boolean;
}

/** The mapping of one sheet's columns: the person's first, then the synonyms. Keys of `columnas` used are reported back. */
export function resolverColumnas(columnas: readonly ColumnaCasero[], mapeo: MapeoCasero | undefined, usadas: Set<string>): ColumnaResuelta[] {
  const porClave = new Map<string, { clave: string; valor: string | null }>();
  for (const [k, v] of Object.entries(mapeo?.columnas ?? {})) {
    const letra = indiceColumna(k.trim());
    porClave.set(letra !== null && /^[A-Za-z]{1,3}$/.test(k.trim()) ? `#${letra}` : plegar(k), { clave: k, valor: v });
  }
  return columnas.map((col) => {
    const persona = porClave.get(`#${col.c}`) ?? porClave.get(plegar(col.texto)) ?? porClave.get(plegar(col.propio));
    if (persona) {
      usadas.add(persona.clave);
      if (persona.valor === null) return { c: col.c, texto: col.texto, asignado: null, origen: 'ignorada' };
      return { c: col.c, texto: col.texto, asignado: leerCampo(persona.valor), origen: 'mapeo' };
    }
    const r = col.reconocido;
    if (r && (!ES_ANUAL.has(r.campo) || r.anio !== null)) return { c: col.c, texto: col.texto, asignado: { campo: r.campo, anio: r.anio }, origen: 'sinonimo' };
    return { c: col.c, texto: col.texto, asignado: null, origen: 'sin_mapear', ...(r ? { sinAnio: true } : {}) };
  });
}

