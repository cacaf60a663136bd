import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEPARTAMENTOS, MUNICIPIOS } from '../../packages/core/src/geo/divipola-datos.js';

/** DANE's MGN 2018 layers, the source core's DIVIPOLA table was generated from. */
const MGN = resolve(import.meta.dirname, '../../../shared/geo/colombia-mgn2018-simplificado.topojson');
const falta = !existsSync(MGN);
if (falta) console.warn('divipola-mgn.test: se omite; falta ../shared/geo/colombia-mgn2018-simplificado.topojson');

interface Capa {
  geometries: Array<{ properties: Record<string, string> }>;
}

describe.skipIf(falta)('core DIVIPOLA table against DANE MGN 2018', () => {
  const capas = falta ? {} : (JSON.parse(readFileSync(MGN, 'utf8')) as { objects: Record<string, Capa> }).objects;

  it('every municipality: the same code with the same official name, and no other', () => {
    const mgn = (capas.MGN_MPIO_POLITICO as Capa).geometries.map((g) => [g.properties.MPIO_CCNCT, g.properties.MPIO_CNMBR]);
    expect(mgn).toHaveLength(1122);
    expect(new Map(MUNICIPIOS)).toEqual(new Map(mgn as Array<[string, string]>));
  });

  it('every department: the same code with the same official name, and no other', () => {
    const mgn = (capas.MGN_DPTO_POLITICO as Capa).geometries.map((g) => [g.properties.DPTO_CCDGO, g.properties.DPTO_CNMBR]);
    expect(mgn).toHaveLength(33);
    expect(new Map(DEPARTAMENTOS)).toEqual(new Map(mgn as Array<[string, string]>));
  });

  it('municipalities ascend by code, each pairing the code of its position', () => {
    const codigos = MUNICIPIOS.map(([c]) => c);
    expect(codigos).toEqual([...codigos].sort());
    expect(MUNICIPIOS[0]).toEqual(['05001', 'MEDELLÍN']);
    expect(MUNICIPIOS.find(([c]) => c === '54001')).toEqual(['54001', 'SAN JOSÉ DE CÚCUTA']);
    expect(MUNICIPIOS[MUNICIPIOS.length - 1]).toEqual(['99773', 'CUMARIBO']);
  });
});
