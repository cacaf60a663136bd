// Rebuilds the geometry shipped with <pdd-mapa> from DANE's MGN 2018 files (simplified TopoJSON and the
// Norte de Santander GeoJSON cut from it). Run by hand when the source changes:
//   node packages/widgets/src/mapa/geo/preparar-geometria.mjs <carpeta-de-origen>
// Only what the widget reads is kept, the DIVIPOLA code, to cut bytes over the wire: names come from core's
// DIVIPOLA table (the same MGN 2018), so the national file is 10 kB (gzip) lighter.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const origen = process.argv[2];
if (!origen) {
  console.error('Uso: node preparar-geometria.mjs <carpeta con colombia-mgn2018-simplificado.topojson>');
  process.exit(1);
}
const destino = import.meta.dirname;
const propiedades = (p) => ({ MPIO_CCNCT: p.MPIO_CCNCT });

// GeoJSON: the source's quantisation step is ~0.0012° (its TopoJSON transform), so 4 decimals (~11 m)
// lose nothing visible; the file had 15.
const redondear = (n) => Math.round(n * 1e4) / 1e4;
function anillo(puntos) {
  const r = [];
  for (const [x, y] of puntos) {
    const p = [redondear(x), redondear(y)];
    const u = r[r.length - 1];
    if (!u || u[0] !== p[0] || u[1] !== p[1]) r.push(p);
  }
  return r;
}
const geometria = (g) =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(anillo) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((pol) => pol.map(anillo)) };

const nds = JSON.parse(readFileSync(join(origen, 'norte-de-santander-municipios.geojson'), 'utf8'));
const ndsSalida = {
  type: 'FeatureCollection',
  features: nds.features.map((f) => ({ type: 'Feature', properties: propiedades(f.properties), geometry: geometria(f.geometry) })),
};
writeFileSync(join(destino, 'norte-de-santander-municipios.geojson'), JSON.stringify(ndsSalida));

// TopoJSON: keep the municipal layer only (department borders are drawn from it) and drop the arcs that
// only the departmental layer used, renumbering the rest.
const topo = JSON.parse(readFileSync(join(origen, 'colombia-mgn2018-simplificado.topojson'), 'utf8'));
const municipios = topo.objects.MGN_MPIO_POLITICO;
const usados = new Map();
const marcar = (a) => (Array.isArray(a) ? a.forEach(marcar) : usados.set(a < 0 ? ~a : a, 0));
municipios.geometries.forEach((g) => marcar(g.arcs));
const orden = [...usados.keys()].sort((a, b) => a - b);
orden.forEach((viejo, nuevo) => usados.set(viejo, nuevo));
const renumerar = (a) => (Array.isArray(a) ? a.map(renumerar) : a < 0 ? ~usados.get(~a) : usados.get(a));
const topoSalida = {
  type: 'Topology',
  transform: topo.transform,
  objects: {
    municipios: {
      type: 'GeometryCollection',
      geometries: municipios.geometries.map((g) => ({ type: g.type, arcs: renumerar(g.arcs), properties: propiedades(g.properties) })),
    },
  },
  arcs: orden.map((i) => topo.arcs[i]),
};
writeFileSync(join(destino, 'colombia-municipios.topojson'), JSON.stringify(topoSalida));
console.log(`${ndsSalida.features.length} municipios de Norte de Santander; ${topoSalida.objects.municipios.geometries.length} de Colombia.`);
