/**
 * The seed: Norte de Santander's accountability report 2024–2025, transcribed by demo/data. (a) core
 * reproduces every per-meta % printed, within the report's rounding; (b) conciliar flags exactly the
 * figures of the report that do not add up, each named below with its reason.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validarPlan } from '../schema/validar.js';
import type { Plan } from '../schema/types.js';
import { avance } from './avance.js';
import { conciliar, contrastarAfirmaciones } from './conciliar.js';
import { resumir } from './resumir.js';
import { cumplimiento } from './cumplimiento.js';
import { toleranciaPorcentaje } from './redondeo.js';

const RUTA = new URL('../../../../demo/data/norte-de-santander-2024-2025.json', import.meta.url);

function cargar(): Plan {
  const r = validarPlan(JSON.parse(readFileSync(RUTA, 'utf8')));
  if (!r.ok) throw new Error(`El conjunto semilla no valida: ${r.errores.map((e) => e.mensaje).join(' | ')}`);
  return r.plan;
}

/** As printed in "¿Qué se hizo?": "N% de cumplimiento frente a lo programado en el periodo 2024-2025" / "N% de avance frente al cuatrienio". */
const IMPRESOS: Record<string, [cumplimiento: number, avance: number]> = {
  '1': [1, 0.667],
  '2': [1, 0.5],
  '3': [0.16, 0.16],
  '4': [1, 1],
  '5': [1, 1],
  '6': [1, 1],
  '7': [1, 1],
  '8': [1, 1],
  '9': [1, 1],
  '10': [1, 1],
  '11': [0.5, 0.5],
  '12': [1, 1],
  '13': [1, 1],
  '14': [1, 0.24],
  '15': [1, 0.625],
  '18': [0.96, 0.337],
  '19': [0.96, 0.266],
  '20': [1, 0.77],
};

describe('semilla: Norte de Santander 2024–2025', () => {
  const plan = cargar();
  const periodo = { desde: 2024, hasta: 2025 };
  const nodo = (nombre: string) => {
    const n = plan.nodos.find((x) => x.nombre?.startsWith(nombre));
    if (!n) throw new Error(`No hay nodo «${nombre}»`);
    return n.codigo;
  };

  it('holds the 18 metas the report prints (16 and 17 absent)', () => {
    expect(plan.metas.map((m) => m.codigo).sort()).toEqual(Object.keys(IMPRESOS).sort());
    expect(plan.ausentes?.map((a) => a.codigo)).toEqual(['16', '17']);
  });

  describe('(a) every printed % is reproduced within its rounding', () => {
    for (const [codigo, [c, a]] of Object.entries(IMPRESOS)) {
      it(`meta ${codigo}: ${c * 100} % de cumplimiento y ${Math.round(a * 1000) / 10} % de avance`, () => {
        const meta = plan.metas.find((m) => m.codigo === codigo)!;
        expect(meta.reportado.cumplimiento).toBe(c);
        expect(meta.reportado.avance).toBe(a);
        const pc = cumplimiento(meta, periodo);
        const pa = avance(meta, { hasta: 2025 });
        expect(pc.estado).toBe('calculado');
        expect(pa.estado).toBe('calculado');
        expect(Math.abs((pc.valor as number) - c)).toBeLessThanOrEqual(toleranciaPorcentaje(c) + 1e-12);
        expect(Math.abs((pa.valor as number) - a)).toBeLessThanOrEqual(toleranciaPorcentaje(a) + 1e-12);
      });
    }
  });

  describe('(b) conciliar flags exactly the figures that do not add up', () => {
    const d = conciliar(plan);
    const clave = (x: (typeof d)[number]) => `${x.ambito}|${x.codigo}|${x.campo}|${x.motivo}`;
    const A1 = nodo('Internacionalización');
    const A2 = nodo('Productividad y competitividad');
    const A3 = nodo('Fortalecimiento de la gestión');
    const A4 = nodo('Acceso al crédito');
    const buscar = (codigo: string, campo: string) => d.find((x) => x.codigo === codigo && x.campo === campo);

    it('the set of flags is exactly the eight below (no per-meta figure is flagged)', () => {
      expect(d.map(clave).sort()).toEqual(
        [
          `nodo|${A1}|beneficiarios|afirmacion_no_se_sostiene`,
          `nodo|${A1}|inversion|cota_holgada`,
          `nodo|${A2}|inversion|afirmacion_no_se_sostiene`,
          `nodo|${A2}|beneficiarios|unidades_distintas`,
          `nodo|${A3}|inversion|cota_holgada`,
          `nodo|${A4}|beneficiarios|afirmacion_no_se_sostiene`,
          `nodo|${A4}|inversion|cota_holgada`,
          'indicador|IR6|actual|indicador_incremento',
        ].sort(),
      );
      expect(d.filter((x) => x.ambito === 'meta')).toEqual([]);
    });

    it('Productividad y competitividad: 385 + 323,4 + 12.972 + 162 = $13.842,4 millones, not "supera los $13.843 millones" (rounded up)', () => {
      const x = buscar(A2, 'inversion')!;
      expect(x.severidad).toBe('error');
      expect(x.calculado).toBeCloseTo((385 + 323.4 + 12_972 + 162) * 1e6, 0);
      expect(x.reportado).toBe(13_843e6);
      expect(x.causaProbable.es).toContain('redondeo hacia arriba');
    });

    it('Acceso al crédito: 335 + 664 = 999 ciudadanos (meta 20 sin dato), not "más de 1.150"', () => {
      const x = buscar(A4, 'beneficiarios')!;
      expect(x.severidad).toBe('error');
      expect(x.calculado).toBe(335 + 664);
      expect(x.metas).toEqual(['20']);
      expect(x.causaProbable.es).toContain('La meta 20 no reporta beneficiarios');
    });

    it('Internacionalización: only meta 4 counts empresarios (81); metas 1, 2, 5 count ciudadanos and meta 3 has no data: "más de 700 empresarios" does not add up', () => {
      const x = buscar(A1, 'beneficiarios')!;
      expect(x.severidad).toBe('error');
      expect(x.calculado).toBe(81);
      expect(x.metas).toEqual(['3', '1', '2', '5']);
    });

    it('Productividad y competitividad: no meta counts "unidades económicas y MIPYMES" (personas, empresarios, beneficiarios): no_verificable', () => {
      expect(buscar(A2, 'beneficiarios')).toMatchObject({ tipo: 'no_verificable', severidad: 'aviso' });
    });

    it('claims exceeded by more than 25 %: avisos cota_holgada with the computed sums', () => {
      expect(buscar(A1, 'inversion')?.calculado).toBeCloseTo((776 + 601.4 + 99.2 + 703 + 1_158.69) * 1e6, 0); // vs 2.181
      expect(buscar(A3, 'inversion')?.calculado).toBeCloseTo((125 + 26 + 2_901 + 135.2 + 452.1 + 178) * 1e6, 0); // vs 988
      expect(buscar(A4, 'inversion')?.calculado).toBeCloseTo((590 + 1_003 + 2_043) * 1e6, 0); // vs 2.600
      for (const c of [A1, A3, A4]) expect(buscar(c, 'inversion')?.severidad).toBe('aviso');
    });

    it('"más de 2500 ciudadanos" holds: 709 + 193 + 1.649 = 2.551 (within 25 %), so it is not flagged', () => {
      expect(buscar(A3, 'beneficiarios')).toBeUndefined();
    });

    it('each of the eight claims of the four apuestas gets its figure and verdict, also the one that holds', () => {
      const af = resumir(plan).afirmaciones;
      expect(af.map((a) => [a.nodo, a.afirmacion.magnitud, a.veredicto])).toEqual([
        [A1, 'beneficiarios', 'no_se_sostiene'],
        [A1, 'inversion', 'holgada'],
        [A2, 'inversion', 'no_se_sostiene'],
        [A2, 'beneficiarios', 'no_verificable'],
        [A3, 'inversion', 'holgada'],
        [A3, 'beneficiarios', 'se_sostiene'],
        [A4, 'beneficiarios', 'no_se_sostiene'],
        [A4, 'inversion', 'holgada'],
      ]);
      const sostenida = af.find((a) => a.veredicto === 'se_sostiene')!;
      expect(sostenida.calculado).toBe(709 + 193 + 1_649);
      expect(sostenida.explicacion.es).toBe('Las metas del nivel dan 2.551 ciudadanos: la afirmación se sostiene.');
      // The others carry the reconciliation's own figure and cause.
      for (const a of af.filter((x) => x.veredicto !== 'se_sostiene')) {
        const x = buscar(a.nodo, a.afirmacion.magnitud)!;
        expect([a.calculado, a.explicacion]).toEqual([x.calculado, x.causaProbable]);
      }
    });

    it('contrastarAfirmaciones gives the same eight without the rest of the summary', () => {
      expect(contrastarAfirmaciones(plan)).toEqual(resumir(plan).afirmaciones);
    });

    it('Tabla 1: the credits row prints 664 new credits, an increment, where other rows print levels', () => {
      const x = buscar('IR6', 'actual')!;
      expect(x.calculado).toBe(2_378 + 664);
      expect(x.severidad).toBe('aviso');
    });
  });
});
