import { expect } from '@esm-bundle/chai';
import { resumir, type Plan } from '@tablero-pdd/core';
import { filasDeMetas, normalizarBusqueda, type FilaMeta } from './filas-metas.js';
import { filtrarOrden, type FiltroMetas } from './filtrar-metas.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

describe('filtrarOrden', () => {
  let semilla: Plan;
  let filas: FilaMeta[];
  const codigos = (f: FiltroMetas, orden = filas.map((_, i) => i)) => filtrarOrden(filas, orden, f).map((i) => filas[i]!.meta.codigo);

  before(async () => {
    semilla = (await (await fetch(URL_SEMILLA)).json()) as Plan;
    filas = filasDeMetas(semilla, resumir(semilla));
  });

  it('normaliza tildes, mayúsculas y espacios', () => {
    expect(normalizarBusqueda('  Secretaría   de  DESARROLLO ')).to.equal('secretaria de desarrollo');
  });

  it('texto libre: cada palabra debe aparecer, sin importar tildes ni mayúsculas', () => {
    // "negociacion" (without accent) finds "negociaciones"; both words must be present.
    const esperado = semilla.metas.filter((m) => /rondas/i.test(m.nombre) && /negociaci/i.test(m.nombre)).map((m) => m.codigo);
    expect(esperado).to.have.length.greaterThan(1);
    expect(codigos({ texto: 'RONDAS negociacion' })).to.have.members(esperado);
    expect(codigos({ texto: 'rondas zzz' })).to.deep.equal([]);
    // The name of the level counts: "crédito" is the name of an apuesta, not of its metas.
    const apuesta = semilla.nodos.find((n) => n.nombre === 'Acceso al crédito')!;
    expect(codigos({ texto: 'acceso al credito' })).to.have.members(semilla.metas.filter((m) => m.nodo === apuesta.codigo).map((m) => m.codigo));
  });

  it('nivel: las metas del nodo y de los nodos de abajo', () => {
    expect(codigos({ nivel: 'L1' })).to.have.length(semilla.metas.length);
    expect(codigos({ nivel: 'L1.C1.A2' })).to.have.members(semilla.metas.filter((m) => m.nodo === 'L1.C1.A2').map((m) => m.codigo));
  });

  it('banda: el estado del % cumplimiento tal como lo muestra la marca', () => {
    const r = resumir(semilla);
    for (const id of ['sobresaliente', 'critico', 'medio']) {
      const esperado = r.metas.filter((m) => m.bandaCumplimiento.id === id).map((m) => m.codigo);
      expect(codigos({ banda: id }), id).to.have.members(esperado);
    }
  });

  it('secretaría y municipio; todos los criterios a la vez', () => {
    expect(codigos({ secretaria: 'secretaria de desarrollo economico y productividad' })).to.have.length(semilla.metas.length);
    expect(codigos({ secretaria: 'Otra secretaría' })).to.deep.equal([]);
    const villa = semilla.metas.filter((m) => m.municipios.codigos.includes('54874')).map((m) => m.codigo);
    expect(codigos({ municipio: '54874' })).to.have.members(villa);
    const ambos = semilla.metas.filter((m) => m.municipios.codigos.includes('54874') && m.nodo === 'L1.C1.A2').map((m) => m.codigo);
    expect(codigos({ municipio: '54874', nivel: 'L1.C1.A2' })).to.have.members(ambos);
  });

  it('conserva el orden recibido', () => {
    const inverso = filas.map((_, i) => filas.length - 1 - i);
    expect(codigos({}, inverso)).to.deep.equal(filas.map((f) => f.meta.codigo).reverse());
  });
});
