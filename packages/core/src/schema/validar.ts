/**
 * validarPlan: schema parse + coherence checks (unique codes, references, years inside the plan,
 * DIVIPOLA codes that exist). Reports every error, not only the first (up to `limite`), never throws.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { planSchema } from './plan.js';
import { verificarPlanGenerado } from './verificador-generado.js';
import { crearError, mostrarValor, rutaATexto, ubicacion } from './errores.js';
import type { ErrorDato, Idioma, Plan, ResultadoValidacion } from './types.js';
import { esDepartamentoDivipola, esMunicipioDivipola } from '../geo/divipola-codigos.js';

export interface OpcionesValidacion {
  lang?: Idioma;
  /** File name shown in every message. */
  archivo?: string;
  /** Maps a meta's position to the row of its source file (CSV line); default position + 1. */
  filaDeMeta?: (indice: number) => number;
  /** Maps a field name to the column header of its source file. */
  columnaDeCampo?: (campo: string) => string | undefined;
  /** Stop collecting after this many errors (a count of the rest is added). Default 1000. */
  limite?: number;
}

const TIPOS: Record<string, { es: string; en: string }> = {
  string: { es: 'un texto', en: 'a text' },
  number: { es: 'un número', en: 'a number' },
  int: { es: 'un número entero', en: 'a whole number' },
  boolean: { es: 'verdadero o falso', en: 'true or false' },
  array: { es: 'una lista', en: 'a list' },
  object: { es: 'un objeto', en: 'an object' },
  null: { es: 'null', en: 'null' },
};

function esperadoDe(issue: $ZodIssue, lang: Idioma): string {
  const es = lang === 'es';
  switch (issue.code) {
    case 'invalid_type': {
      const t = TIPOS[issue.expected]?.[lang] ?? issue.expected;
      const input = (issue as { input?: unknown }).input;
      const nulo = input === undefined ? (es ? ' (el campo falta)' : ' (the field is missing)') : '';
      if (issue.expected === 'number' && typeof input === 'number') return es ? 'un número finito' : 'a finite number';
      return `${t}${nulo}`;
    }
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string')
        return Number(issue.minimum) === 1
          ? es ? 'al menos 1 elemento' : 'at least 1 item'
          : es ? `al menos ${String(issue.minimum)} elementos` : `at least ${String(issue.minimum)} items`;
      return es ? `un valor mayor o igual a ${String(issue.minimum)}` : `a value of at least ${String(issue.minimum)}`;
    case 'too_big':
      return es ? `un valor menor o igual a ${String(issue.maximum)}` : `a value of at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return (es ? 'uno de: ' : 'one of: ') + issue.values.map((v) => JSON.stringify(v)).join(', ');
    case 'invalid_format':
      if (issue.format === 'regex' && String(issue.pattern).includes('d{5}'))
        return es ? 'un código DIVIPOLA de 5 dígitos (texto, con ceros a la izquierda)' : 'a 5-digit DIVIPOLA code (text, leading zeros kept)';
      if (issue.format === 'regex')
        return es ? 'un código DIVIPOLA de 2 o 5 dígitos' : 'a 2- or 5-digit DIVIPOLA code';
      return es ? `el formato ${issue.format}` : `format ${issue.format}`;
    case 'unrecognized_keys':
      return es ? `solo campos conocidos (sobran: ${issue.keys.join(', ')})` : `only known fields (extra: ${issue.keys.join(', ')})`;
    default:
      return issue.message;
  }
}

function valorEn(datos: unknown, ruta: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = datos;
  for (const p of ruta) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

export class Colector {
  errores: ErrorDato[] = [];
  avisos: ErrorDato[] = [];
  omitidos = 0;
  /**
   * `codigoDe`: a meta's code by position, for a reader that no longer holds every meta (default: read it
   * from `datos`).
   */
  constructor(
    private readonly datos: unknown,
    private readonly o: OpcionesValidacion,
    private readonly lang: Idioma,
    private readonly codigoDe?: (indice: number) => unknown,
  ) {}

  agregar(codigo: string, ruta: ReadonlyArray<PropertyKey>, esperado: string, valor?: unknown, severidad: ErrorDato['severidad'] = 'error') {
    const lista = severidad === 'error' ? this.errores : this.avisos;
    if (lista.length >= (this.o.limite ?? 1000)) {
      this.omitidos++;
      return;
    }
    const indiceMeta = ruta[0] === 'metas' && typeof ruta[1] === 'number' ? ruta[1] : undefined;
    const fila = indiceMeta !== undefined ? (this.o.filaDeMeta?.(indiceMeta) ?? indiceMeta + 1) : undefined;
    const codigoMeta =
      indiceMeta === undefined ? undefined : this.codigoDe ? this.codigoDe(indiceMeta) : valorEn(this.datos, ['metas', indiceMeta, 'codigo']);
    const campo = [...ruta].reverse().find((p) => typeof p === 'string') as string | undefined;
    const columna = campo ? (this.o.columnaDeCampo?.(campo) ?? campo) : undefined;
    const lugar = ubicacion(ruta, this.lang, {
      archivo: this.o.archivo,
      fila,
      codigoMeta: typeof codigoMeta === 'string' ? codigoMeta : undefined,
    });
    const e = crearError(
      {
        codigo,
        ruta: rutaATexto(ruta),
        esperado,
        ...(valor !== undefined ? { valor: mostrarValor(valor) } : {}),
        ...(this.o.archivo ? { archivo: this.o.archivo } : {}),
        ...(fila !== undefined ? { fila } : {}),
        ...(columna ? { columna } : {}),
        severidad,
      },
      this.lang,
      lugar,
    );
    lista.push(e);
  }
}

const CODIGO_ISSUE: Record<string, string> = {
  invalid_type: 'tipo_invalido',
  too_small: 'valor_fuera_de_rango',
  too_big: 'valor_fuera_de_rango',
  invalid_value: 'valor_no_permitido',
  invalid_format: 'formato_invalido',
  unrecognized_keys: 'campo_desconocido',
};

/** Returns true when the input fits the schema (no error list: the interpreted parse builds that). */
export type Verificador = (datos: unknown) => boolean;
/**
 * By default, zod's checker for this schema generated at build time as plain code (verificador-generado.ts):
 * no `new Function`, so it also runs under a strict CSP, and a valid plan skips the cold interpreted parse.
 */
let verificador: Verificador | null = verificarPlanGenerado;

/**
 * Installs a fast yes/no schema check (see activarVerificacionCompilada), or none (null: every input goes through
 * the interpreted parse). zod's compiler stays out of this module so that a browser bundle does not carry it
 * (≈50 kB) when it could not use it under a strict CSP anyway.
 */
export function registrarVerificador(f: Verificador | null): void {
  verificador = f;
}

/** Whether the input fits the schema: the fast check when one is installed, else zod's parse. */
export function cumpleEsquema(datos: unknown): boolean {
  return verificador ? verificador(datos) : planSchema.safeParse(datos).success;
}

/**
 * Validates any input (parsed JSON, an importer's output) against the plan model. A valid input is returned
 * as the plan itself (not a copy; fields the model does not know are kept, never silently dropped).
 */
export function validarPlan(datos: unknown, opciones: OpcionesValidacion = {}): ResultadoValidacion {
  const lang = opciones.lang ?? 'es';
  const c = new Colector(datos, opciones, lang);
  if (verificador?.(datos)) {
    const plan = datos as Plan;
    verificarCoherencia(plan, c, lang);
    return cerrar(c, lang, plan);
  }
  const r = planSchema.safeParse(datos, { reportInput: true });
  if (!r.success) {
    for (const issue of r.error.issues) {
      c.agregar(
        CODIGO_ISSUE[issue.code] ?? 'dato_invalido',
        issue.path,
        esperadoDe(issue, lang),
        valorEn(datos, issue.path),
      );
    }
  } else {
    verificarCoherencia(datos as Plan, c, lang);
  }
  // The schema has no transforms or defaults: the input itself is the plan (zod's copy would drop unknown
  // fields the user owns, and double the memory).
  return cerrar(c, lang, r.success ? (datos as Plan) : null);
}

export function cerrar(c: Colector, lang: Idioma, plan: Plan | null): ResultadoValidacion {
  if (c.omitidos > 0) {
    c.agregar(
      'demasiados_errores',
      [],
      lang === 'es' ? `menos errores (se omitieron ${c.omitidos} más)` : `fewer errors (${c.omitidos} more not shown)`,
      undefined,
      'aviso',
    );
  }
  if (c.errores.length > 0 || !plan) return { ok: false, errores: c.errores, avisos: c.avisos };
  return { ok: true, plan, avisos: c.avisos };
}

function verificarCoherencia(plan: Plan, c: Colector, lang: Idioma) {
  const ctx = verificarCabecera(plan, c, lang);
  for (let i = 0; i < plan.metas.length; i++) verificarMeta(plan.metas[i]!, i, ctx, c);
  verificarIndicadores(plan, ctx, c);
}

/** What the checks of each meta need from the rest of the plan, and the codes seen so far. */
export interface ContextoCoherencia {
  es: boolean;
  nodos: Map<string, number>;
  metas: Set<string>;
  anioValido: (a: number) => boolean;
  enPlan: string;
}

/** The checks of everything but the metas and the result indicators: periods, entity, node tree. */
export function verificarCabecera(plan: Plan, c: Colector, lang: Idioma): ContextoCoherencia {
  const es = lang === 'es';
  const { inicio, fin } = plan.plan;
  const enPlan = es ? `un año entre ${inicio} y ${fin} (periodo del plan)` : `a year between ${inicio} and ${fin} (plan period)`;

  if (fin < inicio) c.agregar('periodo_invalido', ['plan', 'fin'], es ? `un año ≥ ${inicio}` : `a year ≥ ${inicio}`, fin);
  if (plan.corte.hasta < plan.corte.desde)
    c.agregar('periodo_invalido', ['corte', 'hasta'], es ? `un año ≥ ${plan.corte.desde}` : `a year ≥ ${plan.corte.desde}`, plan.corte.hasta);
  if (plan.corte.desde < inicio || plan.corte.hasta > fin) c.agregar('fuera_del_plan', ['corte'], enPlan, `${plan.corte.desde}–${plan.corte.hasta}`);
  if (plan.entidad.divipola.length === 2 && !esDepartamentoDivipola(plan.entidad.divipola))
    c.agregar('divipola_desconocido', ['entidad', 'divipola'], es ? 'un departamento de DIVIPOLA (DANE)' : 'a DANE DIVIPOLA department', plan.entidad.divipola);
  if (plan.entidad.divipola.length === 5 && !esMunicipioDivipola(plan.entidad.divipola))
    c.agregar('divipola_desconocido', ['entidad', 'divipola'], es ? 'un municipio de DIVIPOLA (DANE)' : 'a DANE DIVIPOLA municipality', plan.entidad.divipola);

  const nodos = new Map<string, number>();
  plan.nodos.forEach((n, i) => {
    if (nodos.has(n.codigo)) c.agregar('codigo_duplicado', ['nodos', i, 'codigo'], es ? 'un código de nodo único' : 'a unique node code', n.codigo);
    nodos.set(n.codigo, i);
    if (n.nivel >= plan.niveles.length)
      c.agregar('nivel_inexistente', ['nodos', i, 'nivel'], es ? `un nivel entre 0 y ${plan.niveles.length - 1}` : `a level between 0 and ${plan.niveles.length - 1}`, n.nivel);
  });
  plan.nodos.forEach((n, i) => {
    if (n.padre === null) {
      if (n.nivel !== 0) c.agregar('padre_faltante', ['nodos', i, 'padre'], es ? 'el código del nodo padre (solo el nivel 0 no tiene padre)' : 'the parent node code (only level 0 has none)', null);
      return;
    }
    const ip = nodos.get(n.padre);
    if (ip === undefined) c.agregar('referencia_inexistente', ['nodos', i, 'padre'], es ? 'el código de un nodo existente' : 'the code of an existing node', n.padre);
    else if (plan.nodos[ip]!.nivel !== n.nivel - 1)
      c.agregar('nivel_incoherente', ['nodos', i, 'nivel'], es ? `el nivel del padre + 1 (${plan.nodos[ip]!.nivel + 1})` : `the parent's level + 1 (${plan.nodos[ip]!.nivel + 1})`, n.nivel);
  });
  return { es, nodos, metas: new Set<string>(), anioValido: (a: number) => a >= inicio && a <= fin, enPlan };
}

/** The checks of the meta at position `i` (its code is remembered in ctx.metas, for the next ones). */
export function verificarMeta(m: Plan['metas'][number], i: number, ctx: ContextoCoherencia, c: Colector): void {
  const { es, nodos, metas, anioValido, enPlan } = ctx;
  // One look-up, not has() then add(): a repeated code leaves the set's size unchanged.
  const antes = metas.size;
  metas.add(m.codigo);
  if (metas.size === antes) c.agregar('codigo_duplicado', ['metas', i, 'codigo'], es ? 'un código de meta único' : 'a unique meta code', m.codigo);
  if (!nodos.has(m.nodo)) c.agregar('referencia_inexistente', ['metas', i, 'nodo'], es ? 'el código de un nodo existente' : 'the code of an existing node', m.nodo);
  verificarTramos(c, i, 'seguimiento', m.seguimiento, anioValido, enPlan, es);
  verificarTramos(c, i, 'inversion', m.inversion, anioValido, enPlan, es);
  // Two spans of the same meta may not overlap: the same year would count twice.
  const seg = m.seguimiento;
  let enOrden = true;
  for (let k = 1; k < seg.length && enOrden; k++) enOrden = seg[k]!.desde > seg[k - 1]!.hasta;
  // Only spans out of order (or overlapping) need the sort: the common case is one pass, no allocation.
  if (!enOrden) {
    const orden = seg.map((s, j) => ({ desde: s.desde, hasta: s.hasta, j })).sort((a, b) => a.desde - b.desde);
    for (let k = 1; k < orden.length; k++) {
      if (orden[k]!.desde <= orden[k - 1]!.hasta)
        c.agregar('periodos_superpuestos', ['metas', i, 'seguimiento', orden[k]!.j, 'desde'], es ? `un año posterior a ${orden[k - 1]!.hasta} (los periodos no pueden superponerse)` : `a year after ${orden[k - 1]!.hasta} (spans may not overlap)`, orden[k]!.desde);
    }
  }
  const codigos = m.municipios.codigos;
  for (let j = 0; j < codigos.length; j++) {
    const cod = codigos[j]!;
    if (!esMunicipioDivipola(cod))
      c.agregar('divipola_desconocido', ['metas', i, 'municipios', 'codigos', j], es ? 'un código de municipio DIVIPOLA existente (DANE MGN 2018)' : 'an existing DIVIPOLA municipality code (DANE MGN 2018)', cod);
  }
  if (m.beneficiarios.estado !== 'reportado' && m.beneficiarios.total !== null)
    c.agregar('estado_incoherente', ['metas', i, 'beneficiarios', 'total'], es ? `null cuando el estado es «${m.beneficiarios.estado}»` : `null when the status is "${m.beneficiarios.estado}"`, m.beneficiarios.total);
  if (m.tipo === 'reduccion' && m.lineaBase !== null && m.metaCuatrienio !== null && m.metaCuatrienio > m.lineaBase)
    c.agregar('reduccion_incoherente', ['metas', i, 'metaCuatrienio'], es ? `una meta menor que la línea base (${m.lineaBase}) en una meta de reducción` : `a target below the baseline (${m.lineaBase}) for a reduction meta`, m.metaCuatrienio, 'aviso');
}

/** Result indicators that name a node must name one that exists. */
export function verificarIndicadores(plan: Plan, ctx: ContextoCoherencia, c: Colector): void {
  (plan.indicadoresResultado ?? []).forEach((ind, i) => {
    if (ind.nodo && !ctx.nodos.has(ind.nodo))
      c.agregar('referencia_inexistente', ['indicadoresResultado', i, 'nodo'], ctx.es ? 'el código de un nodo existente' : 'the code of an existing node', ind.nodo);
  });
}

function verificarTramos(
  c: Colector,
  i: number,
  campo: string,
  lista: ReadonlyArray<{ desde: number; hasta: number }>,
  anioValido: (a: number) => boolean,
  enPlan: string,
  es: boolean,
) {
  for (let j = 0; j < lista.length; j++) {
    const s = lista[j]!;
    if (!anioValido(s.desde)) c.agregar('fuera_del_plan', ['metas', i, campo, j, 'desde'], enPlan, s.desde);
    if (!anioValido(s.hasta)) c.agregar('fuera_del_plan', ['metas', i, campo, j, 'hasta'], enPlan, s.hasta);
    if (s.hasta < s.desde) c.agregar('periodo_invalido', ['metas', i, campo, j, 'hasta'], es ? `un año ≥ ${s.desde}` : `a year ≥ ${s.desde}`, s.hasta);
  }
}
