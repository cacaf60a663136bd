import { expect } from '@esm-bundle/chai';
import type { ModeloGrafico } from './grafico-modelo.js';
import { paginar } from './paginacion.js';
import { leerPorPagina, paginaDeModelo, textosPaginasGrafico } from './paginas-grafico.js';

function modelo(n: number, unidadFilas?: ModeloGrafico['unidadFilas']): ModeloGrafico {
  const claves = Array.from({ length: n }, (_, i) => `m${i + 1}`);
  return {
    id: 'prueba',
    titulo: 'Prueba',
    descripcion: '',
    orientacion: 'horizontal',
    maximo: 1,
    series: [{ nombre: 'S' }],
    capas: [],
    filas: claves.map((clave) => ({ clave, etiqueta: clave, barras: [{ valor: 0.5, texto: '50 %' }] })),
    ...(unidadFilas ? { unidadFilas } : {}),
    tabla: { columnas: [{ titulo: 'Meta' }], filas: claves.map((clave) => ({ clave, celdas: [clave] })) },
    csv: { columnas: ['Meta'], filas: claves.map((clave) => ({ Meta: clave })) },
  };
}

describe('paginaDeModelo', () => {
  it('la tercera página de 25 de 60 filas: filas 51–60, en las barras y en la tabla; el CSV queda entero', () => {
    const m = modelo(60);
    const p = paginaDeModelo(m, paginar(60, 2, 25));
    expect(p.filas.map((f) => f.clave)).to.deep.equal(m.filas.slice(50).map((f) => f.clave));
    expect(p.tabla.filas.map((f) => f.clave)).to.deep.equal(p.filas.map((f) => f.clave));
    expect(p.csv.filas).to.have.length(60);
  });

  it('una página con todas las filas devuelve el mismo modelo', () => {
    const m = modelo(18);
    expect(paginaDeModelo(m, paginar(18, 0, 25))).to.equal(m);
    expect(paginaDeModelo(m, paginar(18, 0, Number.POSITIVE_INFINITY))).to.equal(m);
  });
});

describe('leerPorPagina', () => {
  it('sin valor, 25; los tamaños del selector, sin importar mayúsculas ni espacios', () => {
    expect(leerPorPagina(undefined, 'es')).to.deep.equal({ tamano: 25, aviso: null });
    expect(leerPorPagina('  ', 'es')).to.deep.equal({ tamano: 25, aviso: null });
    expect(leerPorPagina(' 50 ', 'es')).to.deep.equal({ tamano: 50, aviso: null });
    expect(leerPorPagina('Todas', 'es')).to.deep.equal({ tamano: Number.POSITIVE_INFINITY, aviso: null });
  });

  it('un valor que el gráfico no ofrece: 25 y un aviso que lo nombra, en el idioma del widget', () => {
    const es = leerPorPagina('30', 'es');
    expect(es.tamano).to.equal(25);
    expect(es.aviso).to.contain('por-pagina="30"').and.contain('10, 25, 50, 100, todas');
    expect(leerPorPagina('all', 'en').aviso).to.match(/^The attribute por-pagina="all" is not a page size of the chart/);
  });
});

describe('textosPaginasGrafico', () => {
  it('nombra las filas por lo que son, con las cifras que le llegan ya formateadas', () => {
    expect(textosPaginasGrafico('es', modelo(1, 'metas')).mostrando('26', '50', '1.000')).to.equal('Mostrando 26–50 de 1.000 metas');
    expect(textosPaginasGrafico('es', modelo(1, 'niveles')).porPagina).to.equal('Niveles por página');
    expect(textosPaginasGrafico('en', modelo(1, 'niveles')).mostrando('1', '25', '212')).to.equal('Showing 1–25 of 212 levels');
    expect(textosPaginasGrafico('es', modelo(1)).porPagina).to.equal('Filas por página');
    expect(textosPaginasGrafico('es', modelo(1)).paginacion).to.equal('Páginas del gráfico: Prueba');
  });
});
