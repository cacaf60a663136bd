import { expect } from '@esm-bundle/chai';
import { csvParse } from 'd3-dsv';
import { textoCsv } from './descargas.js';
import type { ModeloGrafico } from './grafico-modelo.js';

const modelo = (filas: ModeloGrafico['csv']['filas']): ModeloGrafico => ({
  id: 'p',
  titulo: 'P',
  descripcion: '',
  orientacion: 'horizontal',
  maximo: 1,
  series: [],
  capas: [],
  filas: [],
  tabla: { columnas: [], filas: [] },
  csv: { columnas: ['Meta', 'Valor'], filas },
});

describe('textoCsv', () => {
  it('"no reportado" es una celda vacía, un 0 reportado es 0; comas y comillas se citan', () => {
    const t = textoCsv(modelo([{ Meta: 'a, "b"', Valor: null }, { Meta: 'c', Valor: 0 }, { Meta: 'd', Valor: -0.25 }]));
    const filas = csvParse(t);
    expect(filas.map((f) => [f['Meta'], f['Valor']])).to.deep.equal([
      ['a, "b"', ''],
      ['c', '0'],
      ['d', '-0.25'],
    ]);
  });
  it('un texto que una hoja de cálculo ejecutaría como fórmula se neutraliza; los números negativos no', () => {
    const filas = csvParse(textoCsv(modelo([{ Meta: '=HYPERLINK("http://x")', Valor: -1 }, { Meta: '@SUM(A1)', Valor: 1 }])));
    expect(filas[0]!['Meta']).to.equal('\'=HYPERLINK("http://x")');
    expect(filas[0]!['Valor']).to.equal('-1');
    expect(filas[1]!['Meta']).to.equal("'@SUM(A1)");
  });
  it('las columnas salen en el orden pedido aunque falten en una fila', () => {
    expect(textoCsv(modelo([{ Valor: 2 }])).split('\n')[0]).to.equal('Meta,Valor');
  });
});
