/**
 * The seed data set (demo/data/norte-de-santander-2024-2025.json) against the schema, its own rules
 * (every figure traced, every inference explained, nothing invented) and the source report itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALIAS_MUNICIPIOS,
  MUNICIPIOS,
  buscarMunicipioDetalle,
  leerNumero,
  normalizarNombre,
  validarPlan,
  type Meta,
  type Plan,
  type Traza,
} from '../../packages/core/src/index.js';

const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUTA_DATOS = resolve(RAIZ, 'demo/data/norte-de-santander-2024-2025.json');
/** The report the data set transcribes; kept outside the repository (tests may read it, the product never). */
const RUTA_INFORME = resolve(RAIZ, '../shared/seeds/000_9c83fb85eb1ea363.txt');

const crudo: unknown = JSON.parse(readFileSync(RUTA_DATOS, 'utf8'));
const resultado = validarPlan(crudo, { archivo: 'norte-de-santander-2024-2025.json' });
const plan = (resultado.ok ? resultado.plan : null) as Plan;
const meta = (codigo: string): Meta => {
  const m = plan.metas.find((x) => x.codigo === codigo);
  if (!m) throw new Error(`falta la meta ${codigo}`);
  return m;
};

/** Numeric leaves of a value with their paths in the traza syntax: `seguimiento[0].programado`. */
function hojasNumericas(v: unknown, ruta = ''): Array<[string, number]> {
  if (typeof v === 'number') return [[ruta, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => hojasNumericas(x, `${ruta}[${i}]`));
  if (v !== null && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => hojasNumericas(x, ruta ? `${ruta}.${k}` : k));
  return [];
}

/** Every traza of the plan, with where it sits (for messages). */
function todasLasTrazas(): Array<[string, Traza]> {
  const r: Array<[string, Traza]> = [];
  for (const m of plan.metas) for (const [k, t] of Object.entries(m.trazas ?? {})) r.push([`meta ${m.codigo} ${k}`, t]);
  for (const n of plan.nodos) {
    for (const [k, t] of Object.entries(n.trazas ?? {})) r.push([`nodo ${n.codigo} ${k}`, t]);
    (n.afirmaciones ?? []).forEach((a, i) => a.traza && r.push([`nodo ${n.codigo} afirmaciones[${i}]`, a.traza]));
  }
  for (const ind of plan.indicadoresResultado ?? []) for (const [k, t] of Object.entries(ind.trazas ?? {})) r.push([`indicador ${ind.codigo} ${k}`, t]);
  return r;
}

const PLANTILLA = [/^Indicar\b/, /Especificar el periodo de intervención/, /IMPORTANTE: Incluir/, /^¿Qué gestión y con qué aliados/];

describe('semilla: esquema y forma', () => {
  it('pasa validarPlan sin errores ni avisos', () => {
    expect(resultado.ok ? [] : resultado.errores).toEqual([]);
    expect(resultado.avisos).toEqual([]);
  });

  it('no trae campos que el esquema descartaría en silencio', () => {
    expect(plan).toEqual(crudo);
  });

  it('tiene las 18 metas del informe (1–15, 18–20) y registra 16 y 17 como ausentes', () => {
    expect(plan.metas.map((m) => m.codigo)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '18', '19', '20']);
    expect(plan.ausentes?.map((a) => a.codigo)).toEqual(['16', '17']);
    for (const a of plan.ausentes ?? []) expect(a.motivo).toMatch(/no aparece/);
  });

  it('entidad, plan y corte son los del informe', () => {
    expect(plan.entidad).toEqual({ nombre: 'Departamento de Norte de Santander', tipo: 'departamento', divipola: '54' });
    expect(plan.plan).toEqual({ nombre: 'Norte, Territorio de Paz', inicio: 2024, fin: 2027 });
    expect(plan.corte).toEqual({ nombre: '2024–2025', desde: 2024, hasta: 2025, fecha: 'Noviembre de 2025' });
    for (const m of plan.metas) expect(m.secretaria).toBe('Secretaría de Desarrollo Económico y Productividad');
  });
});

describe('semilla: trazas', () => {
  it('cada número de `reportado` tiene traza con la cita del informe', () => {
    for (const m of plan.metas) {
      for (const campo of ['periodo', 'cumplimiento', 'avance', 'inversion', 'beneficiarios'] as const) {
        if (m.reportado[campo] === null) continue;
        const t = m.trazas?.[`reportado.${campo}`];
        expect(t, `meta ${m.codigo} reportado.${campo}`).toBeDefined();
        expect(t?.fuente.startsWith(`Meta # ${m.codigo} ›`), `meta ${m.codigo} reportado.${campo}`).toBe(true);
        expect(t?.cita?.length ?? 0, `meta ${m.codigo} reportado.${campo}`).toBeGreaterThan(0);
      }
    }
  });

  it('cada cifra de cada meta (fuera de años) tiene traza en su ruta', () => {
    for (const m of plan.metas) {
      const { trazas, reportado: _r, ...resto } = m;
      for (const [ruta] of hojasNumericas(resto)) {
        if (/(desde|hasta)$/.test(ruta)) continue;
        expect(trazas?.[ruta], `meta ${m.codigo}: ${ruta} sin traza`).toBeDefined();
      }
    }
    for (const ind of plan.indicadoresResultado ?? []) {
      for (const ruta of ['lineaBase.valor', 'actual.valor', 'meta.valor']) expect(ind.trazas?.[ruta], `${ind.codigo} ${ruta}`).toBeDefined();
    }
  });

  it('todo valor inferido explica su regla, y lo que el informe no imprime está marcado como inferido', () => {
    for (const [donde, t] of todasLasTrazas()) {
      if (t.inferido === undefined || t.inferido === null) continue;
      expect(t.inferido.trim().length, `${donde}: regla vacía`).toBeGreaterThan(20);
    }
    for (const m of plan.metas) {
      for (const campo of ['seguimiento[0].programado', 'metaCuatrienio', 'tipo', 'acumulacion', 'nodo', 'indicador', 'unidad']) {
        expect(m.trazas?.[campo]?.inferido, `meta ${m.codigo} ${campo} debe decir cómo se infirió`).toMatch(/\S/);
      }
      expect(m.lineaBase, `meta ${m.codigo}: el informe no da línea base`).toBeNull();
    }
    expect(meta('18').trazas?.['seguimiento[0].programado']?.inferido).toMatch(/ejecutado ÷ % de cumplimiento impreso/);
  });

  it('lo ejecutado se lee cuando el informe imprime la cantidad, y se infiere solo cuando no', () => {
    for (const m of plan.metas) {
      const t = m.trazas?.['seguimiento[0].ejecutado'];
      const inferido = Boolean(t?.inferido);
      expect(inferido, `meta ${m.codigo}`).toBe(m.codigo === '3' || m.codigo === '11');
    }
    expect(meta('3').seguimiento[0]?.ejecutado).toBe(0.16);
    expect(meta('11').seguimiento[0]?.ejecutado).toBe(0.5);
  });
});

describe('semilla: reglas de inferencia', () => {
  /** The printed percentage, with its printed precision, as the report rounds (half up). */
  const imprime = (ratio: number, impreso: number) => {
    const decimales = Number.isInteger(Math.round(impreso * 1000) / 10) ? 0 : 1;
    const f = 10 ** decimales;
    return Math.round(ratio * 100 * f + 1e-9) / f === Math.round(impreso * 100 * f) / f;
  };

  it('programado y meta del cuatrienio reproducen los porcentajes impresos', () => {
    for (const m of plan.metas) {
      const s = m.seguimiento[0]!;
      expect(m.seguimiento).toHaveLength(1);
      expect([s.desde, s.hasta]).toEqual([2024, 2025]);
      expect(imprime(s.ejecutado! / s.programado!, m.reportado.cumplimiento!), `meta ${m.codigo} cumplimiento`).toBe(true);
      expect(imprime(s.ejecutado! / m.metaCuatrienio!, m.reportado.avance!), `meta ${m.codigo} avance`).toBe(true);
    }
  });

  it('los valores que decidió el líder: 351/1000 (meta 18), 692/2500 (19), 201 (20), 3 (1), 250 (14), 8 (15)', () => {
    expect([meta('18').seguimiento[0]?.programado, meta('18').metaCuatrienio]).toEqual([351, 1000]);
    expect([meta('19').seguimiento[0]?.programado, meta('19').metaCuatrienio]).toEqual([692, 2500]);
    expect(meta('20').metaCuatrienio).toBe(201);
    expect(meta('1').metaCuatrienio).toBe(3);
    expect(meta('14').metaCuatrienio).toBe(250);
    expect(meta('15').metaCuatrienio).toBe(8);
    // 664/2500 = 26,56 % prints "26,6%"; 664/692 = 95,95 % prints "96%".
    expect(imprime(664 / 2500, 0.266)).toBe(true);
    expect(imprime(664 / 692, 0.96)).toBe(true);
    expect(imprime(664 / 2400, 0.266)).toBe(false);
  });

  it('tipo incremento y acumulación acumulada en todas las metas (inferidos)', () => {
    for (const m of plan.metas) expect([m.tipo, m.acumulacion]).toEqual(['incremento', 'acumulado']);
  });
});

describe('semilla: inversión, beneficiarios, municipios', () => {
  it('la meta 8 reparte $12.972 millones: 96 % SGR y 4 % sin especificar, ambos inferidos', () => {
    const inv = meta('8').inversion;
    expect(inv.map((i) => [i.fuente, i.valor])).toEqual([['sgr', 12_453_120_000], ['sin_especificar', 518_880_000]]);
    expect(inv.reduce((a, i) => a + (i.valor ?? 0), 0)).toBe(meta('8').reportado.inversion);
    expect(meta('8').trazas?.['inversion[0].valor']?.inferido).toMatch(/96/);
    expect(meta('8').trazas?.['inversion[1].valor']?.inferido).toMatch(/4 %/);
    expect(meta('8').bpin).toEqual(['20240045400002']);
  });

  it('sin fuente nombrada → sin_especificar; «principalmente del SGR» → sgr inferido', () => {
    expect(meta('5').inversion.map((i) => i.fuente)).toEqual(['sin_especificar']);
    expect(meta('7').inversion.map((i) => i.fuente)).toEqual(['sin_especificar']);
    expect(meta('20').inversion.map((i) => [i.fuente, i.valor])).toEqual([['sgr', 2_043_000_000]]);
    expect(meta('20').trazas?.['inversion[0].fuente']?.inferido).toMatch(/no desagrega/);
  });

  it('la inversión de cada meta suma lo reportado', () => {
    for (const m of plan.metas) expect(m.inversion.reduce((a, i) => a + (i.valor ?? 0), 0), `meta ${m.codigo}`).toBe(m.reportado.inversion);
  });

  it('«sin dato» y «no aplica» no son cero', () => {
    for (const c of ['3', '9', '20']) {
      expect(meta(c).beneficiarios, `meta ${c}`).toMatchObject({ estado: 'sin_dato', total: null });
      expect(meta(c).reportado.beneficiarios).toBeNull();
    }
    for (const c of ['10', '11']) expect(meta(c).beneficiarios, `meta ${c}`).toMatchObject({ estado: 'no_aplica', total: null });
  });

  it('la meta 15 registra sus grupos, con «desmovilizado» como firmantes_paz marcado', () => {
    const b = meta('15').beneficiarios;
    expect(b.total).toBe(1649);
    expect(Object.fromEntries(b.grupos.map((g) => [g.grupo, g.valor]))).toEqual({
      mujeres_jefas_hogar: 108, victimas: 56, migrantes: 114, etnicos: 46, discapacidad: 10, firmantes_paz: 1, lgbtiq: 1,
    });
    const i = b.grupos.findIndex((g) => g.grupo === 'firmantes_paz');
    expect(meta('15').trazas?.[`beneficiarios.grupos[${i}].valor`]?.inferido).toMatch(/desmovilizado/);
  });

  it('los códigos de municipio son los nombres del «¿Dónde se intervino?» citado (búsqueda independiente)', () => {
    // Gazetteer of Norte de Santander: official names and aliases, folded.
    const nombres54 = [...MUNICIPIOS.filter(([c]) => c.startsWith('54')).map(([c, n]) => [n, c] as const), ...ALIAS_MUNICIPIOS.filter(([, c]) => c.startsWith('54'))];
    const nombrados = (texto: string) =>
      new Set(nombres54.filter(([n]) => ` ${normalizarNombre(texto)} `.includes(` ${normalizarNombre(n)} `)).map(([, c]) => c));
    let conCodigos = 0;
    for (const m of plan.metas) {
      if (m.municipios.alcance === 'sin_dato') {
        expect(m.municipios.codigos, `meta ${m.codigo}`).toEqual([]);
        continue;
      }
      if (m.municipios.codigos.length === 0) continue;
      conCodigos++;
      const inferidos = m.municipios.codigos.filter((_, i) => m.trazas?.[`municipios.codigos[${i}]`]?.inferido);
      const citados = nombrados(m.trazas?.['municipios.codigos']?.cita ?? '');
      expect(new Set(m.municipios.codigos.filter((c) => !inferidos.includes(c))), `meta ${m.codigo}`).toEqual(citados);
      expect(m.evidencia.donde, `meta ${m.codigo}`).toContain(m.trazas?.['municipios.codigos']?.cita);
    }
    expect(conCodigos).toBe(10); // metas 3, 4, 6, 8, 9, 12, 13, 14, 15, 18
  });

  it('«Cácuta» (meta 6) no se corrige en silencio: el código 54125 lleva la inferencia', () => {
    expect(buscarMunicipioDetalle('Cácuta', { departamento: '54' }).estado).toBe('desconocido');
    const m = meta('6');
    const i = m.municipios.codigos.indexOf('54125');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(m.trazas?.[`municipios.codigos[${i}]`]).toMatchObject({ cita: 'Cácuta' });
    expect(m.trazas?.[`municipios.codigos[${i}]`]?.inferido).toMatch(/Cácota/);
    expect(m.notas?.join(' ')).toMatch(/Cácuta/);
  });

  it('alcance departamental donde el informe lo dice (metas 3, 12, 20); sin dato donde no hay localización', () => {
    expect(['3', '12', '20'].map((c) => meta(c).municipios.alcance)).toEqual(['departamental', 'departamental', 'departamental']);
    for (const c of ['1', '2', '5', '7', '10', '11', '19']) expect(meta(c).municipios, `meta ${c}`).toEqual({ alcance: 'sin_dato', codigos: [] });
  });

  it('ningún texto de plantilla del informe queda como evidencia', () => {
    for (const m of plan.metas) {
      for (const [campo, texto] of Object.entries(m.evidencia)) {
        if (texto === null) continue;
        for (const p of PLANTILLA) expect(p.test(texto), `meta ${m.codigo} evidencia.${campo}: «${texto.slice(0, 60)}»`).toBe(false);
      }
    }
    expect(meta('11').evidencia).toMatchObject({ como: null, conQuien: null, cuando: null, impacto: null, donde: null });
    expect(meta('14').evidencia.cuando).toBeNull();
  });
});

describe('semilla: niveles, apuestas e indicadores de resultado', () => {
  const apuesta = (nombre: string) => plan.nodos.find((n) => n.nombre === nombre)!;
  const metasDe = (nombre: string) => plan.metas.filter((m) => m.nodo === apuesta(nombre).codigo).map((m) => m.codigo);

  it('línea y componente sin nombre (el informe no los nombra), cuatro apuestas nombradas', () => {
    expect(plan.niveles).toEqual(['Línea estratégica', 'Componente', 'Apuesta']);
    expect(plan.nodos.filter((n) => n.nivel < 2).map((n) => n.nombre)).toEqual([null, null]);
    expect(plan.nodos.filter((n) => n.nivel === 2)).toHaveLength(4);
    expect(metasDe('Internacionalización de su economía')).toEqual(['1', '2', '3', '4', '5']);
    expect(metasDe('Productividad y competitividad en las empresas')).toEqual(['6', '7', '8', '9']);
    expect(metasDe('Fortalecimiento de la gestión y dirección de los sectores Trabajo, Comercio, Industria y Turismo')).toEqual(['10', '11', '12', '13', '14', '15']);
    expect(metasDe('Acceso al crédito')).toEqual(['18', '19', '20']);
  });

  it('la asignación de las metas 6–9 la respalda su inversión: 13.842,4 millones frente a «supera los $13.843 millones»', () => {
    const nodo = apuesta('Productividad y competitividad en las empresas');
    const suma = plan.metas.filter((m) => m.nodo === nodo.codigo).reduce((a, m) => a + m.reportado.inversion!, 0);
    const afirmada = nodo.afirmaciones?.find((a) => a.magnitud === 'inversion');
    expect(suma).toBe(13_842_400_000);
    expect(afirmada).toMatchObject({ relacion: 'mas_de', valor: 13_843_000_000 });
    expect(Math.abs(suma - afirmada!.valor)).toBeLessThan(1e6);
    expect(nodo.trazas?.['metas']?.inferido).toMatch(/13\.842,4/);
  });

  it('cada apuesta lleva sus dos afirmaciones «más de» con cita', () => {
    for (const n of plan.nodos.filter((x) => x.nivel === 2)) {
      expect(n.afirmaciones?.map((a) => a.magnitud).sort(), n.codigo).toEqual(['beneficiarios', 'inversion']);
      for (const a of n.afirmaciones ?? []) expect(a.relacion).toBe('mas_de');
    }
    expect(apuesta('Acceso al crédito').afirmaciones?.map((a) => a.valor).sort((a, b) => a - b)).toEqual([1150, 2_600_000_000]);
  });

  it('indicadores de resultado: dirección, proporciones, notas al pie y el incremento de créditos', () => {
    const ind = plan.indicadoresResultado ?? [];
    expect(ind).toHaveLength(6);
    expect(ind.map((i) => i.direccion)).toEqual(['menor_es_mejor', 'menor_es_mejor', 'menor_es_mejor', 'menor_es_mejor', 'menor_es_mejor', 'mayor_es_mejor']);
    const tasa = ind[2]!;
    expect([tasa.lineaBase.valor, tasa.actual.valor, tasa.meta.valor]).toEqual([0.635, 0.628, 0.6]);
    expect(tasa.actual.fecha).toBe('septiembre-2025');
    expect(ind[4]!.notas?.join(' ')).toMatch(/\*\*\*/);
    const creditos = ind[5]!;
    expect(creditos.actual).toMatchObject({ valor: 664, anio: 2025, tipo: 'incremento' });
    expect(creditos.trazas?.['actual.tipo']?.inferido).toMatch(/incremento/);
    for (const i of ind) expect([i.lineaBase.anio, i.actual.anio, i.meta.anio, i.nodo]).toEqual([2023, 2025, 2027, null]);
  });
});

describe('semilla frente al informe original', () => {
  const hay = existsSync(RUTA_INFORME);
  if (!hay) {
    it.skip(`informe fuente no disponible en ../shared/seeds/ (relativo a la raíz del repositorio): se omite el cotejo con el texto`, () => {});
    return;
  }
  /** Tags out, entities decoded, markdown bold/escapes/headers out, spaces collapsed: the text as a reader sees it. */
  const normalizar = (t: string) =>
    t
      .replace(/<[^>]+>/g, ' ')
      .replace(/\*\*([^*\n]+?)\*\*/g, '$1')
      .replace(/\\([$*])/g, '$1')
      .replace(/&amp;/g, '&')
      .replace(/^#+\s*/gm, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const TEXTO = normalizar(readFileSync(RUTA_INFORME, 'utf8'));
  const bloque = (n: string) => {
    const i = TEXTO.indexOf(`Meta # ${n}`);
    const j = TEXTO.slice(i + 6).search(/Meta # \d+|CUMPLIMIENTO\/AVANCE POR NIVEL/);
    return TEXTO.slice(i, j < 0 ? undefined : i + 6 + j);
  };

  it('cada cita es literal del informe', () => {
    const faltan = todasLasTrazas().filter(([, t]) => t.cita && !TEXTO.includes(t.cita)).map(([d, t]) => `${d}: «${t.cita}»`);
    expect(faltan).toEqual([]);
    for (const n of plan.nodos) for (const a of n.afirmaciones ?? []) expect(TEXTO.includes(a.texto), a.texto).toBe(true);
  });

  it('nombres de meta y textos de evidencia son literales del informe', () => {
    for (const m of plan.metas) {
      expect(bloque(m.codigo).includes(m.nombre), `meta ${m.codigo} nombre`).toBe(true);
      for (const [campo, texto] of Object.entries(m.evidencia)) if (texto) expect(bloque(m.codigo).includes(texto), `meta ${m.codigo} ${campo}`).toBe(true);
    }
  });

  it('los porcentajes e inversiones, leídos de nuevo del texto, coinciden con `reportado`', () => {
    const numeros = TEXTO.match(/Meta # \d+/g) ?? [];
    expect(numeros.map((s) => s.slice(7))).toEqual(plan.metas.map((m) => m.codigo));
    for (const m of plan.metas) {
      const b = bloque(m.codigo);
      const cumpl = /(\d+(?:,\d+)?)% de cumplimiento/.exec(b)?.[1];
      const avance = /(\d+(?:,\d+)?)% de avance/.exec(b)?.[1];
      expect(leerNumero(`${cumpl}%`), `meta ${m.codigo} cumplimiento`).toBeCloseTo(m.reportado.cumplimiento!, 10);
      expect(leerNumero(`${avance}%`), `meta ${m.codigo} avance`).toBeCloseTo(m.reportado.avance!, 10);
      // First money figure after "¿Cuánto se invirtió?", in millones ("$135, 2" is 135,2).
      const dinero = /¿Cuánto se invirtió\?.*?\$ ?([\d.]+(?:, ?\d+)?) millones/.exec(b)?.[1]?.replace(/\s/g, '');
      expect(Math.round(leerNumero(dinero ?? '')! * 1e6), `meta ${m.codigo} inversión`).toBe(m.reportado.inversion);
    }
  });

  it('algunas cifras a mano: beneficiarios de las metas 1, 6, 15, 18; BPIN de la meta 3', () => {
    expect(bloque('1')).toContain('179 ciudadanos');
    expect(meta('1').beneficiarios.total).toBe(179);
    expect(bloque('6')).toContain('422 personas');
    expect(meta('6').beneficiarios).toMatchObject({ total: 422, unidad: 'personas' });
    expect(bloque('15')).toContain('1649 ciudadanos');
    expect(bloque('15')).toContain('114 migrantes');
    expect(bloque('18')).toContain('335 ciudadanos');
    expect(meta('18').reportado.beneficiarios).toBe(335);
    expect(bloque('3')).toContain(`BPIN ${meta('3').bpin[0]}`);
  });
});
