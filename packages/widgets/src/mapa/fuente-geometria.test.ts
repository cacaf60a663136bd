import { expect } from '@esm-bundle/chai';
import { claveFuente, leerDepartamento, resolverFuente } from './fuente-geometria.js';

describe('fuente de la geometría', () => {
  it('lee el departamento por código, por código de municipio, por nombre o "colombia"', () => {
    expect(leerDepartamento('25')).to.deep.equal({ ok: true, departamento: '25' });
    expect(leerDepartamento('5')).to.deep.equal({ ok: true, departamento: '05' });
    expect(leerDepartamento('25754')).to.deep.equal({ ok: true, departamento: '25' });
    expect(leerDepartamento('  Cundinamarca ')).to.deep.equal({ ok: true, departamento: '25' });
    expect(leerDepartamento('norte de santander')).to.deep.equal({ ok: true, departamento: '54' });
    expect(leerDepartamento('Colombia')).to.deep.equal({ ok: true, departamento: null });
  });
  it('lo que no es un departamento se rechaza con el valor tal como vino', () => {
    expect(leerDepartamento('42')).to.deep.equal({ ok: false, valor: '42' });
    expect(leerDepartamento('54999')).to.deep.equal({ ok: false, valor: '54999' });
    expect(leerDepartamento('Narnia')).to.deep.equal({ ok: false, valor: 'Narnia' });
  });
  it('geometria manda sobre departamento; sin atributos decide la entidad del plan; sin plan, se espera', () => {
    expect(resolverFuente({ geometria: '/m.json', departamento: '54', divipolaPlan: '25' })).to.deep.equal({
      ok: true,
      fuente: { tipo: 'url', url: '/m.json', departamento: '54' },
    });
    expect(resolverFuente({ departamento: 'colombia', divipolaPlan: '54' })).to.deep.equal({ ok: true, fuente: { tipo: 'incluida', departamento: null } });
    expect(resolverFuente({ divipolaPlan: '54001' })).to.deep.equal({ ok: true, fuente: { tipo: 'incluida', departamento: '54' } });
    expect(resolverFuente({ divipolaPlan: null })).to.deep.equal({ ok: 'esperar' });
    expect(resolverFuente({ departamento: '00', divipolaPlan: '54' })).to.deep.equal({ ok: false, valor: '00' });
  });
  it('la clave cambia con la fuente (para recargar solo cuando hace falta)', () => {
    const a = claveFuente({ tipo: 'incluida', departamento: '54' });
    expect(a).to.equal(claveFuente({ tipo: 'incluida', departamento: '54' }));
    expect(a).to.not.equal(claveFuente({ tipo: 'incluida', departamento: null }));
    expect(a).to.not.equal(claveFuente({ tipo: 'url', url: 'x', departamento: '54' }));
  });
});
