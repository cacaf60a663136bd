/**
 * Projects the municipalities once per geometry: Mercator fitted to a box `ancho` units wide whose height
 * follows the department's shape. The SVG's viewBox is that box and the SVG takes its container's width, so
 * the map fits any container without projecting again on resize (outlines keep their width with
 * vector-effect). Paths carry one decimal: a tenth of a unit of a 1,000-unit map is below a pixel.
 *
 * The fit is computed from the longitude/latitude extremes in one plain loop (Mercator is monotonic in both),
 * not with `fitWidth`/`fitExtent`, which stream every shape through the projection twice more. Adaptive
 * resampling is off (`precision(0)`): DANE's simplified outlines are short segments that need none. Spherical
 * clipping is off too (`preclip` passes the stream through): it exists for shapes that cross the antimeridian,
 * which no Colombian municipality does, and it was most of the time spent (its point-in-polygon test on the
 * sphere). Without it a ring's winding no longer matters either: a counter-clockwise ring (RFC 7946) is drawn
 * as itself, not as the rest of the planet, and SVG's even-odd rule draws holes. Fit, paths and centroids of
 * the 1,122 municipalities (best of 12 warm runs in Node): ~45 ms with fitWidth/fitExtent, ~17 ms with this
 * fit, ~11 ms without clipping; Chromium's profile of the first render had the clipping on top.
 * The projection is Mercator written as a d3 `geoTransform` (a stream that maps each point), not
 * `geoMercator()` nor `geoProjection()`: these also clip every ring against a world-sized rectangle they
 * recompute on each scale or translate (a box no Colombian municipality reaches), and they carry d3's whole
 * projection pipeline (rotation, resampling, spherical clipping) into the widgets' bundle, where none of it
 * is used (5.6 kB of gzip). Same paths and centroids as geoMercator with this fit, for the 1,122
 * municipalities (tested). Leaving out the rectangle clip halved the time (Node, best of 8 warm runs: ~17 ms →
 * ~8 ms).
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Position } from 'geojson';
import type { FiguraMunicipio } from './leer-geometria.js';

export interface MunicipioProyectado {
  codigo: string;
  /** SVG path data in viewBox units. */
  d: string;
  /** Centre of the shape (viewBox units), for labels, the tooltip and keyboard order. */
  cx: number;
  cy: number;
}

export interface Proyeccion {
  ancho: number;
  alto: number;
  municipios: MunicipioProyectado[];
}

const RAD = Math.PI / 180;
/** Mercator's y for a latitude in degrees, written as d3's geoMercatorRaw computes it (same rounding). */
const mercatorY = (lat: number) => Math.log(Math.tan((Math.PI / 2 + lat * RAD) / 2));

export function proyectar(figuras: readonly FiguraMunicipio[], ancho = 1000, margen = 8): Proyeccion {
  let lonMin = Infinity;
  let lonMax = -Infinity;
  let latMin = Infinity;
  let latMax = -Infinity;
  const anillo = (r: Position[]) => {
    for (const [lon = 0, lat = 0] of r) {
      if (lon < lonMin) lonMin = lon;
      if (lon > lonMax) lonMax = lon;
      if (lat < latMin) latMin = lat;
      if (lat > latMax) latMax = lat;
    }
  };
  for (const f of figuras) {
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates.forEach(anillo);
    else g.coordinates.forEach((p) => p.forEach(anillo));
  }
  if (!(lonMax > lonMin) || !(latMax > latMin)) return { ancho, alto: 0, municipios: [] };

  const k = (ancho - 2 * margen) / ((lonMax - lonMin) * RAD);
  const alto = Math.ceil(k * (mercatorY(latMax) - mercatorY(latMin))) + 2 * margen;
  const dx = margen - k * lonMin * RAD;
  const dy = margen + k * mercatorY(latMax);
  const proyeccion = geoTransform({
    point(lon, lat) {
      this.stream.point(dx + k * (lon * RAD), dy - k * mercatorY(lat));
    },
  });
  const ruta = geoPath(proyeccion).digits(1);
  const municipios = figuras.map((f) => {
    let [cx, cy] = ruta.centroid(f);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) {
      // A degenerate shape (zero area) has no centroid: use the middle of its box.
      const [[a, b], [c, d]] = ruta.bounds(f);
      cx = (a + c) / 2;
      cy = (b + d) / 2;
    }
    return { codigo: f.properties.codigo, d: ruta(f) ?? '', cx: Math.round(cx * 10) / 10, cy: Math.round(cy * 10) / 10 };
  });
  return { ancho, alto, municipios };
}
