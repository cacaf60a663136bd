/**
 * Reads municipal boundaries from a GeoJSON or TopoJSON document (DANE's MGN layout or any other that
 * carries a DIVIPOLA code) into one polygon feature per municipality code. A feature without a usable code,
 * with a code DIVIPOLA does not have, or with a geometry that is not a polygon is reported with its position
 * and what was expected: it is left out of the map, never silently.
 */
import { feature as aFeature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { esMunicipioDivipola, type ErrorDato, type Idioma } from '@tablero-pdd/core';
import { texto } from '../base/i18n.js';

export type FiguraMunicipio = Feature<Polygon | MultiPolygon, { codigo: string }>;

export interface LecturaGeometria {
  /** One feature per municipality, in the document's order. */
  municipios: FiguraMunicipio[];
  /** Features left out, each with position, value and expectation. */
  errores: ErrorDato[];
}

export interface OpcionesLectura {
  /** Two-digit department code: keep only its municipalities (a national file cut to one department). */
  departamento?: string | null;
  /** Name of the file, for the messages. */
  archivo: string;
  lang: Idioma;
}

/** Properties that carry the five-digit code in the files people have (MGN, IGAC, open-data portals). */
const CLAVES_CODIGO = ['mpio_ccnct', 'mpio_cdpmp', 'divipola', 'cod_mpio', 'codigo_municipio', 'cod_dane', 'codigo_dane', 'codigo'];

/** DIVIPOLA code of a feature, or null. Numbers lose their leading zero ("5001" is Medellín, 05001). */
function normal(v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const t = String(v).trim();
  if (/^\d{5}$/.test(t)) return t;
  if (/^\d{4}$/.test(t)) return `0${t}`;
  return null;
}

export function codigoDeFigura(propiedades: GeoJsonProperties | undefined, id: unknown): string | null {
  const p = propiedades ?? {};
  // MGN's own key first, without building a lower-cased copy (1,122 features in the national file).
  const directo = normal(p.MPIO_CCNCT);
  if (directo) return directo;
  const porClave = new Map(Object.entries(p).map(([k, v]) => [k.toLowerCase(), v]));
  for (const k of CLAVES_CODIGO) {
    const c = normal(porClave.get(k));
    if (c) return c;
  }
  // MGN also splits the code: department (2 digits) + municipality within it (3 digits).
  const d = porClave.get('dpto_ccdgo');
  const m = porClave.get('mpio_ccdgo');
  if ((typeof d === 'string' || typeof d === 'number') && (typeof m === 'string' || typeof m === 'number')) {
    const c = normal(`${String(d).trim().padStart(2, '0')}${String(m).trim().padStart(3, '0')}`);
    if (c) return c;
  }
  return normal(id);
}

function esColeccionTopo(o: unknown): o is GeometryCollection {
  return typeof o === 'object' && o !== null && (o as { type?: unknown }).type === 'GeometryCollection';
}

/** The municipal layer of a topology: by the names we know, else the first collection. */
function capaMunicipal(topo: Topology): GeometryCollection | null {
  const objetos = topo.objects ?? {};
  for (const nombre of ['municipios', 'MGN_MPIO_POLITICO', 'mpio', 'municipalities']) {
    const o = objetos[nombre];
    if (esColeccionTopo(o)) return o;
  }
  return Object.values(objetos).find(esColeccionTopo) ?? null;
}

export function leerGeometria(datos: unknown, o: OpcionesLectura): LecturaGeometria {
  const t = texto(o.lang);
  const errores: ErrorDato[] = [];
  const error = (codigo: string, fila: number | undefined, ruta: string, valor: string | undefined, esperado: string): void => {
    errores.push({
      codigo,
      archivo: o.archivo,
      ...(fila !== undefined ? { fila } : {}),
      ruta,
      ...(valor !== undefined ? { valor } : {}),
      esperado,
      mensaje: t.mapaErrorFigura(o.archivo, fila, valor, esperado),
      severidad: 'error',
    });
  };
  const tipo = typeof datos === 'object' && datos !== null ? (datos as { type?: unknown }).type : undefined;

  // Features with their position in the document (1-based, as a person counts them) and path.
  let figuras: Array<{ f: Feature<Geometry | null, GeoJsonProperties>; fila: number; ruta: string }>;
  if (tipo === 'Topology') {
    const topo = datos as Topology;
    const capa = capaMunicipal(topo);
    if (!capa) {
      error('geometria_formato', undefined, 'objects', undefined, t.mapaEsperadoCapa);
      return { municipios: [], errores };
    }
    // Cut before converting: turning 1,122 municipalities into GeoJSON to keep 40 wastes the time it saves.
    const geometrias: Array<{ g: GeometryObject; fila: number }> = [];
    const departamento = o.departamento;
    capa.geometries.forEach((g, i) => {
      const c = departamento ? codigoDeFigura(g.properties, g.id) : null;
      if (!departamento || c === null || c.startsWith(departamento)) geometrias.push({ g, fila: i + 1 });
    });
    const fc = aFeature(topo, { type: 'GeometryCollection', geometries: geometrias.map((x) => x.g) }) as FeatureCollection<Geometry | null>;
    figuras = fc.features.map((f, i) => ({ f, fila: geometrias[i]?.fila ?? i + 1, ruta: `geometries[${(geometrias[i]?.fila ?? i + 1) - 1}]` }));
  } else if (tipo === 'FeatureCollection' && Array.isArray((datos as FeatureCollection).features)) {
    figuras = (datos as FeatureCollection).features.map((f, i) => ({ f, fila: i + 1, ruta: `features[${i}]` }));
  } else if (tipo === 'Feature') {
    figuras = [{ f: datos as Feature, fila: 1, ruta: 'feature' }];
  } else {
    error('geometria_formato', undefined, 'type', tipo === undefined ? undefined : String(tipo), t.mapaEsperadoFormato);
    return { municipios: [], errores };
  }

  const municipios: FiguraMunicipio[] = [];
  const vistos = new Set<string>();
  for (const { f, fila, ruta } of figuras) {
    const codigo = codigoDeFigura(f?.properties, f?.id);
    if (codigo === null) {
      error('geometria_sin_codigo', fila, `${ruta}.properties`, undefined, t.mapaEsperadoCodigo);
      continue;
    }
    if (o.departamento && !codigo.startsWith(o.departamento)) continue;
    if (!esMunicipioDivipola(codigo)) {
      error('geometria_codigo_desconocido', fila, `${ruta}.properties`, codigo, t.mapaEsperadoDivipola);
      continue;
    }
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      error('geometria_tipo', fila, `${ruta}.geometry`, g ? g.type : 'null', t.mapaEsperadoPoligono);
      continue;
    }
    if (vistos.has(codigo)) {
      error('geometria_duplicada', fila, `${ruta}.properties`, codigo, t.mapaEsperadoUnico);
      continue;
    }
    vistos.add(codigo);
    municipios.push({ type: 'Feature', properties: { codigo }, geometry: g });
  }
  return { municipios, errores };
}
