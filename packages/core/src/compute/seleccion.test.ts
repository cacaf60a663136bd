import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validarPlan } from '../schema/validar.js';
import type { Plan } from '../schema/types.js';
import { resumir, type OpcionesResumir } from './resumir.js';
import { elegir, errorMetaInexistente, errorNivelInexistente, ramaDeNodo, recortarResumen, resumirSeleccion, rutaDeNodo, seleccionarPlan } from './seleccion.js';
import { crearMeta, crearNodo, crearPlan } from './test-utils/fabrica.js';

function cargar(nombre: string): Plan {
  const r = validarPlan(JSON.parse(readFileSync(new URL(`../../../../demo/data/${nombre}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(`${nombre} no valida`);
  return r.plan;
}

const semilla = cargar('norte-de-santander-2024-2025.json');
const chia = cargar('chia-25175.json');

describe('ramaDeNodo y rutaDeNodo', () => {
  it('la rama baja por todos los hijos; la ruta sube hasta la raíz', () => {
    expect([...(ramaDeNodo(semilla.nodos, 'L1.C1') ?? [])].sort()).toEqual(['L1.C1', 'L1.C1.A1', 'L1.C1.A2', 'L1.C1.A3', 'L1.C1.A4']);
    expect(ramaDeNodo(semilla.nodos, 'L1.C1.A2')).toEqual(new Set(['L1.C1.A2']));
    expect(ramaDeNodo(semilla.nodos, 'L9')).toBeNull();
    expect(rutaDeNodo(semilla.nodos, 'L1.C1.A2')).toEqual(new Set(['L1.C1.A2', 'L1.C1', 'L1']));
    expect(rutaDeNodo(semilla.nodos, 'L9').size).toBe(0);
  });

  it('un ciclo en los nodos no cuelga', () => {
    const ciclo = [crearNodo('X', 0, 'Y'), crearNodo('Y', 0, 'X')];
    expect(ramaDeNodo(ciclo, 'X')).toEqual(new Set(['X', 'Y']));
    expect(rutaDeNodo(ciclo, 'X')).toEqual(new Set(['X', 'Y']));
  });
});

describe('seleccionarPlan', () => {
  it('sin meta ni nivel: el plan mismo', () => {
    const s = seleccionarPlan(semilla, {});
    expect(s.ok && s.plan).toBe(semilla);
  });

  it('una meta: solo esa, sin ausentes; los nodos de los que cuelga', () => {
    const s = seleccionarPlan(semilla, { meta: ' 8 ' });
    if (!s.ok) throw new Error('debía elegir la meta 8');
    expect(s.plan.metas.map((m) => m.codigo)).toEqual(['8']);
    expect(s.meta?.codigo).toBe('8');
    expect(s.plan.ausentes).toEqual([]);
    expect(s.eleccion.nodos).toEqual(new Set(['L1.C1.A2', 'L1.C1', 'L1']));
  });

  it('un nivel: las metas de toda su rama; meta manda sobre nivel', () => {
    const a = seleccionarPlan(semilla, { nivel: 'L1.C1.A2' });
    expect(a.ok && a.plan.metas.map((m) => m.codigo)).toEqual(['6', '7', '8', '9']);
    const l = seleccionarPlan(semilla, { nivel: 'L1' });
    expect(l.ok && l.plan.metas).toHaveLength(semilla.metas.length);
    // Metas 16 and 17 are absent from the report and name no node: no branch claims them.
    expect(semilla.ausentes).toHaveLength(2);
    expect(l.ok && l.plan.ausentes).toEqual([]);
    const ambos = seleccionarPlan(semilla, { meta: '8', nivel: 'L1.C1.A1' });
    expect(ambos.ok && ambos.plan.metas.map((m) => m.codigo)).toEqual(['8']);
  });

  it('un código que el plan no tiene es un error que nombra el campo y los códigos válidos', () => {
    const n = seleccionarPlan(semilla, { nivel: 'L9' });
    expect(n.ok).toBe(false);
    if (n.ok) return;
    expect(n).toMatchObject({ motivo: 'nivel', codigo: 'L9', error: { codigo: 'nivel_inexistente', columna: 'nivel', valor: 'L9', severidad: 'error' } });
    expect(n.error.mensaje).toBe(
      'El plan no tiene el nivel «L9»; se esperaba el código de un nivel del plan: L1, L1.C1, L1.C1.A1, L1.C1.A2, L1.C1.A3, L1.C1.A4.',
    );
    const m = seleccionarPlan(semilla, { meta: '999' }, 'en');
    expect(!m.ok && m.error.mensaje).toBe(
      'The plan has no meta "999"; expected the code of a meta of the plan: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20.',
    );
    // A large plan names twenty codes and how many there are.
    const c = seleccionarPlan(chia, { meta: 'no-existe' });
    expect(!c.ok && c.error.esperado).toMatch(/^el código de una meta del plan: IP-331, .* … \(276 en total\)$/);
    expect(!c.ok && c.error.esperado.split(', ')).toHaveLength(20);
  });

  it('sin códigos que ofrecer, el error lo dice', () => {
    expect(errorNivelInexistente('L1', [], 'en').mensaje).toBe('The plan has no level "L1"; expected the code of a level of the plan: (the plan has no levels).');
    expect(errorMetaInexistente('8', [], 0).mensaje).toBe('El plan no tiene la meta «8»; se esperaba el código de una meta del plan: (el plan no tiene metas).');
  });

  it('recuerda la elección por plan, atributos e idioma', () => {
    expect(seleccionarPlan(semilla, { nivel: 'L1.C1.A2' })).toBe(seleccionarPlan(semilla, { nivel: ' L1.C1.A2 ' }));
    expect(seleccionarPlan(semilla, { nivel: 'L9' }, 'en')).not.toBe(seleccionarPlan(semilla, { nivel: 'L9' }, 'es'));
  });
});

describe('elegir (solo con los nodos, antes de leer las metas)', () => {
  it('el nivel se comprueba ya; la meta, no', () => {
    const cabecera = { nodos: semilla.nodos };
    expect(elegir(cabecera, { nivel: 'X' }).ok).toBe(false);
    const e = elegir(cabecera, { meta: 'X' });
    expect(e.ok && e.eleccion.incluye({ codigo: ' X ', nodo: 'L1' })).toBe(true);
    const r = elegir(cabecera, { nivel: 'L1.C1.A3' });
    expect(r.ok && semilla.metas.filter((m) => r.eleccion.incluye(m)).map((m) => m.codigo)).toEqual(['10', '11', '12', '13', '14', '15']);
  });
});

/** Whole-plan discrepancies that belong to a branch: its metas', its nodes' and its indicators'. */
function deLaRama(plan: Plan, o: OpcionesResumir, nivel: string) {
  const r = resumir(plan, o);
  const rama = ramaDeNodo(plan.nodos, nivel) as Set<string>;
  const metas = new Set(plan.metas.filter((m) => rama.has(m.nodo)).map((m) => m.codigo));
  const indicadores = new Set((plan.indicadoresResultado ?? []).filter((i) => i.nodo != null && rama.has(i.nodo)).map((i) => i.codigo));
  return {
    r,
    rama,
    discrepancias: r.discrepancias.filter((d) => (d.ambito === 'meta' ? metas.has(d.codigo) : d.ambito === 'nodo' ? rama.has(d.codigo) : indicadores.has(d.codigo))),
  };
}

describe('resumirSeleccion: una rama da las cifras de sus nodos como el plan entero', () => {
  for (const [nombre, plan] of [
    ['semilla', semilla],
    ['Chía', chia],
  ] as const) {
    it(`${nombre}: cada nodo, con pesos iguales y por inversión`, () => {
      // Chía has 283 nodes: every tenth one keeps the test quick and still covers each depth.
      const nodos = nombre === 'Chía' ? plan.nodos.filter((_, i) => i % 10 === 0) : plan.nodos;
      for (const o of [{}, { metodo: 'inversion' }] as OpcionesResumir[]) {
        for (const n of nodos) {
          const s = resumirSeleccion(plan, { nivel: n.codigo }, o);
          if (!s.ok) throw new Error(`${n.codigo} debía existir`);
          const { r, rama, discrepancias } = deLaRama(plan, o, n.codigo);
          const filas = r.niveles.filas.filter((f) => rama.has(f.codigo));
          expect(s.resumen.niveles.filas, n.codigo).toEqual(filas);
          expect(s.resumen.discrepancias, n.codigo).toEqual(discrepancias);
          expect(s.resumen.afirmaciones, n.codigo).toEqual(r.afirmaciones.filter((a) => rama.has(a.nodo)));
          expect(s.resumen.inversion.porNodo, n.codigo).toEqual(r.inversion.porNodo.filter((f) => rama.has(f.codigo)));
          expect(s.resumen.metasReportadas).toBe(plan.metas.filter((m) => rama.has(m.nodo)).length);
        }
      }
    });
  }

  it('semilla, apuesta 2: sin las filas ni las discrepancias de la línea y el componente, que contarían parte de sus metas', () => {
    const s = resumirSeleccion(semilla, { nivel: 'L1.C1.A2' });
    if (!s.ok) throw new Error('L1.C1.A2 debía existir');
    const sinRecortar = resumir((seleccionarPlan(semilla, { nivel: 'L1.C1.A2' }) as { plan: Plan }).plan);
    // Without the cut, the component's row would show the apuesta's metas alone as if they were all of it.
    expect(sinRecortar.niveles.filas.map((f) => f.codigo)).toContain('L1.C1');
    expect(s.resumen.niveles.filas.map((f) => f.codigo)).toEqual(['L1.C1.A2']);
    expect(s.resumen.discrepancias.every((d) => d.ambito === 'meta' || d.codigo === 'L1.C1.A2')).toBe(true);
    expect(s.resumen.indicadores).toEqual([]);
  });

  it('Chía: los indicadores de resultado de la línea, no los de otras', () => {
    const s = resumirSeleccion(chia, { nivel: 'LE-12' });
    expect(s.ok && s.resumen.indicadores.map((i) => i.codigo).sort()).toEqual(['IR-16', 'IR-17']);
  });

  it('una meta: sus discrepancias, su inversión por los nodos de los que cuelga, ninguna fila de nivel', () => {
    const s = resumirSeleccion(semilla, { meta: '8' });
    if (!s.ok) throw new Error('la meta 8 debía existir');
    const r = resumir(semilla);
    expect(s.resumen.discrepancias).toEqual(r.discrepancias.filter((d) => d.ambito === 'meta' && d.codigo === '8'));
    expect(s.resumen.niveles.filas).toEqual([]);
    expect(s.resumen.afirmaciones).toEqual([]);
    expect(s.resumen.inversion.porNodo.map((f) => f.codigo)).toEqual(['L1', 'L1.C1', 'L1.C1.A2']);
    expect(s.resumen.inversion.porNodo.map((f) => f.valor)).toEqual([s.resumen.inversion.total, s.resumen.inversion.total, s.resumen.inversion.total]);
    expect(s.resumen.metas.map((m) => m.codigo)).toEqual(['8']);
  });

  it('sin selección, recortarResumen devuelve el mismo resumen', () => {
    const plan = crearPlan({ nodos: [crearNodo('A', 0, null)], metas: [crearMeta()] });
    const r = resumir(plan);
    expect(recortarResumen(r, plan, { meta: null, nodo: null, nodos: null })).toBe(r);
  });
});

const DESARROLLO = 'Secretaría de Desarrollo Económico y Productividad';
const HACIENDA = 'Secretaría de Hacienda';

/** The seed (one secretaría) with apuesta 2's metas and meta 13 (of apuesta 3) given to another one. */
function dosSecretarias(): Plan {
  const p = structuredClone(semilla);
  for (const m of p.metas) if (m.nodo === 'L1.C1.A2' || m.codigo === '13') m.secretaria = HACIENDA;
  return p;
}

describe('resumirSeleccion: una secretaría', () => {
  it('la secretaría de todas las metas es el plan entero, sin importar mayúsculas, tildes ni espacios', () => {
    const s = seleccionarPlan(semilla, { secretaria: '  SECRETARIA DE DESARROLLO ECONOMICO  Y PRODUCTIVIDAD ' });
    expect(s.ok && s.plan).toBe(semilla);
    const r = resumirSeleccion(semilla, { secretaria: DESARROLLO });
    expect(r.ok && r.resumen).toEqual(resumir(semilla));
  });

  it('otra secretaría: sus metas, y filas, afirmaciones e inversión solo de los nodos que son enteramente suyos', () => {
    const plan = dosSecretarias();
    const entero = resumir(plan);
    const s = resumirSeleccion(plan, { secretaria: HACIENDA });
    if (!s.ok) throw new Error('la secretaría debía existir');
    expect(s.resumen.metas.map((m) => m.codigo)).toEqual(['6', '7', '8', '9', '13']);
    // Apuesta 3 also has metas of the other secretaría: its row would count meta 13 alone.
    expect(s.resumen.niveles.filas).toEqual(entero.niveles.filas.filter((f) => f.codigo === 'L1.C1.A2'));
    expect(s.resumen.afirmaciones).toEqual(entero.afirmaciones.filter((a) => a.nodo === 'L1.C1.A2'));
    expect(s.resumen.inversion.porNodo).toEqual(entero.inversion.porNodo.filter((f) => f.codigo === 'L1.C1.A2'));
    const suyas = new Set(['6', '7', '8', '9', '13']);
    expect(s.resumen.discrepancias).toEqual(entero.discrepancias.filter((d) => (d.ambito === 'meta' ? suyas.has(d.codigo) : d.codigo === 'L1.C1.A2')));
    const otra = resumirSeleccion(plan, { secretaria: DESARROLLO });
    expect(otra.ok && otra.resumen.niveles.filas.map((f) => f.codigo)).toEqual(['L1.C1.A1', 'L1.C1.A4']);
    expect(otra.ok && otra.resumen.metasReportadas).toBe(13);
  });

  it('con un nivel: sus metas de esa rama; un nodo que comparte con otra secretaría no tiene fila', () => {
    const plan = dosSecretarias();
    const a3 = resumirSeleccion(plan, { nivel: 'L1.C1.A3', secretaria: HACIENDA });
    expect(a3.ok && a3.resumen.metas.map((m) => m.codigo)).toEqual(['13']);
    expect(a3.ok && a3.resumen.niveles.filas).toEqual([]);
    const a2 = resumirSeleccion(plan, { nivel: 'L1.C1.A2', secretaria: HACIENDA });
    expect(a2.ok && a2.resumen).toEqual((resumirSeleccion(plan, { nivel: 'L1.C1.A2' }) as { resumen: unknown }).resumen);
    // A meta wins over both.
    const m = seleccionarPlan(plan, { meta: '8', nivel: 'L1.C1.A1', secretaria: 'Salud' });
    expect(m.ok && m.plan.metas.map((x) => x.codigo)).toEqual(['8']);
  });

  it('una secretaría que el plan no tiene: un error que nombra las del plan, en el idioma pedido', () => {
    const s = seleccionarPlan(dosSecretarias(), { secretaria: 'Salud' });
    expect(!s.ok && [s.motivo, s.error.codigo, s.error.columna, s.error.valor]).toEqual(['secretaria', 'secretaria_inexistente', 'secretaria', 'Salud']);
    expect(!s.ok && s.error.mensaje).toBe(`El plan no tiene la secretaría «Salud»; se esperaba el nombre de una secretaría del plan: ${DESARROLLO}, ${HACIENDA}.`);
    const en = seleccionarPlan(semilla, { secretaria: 'Health' }, 'en');
    expect(!en.ok && en.error.mensaje).toBe(`The plan has no secretaría "Health"; expected the name of a secretaría of the plan: ${DESARROLLO}.`);
    // Chía's plan names no secretaría.
    const c = seleccionarPlan(chia, { secretaria: 'Gobierno' });
    expect(!c.ok && c.error.mensaje).toBe('El plan no tiene la secretaría «Gobierno»; se esperaba el nombre de una secretaría del plan: (el plan no tiene secretarías).');
  });
});
