import { expect } from '@esm-bundle/chai';
import { geoMercator, geoPath } from 'd3-geo';
import { leerGeometria } from './leer-geometria.js';
import { proyectar } from './proyeccion.js';
import type { FiguraMunicipio } from './leer-geometria.js';

describe('proyectar', () => {
  it('ajusta Norte de Santander a una caja de 1.000 de ancho, con el norte arriba y el este a la derecha', async () => {
    const datos = (await (await fetch('/packages/widgets/src/mapa/geo/norte-de-santander-municipios.geojson')).json()) as unknown;
    const p = proyectar(leerGeometria(datos, { archivo: 'x', lang: 'es' }).municipios);
    expect(p.ancho).to.equal(1000);
    expect(p.alto).to.be.greaterThan(p.ancho); // the department is taller than wide
    expect(p.municipios).to.have.length(40);
    for (const m of p.municipios) {
      expect(m.cx).to.be.within(0, p.ancho);
      expect(m.cy).to.be.within(0, p.alto);
      expect(m.d).to.match(/^M/);
      expect(m.d).to.not.match(/\d\.\d\d/); // one decimal is enough below a pixel
    }
    const de = (c: string) => p.municipios.find((m) => m.codigo === c)!;
    expect(de('54001').cx).to.be.greaterThan(de('54498').cx); // Cúcuta east of Ocaña
    expect(de('54810').cy).to.be.lessThan(de('54172').cy); // Tibú north of Chinácota
    // The fit uses the box: something touches each side (within the 8-unit margin).
    const xs = p.municipios.map((m) => m.d.match(/-?[\d.]+(?=,)/g)!.map(Number)).flat();
    expect(Math.min(...xs)).to.be.closeTo(8, 1);
    expect(Math.max(...xs)).to.be.closeTo(992, 1);
    const ys = p.municipios.map((m) => m.d.match(/(?<=,)-?[\d.]+/g)!.map(Number)).flat();
    expect(Math.min(...ys)).to.be.closeTo(8, 1);
    expect(Math.max(...ys)).to.be.closeTo(p.alto - 8, 1.5);
  });

  it('un anillo antihorario (RFC 7946) se dibuja como él mismo, no como el resto del planeta', () => {
    const anillo = [
      [-72.5, 8],
      [-72.5, 8.1],
      [-72.4, 8.1],
      [-72.4, 8],
      [-72.5, 8],
    ];
    const figura = (codigo: string, r: number[][]): FiguraMunicipio => ({ type: 'Feature', properties: { codigo }, geometry: { type: 'Polygon', coordinates: [r] } });
    const otro = figura('54874', anillo.map(([x, y]) => [x! + 0.3, y!]));
    const horario = proyectar([figura('54001', anillo), otro]);
    const antihorario = proyectar([figura('54001', [...anillo].reverse()), otro]);
    const caja = (d: string) => {
      const n = d.match(/-?[\d.]+/g)!.map(Number);
      const xs = n.filter((_, i) => i % 2 === 0);
      return [Math.min(...xs), Math.max(...xs)];
    };
    expect(caja(antihorario.municipios[0]!.d)).to.deep.equal(caja(horario.municipios[0]!.d));
    expect(antihorario.municipios[0]!.cx).to.equal(horario.municipios[0]!.cx);
    // The square covers about a quarter of the width (0.1° of 0.4°), not the whole map.
    const [a, b] = caja(antihorario.municipios[0]!.d);
    expect(b! - a!).to.be.closeTo((1000 - 16) / 4, 2);
  });

  for (const archivo of ['norte-de-santander-municipios.geojson', 'colombia-municipios.topojson']) {
    it(`da los mismos caminos y centros que el geoMercator de d3 con el mismo ajuste (sin su recorte rectangular): ${archivo}`, async () => {
      const datos = (await (await fetch(`/packages/widgets/src/mapa/geo/${archivo}`)).json()) as unknown;
      const figuras = leerGeometria(datos, { archivo: 'x', lang: 'es' }).municipios;
      expect(figuras.length).to.equal(archivo.startsWith('colombia') ? 1122 : 40);
      const p = proyectar(figuras);
      // The fit proyectar computes, rebuilt from its output: margin 8 and the box's extremes.
      const puntos = figuras.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2));
      const xs = puntos.map((q) => q[0]!);
      const ys = puntos.map((q) => q[1]!);
      const rad = Math.PI / 180;
      const k = (1000 - 16) / ((Math.max(...xs) - Math.min(...xs)) * rad);
      const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
      const d3 = geoMercator()
        .preclip((s) => s)
        .precision(0)
        .scale(k)
        .translate([8 - k * Math.min(...xs) * rad, 8 + k * y(Math.max(...ys))]);
      const ruta = geoPath(d3).digits(1);
      for (const [i, f] of figuras.entries()) {
        const m = p.municipios[i]!;
        expect(m.d, m.codigo).to.equal(ruta(f));
        const [cx, cy] = ruta.centroid(f);
        expect(m.cx).to.equal(Math.round(cx * 10) / 10);
        expect(m.cy).to.equal(Math.round(cy * 10) / 10);
      }
    });
  }

  it('sin municipios no falla: caja vacía', () => {
    expect(proyectar([])).to.deep.equal({ ancho: 1000, alto: 0, municipios: [] });
  });
});
