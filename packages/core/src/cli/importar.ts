/**
 * `pdd importar ARCHIVO… --salida plan.json`: one or more files of the same entity (SisPT's export, DNP's
 * Informe de Seguimiento, a home-made workbook, a JSON or CSV) → one validated plan, written to disk,
 * with the report of what was read: entity, plan, counts per level, years, sources, skipped rows, conflicts.
 */
import { extname } from 'node:path';
import { escribirPlanCsv } from '../io/csv-escribir.js';
import { importarArchivos } from '../io/importar-varios.js';
import { escribirPlanJson } from '../io/json.js';
import { ErrorUso, type Argumentos } from './argumentos.js';
import { leerEntrada, opcionesImportacion } from './entrada.js';
import { textoErrores, textoInforme } from './presentar.js';
import { escribirSalida, invalido, json, n, puedeEscribir, t, type Consola } from './salida.js';

export async function importarComando(a: Argumentos, c: Consola): Promise<number> {
  if (a.archivos.length === 0) throw new ErrorUso(t(a.lang, '«pdd importar» necesita al menos un archivo.', '"pdd importar" needs at least one file.'));
  const salida = a.salida;
  if (!salida)
    throw new ErrorUso(t(a.lang, '«pdd importar» necesita --salida plan.json (donde se escribe el plan importado).', '"pdd importar" needs --salida plan.json (where the imported plan is written).'));
  // Refuse before reading: a large workbook is not read only to be told the output exists.
  if (!puedeEscribir(salida, a.forzar, c, a.lang)) return 1;
  const o = opcionesImportacion(a);
  const r = await importarArchivos(a.archivos.map((ruta) => leerEntrada(ruta, a)), o);
  if (!r.ok) return invalido(r, a, c);

  const csv = extname(salida).toLowerCase() === '.csv';
  const contenido = csv ? escribirPlanCsv(r.plan, { lang: a.lang }) : escribirPlanJson(r.plan);
  if (!escribirSalida(salida, contenido, a.forzar, c, a.lang)) return 1;
  if (a.json) {
    c.salida(json({ ok: true, salida, formato: r.formato, informe: r.informe, avisos: r.avisos, reporte: r.reporte }));
    return 0;
  }
  const i = r.informe;
  c.salida(
    t(a.lang, `✓ ${i.archivo} → ${salida}`, `✓ ${i.archivo} → ${salida}`) +
      '\n' +
      t(a.lang, `  Entidad: ${i.entidad} · Plan: «${i.plan}» · corte ${i.corte}`, `  Entity: ${i.entidad} · Plan: "${i.plan}" · cut ${i.corte}`) +
      '\n' +
      `  Metas: ${n(i.metas, a.lang)}` +
      (r.plan.indicadoresResultado?.length ? t(a.lang, ` · indicadores de resultado: ${n(r.plan.indicadoresResultado.length, a.lang)}`, ` · outcome indicators: ${n(r.plan.indicadoresResultado.length, a.lang)}`) : '') +
      (r.plan.ausentes?.length ? t(a.lang, ` · ausentes: ${r.plan.ausentes.map((x) => x.codigo).join(', ')}`, ` · absent: ${r.plan.ausentes.map((x) => x.codigo).join(', ')}`) : '') +
      '\n' +
      textoInforme(i, a.lang),
  );
  if (r.avisos.length > 0) c.error(textoErrores(r.avisos, a.lang, t(a.lang, 'aviso: ', 'warning: ')));
  return 0;
}
