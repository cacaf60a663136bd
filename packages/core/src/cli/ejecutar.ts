/**
 * The `pdd` command line: parses arguments, calls core, prints. No computation lives here.
 * Exit codes: 0 success, 1 invalid data (or an output that would overwrite a file), 2 usage error.
 */
import { extname } from 'node:path';
import { conciliar } from '../compute/conciliar.js';
import { consolidarNiveles } from '../compute/niveles.js';
import { resumir, type OpcionesResumir, type Resumen } from '../compute/resumir.js';
import { resumirSeleccion } from '../compute/seleccion.js';
import { escribirPlanCsv, plantillaCsv } from '../io/csv-escribir.js';
import type { OpcionesImportacion, ResultadoImportacion } from '../io/importar.js';
import { escribirPlanJsonPorPartes } from '../io/json-escribir.js';
import { esquemaJson } from '../schema/esquema-json.js';
import type { Idioma, Plan } from '../schema/types.js';
import { analizarArgumentos, COMANDOS, ErrorUso, idiomaPedido, type Argumentos, type Comando } from './argumentos.js';
import { textoAyuda } from './ayuda.js';
import { importarRuta, opcionesImportacion, resumirRuta } from './entrada.js';
import { importarComando } from './importar.js';
import { tablaNiveles, textoDiscrepancias, textoErrores, textoInforme, textoParte, textoResumen } from './presentar.js';
import { entregar, escribirSalida, invalido, json, n, t, type Consola } from './salida.js';

// The tests and other callers know these by this module.
export { escribirSalida, type Consola };

/** What a caller may tune besides the arguments (tests: a low threshold to read small files by parts). */
export interface OpcionesEjecucion {
  /** JSON files from this many bytes on are read by parts. Default UMBRAL_POR_PARTES (64 MiB). */
  umbralPorPartes?: number;
}

/** Reads and imports one input file (JSON, CSV or a workbook); a large JSON plan by parts. */
function importar(ruta: string, a: Argumentos, o: OpcionesImportacion, e: OpcionesEjecucion): Promise<ResultadoImportacion> {
  return importarRuta(ruta, a, o, e.umbralPorPartes);
}

/** The part of the plan asked for, as the JSON answer names it ({} for the whole plan). */
function parte(a: Argumentos): { seleccion?: { meta: string } | { nivel?: string; secretaria?: string } } {
  const s = a.seleccion;
  if (s?.meta) return { seleccion: { meta: s.meta } };
  const p = { ...(s?.nivel ? { nivel: s.nivel } : {}), ...(s?.secretaria ? { secretaria: s.secretaria } : {}) };
  return Object.keys(p).length > 0 ? { seleccion: p } : {};
}

/** The single input file of commands that take one. */
function unArchivo(a: Argumentos): string {
  if (a.archivos.length !== 1)
    throw new ErrorUso(
      t(a.lang, `«pdd ${a.comando}» necesita exactamente un archivo (se recibieron ${a.archivos.length}).`, `"pdd ${a.comando}" needs exactly one file (got ${a.archivos.length}).`),
    );
  return a.archivos[0]!;
}

async function conPlan(a: Argumentos, c: Consola, e: OpcionesEjecucion, hacer: (plan: Plan, r: ResultadoImportacion) => number): Promise<number> {
  const r = await importar(unArchivo(a), a, opcionesImportacion(a), e);
  if (!r.ok) return invalido(r, a, c);
  if (!a.json && r.avisos.length > 0) c.error(textoErrores(r.avisos, a.lang, t(a.lang, 'aviso: ', 'warning: ')));
  return hacer(r.plan, r);
}

/**
 * Commands whose answer is part of the summary: a large JSON file is summarised while it is read (`deResumen`
 * takes the part); any other file is imported whole and `dePlan` computes the answer.
 */
async function conResumen<T>(
  a: Argumentos,
  c: Consola,
  e: OpcionesEjecucion,
  o: OpcionesResumir,
  dePlan: (plan: Plan) => T,
  deResumen: (res: Resumen) => T,
  mostrar: (valor: T, archivo: string) => void,
): Promise<number> {
  const ruta = unArchivo(a);
  const io = opcionesImportacion(a);
  const p = await resumirRuta(ruta, a, io, o, e.umbralPorPartes);
  const sel = a.seleccion;
  if (p === null)
    return conPlan(a, c, e, (plan, r) => {
      if (!sel) {
        mostrar(dePlan(plan), r.informe.archivo);
        return 0;
      }
      // A part of the plan: its summary, trimmed of the levels above it; the command takes its piece.
      const s = resumirSeleccion(plan, sel, o, a.lang);
      if (!s.ok) return invalido({ ...r, ok: false, errores: [s.error] }, a, c);
      mostrar(deResumen(s.resumen), r.informe.archivo);
      return 0;
    });
  if (!p.ok) return invalido(p, a, c);
  if (!a.json && p.avisos.length > 0) c.error(textoErrores(p.avisos, a.lang, t(a.lang, 'aviso: ', 'warning: ')));
  mostrar(deResumen(p.resumen), p.archivo);
  return 0;
}

async function validar(a: Argumentos, c: Consola, e: OpcionesEjecucion): Promise<number> {
  if (a.archivos.length === 0) throw new ErrorUso(t(a.lang, '«pdd validar» necesita al menos un archivo.', '"pdd validar" needs at least one file.'));
  const o = opcionesImportacion(a);
  const resultados: ResultadoImportacion[] = [];
  for (const ruta of a.archivos) resultados.push(await importar(ruta, a, o, e));
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

function exportar(a: Argumentos, c: Consola, e: OpcionesEjecucion): Promise<number> {
  const formato = a.formato ?? (a.salida && extname(a.salida).toLowerCase() === '.csv' ? 'csv' : 'json');
  return conPlan(a, c, e, (plan) => {
    // JSON by parts: a plan of any size is written without building one string.
    const contenido = formato === 'csv' ? escribirPlanCsv(plan, { lang: a.lang, ...(a.separador ? { separador: a.separador } : {}) }) : escribirPlanJsonPorPartes(plan);
    return entregar(a, c, contenido, { formato, metas: plan.metas.length });
  });
}

export async function ejecutar(args: string[], c: Consola, e: OpcionesEjecucion = {}): Promise<number> {
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
      case 'importar':
        return await importarComando(a, c);
      case 'validar':
        return await validar(a, c, e);
      case 'resumen': {
        // The text summary shows no per-meta line: without the list a country-sized plan needs ~1 kB less per meta.
        const o: OpcionesResumir = { lang: a.lang, detalleMetas: a.json, ...(a.metodo ? { metodo: a.metodo } : {}), ...(a.periodo ? { periodo: a.periodo } : {}) };
        return await conResumen(a, c, e, o, (plan) => resumir(plan, o), (res) => res, (res, archivo) =>
          c.salida(a.json ? json({ ok: true, archivo, ...parte(a), resumen: res }) : textoParte(a.seleccion, a.lang) + textoResumen(res, a.lang, a.seleccion !== undefined)),
        );
      }
      case 'niveles': {
        const o = { lang: a.lang, ...(a.metodo ? { metodo: a.metodo } : {}), ...(a.periodo ? { periodo: a.periodo } : {}) };
        return await conResumen(a, c, e, { ...o, detalleMetas: false }, (plan) => consolidarNiveles(plan, o), (res) => res.niveles, (res, archivo) =>
          c.salida(a.json ? json({ ok: true, archivo, ...parte(a), niveles: res }) : textoParte(a.seleccion, a.lang) + tablaNiveles(res, a.lang, a.seleccion !== undefined)),
        );
      }
      case 'conciliar':
        return await conResumen(a, c, e, { detalleMetas: false }, (plan) => conciliar(plan), (res) => res.discrepancias, (ds, archivo) =>
          c.salida(a.json ? json({ ok: true, archivo, ...parte(a), discrepancias: ds }) : textoParte(a.seleccion, a.lang) + textoDiscrepancias(ds, a.lang)),
        );
      case 'exportar':
        return await exportar(a, c, e);
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
