import { expect } from '@esm-bundle/chai';
import { resumir, type Plan } from '@tablero-pdd/core';
import { filasDeMetas } from './filas-metas.js';
import { crearOrdenador, ordenarFilas } from './ordenar-metas.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

/** A plan whose first metas have known cumplimientos: 150 %, sin dato, 0 %, no programada, 100 %. */
function planConCasos(semilla: Plan): Plan {
  const p = structuredClone(semilla);
  const seguimiento = (i: number, programado: number | null, ejecutado: number | null) => {
    p.metas[i]!.seguimiento = [{ desde: 2024, hasta: 2025, programado, ejecutado }];
  };
  seguimiento(0, 2, 3); // 150 % (over-execution: kept raw)
  seguimiento(1, 2, null); // sin dato
  seguimiento(2, 2, 0); // a real 0 %
  seguimiento(3, 0, 0); // no programada
  seguimiento(4, 2, 2); // 100 %
  p.metas[5]!.inversion = []; // investment not reported
  p.metas[6]!.beneficiarios = { estado: 'reportado', total: 0, unidad: 'personas', grupos: [] };
  return p;
}

describe('ordenarFilas', () => {
  let semilla: Plan;
  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
  });

  it('ordena por % cumplimiento con el valor sin tope, y sin dato al final en los dos sentidos', () => {
    const plan = planConCasos(semilla);
    const filas = filasDeMetas(plan, resumir(plan));
    const codigos = (orden: number[]) => orden.map((i) => filas[i]!.meta.codigo);
    const asc = codigos(ordenarFilas(filas, 'cumplimiento', 'ascendente'));
    const desc = codigos(ordenarFilas(filas, 'cumplimiento', 'descendente'));
    // 0 % is a value (first ascending), 150 % is above every 100 % (first descending).
    expect(asc[0]).to.equal('3');
    expect(desc[0]).to.equal('1');
    // Metas without a value (sin dato "2", no programada "4") are last in both directions, in canonical order.
    expect(asc.slice(-2)).to.deep.equal(['2', '4']);
    expect(desc.slice(-2)).to.deep.equal(['2', '4']);
    // Every value in order.
    const valores = (orden: string[]) =>
      orden.map((c) => filas.find((f) => f.meta.codigo === c)!.cifras.cumplimiento.valor).filter((v): v is number => v !== null);
    const va = valores(asc);
    for (let i = 1; i < va.length; i++) expect(va[i]!).to.be.at.least(va[i - 1]!);
    const vd = valores(desc);
    for (let i = 1; i < vd.length; i++) expect(vd[i]!).to.be.at.most(vd[i - 1]!);
  });

  it('ordena por nombre en el orden alfabético del español: sin mayúsculas ni tildes, la ñ tras la n, números por valor', () => {
    const plan = structuredClone(semilla);
    const nombres = ['Ñame y cacao', 'Nodo 10', 'nodo 2', 'Ánfora', 'andén', 'Zona franca', 'Ocaña'];
    nombres.forEach((n, i) => (plan.metas[i]!.nombre = n));
    const filas = filasDeMetas(plan, resumir(plan)).filter((f) => nombres.includes(f.meta.nombre));
    const orden = ordenarFilas(filas, 'nombre', 'ascendente').map((i) => filas[i]!.meta.nombre);
    expect(orden).to.deep.equal(['andén', 'Ánfora', 'nodo 2', 'Nodo 10', 'Ñame y cacao', 'Ocaña', 'Zona franca']);
    const inverso = ordenarFilas(filas, 'nombre', 'descendente').map((i) => filas[i]!.meta.nombre);
    expect(inverso).to.deep.equal([...orden].reverse());
  });

  it('ordena los códigos en orden natural ("2" antes de "10") y los empates en el orden canónico', () => {
    const filas = filasDeMetas(semilla, resumir(semilla));
    const codigos = ordenarFilas(filas, 'codigo', 'ascendente').map((i) => filas[i]!.meta.codigo);
    expect(codigos.indexOf('2')).to.be.lessThan(codigos.indexOf('10'));
    expect(codigos.slice(0, 3)).to.deep.equal(['1', '2', '3']);
    // Seed metas of equal % cumplimiento (many 100 %) keep the canonical order among themselves.
    const orden = ordenarFilas(filas, 'cumplimiento', 'descendente');
    const cien = orden.filter((i) => filas[i]!.cifras.cumplimiento.valor === 1);
    expect(cien).to.deep.equal([...cien].sort((a, b) => filas[a]!.indice - filas[b]!.indice));
  });

  it('beneficiarios e inversión: un 0 reportado es un valor; sin dato y no aplica van al final', () => {
    const plan = planConCasos(semilla);
    const filas = filasDeMetas(plan, resumir(plan));
    const benef = ordenarFilas(filas, 'beneficiarios', 'ascendente').map((i) => filas[i]!);
    expect(benef[0]!.meta.codigo).to.equal('7');
    const primeraSinTotal = benef.findIndex((f) => f.cifras.beneficiarios.total === null);
    expect(benef.slice(primeraSinTotal).every((f) => f.cifras.beneficiarios.total === null)).to.equal(true);
    const inv = ordenarFilas(filas, 'inversion', 'descendente').map((i) => filas[i]!.meta.codigo);
    expect(inv[inv.length - 1]).to.equal('6');
  });

  it('calcula cada orden una sola vez', () => {
    const filas = filasDeMetas(semilla, resumir(semilla));
    const ordenar = crearOrdenador(filas);
    expect(ordenar('nombre', 'ascendente')).to.equal(ordenar('nombre', 'ascendente'));
    expect(ordenar('nombre', 'descendente')).not.to.equal(ordenar('nombre', 'ascendente'));
  });
});
