/**
 * What the "Resumen PDD" sheet holds, built from core's resumir() only: the per-level table, the
 * per-meta status, investment by source, beneficiaries by group and unit, result indicators, the report's
 * claims against its metas. Pure data
 * (no office.js): escribir-resumen.ts lays it out. Numbers stay numbers with an Excel number format;
 * a figure without data is an empty cell whose state column says why ("Sin dato", "No programada"),
 * never a 0.
 */
import {
  BANDAS_PREDETERMINADAS,
  NOMBRES_DIRECCION,
  NOMBRES_VEREDICTO,
  NOMBRES_ESTADO_INDICADOR,
  TEXTOS_AVISO,
  claveSecretaria,
  consolidarNiveles,
  estadosSemaforo,
  formatearNumero,
  resumirSeleccion,
  textoMotivo,
  type MetodoPeso,
  type Plan,
  type Porcentaje,
} from '@tablero-pdd/core';
import { LARGO_MAXIMO_HOJA } from './nombres-libres.js';

export type ValorResumen = string | number;

export interface GraficoBloque {
  tipo: 'ColumnClustered' | 'BarClustered';
  titulo: string;
  /** Contiguous columns of the block (first = categories). */
  desde: number;
  hasta: number;
}

export interface BloqueResumen {
  id: 'niveles' | 'niveles_grafico' | 'metas' | 'inversion' | 'beneficiarios_grupo' | 'beneficiarios_unidad' | 'indicadores' | 'afirmaciones';
  titulo: string;
  notas: string[];
  encabezados: string[];
  filas: ValorResumen[][];
  /** Excel number format per column (invariant codes: "0.0%"), null = as is. */
  formatos: Array<string | null>;
  /** Columns holding a semáforo state name (coloured by conditional formats). */
  columnasEstado: number[];
  /** Preferred name of the Excel table (made unique when taken). */
  tabla: string;
  grafico?: GraficoBloque;
}

export interface EstadoVisual {
  nombre: string;
  color: string;
  colorTexto: string;
}

/** The summary sheet's name (made free of the workbook's when written). */
export const NOMBRE_HOJA_RESUMEN = 'Resumen PDD';

export interface ContenidoResumen {
  /** The sheet's preferred name: «Resumen PDD», or «Resumen PDD 1.1.2» for a part of the plan. */
  hoja: string;
  titulo: string;
  lineas: string[];
  bloques: BloqueResumen[];
  estados: EstadoVisual[];
}

export const FORMATO_PORCENTAJE = '0.0%';
export const FORMATO_PESOS = '"$" #,##0';
export const FORMATO_ENTERO = '#,##0';
export const FORMATO_NUMERO = '#,##0.##';

/**
 * Bars a level chart can hold and still be read (the bench's 1,000-meta plan has 220 level rows). Past it, the
 * chart shows the first level of the plan (or of the part) from a small table of its own; the full table stays.
 */
export const MAX_BARRAS_NIVELES = 25;

const vacio = (v: number | null | undefined): ValorResumen => (v === null || v === undefined || !Number.isFinite(v) ? '' : v);

function observaciones(...ps: Porcentaje[]): string {
  const textos = new Set<string>();
  for (const p of ps) {
    const m = textoMotivo(p, 'es');
    if (m) textos.add(m);
    for (const a of p.avisos) textos.add(TEXTOS_AVISO[a].es);
  }
  return [...textos].join(' ');
}

/** A cell starts with a capital; a ranking is the usual case of "lower is better", so the sheet says so. */
const DIRECCIONES = {
  mayor_es_mejor: mayuscula(NOMBRES_DIRECCION.mayor_es_mejor.es),
  menor_es_mejor: `${mayuscula(NOMBRES_DIRECCION.menor_es_mejor.es)} (p. ej. un escalafón)`,
} as const;

function mayuscula(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Characters a sheet name cannot hold (and a leading or trailing apostrophe). */
const FUERA_DE_HOJA = /[:\\/?*[\]]/g;

/** A secretaría in a sheet name: without its leading «Secretaría de», cut at a word to fit with the prefix. */
function secretariaEnHoja(s: string): string {
  const corta = s.replace(/^secretar[ií]a\s+(de\s+(la\s+|las\s+|los\s+)?|del\s+)?/i, '').replace(FUERA_DE_HOJA, '-').replace(/^'+|'+$/g, '').trim() || s;
  const sitio = LARGO_MAXIMO_HOJA - NOMBRE_HOJA_RESUMEN.length - 1;
  if (corta.length <= sitio) return corta;
  const recorte = corta.slice(0, sitio - 1);
  const espacio = recorte.lastIndexOf(' ');
  return `${espacio > sitio / 2 ? recorte.slice(0, espacio) : recorte}…`;
}

/**
 * `nivel`: the summary of that node and what hangs from it; `secretaria`: of its metas (alone or in that
 * branch). Core's resumirSeleccion: no row of a level only some of whose metas are in the part. A code or a
 * secretaría the plan lacks throws core's sentence.
 */
export function contenidoResumen(plan: Plan, o: { metodo?: MetodoPeso; nivel?: string | null; secretaria?: string | null } = {}): ContenidoResumen {
  const s = resumirSeleccion(plan, { nivel: o.nivel, secretaria: o.secretaria }, { metodo: o.metodo ?? 'iguales', bandas: BANDAS_PREDETERMINADAS, lang: 'es' });
  if (!s.ok) throw new Error(s.error.mensaje);
  const r = s.resumen;
  // The level's row names the branch; with a secretaría that shares it, core cut it: the plan's own row names it.
  const raiz = o.nivel ? (r.niveles.filas.find((f) => f.codigo === o.nivel?.trim()) ?? consolidarNiveles(plan).filas.find((f) => f.codigo === o.nivel?.trim())) : undefined;
  // The secretaría as the plan writes it.
  const secretaria = o.secretaria?.trim() ? (plan.metas.find((m) => claveSecretaria(m.secretaria) === claveSecretaria(o.secretaria))?.secretaria?.trim() ?? o.secretaria.trim()) : null;
  const periodo = r.periodo.desde === r.periodo.hasta ? String(r.periodo.desde) : `${r.periodo.desde}–${r.periodo.hasta}`;

  const niveles: BloqueResumen = {
    id: 'niveles',
    titulo: 'Cumplimiento y avance por nivel del plan',
    notas: [r.niveles.descripcionMetodo.es, ...r.niveles.avisos.map((a) => a.mensaje)],
    encabezados: ['Nivel', `% cumplimiento ${periodo}`, '% avance del cuatrienio', 'Estado del cumplimiento', 'Estado del avance', '% programado al corte', 'Metas', 'Metas con dato', 'Código'],
    filas: [
      ...r.niveles.filas.map((f) => [
        `${f.numeracion} ${f.nombre ?? `${f.nombreNivel ?? 'Nivel'} (sin nombre)`}`,
        vacio(f.cumplimiento),
        vacio(f.avance),
        f.bandaCumplimiento.nombre.es,
        f.bandaAvance.nombre.es,
        vacio(f.programado),
        f.metas,
        f.metasConDato,
        f.codigo,
      ]),
      [
        raiz || secretaria ? 'Total de la parte' : 'Total del plan',
        vacio(r.niveles.total.cumplimiento),
        vacio(r.niveles.total.avance),
        r.niveles.total.bandaCumplimiento.nombre.es,
        r.niveles.total.bandaAvance.nombre.es,
        vacio(r.niveles.total.programado),
        r.niveles.total.metas,
        r.niveles.total.metasConDato,
        '',
      ],
    ],
    formatos: [null, FORMATO_PORCENTAJE, FORMATO_PORCENTAJE, null, null, FORMATO_PORCENTAJE, FORMATO_ENTERO, FORMATO_ENTERO, '@'],
    columnasEstado: [3, 4],
    tabla: 'PDD_Niveles',
  };
  const nivelesGrafico = graficoNiveles(r.niveles, periodo, raiz || secretaria ? 'Total de la parte' : 'Total del plan');
  if (!nivelesGrafico) niveles.grafico = { tipo: 'BarClustered', titulo: `Cumplimiento (${periodo}) y avance del cuatrienio por nivel`, desde: 0, hasta: 2 };

  const metas: BloqueResumen = {
    id: 'metas',
    titulo: 'Estado de cada meta de producto',
    notas: ['Porcentajes sin tope: más de 100 % es sobre-ejecución; negativo, retroceso. Celda vacía: ver el estado y las observaciones.'],
    encabezados: ['Código', 'Meta', 'Nivel', `% cumplimiento ${periodo}`, 'Estado del cumplimiento', '% avance del cuatrienio', 'Estado del avance', `Inversión ${periodo} (pesos)`, 'Beneficiarios', 'Unidad de beneficiarios', 'Observaciones'],
    filas: r.metas.map((m) => [
      m.codigo,
      m.nombre,
      m.numeracionNodo ?? m.nodo,
      vacio(m.cumplimiento.valor),
      m.bandaCumplimiento.nombre.es,
      vacio(m.avance.valor),
      m.bandaAvance.nombre.es,
      vacio(m.inversion),
      m.beneficiarios.estado === 'no_aplica' ? 'No aplica' : vacio(m.beneficiarios.total),
      m.beneficiarios.unidad ?? '',
      observaciones(m.cumplimiento, m.avance),
    ]),
    formatos: ['@', null, '@', FORMATO_PORCENTAJE, null, FORMATO_PORCENTAJE, null, FORMATO_PESOS, FORMATO_NUMERO, null, null],
    columnasEstado: [4, 6],
    tabla: 'PDD_Metas',
  };

  const inv = r.inversion;
  const inversion: BloqueResumen = {
    id: 'inversion',
    titulo: `Inversión por fuente de financiación (${periodo})`,
    notas: [
      inv.sinDato.length > 0 ? `${inv.sinDato.length === 1 ? '1 meta' : `${formatearNumero(inv.sinDato.length)} metas`} sin inversión reportada (no se ${inv.sinDato.length === 1 ? 'cuenta' : 'cuentan'} como 0): ${inv.sinDato.join(', ')}.` : '',
      inv.incompletas.length > 0 ? `Metas con fuentes sin valor (su suma es un mínimo): ${inv.incompletas.join(', ')}.` : '',
      inv.fueraDePeriodo.length > 0 ? `Metas con inversión que cruza el borde del periodo (no se suma): ${inv.fueraDePeriodo.join(', ')}.` : '',
    ].filter((t) => t !== ''),
    encabezados: ['Fuente', 'Inversión (pesos)', 'Metas'],
    filas: [...inv.porFuente.map((f) => [f.etiqueta.es, f.valor, f.metas]), ['Total', vacio(inv.total), inv.metasConDato]],
    formatos: [null, FORMATO_PESOS, FORMATO_ENTERO],
    columnasEstado: [],
    tabla: 'PDD_Inversion',
    grafico: { tipo: 'BarClustered', titulo: `Inversión por fuente (${periodo})`, desde: 0, hasta: 1 },
  };

  const b = r.beneficiarios;
  const grupos: BloqueResumen = {
    id: 'beneficiarios_grupo',
    titulo: 'Beneficiarios por grupo poblacional',
    notas: [b.nota.es],
    encabezados: ['Grupo', 'Unidad', 'Beneficiarios', 'Metas'],
    filas: b.porGrupo.map((g) => [g.etiqueta.es, g.etiquetaUnidad, g.valor, g.metas]),
    formatos: [null, null, FORMATO_NUMERO, FORMATO_ENTERO],
    columnasEstado: [],
    tabla: 'PDD_Beneficiarios_Grupo',
  };
  const unidades: BloqueResumen = {
    id: 'beneficiarios_unidad',
    titulo: 'Beneficiarios por unidad (unidades distintas no se suman)',
    notas: [
      b.sinDato.length > 0 ? `Sin dato de beneficiarios: ${b.sinDato.join(', ')}.` : '',
      b.noAplica.length > 0 ? `No aplica: ${b.noAplica.join(', ')}.` : '',
    ].filter((t) => t !== ''),
    encabezados: ['Unidad', 'Beneficiarios', 'Metas'],
    filas: b.porUnidad.map((u) => [u.etiqueta, u.total, u.metas]),
    formatos: [null, FORMATO_NUMERO, FORMATO_ENTERO],
    columnasEstado: [],
    tabla: 'PDD_Beneficiarios_Unidad',
  };

  // A direction inferred (from the report's wording, or assumed where the file has no such column, as SisPT)
  // is marked in its cell and its reason given once per reason: read the wrong way, progress is a setback.
  const inferidas = new Map<string, string>();
  for (const i of plan.indicadoresResultado ?? []) {
    const razon = i.trazas?.['direccion']?.inferido;
    if (razon) inferidas.set(i.codigo, razon);
  }
  const porRazon = new Map<string, string[]>();
  for (const [codigo, razon] of inferidas) porRazon.set(razon, [...(porRazon.get(razon) ?? []), codigo]);
  const indicadores: BloqueResumen = {
    id: 'indicadores',
    titulo: 'Indicadores de resultado',
    notas: [
      'Progreso = (actual − línea base) / (meta − línea base), según la dirección del indicador.',
      ...[...porRazon].map(([razon, codigos]) => `Dirección inferida (${codigos.join(', ')}): ${razon}`),
    ],
    encabezados: ['Código', 'Indicador', 'Unidad', 'Línea base', 'Actual', 'Meta', 'Dirección', 'Progreso', 'Estado'],
    filas: r.indicadores.map((i) => [
      i.codigo,
      i.nombre,
      i.unidad ?? '',
      vacio(i.lineaBase.valor),
      vacio(i.actual.valor),
      vacio(i.meta.valor),
      inferidas.has(i.codigo) ? `${DIRECCIONES[i.direccion]} (inferida)` : DIRECCIONES[i.direccion],
      vacio(i.progreso),
      NOMBRES_ESTADO_INDICADOR[i.estado].es,
    ]),
    formatos: ['@', null, null, FORMATO_NUMERO, FORMATO_NUMERO, FORMATO_NUMERO, null, FORMATO_PORCENTAJE, null],
    columnasEstado: [],
    tabla: 'PDD_Indicadores',
  };

  // Every claim of the report, also those that hold; pesos and counts share a column, so the magnitude says which.
  const numeracion = new Map(r.niveles.filas.map((f) => [f.codigo, f.numeracion]));
  const magnitud = (a: (typeof r.afirmaciones)[number]['afirmacion']) =>
    a.magnitud === 'inversion' ? 'Inversión (pesos)' : a.magnitud === 'metas' ? 'Metas' : `Beneficiarios${a.unidad ? ` (${a.unidad})` : ''}`;
  const afirmaciones: BloqueResumen = {
    id: 'afirmaciones',
    titulo: 'Afirmaciones del informe frente a sus metas',
    notas: ['Cada cifra que la narrativa del informe da para un nivel, frente a la que suman las metas de ese nivel.'],
    encabezados: ['Nivel', 'Afirmación', 'Magnitud', 'Informe', 'Calculado', 'Resultado', 'Explicación'],
    filas: r.afirmaciones.map((a) => [
      numeracion.get(a.nodo) ?? a.nodo,
      a.afirmacion.texto,
      magnitud(a.afirmacion),
      a.afirmacion.valor,
      vacio(a.calculado),
      NOMBRES_VEREDICTO[a.veredicto].es,
      a.veredicto === 'se_sostiene' ? '' : a.explicacion.es,
    ]),
    formatos: ['@', null, null, FORMATO_NUMERO, FORMATO_NUMERO, null, null],
    columnasEstado: [],
    tabla: 'PDD_Afirmaciones',
  };

  const bloques = [niveles, ...(nivelesGrafico ? [nivelesGrafico] : []), metas, inversion, grupos, unidades, indicadores, afirmaciones].filter((x) => x.filas.length > 0);
  return {
    // The numbering holds only digits and dots, which a sheet name accepts; a secretaría is cleaned to fit.
    hoja: secretaria ? `${NOMBRE_HOJA_RESUMEN} ${secretariaEnHoja(secretaria)}` : raiz ? `${NOMBRE_HOJA_RESUMEN} ${raiz.numeracion}` : NOMBRE_HOJA_RESUMEN,
    titulo: `Resumen del Plan de Desarrollo — ${r.entidad.nombre}`,
    lineas: [
      `${r.plan.nombre} · corte ${r.corte.nombre} (${periodo})${r.corte.fecha ? ` · ${r.corte.fecha}` : ''}`,
      ...(secretaria
        ? [`Parte del plan: las metas de la secretaría «${secretaria}»${raiz ? ` en ${raiz.numeracion} ${raiz.nombre ?? raiz.nombreNivel ?? raiz.codigo}` : ''}; sin las filas de los niveles que comparte con otras, que contarían solo parte de sus metas.`]
        : raiz
          ? [`Parte del plan: ${raiz.numeracion} ${raiz.nombre ?? raiz.nombreNivel ?? raiz.codigo} y lo que cuelga de ese nivel.`]
          : []),
      `${formatearNumero(r.metasReportadas)} metas de producto${r.metasAusentes.length > 0 ? `; ${formatearNumero(r.metasAusentes.length)} conocidas pero ausentes de la fuente` : ''}.`,
      `Semáforo: ${r.fuenteBandas.es}`,
      'Valores calculados por tablero-pdd; no se recalculan solos: vuelva a crear el resumen si el plan cambia.',
    ],
    bloques,
    estados: estadosSemaforo(BANDAS_PREDETERMINADAS).map((e) => ({ nombre: e.nombre.es, color: e.color, colorTexto: e.colorTexto })),
  };
}

/**
 * The level chart of a long plan (more than MAX_BARRAS_NIVELES rows): the rows of its first level and the
 * total, in a small table the chart reads. null when the full table is short enough to chart.
 */
function graficoNiveles(n: ReturnType<typeof consolidarNiveles>, periodo: string, total: string): BloqueResumen | null {
  if (n.filas.length <= MAX_BARRAS_NIVELES) return null;
  const tope = Math.min(...n.filas.map((f) => f.profundidad));
  const primeras = n.filas.filter((f) => f.profundidad === tope);
  const nivel = primeras[0]?.nombreNivel?.trim();
  const por = nivel ? nivel.charAt(0).toLocaleLowerCase('es') + nivel.slice(1) : 'primer nivel';
  return {
    id: 'niveles_grafico',
    titulo: `Cumplimiento y avance por ${por}`,
    notas: [
      `La tabla de arriba tiene ${formatearNumero(n.filas.length)} filas de niveles, demasiadas para leerlas en un gráfico: este muestra las ${formatearNumero(primeras.length)} del primer nivel y el total.`,
    ],
    encabezados: ['Nivel', `% cumplimiento ${periodo}`, '% avance del cuatrienio', 'Código'],
    filas: [
      ...primeras.map((f) => [`${f.numeracion} ${f.nombre ?? `${f.nombreNivel ?? 'Nivel'} (sin nombre)`}`, vacio(f.cumplimiento), vacio(f.avance), f.codigo]),
      [total, vacio(n.total.cumplimiento), vacio(n.total.avance), ''],
    ],
    formatos: [null, FORMATO_PORCENTAJE, FORMATO_PORCENTAJE, '@'],
    columnasEstado: [],
    tabla: 'PDD_Niveles_Grafico',
    grafico: { tipo: 'BarClustered', titulo: `Cumplimiento (${periodo}) y avance del cuatrienio por ${por}`, desde: 0, hasta: 2 },
  };
}
