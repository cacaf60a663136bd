import { describe, it, expect } from 'vitest';
import { resumir } from '../compute/resumir.js';
import { metaCompleta, planCompleto } from '../io/test-utils/plan-completo.js';
import { CODIGOS_EN_LINEA, textoResumen } from './presentar.js';

/** A plan of `n` metas, none with investment reported. */
function sinInversion(n: number) {
  const p = planCompleto();
  p.metas = Array.from({ length: n }, (_, i) => metaCompleta({ codigo: `M${i + 1}`, inversion: [], reportado: { ...metaCompleta().reportado, inversion: null } }));
  return p;
}

const linea = (texto: string, inicio: string) => texto.split('\n').find((l) => l.trimStart().startsWith(inicio)) ?? '';

describe('textoResumen', () => {
  it('a short list of codes is printed whole', () => {
    const l = linea(textoResumen(resumir(sinInversion(3)), 'es'), 'Metas sin inversión reportada');
    expect(l).toBe('  Metas sin inversión reportada: M1, M2, M3');
  });

  it('a long list shows its first codes and counts the rest, pointing to --json (es, en)', () => {
    const n = CODIGOS_EN_LINEA + 1234;
    const r = resumir(sinInversion(n));
    const es = linea(textoResumen(r, 'es'), 'Metas sin inversión reportada');
    expect(es).toContain(`M${CODIGOS_EN_LINEA},`.slice(0, -1));
    expect(es).not.toContain(`M${CODIGOS_EN_LINEA + 1},`);
    expect(es).toMatch(/ y 1\.234 más \(la lista completa, con --json\)$/);
    const en = linea(textoResumen(r, 'en'), 'Metas without reported investment');
    expect(en).toMatch(/ and 1,234 more \(the full list with --json\)$/);
    // The summary itself keeps every code: only the text is short.
    expect(r.inversion.sinDato).toHaveLength(n);
  });

  it('one meta is «1 meta», in the investment sources and the beneficiary units', () => {
    const p = planCompleto();
    p.metas = [metaCompleta({ codigo: 'M1' })];
    const texto = textoResumen(resumir(p), 'es');
    const conUna = texto.split('\n').filter((l) => / \(1 metas?\)$/.test(l));
    expect(conUna.length).toBeGreaterThan(0);
    for (const l of conUna) expect(l).toMatch(/ \(1 meta\)$/);
  });
});

