import { expect } from '@esm-bundle/chai';
import { describirGrafico } from './grafico-resumen.js';
import type { FilaGrafico, ModeloGrafico } from './grafico-modelo.js';

function modelo(filas: FilaGrafico[], series = 1): ModeloGrafico {
  return {
    id: 'prueba',
    titulo: 'Prueba',
    descripcion: 'Barras de prueba de 4 elementos.',
    orientacion: 'horizontal',
    maximo: 1,
    series: Array.from({ length: series }, (_, i) => ({ nombre: `Serie ${i + 1}` })),
    capas: [],
    filas,
    tabla: { columnas: [], filas: [] },
    csv: { columnas: [], filas: [] },
  };
}
const fila = (clave: string, ...valores: Array<number | null>): FilaGrafico => ({
  clave,
  etiqueta: `Elemento ${clave}`,
  corta: `e${clave}`,
  barras: valores.map((v) => ({ valor: v, texto: v === null ? 'sin dato' : `${v * 100} %` })),
});

describe('describirGrafico', () => {
  it('una serie: qué se grafica, el más alto y el más bajo con quiénes los tienen', () => {
    const t = describirGrafico(modelo([fila('1', 0.5), fila('2', 0.9), fila('3', 0.2), fila('4', 0.9)]), 'es');
    expect(t).to.equal('Barras de prueba de 4 elementos. El valor más alto es 90 % (e2, e4) y el más bajo, 20 % (e3).');
  });

  it('varias series: cada una con su nombre; los que no tienen barra se cuentan', () => {
    const t = describirGrafico(modelo([fila('1', 0.5, null), fila('2', 0.9, 0.1), fila('3', 0.2, 0.3)], 2), 'es');
    expect(t).to.contain('Serie 1: el valor más alto es 90 % (e2) y el más bajo, 20 % (e3).');
    expect(t).to.contain('Serie 2: el valor más alto es 30 % (e3) y el más bajo, 10 % (e2).');
    expect(t).to.contain('1 valor no se puede graficar');
  });

  it('el valor sin tope ordena: 115 % es más alto que 100 % aunque ambas barras lleguen a 100 %', () => {
    const m = modelo([fila('1', 1), fila('2', 0.4)]);
    m.filas[0]!.barras[0] = { valor: 1, valorReal: 1.15, texto: '115 % (sobre-ejecución)' };
    m.filas.push({ clave: '3', etiqueta: 'Elemento 3', corta: 'e3', barras: [{ valor: 1, valorReal: 1, texto: '100 %' }] });
    expect(describirGrafico(m, 'es')).to.contain('El valor más alto es 115 % (sobre-ejecución) (e1)');
  });

  it('empates largos: nombra tres y cuenta el resto; todos iguales y uno solo tienen su frase; en inglés', () => {
    const muchos = modelo(['1', '2', '3', '4', '5', '6'].map((c, i) => fila(c, i === 5 ? 0.1 : 1)));
    expect(describirGrafico(muchos, 'es')).to.contain('100 % (e1, e2, e3 y 2 más)');
    expect(describirGrafico(modelo([fila('1', 1), fila('2', 1)]), 'es')).to.contain('Los 2 valores son 100 %.');
    expect(describirGrafico(modelo([fila('1', 0.5), fila('2', null)]), 'es')).to.contain('50 % (e1).');
    expect(describirGrafico(modelo([fila('1', 0.5), fila('2', 0.7)]), 'en')).to.contain('The highest value is 70 % (e2) and the lowest, 50 % (e1).');
  });
});
