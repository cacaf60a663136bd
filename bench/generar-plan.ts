/**
 * Deterministic synthetic plan of N metas for `npm run bench`: 1,000 is a department's plan (Norte de
 * Santander has about 920), 500,000 all the territorial entities of the country in one file.
 *
 * Shape: línea → componente → apuesta (6 líneas, 3–7 componentes each, about 5.5 metas per apuesta); from
 * 20,000 metas an extra top level of territorial entities (one per ~441 metas: 1,134 for 500,000, the
 * number of entities in the country; departments weigh twice a municipality). Every tipo × acumulación,
 * yearly seguimiento 2024–2027 cut at 2025 (later years not executed yet), nulls (no reportado), programmed
 * 0, over-execution, regressions, two-year spans, investment from several sources (SGR by biennium across
 * the cut), beneficiaries with groups and sin_dato / no_aplica, DIVIPOLA codes, numbering gaps (ausentes)
 * and the figures "the report printed", mostly agreeing with core's own computation and 5 % off.
 *
 * Metas are produced lazily (`metas()`), so the writer never holds 500,000 of them at once.
 */
import type { IndicadorResultado, Meta, Nodo, Plan } from '../packages/core/src/schema/types.js';
import { DEPARTAMENTOS, MUNICIPIOS } from '../packages/core/src/geo/divipola-datos.js';
import { cumplimiento } from '../packages/core/src/compute/cumplimiento.js';
import { avance } from '../packages/core/src/compute/avance.js';
import { inversionDeMeta } from '../packages/core/src/compute/inversion-meta.js';
import { FUENTES_CANONICAS } from '../packages/core/src/compute/fuentes.js';
import { crearAleatorio, type Aleatorio } from './aleatorio.js';
import {
  GRUPOS_POBLACION,
  LINEAS,
  SECTORES,
  UNIDADES_BENEFICIARIOS,
  VERBOS_APUESTA,
  type SectorSintetico,
} from './catalogo-sintetico.js';

export interface OpcionesGenerador {
  metas: number;
  /** Default SEMILLA_PREDETERMINADA. */
  semilla?: number;
  /** Territorial entities on a top level. Default: none below 20,000 metas, else one per ~441 metas. */
  entidades?: number;
}

export const SEMILLA_PREDETERMINADA = 20240101;
/** Bump when the generated data changes, so cached files in bench/out are rebuilt. */
export const VERSION_GENERADOR = 1;
export const ANIOS = [2024, 2025, 2026, 2027] as const;
export const CORTE = { nombre: '2024-2025', desde: 2024, hasta: 2025 } as const;
const METAS_POR_ENTIDAD = 441;
const METAS_POR_APUESTA = 5.5;
/** Every 487th number of an entity's numbering is missing from the source (recorded in `ausentes`). */
const HUECO_NUMERACION = 487;

const siguienteNumero = (k: number): number => (k + 1) % HUECO_NUMERACION === 0 ? k + 2 : k + 1;

export type CabeceraPlan = Omit<Plan, 'nodos' | 'metas'>;

export interface PlanPorPartes {
  cabecera: CabeceraPlan;
  nodos: Nodo[];
  totalMetas: number;
  /** Same sequence on every call. */
  metas(): Generator<Meta>;
}

interface EntidadSintetica {
  /** DIVIPOLA, 2 or 5 digits. */
  divipola: string;
  nombre: string;
  tipo: 'departamento' | 'municipio';
  /** Municipalities a meta of this entity may reach. */
  municipios: readonly string[];
  /** Prefix of its node codes ('' for a single-entity plan). */
  prefijoNodo: string;
  /** Prefix of its meta codes. */
  prefijoMeta: string;
}

interface ApuestaSintetica {
  codigo: string;
  entidad: EntidadSintetica;
  sector: SectorSintetico;
  metas: number;
}

/** Splits `total` by relative weights (largest remainder), giving each part at least `minimo` when possible. */
export function repartir(total: number, pesos: readonly number[], minimo = 0): number[] {
  const n = pesos.length;
  if (n === 0) return [];
  const base = total >= n * minimo ? minimo : 0;
  const resto = total - base * n;
  const suma = pesos.reduce((a, b) => a + b, 0);
  const exactos = pesos.map((p) => (suma > 0 ? (p / suma) * resto : resto / n));
  const partes = exactos.map((x) => Math.floor(x));
  let faltan = resto - partes.reduce((a, b) => a + b, 0);
  const orden = exactos.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; faltan > 0; k = (k + 1) % n, faltan--) partes[orden[k]![1]] = partes[orden[k]![1]]! + 1;
  return partes.map((p) => p + base);
}

function municipiosDe(departamento: string): string[] {
  return MUNICIPIOS.filter(([c]) => c.startsWith(departamento)).map(([c]) => c);
}

function entidadesDelPais(cuantas: number): EntidadSintetica[] {
  const lista: EntidadSintetica[] = [];
  const pool: Array<readonly [string, string, 'departamento' | 'municipio']> = [
    ...DEPARTAMENTOS.map(([c, n]) => [c, n, 'departamento'] as const),
    ...MUNICIPIOS.map(([c, n]) => [c, n, 'municipio'] as const),
  ];
  for (let i = 0; i < cuantas; i++) {
    const [codigo, nombre, tipo] = pool[i % pool.length]!;
    const vuelta = Math.floor(i / pool.length);
    const sufijo = vuelta === 0 ? '' : `-${vuelta + 1}`;
    lista.push({
      divipola: codigo,
      nombre: `${tipo === 'departamento' ? 'Gobernación de' : 'Alcaldía de'} ${nombre}${sufijo}`,
      tipo,
      municipios: tipo === 'departamento' ? municipiosDe(codigo) : [codigo],
      prefijoNodo: `E${codigo}${sufijo}.`,
      prefijoMeta: `${codigo}${sufijo}-`,
    });
  }
  return lista;
}

/** The tree of one entity with `metas` metas: nodes appended to `nodos`, apuestas (leaves) returned. */
function arbolDeEntidad(r: Aleatorio, e: EntidadSintetica, metas: number, padre: string | null, nivel0: number, nodos: Nodo[]): ApuestaSintetica[] {
  const componentesPorLinea = LINEAS.map(() => r.entero(3, 7));
  const totalComponentes = componentesPorLinea.reduce((a, b) => a + b, 0);
  const totalApuestas = Math.max(totalComponentes, Math.round(metas / METAS_POR_APUESTA));
  const apuestasPorComponente = repartir(totalApuestas, Array.from({ length: totalComponentes }, () => 0.5 + r.siguiente()), 1);
  const apuestas: ApuestaSintetica[] = [];
  let c = 0;
  LINEAS.forEach((nombreLinea, l) => {
    const codigoLinea = `${e.prefijoNodo}L${l + 1}`;
    nodos.push({ codigo: codigoLinea, nombre: nombreLinea, nivel: nivel0, padre });
    for (let k = 0; k < componentesPorLinea[l]!; k++, c++) {
      const sector = r.elegir(SECTORES);
      const codigoComp = `${codigoLinea}.C${k + 1}`;
      // Some sources do not name a level node: null, never an invented name.
      nodos.push({ codigo: codigoComp, nombre: r.probabilidad(0.05) ? null : sector.nombre, nivel: nivel0 + 1, padre: codigoLinea });
      for (let a = 0; a < apuestasPorComponente[c]!; a++) {
        const codigo = `${codigoComp}.A${a + 1}`;
        const nombre = `${r.elegir(VERBOS_APUESTA)} ${sector.nombre.toLowerCase()}`;
        nodos.push({ codigo, nombre: r.probabilidad(0.05) ? null : nombre, nivel: nivel0 + 2, padre: codigoComp });
        apuestas.push({ codigo, entidad: e, sector, metas: 0 });
      }
    }
  });
  const porApuesta = repartir(metas, apuestas.map(() => 0.3 + 1.4 * r.siguiente()), 1);
  apuestas.forEach((a, i) => (a.metas = porApuesta[i]!));
  return apuestas;
}

const redondear = (v: number, decimales: number): number => {
  const f = 10 ** decimales;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r; // no -0: JSON would write it as 0 and the file would differ from the plan
};

type Forma = 'anual' | 'bienio_inicial' | 'sin_seguimiento' | 'hasta_corte';

/** Programmed values per year (2024–2027) and the target/baseline, by tipo × acumulación. */
function programacion(r: Aleatorio, tipo: Meta['tipo'], acumulacion: Meta['acumulacion'], decimales: number) {
  const escala = r.elegir([4, 12, 50, 200, 1000, 20000]);
  const red = (v: number) => Math.max(0, redondear(v, decimales));
  let lineaBase: number | null;
  let meta: number;
  let programado: number[];
  // Values are levels measured from the baseline (see core's reglas.ts); mantenimiento never is.
  const porNivel = tipo === 'reduccion' ? acumulacion !== 'acumulado' : tipo === 'incremento' && acumulacion === 'stock';
  if (tipo === 'mantenimiento') {
    meta = red(escala * (0.5 + r.siguiente()));
    lineaBase = meta;
    programado = ANIOS.map(() => meta);
  } else if (porNivel) {
    // Levels moving from the baseline to the target (a rate going down, a coverage going up).
    const b = red(escala * (0.5 + r.siguiente()));
    const hacia = tipo === 'reduccion' ? b * (0.5 + 0.4 * r.siguiente()) : b + escala * (0.2 + r.siguiente());
    meta = red(hacia);
    lineaBase = b;
    programado = ANIOS.map((_, i) => red(b + ((meta - b) * (i + 1)) / 4));
  } else if (acumulacion === 'flujo') {
    meta = red(escala * (0.5 + r.siguiente()));
    lineaBase = r.probabilidad(0.3) ? null : red(meta * r.siguiente());
    programado = ANIOS.map(() => (r.probabilidad(0.7) ? meta : red(meta * (0.5 + r.siguiente()))));
  } else {
    // acumulado (incremento, or reducción counted as amounts reduced): yearly parts add up to the target.
    const partes = ANIOS.map(() => (r.probabilidad(0.12) ? 0 : 0.3 + r.siguiente()));
    const suma = partes.reduce((a, b) => a + b, 0) || 1;
    programado = partes.map((p) => red((p / suma) * escala * (0.5 + r.siguiente())));
    meta = red(programado.reduce((a, b) => a + b, 0));
    lineaBase = tipo === 'reduccion' ? red(meta + escala * (0.5 + r.siguiente())) : r.probabilidad(0.3) ? null : red(escala * r.siguiente());
  }
  if (r.probabilidad(0.1)) programado[r.entero(0, 3)] = tipo === 'reduccion' && porNivel ? (lineaBase ?? 0) : 0;
  return { lineaBase, meta, programado, porNivel };
}

function ejecucion(r: Aleatorio, p: number, base: number, porNivel: boolean, decimales: number): number | null {
  if (r.probabilidad(0.07)) return null;
  const f = r.ponderado<number>([
    [0.7 + 0.3 * r.siguiente(), 60],
    [1, 15],
    [1.05 + 0.45 * r.siguiente(), 10], // over-execution
    [0.5 * r.siguiente(), 12],
    [-0.2 * r.siguiente(), 3], // regression (levels)
  ]);
  const v = porNivel ? base + (p - base) * f : p * Math.max(0, f);
  return Math.max(0, redondear(v, decimales));
}

function seguimientoDe(r: Aleatorio, prog: ReturnType<typeof programacion>, decimales: number): Meta['seguimiento'] {
  const forma = r.ponderado<Forma>([
    ['anual', 90],
    ['bienio_inicial', 7],
    ['hasta_corte', 1],
    ['sin_seguimiento', 2],
  ]);
  if (forma === 'sin_seguimiento') return [];
  const base = prog.lineaBase ?? 0;
  const filas: Meta['seguimiento'] = ANIOS.map((anio, i) => {
    let p: number | null = prog.programado[i]!;
    if (r.probabilidad(0.01)) p = null;
    let e: number | null = anio <= CORTE.hasta && p !== null ? ejecucion(r, p, base, prog.porNivel, decimales) : null;
    // Execution reported where nothing was programmed ("avance sin meta programada").
    if (anio <= CORTE.hasta && p === 0 && !prog.porNivel && r.probabilidad(0.2)) e = redondear(1 + r.entero(0, 5), decimales);
    return { desde: anio, hasta: anio, programado: p, ejecutado: e };
  });
  if (forma === 'hasta_corte') return filas.slice(0, 2);
  if (forma === 'bienio_inicial') {
    const [a, b] = [filas[0]!, filas[1]!];
    const sumar = !prog.porNivel;
    const junta = (x: number | null, y: number | null) => (x === null || y === null ? null : sumar ? redondear(x + y, decimales) : y);
    return [{ desde: 2024, hasta: 2025, programado: junta(a.programado, b.programado), ejecutado: junta(a.ejecutado, b.ejecutado) }, ...filas.slice(2)];
  }
  return filas;
}

function montoPesos(r: Aleatorio): number | null {
  if (r.probabilidad(0.04)) return null;
  const v = Math.exp(Math.log(5e6) + r.siguiente() * (Math.log(3e9) - Math.log(5e6)));
  return Math.round(v / 1000) * 1000;
}

function inversionDe(r: Aleatorio, sector: SectorSintetico): Meta['inversion'] {
  const cuantas = r.ponderado<number>([
    [0, 8],
    [1, 52],
    [2, 30],
    [3, 10],
  ]);
  const fuentes = new Set<string>();
  for (let i = 0; i < cuantas; i++) {
    fuentes.add(r.probabilidad(0.45) ? 'recursos_propios' : r.probabilidad(0.8) ? r.elegir(sector.fuentes) : r.elegir(['sgr', 'credito', 'otros', 'cofinanciacion_nacion']));
  }
  const filas: Meta['inversion'] = [];
  for (const fuente of fuentes) {
    const texto = r.probabilidad(0.1) && fuente in FUENTES_CANONICAS ? { texto: FUENTES_CANONICAS[fuente as keyof typeof FUENTES_CANONICAS].es } : {};
    const fila = (desde: number, hasta: number) => filas.push({ desde, hasta, fuente, ...texto, valor: montoPesos(r) });
    if (fuente === 'sgr') {
      // Regalías are planned by biennium: 2025–2026 straddles the 2024–2025 cut (core cannot split it).
      fila(2024, 2024);
      if (r.probabilidad(0.6)) fila(2025, 2026);
      continue;
    }
    const forma = r.ponderado<string>([
      ['anual', 75],
      ['junta', 15],
      ['solo2024', 10],
    ]);
    if (forma === 'junta') fila(2024, 2025);
    else {
      fila(2024, 2024);
      if (forma === 'anual') fila(2025, 2025);
    }
  }
  return filas;
}

function beneficiariosDe(r: Aleatorio): Meta['beneficiarios'] {
  const estado = r.ponderado<Meta['beneficiarios']['estado']>([
    ['reportado', 65],
    ['sin_dato', 20],
    ['no_aplica', 15],
  ]);
  if (estado !== 'reportado') return { estado, total: null, unidad: null, grupos: [] };
  const total = r.entero(5, 5000);
  const grupos: Meta['beneficiarios']['grupos'] = [];
  const cuantos = r.ponderado<number>([
    [0, 55],
    [1, 25],
    [2, 15],
    [3, 5],
  ]);
  const elegidos = new Set<string>();
  for (let i = 0; i < cuantos; i++) elegidos.add(r.elegir(GRUPOS_POBLACION));
  for (const grupo of elegidos) grupos.push({ grupo, valor: r.probabilidad(0.1) ? null : r.entero(0, total) });
  const unidad = r.probabilidad(0.05) ? null : r.ponderado(UNIDADES_BENEFICIARIOS);
  return { estado, total, unidad, grupos };
}

function municipiosDeMeta(r: Aleatorio, e: EntidadSintetica): Meta['municipios'] {
  if (e.tipo === 'municipio') return r.probabilidad(0.6) ? { alcance: 'municipal', codigos: [e.divipola] } : { alcance: 'sin_dato', codigos: [] };
  const alcance = r.ponderado<Meta['municipios']['alcance']>([
    ['municipal', 50],
    ['departamental', 25],
    ['sin_dato', 25],
  ]);
  if (alcance !== 'municipal' || e.municipios.length === 0) return { alcance: alcance === 'municipal' ? 'sin_dato' : alcance, codigos: [] };
  const codigos = new Set<string>();
  const cuantos = r.entero(1, Math.min(6, e.municipios.length));
  while (codigos.size < cuantos) codigos.add(r.elegir(e.municipios));
  return { alcance, codigos: [...codigos].sort() };
}

/** "As printed": 3 decimals (66,7 %), millones with one decimal; 5 % deliberately off, 15 % not printed. */
function reportadoDe(r: Aleatorio, meta: Meta): Meta['reportado'] {
  if (r.probabilidad(0.15)) return { periodo: null, cumplimiento: null, avance: null, inversion: null, beneficiarios: null };
  const corte = { desde: CORTE.desde, hasta: CORTE.hasta };
  const impreso = (v: number | null) => {
    if (v === null || r.probabilidad(0.15)) return null;
    return redondear(r.probabilidad(0.05) ? v + 0.08 : v, 3);
  };
  const inv = inversionDeMeta(meta, corte).valor;
  return {
    periodo: corte,
    cumplimiento: impreso(cumplimiento(meta, corte).valor),
    avance: impreso(avance(meta, { hasta: CORTE.hasta }).valor),
    inversion: inv === null || r.probabilidad(0.15) ? null : Math.round(inv / 1e5) * 1e5,
    beneficiarios: meta.beneficiarios.total,
  };
}

function crearMeta(r: Aleatorio, codigo: string, a: ApuestaSintetica): Meta {
  const [producto, unidad, decimales] = r.elegir(a.sector.productos);
  const tipo = r.ponderado<Meta['tipo']>([
    ['incremento', 70],
    ['mantenimiento', 20],
    ['reduccion', 10],
  ]);
  const acumulacion = r.ponderado<Meta['acumulacion']>([
    ['acumulado', 55],
    ['flujo', 25],
    ['stock', 20],
  ]);
  const prog = programacion(r, tipo, acumulacion, decimales);
  // A target equal to its baseline (not computable) and a missing target, now and then.
  if (prog.porNivel && r.probabilidad(0.01)) prog.meta = prog.lineaBase ?? prog.meta;
  const metaCuatrienio = r.probabilidad(0.01) ? null : prog.meta;
  const bpin = r.ponderado<number>([
    [0, 50],
    [1, 40],
    [2, 10],
  ]);
  const conEvidencia = r.probabilidad(0.15);
  const meta: Meta = {
    codigo,
    nombre: producto,
    indicador: r.probabilidad(0.05) ? null : producto,
    unidad: r.probabilidad(0.03) ? null : unidad,
    nodo: a.codigo,
    secretaria: r.probabilidad(0.05) ? null : a.sector.secretaria,
    lineaBase: prog.lineaBase,
    metaCuatrienio,
    tipo,
    acumulacion,
    seguimiento: seguimientoDe(r, prog, decimales),
    inversion: inversionDe(r, a.sector),
    beneficiarios: beneficiariosDe(r),
    municipios: municipiosDeMeta(r, a.entidad),
    bpin: Array.from({ length: bpin }, () => `2024${String(r.entero(0, 999_999_999)).padStart(9, '0')}`),
    evidencia: {
      queSeHizo: conEvidencia ? `Se entregaron ${producto.toLowerCase()} en ${a.entidad.nombre}.` : null,
      como: null,
      conQuien: null,
      cuando: conEvidencia ? 'Durante 2024 y 2025' : null,
      impacto: null,
      donde: null,
    },
    reportado: { periodo: null, cumplimiento: null, avance: null, inversion: null, beneficiarios: null },
  };
  meta.reportado = reportadoDe(r, meta);
  return meta;
}

export function prepararPlan(o: OpcionesGenerador): PlanPorPartes {
  const n = o.metas;
  if (!Number.isInteger(n) || n < 1) throw new Error(`generarPlan: «metas» debe ser un entero ≥ 1 (se recibió ${String(n)})`);
  const semilla = o.semilla ?? SEMILLA_PREDETERMINADA;
  const cuantasEntidades = o.entidades ?? (n >= 20_000 ? Math.max(1, Math.round(n / METAS_POR_ENTIDAD)) : 0);
  const r = crearAleatorio(semilla);
  const nodos: Nodo[] = [];
  const apuestas: ApuestaSintetica[] = [];
  const indicadores: IndicadorResultado[] = [];
  let niveles: string[];
  let entidadPlan: Plan['entidad'];
  let entidades: EntidadSintetica[];

  if (cuantasEntidades === 0) {
    niveles = ['Línea estratégica', 'Componente', 'Apuesta'];
    entidadPlan = { nombre: 'Departamento de Norte de Santander (plan sintético)', tipo: 'departamento', divipola: '54' };
    entidades = [{ divipola: '54', nombre: 'Norte de Santander', tipo: 'departamento', municipios: municipiosDe('54'), prefijoNodo: '', prefijoMeta: 'MP-' }];
    apuestas.push(...arbolDeEntidad(r, entidades[0]!, n, null, 0, nodos));
  } else {
    niveles = ['Entidad territorial', 'Línea estratégica', 'Componente', 'Apuesta'];
    // A synthetic country-wide file still needs one valid entity; Bogotá's code stands in for "the nation".
    entidadPlan = { nombre: 'Consolidado sintético de entidades territoriales', tipo: 'departamento', divipola: '11' };
    entidades = entidadesDelPais(cuantasEntidades);
    const porEntidad = repartir(n, entidades.map((e) => (e.tipo === 'departamento' ? 2 : 1) * (0.7 + 0.6 * r.siguiente())), 1);
    entidades.forEach((e, i) => {
      const codigo = e.prefijoNodo.slice(0, -1);
      nodos.push({ codigo, nombre: e.nombre, nivel: 0, padre: null });
      apuestas.push(...arbolDeEntidad(r, e, porEntidad[i]!, codigo, 1, nodos));
    });
  }

  // One result indicator per línea of the first entities (bounded: a few thousand at most).
  const lineas = nodos.filter((nd) => nd.nivel === niveles.length - 3).slice(0, 6000);
  for (const [i, nd] of lineas.entries()) {
    const lineaBase = r.entero(10, 90);
    indicadores.push({
      codigo: `IR-${i + 1}`,
      nombre: `Indicador de resultado de ${nd.nombre ?? nd.codigo}`,
      unidad: 'porcentaje',
      nodo: nd.codigo,
      lineaBase: { valor: lineaBase, anio: 2023 },
      actual: r.probabilidad(0.2) ? { valor: null, anio: null, tipo: 'nivel' } : { valor: lineaBase + r.entero(-5, 10), anio: 2025, tipo: 'nivel' },
      meta: { valor: lineaBase + 10, anio: 2027 },
      direccion: 'mayor_es_mejor',
    });
  }

  // Numbering gaps: the code skipped is recorded as absent, never invented.
  const ausentes: Array<{ codigo: string; motivo: string }> = [];
  const metasPorEntidad = new Map<EntidadSintetica, number>();
  for (const a of apuestas) metasPorEntidad.set(a.entidad, (metasPorEntidad.get(a.entidad) ?? 0) + a.metas);
  for (const [e, m] of metasPorEntidad) {
    let ultimo = 0;
    for (let i = 0; i < m; i++) ultimo = siguienteNumero(ultimo);
    for (let k = HUECO_NUMERACION; k < ultimo; k += HUECO_NUMERACION) {
      ausentes.push({ codigo: `${e.prefijoMeta}${k}`, motivo: 'Hueco en la numeración del documento fuente (sintético).' });
    }
  }

  const cabecera: CabeceraPlan = {
    version: 1,
    entidad: entidadPlan,
    plan: { nombre: 'Plan de Desarrollo sintético 2024-2027', inicio: 2024, fin: 2027 },
    corte: { ...CORTE, fecha: 'Diciembre de 2025' },
    secretaria: null,
    niveles,
    ausentes,
    indicadoresResultado: indicadores,
    opciones: { consolidacionFlujo: 'promedio' },
    fuente: { documento: `Plan sintético de bench/generar-plan.ts (semilla ${semilla}, ${n} metas, versión ${VERSION_GENERADOR})`, fecha: null },
  };

  function* metas(): Generator<Meta> {
    const rm = crearAleatorio(semilla ^ 0x5bd1e995);
    const numero = new Map<EntidadSintetica, number>();
    for (const a of apuestas) {
      for (let i = 0; i < a.metas; i++) {
        const k = siguienteNumero(numero.get(a.entidad) ?? 0);
        numero.set(a.entidad, k);
        yield crearMeta(rm, `${a.entidad.prefijoMeta}${k}`, a);
      }
    }
  }
  return { cabecera, nodos, totalMetas: n, metas };
}

/** The whole plan in memory (tests, small sizes). */
export function generarPlan(o: OpcionesGenerador): Plan {
  const p = prepararPlan(o);
  return { ...p.cabecera, nodos: p.nodos, metas: [...p.metas()] };
}
