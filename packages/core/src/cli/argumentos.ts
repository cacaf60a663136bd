/**
 * Arguments of `pdd`, on Node's own util.parseArgs (no dependency). A wrong argument is a usage error
 * (exit code 2) with a sentence naming it; data problems are exit code 1.
 */
import { parseArgs } from 'node:util';
import type { Idioma, Periodo } from '../schema/types.js';
import type { MetodoPeso } from '../compute/tipos.js';
import type { Seleccion } from '../compute/seleccion.js';
import type { OpcionesImportacion } from '../io/importar.js';

export const COMANDOS = ['importar', 'validar', 'resumen', 'niveles', 'conciliar', 'exportar', 'plantilla', 'esquema', 'ayuda'] as const;
export type Comando = (typeof COMANDOS)[number];

/** Options each command accepts besides --ayuda, --lang and --json. */
const ENTRADA = ['entidad', 'divipola', 'plan', 'corte', 'mapeo', 'formato-xlsx'] as const;
export const OPCIONES_DE: Record<Comando, readonly string[]> = {
  importar: [...ENTRADA, 'salida', 'forzar'],
  validar: [...ENTRADA],
  resumen: [...ENTRADA, 'metodo', 'periodo', 'nivel', 'meta', 'secretaria'],
  niveles: [...ENTRADA, 'metodo', 'periodo', 'nivel', 'secretaria'],
  conciliar: [...ENTRADA, 'nivel', 'meta', 'secretaria'],
  exportar: [...ENTRADA, 'formato', 'salida', 'forzar', 'separador'],
  plantilla: ['salida', 'forzar', 'anios', 'separador'],
  esquema: ['salida', 'forzar'],
  ayuda: [],
};

const DEFINICION = {
  ayuda: { type: 'boolean', short: 'h' },
  help: { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  forzar: { type: 'boolean' },
  salida: { type: 'string', short: 'o' },
  formato: { type: 'string' },
  metodo: { type: 'string' },
  periodo: { type: 'string' },
  entidad: { type: 'string' },
  divipola: { type: 'string' },
  plan: { type: 'string' },
  corte: { type: 'string' },
  anios: { type: 'string' },
  separador: { type: 'string' },
  mapeo: { type: 'string' },
  'formato-xlsx': { type: 'string' },
  nivel: { type: 'string' },
  meta: { type: 'string' },
  secretaria: { type: 'string' },
} as const;

export const FORMATOS_XLSX = ['auto', 'sispt', 'dnp', 'casero'] as const;

export class ErrorUso extends Error {}

export interface Argumentos {
  comando: Comando | null;
  archivos: string[];
  lang: Idioma;
  json: boolean;
  ayuda: boolean;
  forzar: boolean;
  salida?: string;
  formato?: 'json' | 'csv';
  metodo?: MetodoPeso;
  periodo?: Periodo;
  anios?: number[];
  separador?: ';' | ',' | '\t';
  /** Entity / plan / cut for files that do not carry them; which spreadsheet format to read. */
  importacion: Pick<OpcionesImportacion, 'entidad' | 'plan' | 'corte' | 'formatoXlsx'>;
  /** Path of the home-made workbook's mapping (JSON), read and checked by the command. */
  mapeo?: string;
  /** --nivel / --meta / --secretaria: one branch, one meta or one secretaría's metas (with --nivel, in that branch); --meta wins. */
  seleccion?: Seleccion;
}

function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

/** "2024-2025" or "2024". */
export function leerPeriodo(texto: string): Periodo | null {
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(texto);
  if (!m) return null;
  const desde = Number(m[1]);
  const hasta = m[2] ? Number(m[2]) : desde;
  return hasta >= desde ? { desde, hasta } : null;
}

/** Detects the language before parsing, so even a parse error is said in the language asked. */
export function idiomaPedido(args: readonly string[]): Idioma {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'es';
  const v = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  return v === 'en' ? 'en' : 'es';
}

export function analizarArgumentos(args: string[]): Argumentos {
  const lang0 = idiomaPedido(args);
  let r: ReturnType<typeof parseArgs<{ options: typeof DEFINICION; allowPositionals: true; strict: true; args: string[] }>>;
  try {
    r = parseArgs({ args, options: DEFINICION, allowPositionals: true, strict: true });
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    const opcion = /'([^']+)'/.exec(m)?.[1];
    throw new ErrorUso(
      opcion
        ? t(lang0, `Opción no válida o sin valor: ${opcion}.`, `Invalid option or missing value: ${opcion}.`)
        : t(lang0, `Argumentos no válidos: ${m}`, `Invalid arguments: ${m}`),
    );
  }
  const v = r.values;
  if (v.lang !== undefined && v.lang !== 'es' && v.lang !== 'en')
    throw new ErrorUso(t(lang0, `--lang admite «es» o «en»; se recibió «${v.lang}».`, `--lang takes "es" or "en"; got "${v.lang}".`));
  const lang: Idioma = v.lang === 'en' ? 'en' : 'es';
  const [primero, ...archivos] = r.positionals;
  let comando: Comando | null = null;
  if (primero !== undefined) {
    if (!(COMANDOS as readonly string[]).includes(primero))
      throw new ErrorUso(
        t(lang, `Comando desconocido: «${primero}». Comandos: ${COMANDOS.join(', ')}.`, `Unknown command: "${primero}". Commands: ${COMANDOS.join(', ')}.`),
      );
    comando = primero as Comando;
  }
  const ayuda = v.ayuda === true || v.help === true || comando === 'ayuda';

  if (comando && !ayuda) {
    const permitidas = new Set(['ayuda', 'help', 'lang', 'json', ...OPCIONES_DE[comando]]);
    for (const [k, valor] of Object.entries(v))
      if (valor !== undefined && !permitidas.has(k))
        throw new ErrorUso(t(lang, `La opción --${k} no se usa con «pdd ${comando}».`, `Option --${k} is not used with "pdd ${comando}".`));
  }

  const a: Argumentos = { comando, archivos, lang, json: v.json === true, ayuda, forzar: v.forzar === true, importacion: {} };
  if (v.salida !== undefined) a.salida = v.salida;
  if (v.formato !== undefined) {
    if (v.formato !== 'json' && v.formato !== 'csv')
      throw new ErrorUso(t(lang, `--formato admite «json» o «csv»; se recibió «${v.formato}».`, `--formato takes "json" or "csv"; got "${v.formato}".`));
    a.formato = v.formato;
  }
  if (v.metodo !== undefined) {
    if (v.metodo !== 'iguales' && v.metodo !== 'declarados' && v.metodo !== 'inversion')
      throw new ErrorUso(
        t(lang, `--metodo admite «iguales», «declarados» o «inversion»; se recibió «${v.metodo}».`, `--metodo takes "iguales", "declarados" or "inversion"; got "${v.metodo}".`),
      );
    a.metodo = v.metodo;
  }
  const periodo = (nombre: string, texto: string) => {
    const p = leerPeriodo(texto);
    if (!p) throw new ErrorUso(t(lang, `--${nombre} espera un año o un periodo como 2024-2025; se recibió «${texto}».`, `--${nombre} expects a year or a span such as 2024-2025; got "${texto}".`));
    return p;
  };
  if (v.periodo !== undefined) a.periodo = periodo('periodo', v.periodo);
  if (v.anios !== undefined) {
    const p = periodo('anios', v.anios);
    if (p.hasta - p.desde > 20) throw new ErrorUso(t(lang, '--anios admite a lo sumo 21 años.', '--anios takes at most 21 years.'));
    a.anios = Array.from({ length: p.hasta - p.desde + 1 }, (_, i) => p.desde + i);
  }
  if (v.separador !== undefined) {
    const s = v.separador === 'tab' || v.separador === '\\t' ? '\t' : v.separador;
    if (s !== ';' && s !== ',' && s !== '\t')
      throw new ErrorUso(t(lang, `--separador admite «;», «,» o «tab»; se recibió «${v.separador}».`, `--separador takes ";", "," or "tab"; got "${v.separador}".`));
    a.separador = s;
  }
  if ((v.entidad === undefined) !== (v.divipola === undefined))
    throw new ErrorUso(t(lang, '--entidad y --divipola van juntas (nombre y código DIVIPOLA de la entidad).', '--entidad and --divipola go together (entity name and DIVIPOLA code).'));
  if (v.entidad !== undefined && v.divipola !== undefined) {
    if (!/^(\d{2}|\d{5})$/.test(v.divipola))
      throw new ErrorUso(t(lang, `--divipola espera 2 dígitos (departamento) o 5 (municipio); se recibió «${v.divipola}».`, `--divipola expects 2 digits (department) or 5 (municipality); got "${v.divipola}".`));
    a.importacion.entidad = { nombre: v.entidad, divipola: v.divipola };
  }
  if (v.plan !== undefined) a.importacion.plan = { nombre: v.plan };
  if (v.corte !== undefined) a.importacion.corte = periodo('corte', v.corte);
  if (v.mapeo !== undefined) a.mapeo = v.mapeo;
  const QUE = {
    nivel: ['un código de nivel, como L1.C1.A2', 'a level code, such as L1.C1.A2'],
    meta: ['un código de meta, como 8', 'a meta code, such as 8'],
    secretaria: ['el nombre de una secretaría, como «Secretaría de Hacienda»', 'the name of a secretaría, such as "Secretaría de Hacienda"'],
  } as const;
  for (const k of ['nivel', 'meta', 'secretaria'] as const) {
    const valor = v[k];
    if (valor === undefined) continue;
    if (valor.trim() === '') throw new ErrorUso(t(lang, `--${k} espera ${QUE[k][0]}; llegó vacío.`, `--${k} expects ${QUE[k][1]}; it was empty.`));
    a.seleccion = { ...a.seleccion, [k]: valor.trim() };
  }
  const fx = v['formato-xlsx'];
  if (fx !== undefined) {
    if (!(FORMATOS_XLSX as readonly string[]).includes(fx))
      throw new ErrorUso(t(lang, `--formato-xlsx admite ${FORMATOS_XLSX.map((f) => `«${f}»`).join(', ')}; se recibió «${fx}».`, `--formato-xlsx takes ${FORMATOS_XLSX.map((f) => `"${f}"`).join(', ')}; got "${fx}".`));
    a.importacion.formatoXlsx = fx as (typeof FORMATOS_XLSX)[number];
  }
  return a;
}
