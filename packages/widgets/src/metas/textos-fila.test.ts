import { expect } from '@esm-bundle/chai';
import { resumir, type Plan } from '@tablero-pdd/core';
import { texto } from '../base/i18n.js';
import { filasDeMetas, type FilaMeta } from './filas-metas.js';
import type { Contexto } from './partes-meta.js';
import { textosFila } from './textos-fila.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

describe('textosFila', () => {
  let filas: FilaMeta[];
  let es: Contexto;
  before(async () => {
    const plan = (await (await fetch(URL_SEMILLA)).json()) as Plan;
    const porCodigo = (c: string) => plan.metas.find((m) => m.codigo === c)!;
    // Edge cases on known metas (as in pdd-metas.test.ts): 150 %, sin dato, 0 %, no programada, beneficiaries.
    porCodigo('1').seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: 3 }];
    porCodigo('2').beneficiarios = { estado: 'reportado', total: 0, unidad: 'ciudadanos', grupos: [] };
    porCodigo('5').inversion = [];
    porCodigo('7').seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: null }];
    porCodigo('9').seguimiento = [{ desde: 2024, hasta: 2025, programado: 2, ejecutado: 0 }];
    porCodigo('10').seguimiento = [{ desde: 2024, hasta: 2025, programado: 0, ejecutado: 0 }];
    const r = resumir(plan);
    filas = filasDeMetas(plan, r);
    es = { lang: 'es', t: texto('es'), periodo: r.periodo, encabezado: 2 };
  });

  const fila = (codigo: string) => filas.find((f) => f.meta.codigo === codigo)!;

  it('3 de 2 programado es "150 %" (razón → porcentaje, espacio duro antes de %)', () => {
    expect(textosFila(fila('1'), es).cumplimiento).to.equal('150\u00a0%');
  });

  it('sin dato y no programada quedan vacíos, nunca "0 %" (la marca dice por qué falta); un 0 ejecutado es "0 %"', () => {
    expect(fila('7').cifras.bandaCumplimiento.id).to.equal('sin_dato');
    expect(textosFila(fila('7'), es).cumplimiento).to.equal('');
    expect(fila('10').cifras.bandaCumplimiento.id).to.equal('no_programada');
    expect(textosFila(fila('10'), es).cumplimiento).to.equal('');
    expect(textosFila(fila('9'), es).cumplimiento).to.equal('0\u00a0%');
  });

  it('beneficiarios: un 0 reportado es "0 ciudadanos"; sin dato y no aplica se dicen, con su estado', () => {
    expect(textosFila(fila('2'), es)).to.include({ beneficiarios: '0 ciudadanos', estadoBeneficiarios: 'reportado' });
    expect(textosFila(fila('3'), es)).to.include({ beneficiarios: 'sin dato reportado', estadoBeneficiarios: 'sin_dato' });
    expect(textosFila(fila('10'), es)).to.include({ beneficiarios: 'no aplica', estadoBeneficiarios: 'no_aplica' });
  });

  it('inversión no reportada es "sin dato reportado", sin fuentes; las fuentes van como el informe las escribió', () => {
    expect(textosFila(fila('5'), es)).to.include({ inversion: 'sin dato reportado', fuentes: '' });
    expect(textosFila(fila('8'), es).fuentes).to.contain('el 96% del Sistema General de Regalías');
  });

  it('se calculan una vez por meta y contexto; otro idioma da sus propios textos', () => {
    const f = fila('1');
    expect(textosFila(f, es)).to.equal(textosFila(f, es));
    const en: Contexto = { ...es, lang: 'en', t: texto('en') };
    expect(textosFila(f, en)).to.not.equal(textosFila(f, es));
    expect(textosFila(f, en)).to.include({ cumplimiento: '150%', abrir: 'Details of meta 1' });
    expect(textosFila(f, es).abrir).to.equal('Detalle de la meta 1');
  });

  it('el nivel es numeración y nombre del nodo; si el nodo no está en el árbol, su código', () => {
    const f = fila('1');
    const nodo = f.ruta[f.ruta.length - 1]!;
    expect(textosFila(f, es).nivel).to.equal(`${nodo.numeracion} ${nodo.nombre}`);
    const huerfana: FilaMeta = { ...f, ruta: [], meta: { ...f.meta, nodo: 'X.9' } };
    expect(textosFila(huerfana, es).nivel).to.equal('X.9');
  });
});
