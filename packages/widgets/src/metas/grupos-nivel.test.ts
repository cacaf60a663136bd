import { expect } from '@esm-bundle/chai';
import { gruposNivel, textoOpcionNivel, type NivelOpcion } from './grupos-nivel.js';

const fila = (codigo: string, profundidad: number, nombreNivel: string | null = 'Apuesta', nombre: string | null = codigo): NivelOpcion => ({
  codigo,
  profundidad,
  numeracion: codigo,
  nombreNivel,
  nombre,
});

describe('gruposNivel', () => {
  it('un grupo por línea, con la línea primero y sus descendientes en orden', () => {
    const filas = [fila('1', 0), fila('1.1', 1), fila('1.1.1', 2), fila('2', 0), fila('2.1', 1)];
    expect(gruposNivel(filas)?.map((g) => g.map((f) => f.codigo))).to.deep.equal([['1', '1.1', '1.1.1'], ['2', '2.1']]);
  });

  it('sin grupos cuando no añaden nada: una sola línea, o un plan de un solo nivel', () => {
    expect(gruposNivel([fila('1', 0), fila('1.1', 1), fila('1.2', 1)])).to.equal(null);
    expect(gruposNivel([fila('1', 0), fila('2', 0), fila('3', 0)])).to.equal(null);
    expect(gruposNivel([])).to.equal(null);
  });

  it('filas antes de la primera línea (una rama suelta) forman su propio grupo, sin perderse', () => {
    const g = gruposNivel([fila('x.1', 1), fila('1', 0), fila('1.1', 1)]);
    expect(g?.map((x) => x.map((f) => f.codigo))).to.deep.equal([['x.1'], ['1', '1.1']]);
  });
});

describe('textoOpcionNivel', () => {
  it('empieza por la numeración (para escribirla con el teclado), sin espacios delante', () => {
    expect(textoOpcionNivel(fila('1.1.2', 2, 'Apuesta', 'Productividad'), 'sin nombre')).to.equal('1.1.2 Apuesta: Productividad');
  });
  it('sin nombre de nivel no deja «: » suelto; sin nombre dice que falta', () => {
    expect(textoOpcionNivel(fila('4', 0, null, 'Movilidad'), 'sin nombre')).to.equal('4 Movilidad');
    expect(textoOpcionNivel(fila('1', 0, 'Línea estratégica', null), 'sin nombre')).to.equal('1 Línea estratégica: sin nombre');
  });
});
