import { expect } from '@esm-bundle/chai';
import type { Plan } from '@tablero-pdd/core';
import { seleccionar } from './seleccion.js';

describe('seleccionar (qué metas muestra un widget con meta o nivel)', () => {
  let plan: Plan;
  before(async () => {
    plan = (await (await fetch('/demo/data/norte-de-santander-2024-2025.json')).json()) as Plan;
  });

  it('sin atributos: todo el plan, el mismo objeto', () => {
    const s = seleccionar(plan, {});
    expect(s.ok && s.plan).to.equal(plan);
  });

  it('una meta: solo esa; un código inexistente se dice', () => {
    const s = seleccionar(plan, { meta: ' 8 ' });
    expect(s.ok && s.plan.metas.map((m) => m.codigo)).to.deep.equal(['8']);
    expect(s.ok && s.meta?.codigo).to.equal('8');
    expect(seleccionar(plan, { meta: '999' })).to.deep.equal({ ok: false, motivo: 'meta', codigo: '999' });
  });

  it('un nivel: las metas de toda su rama', () => {
    const apuesta = seleccionar(plan, { nivel: 'L1.C1.A2' });
    const esperadas = plan.metas.filter((m) => m.nodo === 'L1.C1.A2').map((m) => m.codigo);
    expect(esperadas.length).to.be.greaterThan(0);
    expect(apuesta.ok && apuesta.plan.metas.map((m) => m.codigo)).to.deep.equal(esperadas);
    // The línea holds every apuesta below it.
    const linea = seleccionar(plan, { nivel: 'L1' });
    expect(linea.ok && linea.plan.metas).to.have.length(plan.metas.length);
    expect(seleccionar(plan, { nivel: 'L9' })).to.deep.equal({ ok: false, motivo: 'nivel', codigo: 'L9' });
    // Metas 16 and 17 are absent from the report and name no node: no branch claims them.
    expect(plan.ausentes?.length).to.equal(2);
    expect(apuesta.ok && apuesta.plan.ausentes).to.deep.equal([]);
  });

  it('meta manda sobre nivel; un ciclo en los nodos no cuelga la página', () => {
    const s = seleccionar(plan, { meta: '8', nivel: 'L1.C1.A1' });
    expect(s.ok && s.plan.metas.map((m) => m.codigo)).to.deep.equal(['8']);
    const ciclo: Plan = {
      ...plan,
      nodos: [
        { codigo: 'X', nombre: null, nivel: 0, padre: 'Y' },
        { codigo: 'Y', nombre: null, nivel: 0, padre: 'X' },
      ],
      metas: plan.metas.slice(0, 2).map((m) => ({ ...m, nodo: 'Y' })),
    };
    const r = seleccionar(ciclo, { nivel: 'X' });
    expect(r.ok && r.plan.metas).to.have.length(2);
  });

  it('recuerda la selección por plan y atributos (no recalcula al repintar)', () => {
    expect(seleccionar(plan, { nivel: 'L1.C1.A2' })).to.equal(seleccionar(plan, { nivel: 'L1.C1.A2' }));
  });
});
