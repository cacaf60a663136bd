/**
 * Municipality name → DIVIPOLA code, on DANE's official names (MGN 2018) plus an alias table.
 *
 * Names repeat across departments (SANTIAGO is 54680 in Norte de Santander and 86760 in Putumayo), so a
 * name is only "found" when exactly one municipality carries it; pass the department to narrow the search.
 * An ambiguous or unknown name is reported as such, never resolved by guessing (no fuzzy matching:
 * fuzzy matches only come back as suggestions for the person fixing the file).
 */
import { ALIAS_DEPARTAMENTOS, ALIAS_MUNICIPIOS } from './alias.js';
import { DEPARTAMENTOS, MUNICIPIOS } from './divipola-datos.js';
import { distanciaEdicion } from './distancia.js';
import { plegar } from '../format/plegar.js';

export interface Municipio {
  /** DIVIPOLA, five digits as text. */
  codigo: string;
  /** DANE's name (MGN 2018), e.g. "SAN JOSÉ DE CÚCUTA". */
  nombreOficial: string;
}

export interface CandidatoMunicipio extends Municipio {
  /** Two-digit department code. */
  departamento: string;
  nombreDepartamento: string;
}

export type DetalleMunicipio =
  | { estado: 'encontrado'; municipio: Municipio; candidatos: CandidatoMunicipio[] }
  /** Several municipalities carry this name: `candidatos` lists them (pass `departamento`). */
  | { estado: 'ambiguo'; candidatos: CandidatoMunicipio[] }
  /** No municipality carries this name; `sugerencias` are close spellings, for a person to check. */
  | { estado: 'desconocido'; candidatos: []; sugerencias: CandidatoMunicipio[] }
  /** The `departamento` option itself is not a DANE department. */
  | { estado: 'departamento_desconocido'; candidatos: [] };

export interface OpcionesBusqueda {
  /** Code ("54", "5" for "05") or name ("Norte de Santander") of the department to search in. */
  departamento?: string;
}

export interface ResultadoResolucion {
  /** Codes found, without repeats, in the order the names came. */
  codigos: string[];
  /** Names as given that match no municipality (never dropped silently). */
  desconocidos: string[];
  /** Names as given that match several municipalities (give the department). */
  ambiguos: string[];
  /** True when the `departamento` option is not a department: then every name is in `desconocidos`. */
  departamentoDesconocido: boolean;
}

/** Words that introduce a name without being part of it ("municipio de Villa del Rosario"), folded as plegar folds. */
const PREFIJOS = ['municipios de ', 'municipio de ', 'municipio ', 'ciudad de ', 'distrito de '];
const DISTANCIA_SUGERENCIA = 2;
const MAX_SUGERENCIAS = 5;

interface Indices {
  /** folded name or alias → codes carrying it */
  porClave: Map<string, string[]>;
  nombreMunicipio: Map<string, string>;
  nombreDepartamento: Map<string, string>;
  /** folded department name or alias → code */
  departamentoPorClave: Map<string, string>;
  /** folded official names and aliases, for suggestions */
  claves: Array<readonly [clave: string, codigo: string]>;
}

let indices: Indices | null = null;

/** Built on first use: importing core must stay cheap for pages that never look up a name. */
function obtenerIndices(): Indices {
  if (indices) return indices;
  const porClave = new Map<string, string[]>();
  const agregar = (clave: string, codigo: string) => {
    const lista = porClave.get(clave);
    if (!lista) porClave.set(clave, [codigo]);
    else if (!lista.includes(codigo)) lista.push(codigo);
  };
  const nombreMunicipio = new Map<string, string>();
  const claves: Array<readonly [string, string]> = [];
  for (const [codigo, nombre] of MUNICIPIOS) {
    nombreMunicipio.set(codigo, nombre);
    const clave = plegar(nombre);
    agregar(clave, codigo);
    claves.push([clave, codigo]);
  }
  for (const [alias, codigo] of ALIAS_MUNICIPIOS) {
    const clave = plegar(alias);
    agregar(clave, codigo);
    claves.push([clave, codigo]);
  }
  const nombreDepartamento = new Map<string, string>(DEPARTAMENTOS.map(([c, n]) => [c, n]));
  const departamentoPorClave = new Map<string, string>();
  for (const [codigo, nombre] of DEPARTAMENTOS) departamentoPorClave.set(plegar(nombre), codigo);
  for (const [alias, codigo] of ALIAS_DEPARTAMENTOS) departamentoPorClave.set(plegar(alias), codigo);
  indices = { porClave, nombreMunicipio, nombreDepartamento, departamentoPorClave, claves };
  return indices;
}

/** Official name of a five-digit DIVIPOLA code, or null when DANE has no such municipality. */
export function nombreMunicipio(codigo: string): string | null {
  return obtenerIndices().nombreMunicipio.get(codigo.trim()) ?? null;
}

/** Official name of a department from its two-digit code, or from any of its municipalities' codes. */
export function nombreDepartamento(codigo: string): string | null {
  const c = codigo.trim();
  if (/^\d{5}$/.test(c) && nombreMunicipio(c) === null) return null;
  if (!/^\d{2}$/.test(c) && !/^\d{5}$/.test(c)) return null;
  return obtenerIndices().nombreDepartamento.get(c.slice(0, 2)) ?? null;
}

/** Two-digit code of a department given by code ("54", "5") or name ("Norte de Santander"); null if none. */
export function buscarDepartamento(codigoONombre: string): string | null {
  const t = codigoONombre.trim();
  const { nombreDepartamento: nombres, departamentoPorClave } = obtenerIndices();
  if (/^\d{1,2}$/.test(t)) {
    const c = t.padStart(2, '0');
    return nombres.has(c) ? c : null;
  }
  return departamentoPorClave.get(plegar(t)) ?? null;
}

function candidato(codigo: string): CandidatoMunicipio {
  const { nombreMunicipio: nm, nombreDepartamento: nd } = obtenerIndices();
  const departamento = codigo.slice(0, 2);
  return { codigo, nombreOficial: nm.get(codigo) ?? codigo, departamento, nombreDepartamento: nd.get(departamento) ?? departamento };
}

function codigosDe(clave: string, departamento: string | undefined): string[] {
  const todos = obtenerIndices().porClave.get(clave) ?? [];
  return departamento ? todos.filter((c) => c.startsWith(departamento)) : todos;
}

function sugerencias(clave: string, departamento: string | undefined): CandidatoMunicipio[] {
  if (clave.length < 3) return [];
  const mejor = new Map<string, number>();
  for (const [k, codigo] of obtenerIndices().claves) {
    if (departamento && !codigo.startsWith(departamento)) continue;
    const d = distanciaEdicion(clave, k, DISTANCIA_SUGERENCIA);
    if (d <= DISTANCIA_SUGERENCIA && d < (mejor.get(codigo) ?? Infinity)) mejor.set(codigo, d);
  }
  return [...mejor]
    .sort(([ca, da], [cb, db]) => da - db || (ca < cb ? -1 : 1))
    .slice(0, MAX_SUGERENCIAS)
    .map(([codigo]) => candidato(codigo));
}

/** Looks a name up and says what happened: found, ambiguous (with the candidates) or unknown. */
export function buscarMunicipioDetalle(nombre: string, o: OpcionesBusqueda = {}): DetalleMunicipio {
  let departamento: string | undefined;
  if (o.departamento !== undefined && o.departamento.trim() !== '') {
    const d = buscarDepartamento(o.departamento);
    if (d === null) return { estado: 'departamento_desconocido', candidatos: [] };
    departamento = d;
  }
  const clave = plegar(nombre);
  let codigos = codigosDe(clave, departamento);
  if (codigos.length === 0) {
    const prefijo = PREFIJOS.find((p) => clave.startsWith(p));
    if (prefijo) codigos = codigosDe(clave.slice(prefijo.length), departamento);
  }
  if (codigos.length === 1) {
    const c = candidato(codigos[0]!);
    return { estado: 'encontrado', municipio: { codigo: c.codigo, nombreOficial: c.nombreOficial }, candidatos: [c] };
  }
  if (codigos.length > 1) return { estado: 'ambiguo', candidatos: codigos.map(candidato) };
  return { estado: 'desconocido', candidatos: [], sugerencias: sugerencias(clave, departamento) };
}

/** The municipality a name designates, or null when it is unknown or ambiguous (see buscarMunicipioDetalle). */
export function buscarMunicipio(nombre: string, o: OpcionesBusqueda = {}): Municipio | null {
  const r = buscarMunicipioDetalle(nombre, o);
  return r.estado === 'encontrado' ? r.municipio : null;
}

/** Resolves a list of names; blank entries are skipped, every other name ends in exactly one list. */
export function resolverMunicipios(nombres: readonly string[], o: OpcionesBusqueda = {}): ResultadoResolucion {
  const r: ResultadoResolucion = { codigos: [], desconocidos: [], ambiguos: [], departamentoDesconocido: false };
  for (const bruto of nombres) {
    const nombre = bruto.trim();
    if (plegar(nombre) === '') continue;
    const d = buscarMunicipioDetalle(nombre, o);
    if (d.estado === 'encontrado') {
      if (!r.codigos.includes(d.municipio.codigo)) r.codigos.push(d.municipio.codigo);
    } else if (d.estado === 'ambiguo') r.ambiguos.push(nombre);
    else {
      if (d.estado === 'departamento_desconocido') r.departamentoDesconocido = true;
      r.desconocidos.push(nombre);
    }
  }
  return r;
}
