import { expect } from '@esm-bundle/chai';
import { MUNICIPIOS } from '@tablero-pdd/core';
import { codigoDeFigura, leerGeometria } from './leer-geometria.js';

const GEO = '/packages/widgets/src/mapa/geo/';
const leerJson = async (archivo: string) => (await fetch(GEO + archivo)).json() as Promise<unknown>;
const codigosDe = (d: string) => MUNICIPIOS.filter(([c]) => c.startsWith(d)).map(([c]) => c).sort();

/** A small square with its corner at (x, y). */
function cuadrado(x: number, y: number) {
  const anillo = [
    [x, y],
    [x, y + 0.1],
    [x + 0.1, y + 0.1],
    [x + 0.1, y],
    [x, y],
  ];
  return { type: 'Polygon', coordinates: [anillo] };
}
const figura = (properties: Record<string, unknown>, geometry: unknown = cuadrado(-72.5, 8), id?: unknown) => ({
  type: 'Feature',
  ...(id !== undefined ? { id } : {}),
  properties,
  geometry,
});
const coleccion = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const o = { archivo: 'mio.geojson', lang: 'es' as const };

describe('leerGeometria', () => {
  it('lee el GeoJSON incluido de Norte de Santander: 40 municipios, todos los códigos de DIVIPOLA, sin errores', async () => {
    const r = leerGeometria(await leerJson('norte-de-santander-municipios.geojson'), o);
    expect(r.errores).to.deep.equal([]);
    expect(r.municipios.map((m) => m.properties.codigo).sort()).to.deep.equal(codigosDe('54'));
  });

  it('recorta un departamento del TopoJSON nacional (Cundinamarca: 116) y sin recorte da los 1.122', async () => {
    const topo = await leerJson('colombia-municipios.topojson');
    const c = leerGeometria(topo, { ...o, departamento: '25' });
    expect(c.errores).to.deep.equal([]);
    expect(c.municipios.map((m) => m.properties.codigo).sort()).to.deep.equal(codigosDe('25'));
    expect(c.municipios).to.have.length(116);
    const todo = leerGeometria(topo, { ...o, departamento: null });
    expect(todo.municipios).to.have.length(1122);
    expect(todo.municipios.map((m) => m.properties.codigo).sort()).to.deep.equal(MUNICIPIOS.map(([c]) => c).sort());
  });

  it('reconoce el código en las propiedades habituales, como número sin el cero inicial, partido en dos o en el id', () => {
    expect(codigoDeFigura({ MPIO_CCNCT: '54001' }, undefined)).to.equal('54001');
    expect(codigoDeFigura({ divipola: 5001 }, undefined)).to.equal('05001');
    expect(codigoDeFigura({ DPTO_CCDGO: '5', MPIO_CCDGO: '1' }, undefined)).to.equal('05001');
    expect(codigoDeFigura({ nombre: 'x' }, '54874')).to.equal('54874');
    expect(codigoDeFigura({ codigo: 'CUCUTA' }, undefined)).to.equal(null);
    expect(codigoDeFigura(null, undefined)).to.equal(null);
  });

  it('cada entidad que no se puede dibujar se reporta con su posición, ruta, valor y lo esperado', () => {
    const r = leerGeometria(
      coleccion(
        figura({ MPIO_CCNCT: '54001' }),
        figura({ nombre: 'sin código' }),
        figura({ MPIO_CCNCT: '99999' }),
        figura({ MPIO_CCNCT: '54874' }, { type: 'Point', coordinates: [-72.5, 8] }),
        figura({ MPIO_CCNCT: '54001' }, cuadrado(-72, 8)),
      ),
      o,
    );
    expect(r.municipios.map((m) => m.properties.codigo)).to.deep.equal(['54001']);
    expect(r.errores.map((e) => [e.codigo, e.fila, e.ruta, e.valor])).to.deep.equal([
      ['geometria_sin_codigo', 2, 'features[1].properties', undefined],
      ['geometria_codigo_desconocido', 3, 'features[2].properties', '99999'],
      ['geometria_tipo', 4, 'features[3].geometry', 'Point'],
      ['geometria_duplicada', 5, 'features[4].properties', '54001'],
    ]);
    for (const e of r.errores) {
      expect(e.archivo).to.equal('mio.geojson');
      expect(e.severidad).to.equal('error');
      expect(e.mensaje).to.contain(`mio.geojson, entidad ${e.fila}`);
      expect(e.mensaje).to.contain(`se esperaba ${e.esperado}`);
    }
    expect(r.errores[1]!.mensaje).to.contain('se encontró «99999»');
  });

  it('con departamento deja fuera en silencio solo los municipios de otros departamentos', () => {
    const r = leerGeometria(coleccion(figura({ MPIO_CCNCT: '54001' }), figura({ MPIO_CCNCT: '25754' })), { ...o, departamento: '25' });
    expect(r.municipios.map((m) => m.properties.codigo)).to.deep.equal(['25754']);
    expect(r.errores).to.deep.equal([]);
  });

  it('un documento que no es GeoJSON ni TopoJSON es un error de formato, en el idioma pedido', () => {
    const r = leerGeometria({ type: 'Algo' }, { ...o, lang: 'en' });
    expect(r.municipios).to.deep.equal([]);
    expect(r.errores.map((e) => e.codigo)).to.deep.equal(['geometria_formato']);
    expect(r.errores[0]!.mensaje).to.contain('expected a GeoJSON (FeatureCollection or Feature) or TopoJSON (Topology) document');
    expect(leerGeometria([1, 2], o).errores[0]!.codigo).to.equal('geometria_formato');
    expect(leerGeometria({ type: 'Topology', objects: {}, arcs: [] }, o).errores[0]!.esperado).to.contain('GeometryCollection');
  });
});
