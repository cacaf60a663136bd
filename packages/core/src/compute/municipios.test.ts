import { describe, it, expect } from 'vitest';
import { municipiosAlcanzados } from './municipios.js';
import { crearMeta, crearPlan } from './test-utils/fabrica.js';
import type { Meta } from '../schema/types.js';

const meta = (codigo: string, alcance: Meta['municipios']['alcance'], codigos: string[], inversion: number | null, ben: number | null): Meta =>
  crearMeta({
    codigo,
    municipios: { alcance, codigos },
    inversion: [{ desde: 2024, hasta: 2025, fuente: 'recursos_propios', valor: inversion }],
    beneficiarios: ben === null ? { estado: 'sin_dato', total: null, unidad: null, grupos: [] } : { estado: 'reportado', total: ben, unidad: 'personas', grupos: [] },
  });

describe('municipiosAlcanzados', () => {
  const plan = crearPlan({
    metas: [
      meta('1', 'municipal', ['54001'], 100, 10), // Cúcuta only
      meta('2', 'municipal', ['54001', '54874'], 500, 50), // Cúcuta and Villa del Rosario
      meta('3', 'departamental', ['54001', '54518'], 900, 90),
      meta('4', 'sin_dato', [], 7, 1),
      meta('5', 'municipal', ['54001'], null, null),
      meta('6', 'municipal', ['99999'], 1, 1),
    ],
  });
  const r = municipiosAlcanzados(plan);
  it('lists metas per municipality code', () => {
    expect(r.municipios.map((m) => [m.codigo, m.metas])).toEqual([
      ['54001', ['1', '2', '5']],
      ['54874', ['2']],
    ]);
  });
  it('attributes investment and beneficiaries only from metas naming exactly one municipality', () => {
    const cucuta = r.municipios[0]!;
    expect(cucuta.inversion).toBe(100);
    expect(cucuta.inversionNoAtribuible).toEqual(['2']);
    expect(cucuta.beneficiarios).toEqual([{ unidad: 'personas', etiqueta: 'personas', total: 10, metas: 1 }]);
    expect(cucuta.beneficiariosNoAtribuibles).toEqual(['2']);
    const villa = r.municipios[1]!;
    expect(villa.inversion).toBeNull();
    expect(villa.inversionNoAtribuible).toEqual(['2']);
  });
  it('departmental metas are apart, not painted on municipalities; sin dato apart; unknown codes reported', () => {
    expect(r.departamentales).toEqual(['3']);
    expect(r.municipios.some((m) => m.codigo === '54518')).toBe(false);
    expect(r.sinDato).toEqual(['4', '6']);
    expect(r.codigosDesconocidos).toEqual([{ meta: '6', codigo: '99999' }]);
  });
});
