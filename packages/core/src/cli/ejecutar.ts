/**
 * The `pdd` command line: parses arguments, calls core, prints. No computation lives here.
 * Exit codes: 0 success, 1 invalid data (or an output that would overwrite a file), 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { conciliar } from '../compute/conciliar.js';
import { consolidarNiveles } from '../compute/niveles.js';
import { resumir } from '../compute/resumir.js';
import { escribirPlanCsv, plantillaCsv } from '../io/csv-escribir.js';
import { importarArchivo, type ResultadoImportacion } from '../io/importar.js';
import { escribirPlanJson } from '../io/json.js';
import { esquemaJson } from '../schema/esquema-json.js';
import { formatearNumero } from '../format/numero.js';
import type { Idioma, Plan } from '../schema/types.js';
import { analizarArgumentos, COMANDOS, ErrorUso, idiomaPedido, type Argumentos, type Comando } from './argumentos.js';
import { textoAyuda } from './ayuda.js';
import { tablaNiveles, textoDiscrepancias, textoErrores, textoInforme, textoResumen } from './presentar.js';

export interface Consola {
  salida: (texto: string) => void;
  error: (texto: string) => void;
}

function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
/** Counts in messages go through the one formatter too (1.000, not 1000). */
const n = (v: number | null, lang: Idioma) => formatearNumero(v, { lang });

/** Writes a file unless it exists and `--forzar` was not given: nothing the user owns is overwritten. */
export function escribirSalida(ruta: string, contenido: string, forzar: boolean, c: Consola, lang: Idioma = 'es'): boolean {
  if (existsSync(ruta) && !forzar) {
    c.error(
      t(
        lang,
        `El archivo ${ruta} ya existe; no se sobrescribe. Use --forzar para reemplazarlo.\n`,
        `File ${ruta} already exists; it is not overwritten. Use --forzar to replace it.\n`,
      ),
    );
    return false;
  }
  try {
    mkdirSync(dirname(ruta), { recursive: true });
    writeFileSync(ruta, contenido);
  } catch (e) {
    const codigo = (e as NodeJS.ErrnoException).code ?? String(e);
    c.error(t(lang, `No se pudo escribir ${ruta} (${codigo}).\n`, `Could not write ${ruta} (${codigo}).\n`));
    return false;
  }
  return true;
}

/** Reads and imports one input file; a missing or unreadable file is a usage error. */
function importar(ruta: string, a: Argumentos): ResultadoImportacion {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(ruta);
  } catch (e) {
    const codigo = (e as NodeJS.ErrnoException).code;
    throw new ErrorUso(
      codigo === 'ENOENT'
        ? t(a.lang, `No existe el archivo ${ruta}.`, `File ${ruta} does not exist.`)
        : codigo === 'EISDIR'
          ? t(a.lang, `${ruta} es una carpeta, no un archivo.`, `${ruta} is a folder, not a file.`)
          : t(a.lang, `No se pudo leer ${ruta} (${codigo ?? 'error'}).`, `Could not read ${ruta} (${codigo ?? 'error'}).`),
    );
  }
  return importarArchivo({ nombre: basename(ruta), contenido: bytes }, { lang: a.lang, ...a.importacion });
}

/** Prints why a file is not valid; returns exit code 1. */
function invalido(r: ResultadoImportacion, a: Argumentos, c: Consola): number {
  if (r.ok) return 0;
  if (a.json) c.salida(json({ ok: false, archivo: r.informe.archivo, formato: r.formato, errores: r.errores, avisos: r.avisos }));
  else
    c.error(
      t(a.lang, `✗ ${r.informe.archivo}: ${n(r.errores.length, a.lang)} error(es); no se puede continuar.\n`, `✗ ${r.informe.archivo}: ${n(r.errores.length, a.lang)} error(s); cannot continue.\n`) +
        textoErrores(r.errores, a.lang, ''),
    );
  return 1;
}

/** The single input file of commands that take one. */
function unArchivo(a: Argumentos): string {
  if (a.archivos.length !== 1)
    throw new ErrorUso(
      t(a.lang, `«pdd ${a.comando}» necesita exactamente un archivo (se recibieron ${a.archivos.length}).`, `"pdd ${a.comando}" needs exactly one file (got ${a.archivos.length}).`),
    );
  return a.archivos[0]!;
}

function conPlan(a: Argumentos, c: Consola, hacer: (plan: Plan, r: ResultadoImportacion) => number): number {
  const r = importar(unArchivo(a), a);
  if (!r.ok) return invalido(r, a, c);
  if (!a.json && r.avisos.length > 0) c.error(textoErrores(r.avisos, a.lang, t(a.lang, 'aviso: ', 'warning: ')));
  return hacer(r.plan, r);
}

/** Writes to --salida (refusing to overwrite) or to standard output. */
function entregar(a: Argumentos, c: Consola, contenido: string, resumenJson: Record<string, unknown>): number {
  if (a.salida) {
    if (!escribirSalida(a.salida, contenido, a.forzar, c, a.lang)) return 1;
    if (a.json) c.salida(json({ ok: true, salida: a.salida, ...resumenJson }));
    else c.error(t(a.lang, `Escrito: ${a.salida}\n`, `Written: ${a.salida}\n`));
    return 0;
  }
  c.salida(a.json && !contenido.trimStart().startsWith('{') ? json({ ok: true, salida: null, ...resumenJson, contenido }) : contenido);
  return 0;
}

function validar(a: Argumentos, c: Consola): number {
  if (a.archivos.length === 0) throw new ErrorUso(t(a.lang, '«pdd validar» necesita al menos un archivo.', '"pdd validar" needs at least one file.'));
  const resultados = a.archivos.map((ruta) => importar(ruta, a));
  if (a.json) {
    c.salida(
      json({
        ok: resultados.every((r) => r.ok),
        archivos: resultados.map((r) => ({ archivo: r.informe.archivo, ok: r.ok, formato: r.formato, errores: r.ok ? [] : r.errores, avisos: r.avisos, informe: r.informe })),
      }),
    );
  } else {
    for (const r of resultados) {
      const i = r.informe;
      if (r.ok)
        c.salida(
          t(a.lang, `✓ ${i.archivo}: válido — ${i.entidad}, «${i.plan}», corte ${i.corte}; ${n(i.metas, a.lang)} metas`, `✓ ${i.archivo}: valid — ${i.entidad}, "${i.plan}", cut ${i.corte}; ${n(i.metas, a.lang)} metas`) +
            (r.avisos.length ? t(a.lang, `, ${n(r.avisos.length, a.lang)} aviso(s)`, `, ${n(r.avisos.length, a.lang)} warning(s)`) : '') +
            '.\n' +
            textoInforme(i, a.lang) +
            textoErrores(r.avisos, a.lang, t(a.lang, 'aviso: ', 'warning: ')),
        );
      else
        c.salida(
          t(a.lang, `✗ ${i.archivo}: ${n(r.errores.length, a.lang)} error(es)`, `✗ ${i.archivo}: ${n(r.errores.length, a.lang)} error(s)`) +
            (r.avisos.length ? t(a.lang, `, ${n(r.avisos.length, a.lang)} aviso(s)`, `, ${n(r.avisos.length, a.lang)} warning(s)`) : '') +
            ':\n' +
            textoErrores(r.errores, a.lang, '') +
            textoErrores(r.avisos, a.lang, t(a.lang, 'aviso: ', 'warning: ')),
        );
    }
  }
  return resultados.every((r) => r.ok) ? 0 : 1;
}

function exportar(a: Argumentos, c: Consola): number {
  const formato = a.formato ?? (a.salida && extname(a.salida).toLowerCase() === '.csv' ? 'csv' : 'json');
  return conPlan(a, c, (plan) => {
    const contenido = formato === 'csv' ? escribirPlanCsv(plan, { lang: a.lang, ...(a.separador ? { separador: a.separador } : {}) }) : escribirPlanJson(plan);
    return entregar(a, c, contenido, { formato, metas: plan.metas.length });
  });
}

export async function ejecutar(args: string[], c: Consola): Promise<number> {
  let a: Argumentos;
  try {
    a = analizarArgumentos(args);
  } catch (e) {
    return errorDeUso(e, idiomaPedido(args), args.includes('--json'), c);
  }
  if (a.ayuda) {
    const sobre = a.comando === 'ayuda' ? a.archivos[0] : a.comando;
    c.salida(textoAyuda(a.lang, (COMANDOS as readonly string[]).includes(sobre ?? '') ? (sobre as Comando) : null));
    return 0;
  }
  if (!a.comando) {
    c.error(textoAyuda(a.lang, null));
    return 2;
  }
  try {
    switch (a.comando) {
      case 'validar':
        return validar(a, c);
      case 'resumen':
        return conPlan(a, c, (plan, r) => {
          const res = resumir(plan, { lang: a.lang, ...(a.metodo ? { metodo: a.metodo } : {}), ...(a.periodo ? { periodo: a.periodo } : {}) });
          c.salida(a.json ? json({ ok: true, archivo: r.informe.archivo, resumen: res }) : textoResumen(res, a.lang));
          return 0;
        });
      case 'niveles':
        return conPlan(a, c, (plan, r) => {
          const res = consolidarNiveles(plan, { lang: a.lang, ...(a.metodo ? { metodo: a.metodo } : {}), ...(a.periodo ? { periodo: a.periodo } : {}) });
          c.salida(a.json ? json({ ok: true, archivo: r.informe.archivo, niveles: res }) : tablaNiveles(res, a.lang));
          return 0;
        });
      case 'conciliar':
        return conPlan(a, c, (plan, r) => {
          const ds = conciliar(plan);
          c.salida(a.json ? json({ ok: true, archivo: r.informe.archivo, discrepancias: ds }) : textoDiscrepancias(ds, a.lang));
          return 0;
        });
      case 'exportar':
        return exportar(a, c);
      case 'plantilla': {
        if (a.archivos.length > 0) throw new ErrorUso(t(a.lang, '«pdd plantilla» no recibe archivos de entrada (use --salida).', '"pdd plantilla" takes no input files (use --salida).'));
        const contenido = plantillaCsv({ lang: a.lang, ...(a.anios ? { anios: a.anios } : {}), ...(a.separador ? { separador: a.separador } : {}) });
        return entregar(a, c, contenido, { formato: 'csv' });
      }
      case 'esquema': {
        const texto = json(esquemaJson());
        if (!a.salida) {
          c.salida(texto);
          return 0;
        }
        return escribirSalida(a.salida, texto, a.forzar, c, a.lang) ? 0 : 1;
      }
      default:
        throw new ErrorUso(t(a.lang, `Comando desconocido: ${a.comando}.`, `Unknown command: ${a.comando}.`));
    }
  } catch (e) {
    return errorDeUso(e, a.lang, a.json, c);
  }
}

function errorDeUso(e: unknown, lang: Idioma, comoJson: boolean, c: Consola): number {
  if (!(e instanceof ErrorUso)) throw e;
  if (comoJson) c.salida(json({ ok: false, error: { codigo: 'uso', mensaje: e.message } }));
  c.error(`${e.message}\n${t(lang, 'Use pdd --ayuda.', 'Use pdd --ayuda.')}\n`);
  return 2;
}
