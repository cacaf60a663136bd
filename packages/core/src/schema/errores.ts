/**
 * Turns schema issues and coherence problems into ErrorDato: field, row, value found and what was
 * expected, in Spanish or English. zod's own messages never name the row, so we build our own here,
 * per parse, without touching zod's global config (it would leak into the host page's zod).
 */
import type { ErrorDato, Idioma } from './types.js';

type Textos = Record<string, { es: string; en: string }>;

/** Labels of the plan's fields, for messages a person can act on. */
const CAMPOS: Textos = {
  codigo: { es: 'código', en: 'code' },
  nombre: { es: 'nombre', en: 'name' },
  indicador: { es: 'indicador', en: 'indicator' },
  unidad: { es: 'unidad', en: 'unit' },
  nodo: { es: 'nivel (nodo)', en: 'level node' },
  secretaria: { es: 'secretaría', en: 'office' },
  lineaBase: { es: 'línea base', en: 'baseline' },
  metaCuatrienio: { es: 'meta del cuatrienio', en: 'four-year target' },
  tipo: { es: 'tipo de meta', en: 'meta type' },
  acumulacion: { es: 'tipo de acumulación', en: 'accumulation type' },
  peso: { es: 'peso', en: 'weight' },
  programado: { es: 'programado', en: 'programmed' },
  ejecutado: { es: 'ejecutado', en: 'executed' },
  desde: { es: 'año desde', en: 'from year' },
  hasta: { es: 'año hasta', en: 'to year' },
  fuente: { es: 'fuente de financiación', en: 'funding source' },
  valor: { es: 'valor', en: 'value' },
  estado: { es: 'estado', en: 'status' },
  total: { es: 'total', en: 'total' },
  grupo: { es: 'grupo poblacional', en: 'population group' },
  alcance: { es: 'alcance', en: 'scope' },
  codigos: { es: 'códigos DIVIPOLA', en: 'DIVIPOLA codes' },
  divipola: { es: 'código DIVIPOLA', en: 'DIVIPOLA code' },
  version: { es: 'versión del esquema', en: 'schema version' },
  cumplimiento: { es: '% de cumplimiento reportado', en: 'reported % compliance' },
  avance: { es: '% de avance reportado', en: 'reported % progress' },
  inversion: { es: 'inversión', en: 'investment' },
  beneficiarios: { es: 'beneficiarios', en: 'beneficiaries' },
  direccion: { es: 'dirección', en: 'direction' },
  niveles: { es: 'niveles', en: 'levels' },
  padre: { es: 'nodo padre', en: 'parent node' },
  nivel: { es: 'nivel', en: 'level' },
};

export function etiquetaCampo(clave: string, lang: Idioma): string {
  return CAMPOS[clave]?.[lang] ?? clave;
}

/** A short, safe rendering of the value found (1 MB strings are cut). */
export function mostrarValor(v: unknown): string {
  let s: string;
  if (v === undefined) s = '(vacío)';
  else if (v === null) s = 'null';
  else if (typeof v === 'string') s = JSON.stringify(v);
  else if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
  else if (Array.isArray(v)) s = `[lista de ${v.length}]`;
  else if (typeof v === 'object') s = '{objeto}';
  else s = String(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

export function rutaATexto(ruta: ReadonlyArray<PropertyKey>): string {
  let s = '';
  for (const p of ruta) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s ? `.${String(p)}` : String(p);
  }
  return s;
}

/** Where a path points, in words: "meta 3 (código «3»), campo «programado»". */
export function ubicacion(
  ruta: ReadonlyArray<PropertyKey>,
  lang: Idioma,
  contexto?: { codigoMeta?: string; fila?: number; archivo?: string },
): string {
  const partes: string[] = [];
  if (contexto?.archivo) partes.push(contexto.archivo);
  const campo = [...ruta].reverse().find((p) => typeof p === 'string') as string | undefined;
  if (ruta[0] === 'metas' && typeof ruta[1] === 'number') {
    const n = contexto?.fila ?? ruta[1] + 1;
    const c = contexto?.codigoMeta;
    // A code is shown to find the row, not to echo a 1 MB cell back.
    const corto = c && c.length > 40 ? `${c.slice(0, 39)}…` : c;
    const cod = corto ? ` (${lang === 'es' ? 'código' : 'code'} «${corto}»)` : '';
    partes.push(`${lang === 'es' ? 'fila' : 'row'} ${n}${cod}`);
  } else if (contexto?.fila !== undefined) {
    partes.push(`${lang === 'es' ? 'fila' : 'row'} ${contexto.fila}`);
  }
  if (campo) partes.push(`${lang === 'es' ? 'campo' : 'field'} «${etiquetaCampo(campo, lang)}» (${rutaATexto(ruta)})`);
  return partes.join(', ');
}

export function crearError(
  p: Omit<ErrorDato, 'mensaje' | 'severidad'> & { severidad?: ErrorDato['severidad'] },
  lang: Idioma,
  lugar: string,
): ErrorDato {
  const encontrado = p.valor !== undefined ? (lang === 'es' ? `; se encontró ${p.valor}` : `; found ${p.valor}`) : '';
  const mensaje =
    lang === 'es'
      ? `${lugar}: se esperaba ${p.esperado}${encontrado}.`
      : `${lugar}: expected ${p.esperado}${encontrado}.`;
  return { ...p, severidad: p.severidad ?? 'error', mensaje };
}
