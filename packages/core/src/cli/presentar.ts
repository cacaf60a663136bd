/**
 * Terminal text for the CLI: errors, the summary, the per-level table, the discrepancy list. Nothing is
 * computed here: figures come from core's compute functions, every number goes through format/numero.ts.
 */
import type { ErrorDato, Idioma } from '../schema/types.js';
import { formatearCifraAfirmacion, NOMBRES_VEREDICTO, type ContrasteAfirmacion, type Discrepancia } from '../compute/conciliar.js';
import type { ResultadoNiveles } from '../compute/niveles.js';
import type { Resumen } from '../compute/resumir.js';
import type { Seleccion } from '../compute/seleccion.js';
import { estadosSemaforo, BANDAS_PREDETERMINADAS } from '../compute/semaforo.js';
import { formatearMillones, formatearNumero, formatearPorcentaje, formatearPuntosPorcentuales } from '../format/numero.js';
import type { InformeImportacion } from '../io/informe.js';
import type { Conflicto } from '../io/xlsx/reporte.js';
import { recortar, tabla } from './tabla.js';

function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

/** Shown in full up to this many; the rest is counted (--json lists them all). */
const MAX_ERRORES = 200;

export function textoErrores(errores: readonly ErrorDato[], lang: Idioma, prefijo: string): string {
  const mostrados = errores.slice(0, MAX_ERRORES).map((e) => `  ${prefijo}${e.mensaje}\n`);
  const resto = errores.length - mostrados.length;
  return mostrados.join('') + (resto > 0 ? t(lang, `  … y ${formatearNumero(resto, { lang })} más (use --json para verlos todos)\n`, `  … and ${formatearNumero(resto, { lang })} more (use --json to see them all)\n`) : '');
}

export function textoInforme(i: InformeImportacion, lang: Idioma): string {
  const l: string[] = [];
  if (i.niveles.length > 0)
    l.push(
      `  ${t(lang, 'Niveles', 'Levels')}: ` +
        i.niveles.map((n) => `${n.nombre} ${formatearNumero(n.nodos, { lang })}`).join(' · '),
    );
  if (i.anios.length > 0) l.push(`  ${t(lang, 'Años con datos', 'Years with data')}: ${i.anios.join(', ')}`);
  if (i.fuentes.length > 0) l.push(`  ${t(lang, 'Fuentes de inversión', 'Funding sources')}: ${i.fuentes.join(', ')}`);
  for (const f of i.filasOmitidas) {
    const donde = [f.archivo, f.hoja ? `«${f.hoja}»` : undefined].filter(Boolean).join(' · ');
    l.push(`  ${t(lang, 'Fila omitida', 'Row skipped')} ${donde ? `${donde} ` : ''}${f.fila}: ${f.motivo}`);
  }
  if (i.filasVacias > 0) l.push(`  ${t(lang, 'Filas vacías ignoradas', 'Blank rows ignored')}: ${formatearNumero(i.filasVacias, { lang })}`);
  if (i.conflictos.length > 0) {
    l.push(`  ${t(lang, 'Conflictos entre archivos', 'Conflicts between files')}: ${formatearNumero(i.conflictos.length, { lang })}`);
    for (const c of i.conflictos) l.push(`    ${lineaConflicto(c, lang)}`);
  }
  for (const nota of i.notas) l.push(`  ${t(lang, 'Nota', 'Note')}: ${nota}`);
  return l.length ? l.join('\n') + '\n' : '';
}

/** "IP-12 · metaCuatrienio: sispt.xlsx 0,283 · dnp.xlsx 0,28 — se conserva el valor de sispt.xlsx". */
export function lineaConflicto(c: Conflicto, lang: Idioma): string {
  const valor = (v: string | number | null) => (typeof v === 'number' || v === null ? formatearNumero(v, { lang, decimales: 6 }) : `«${recortar(v, 40)}»`);
  return (
    `${c.meta} · ${c.campo}${c.anio !== undefined ? ` ${c.anio}` : ''}: ` +
    c.valores.map((v) => `${v.archivo} ${valor(v.valor)}`).join(' · ') +
    ` — ${c.resolucion}`
  );
}

function valorCampo(campo: Discrepancia['campo'], v: number | null, lang: Idioma): string {
  if (campo === 'cumplimiento' || campo === 'avance') return formatearPorcentaje(v, { lang });
  if (campo === 'inversion') return formatearMillones(v, { lang });
  return formatearNumero(v, { lang });
}

function diferencia(d: Discrepancia, lang: Idioma): string {
  if (d.diferencia === null) return '';
  if (d.campo === 'cumplimiento' || d.campo === 'avance') return formatearPuntosPorcentuales(d.diferencia, { lang });
  return (d.diferencia > 0 ? '+' : '') + valorCampo(d.campo, d.diferencia, lang);
}

const CAMPOS: Record<Discrepancia['campo'], [string, string]> = {
  cumplimiento: ['cumplimiento', 'compliance'],
  avance: ['avance', 'progress'],
  inversion: ['inversión', 'investment'],
  beneficiarios: ['beneficiarios', 'beneficiaries'],
  metas: ['metas', 'metas'],
  actual: ['valor actual', 'current value'],
};
const AMBITOS: Record<Discrepancia['ambito'], [string, string]> = {
  meta: ['meta', 'meta'],
  nodo: ['nodo', 'node'],
  indicador: ['indicador', 'indicator'],
};

export function lineaDiscrepancia(d: Discrepancia, lang: Idioma): string {
  const i = lang === 'es' ? 0 : 1;
  const dif = diferencia(d, lang);
  const marca = d.severidad === 'error' ? '✗' : '·';
  return (
    `${marca} ${AMBITOS[d.ambito][i]} ${d.codigo} · ${CAMPOS[d.campo][i]}: ` +
    `${t(lang, 'reportado', 'reported')} ${valorCampo(d.campo, d.reportado, lang)}, ` +
    `${t(lang, 'calculado', 'computed')} ${valorCampo(d.campo, d.calculado, lang)}` +
    (dif ? ` (${dif})` : '') +
    `\n    ${d.causaProbable[lang]}` +
    (d.texto ? `\n    «${recortar(d.texto, 100)}»` : '') +
    '\n'
  );
}

/** The line that says which part of the plan follows ('' for the whole plan). */
export function textoParte(s: Seleccion | undefined, lang: Idioma): string {
  if (s?.meta) return t(lang, `Parte del plan: solo la meta «${s.meta}».\n\n`, `Part of the plan: meta "${s.meta}" only.\n\n`);
  if (s?.secretaria && s.nivel)
    return t(
      lang,
      `Parte del plan: las metas de la secretaría «${s.secretaria}» en el nivel «${s.nivel}» y lo que cuelga de él.\n\n`,
      `Part of the plan: the metas of secretaría "${s.secretaria}" in level "${s.nivel}" and what hangs from it.\n\n`,
    );
  if (s?.secretaria) return t(lang, `Parte del plan: las metas de la secretaría «${s.secretaria}».\n\n`, `Part of the plan: the metas of secretaría "${s.secretaria}".\n\n`);
  if (s?.nivel) return t(lang, `Parte del plan: el nivel «${s.nivel}» y lo que cuelga de él.\n\n`, `Part of the plan: level "${s.nivel}" and what hangs from it.\n\n`);
  return '';
}

export function textoDiscrepancias(ds: readonly Discrepancia[], lang: Idioma): string {
  if (ds.length === 0) return t(lang, 'Sin discrepancias: las cifras reportadas coinciden con las calculadas.\n', 'No discrepancies: the reported figures match the computed ones.\n');
  const errores = ds.filter((d) => d.severidad === 'error').length;
  return (
    t(
      lang,
      `${formatearNumero(ds.length, { lang })} hallazgos (${formatearNumero(errores, { lang })} cifras que no cuadran, ${formatearNumero(ds.length - errores, { lang })} avisos):\n`,
      `${formatearNumero(ds.length, { lang })} findings (${formatearNumero(errores, { lang })} figures that do not add up, ${formatearNumero(ds.length - errores, { lang })} warnings):\n`,
    ) +
    ds.map((d) => lineaDiscrepancia(d, lang)).join('')
  );
}

/** `parte`: the rows are one part of the plan (--nivel, --meta, --secretaria), so the last row is the part's total. */
export function tablaNiveles(r: ResultadoNiveles, lang: Idioma, parte = false): string {
  const pct = (v: number | null) => formatearPorcentaje(v, { lang });
  const num = (v: number) => formatearNumero(v, { lang });
  const filas = r.filas.map((f) => [
    f.numeracion,
    f.nombreNivel ?? '',
    '  '.repeat(f.profundidad) + recortar(f.nombre ?? t(lang, '(sin nombre)', '(no name)'), 48),
    num(f.metas),
    num(f.contribuyen.cumplimiento),
    pct(f.programado),
    pct(f.cumplimiento),
    pct(f.avance),
    f.bandaCumplimiento.nombre[lang],
  ]);
  filas.push([
    '',
    '',
    parte ? t(lang, 'Total de la parte', 'Total of the part') : t(lang, 'Total del plan', 'Plan total'),
    num(r.total.metas),
    num(r.total.contribuyen.cumplimiento),
    pct(r.total.programado),
    pct(r.total.cumplimiento),
    pct(r.total.avance),
    r.total.bandaCumplimiento.nombre[lang],
  ]);
  const enc =
    lang === 'es'
      ? ['Nº', 'Nivel', 'Nombre', 'Metas', 'Con dato', 'Programado', 'Cumplimiento', 'Avance', 'Estado']
      : ['No.', 'Level', 'Name', 'Metas', 'With data', 'Programmed', 'Compliance', 'Progress', 'Status'];
  return (
    tabla(enc, filas, [false, false, false, true, true, true, true, true, false]) +
    `\n${t(lang, 'Periodo', 'Span')}: ${r.periodo.desde}–${r.periodo.hasta} · ${t(lang, `Método «${r.metodo}»`, `Method "${r.metodo}"`)}: ${r.descripcionMetodo[lang]}\n` +
    `${t(lang, 'Bandas', 'Bands')}: ${r.fuenteBandas[lang]}\n` +
    r.avisos.map((a) => `${t(lang, 'Aviso', 'Warning')}: ${a.mensaje}\n`).join('')
  );
}

function conteo(porEstado: Record<string, number>, lang: Idioma): string {
  return estadosSemaforo(BANDAS_PREDETERMINADAS)
    .filter((e) => (porEstado[e.id] ?? 0) > 0)
    .map((e) => `${e.nombre[lang]} ${formatearNumero(porEstado[e.id] ?? 0, { lang })}`)
    .join(' · ');
}

/** Codes shown in a line of the text summary; the rest are counted (the full lists are in --json). */
export const CODIGOS_EN_LINEA = 20;

/** "a, b, c" for a short list; the first CODIGOS_EN_LINEA and how many more for a long one. */
function listaCodigos(codigos: readonly string[], lang: Idioma): string {
  if (codigos.length <= CODIGOS_EN_LINEA) return codigos.join(', ');
  const resto = formatearNumero(codigos.length - CODIGOS_EN_LINEA, { lang });
  return `${codigos.slice(0, CODIGOS_EN_LINEA).join(', ')} ${t(lang, `y ${resto} más (la lista completa, con --json)`, `and ${resto} more (the full list with --json)`)}`;
}

/** "  1.1.1 «más de 700 empresarios»: informe 700 empresarios · calculado 81 empresarios · No se sostiene". */
function lineaAfirmacion(a: ContrasteAfirmacion, r: Resumen, lang: Idioma): string {
  const cifra = (v: number | null) => formatearCifraAfirmacion(a.afirmacion, v, { lang });
  const fila = r.niveles.filas.find((f) => f.codigo === a.nodo);
  return `  ${fila?.numeracion ?? a.nodo} «${a.afirmacion.texto}»: ${t(lang, 'informe', 'report')} ${cifra(a.afirmacion.valor)} · ${t(lang, 'calculado', 'computed')} ${cifra(a.calculado)} · ${NOMBRES_VEREDICTO[a.veredicto][lang]}\n`;
}

export function textoResumen(r: Resumen, lang: Idioma, parte = false): string {
  const num = (v: number | null) => formatearNumero(v, { lang });
  const pct = (v: number | null) => formatearPorcentaje(v, { lang });
  const l: string[] = [];
  l.push(`${r.entidad.nombre} (DIVIPOLA ${r.entidad.divipola})`);
  l.push(`${t(lang, 'Plan', 'Plan')}: ${r.plan.nombre} (${r.plan.inicio}–${r.plan.fin})`);
  l.push(`${t(lang, 'Corte', 'Cut')}: ${r.corte.nombre}${r.corte.fecha ? ` · ${r.corte.fecha}` : ''} · ${t(lang, 'periodo', 'span')} ${r.periodo.desde}–${r.periodo.hasta}`);
  l.push(
    `${t(lang, 'Metas', 'Metas')}: ${num(r.metasReportadas)}` +
      (r.metasAusentes.length ? ` (${t(lang, 'ausentes en la fuente', 'absent from the source')}: ${listaCodigos(r.metasAusentes.map((a) => a.codigo), lang)})` : ''),
  );
  l.push('');
  l.push(`${t(lang, 'Cumplimiento promedio', 'Average compliance')}: ${pct(r.promedio.cumplimiento)} (${num(r.promedio.metasCumplimiento)} ${t(lang, 'metas con valor', 'metas with a value')})`);
  l.push(`${t(lang, 'Avance promedio del cuatrienio', 'Average four-year progress')}: ${pct(r.promedio.avance)} (${num(r.promedio.metasAvance)} ${t(lang, 'metas con valor', 'metas with a value')})`);
  l.push(`  ${r.promedio.metodo[lang]}`);
  l.push('');
  const inv = r.inversion;
  l.push(`${t(lang, 'Inversión', 'Investment')}${inv.periodo ? ` ${inv.periodo.desde}–${inv.periodo.hasta}` : ''}: ${formatearMillones(inv.total, { lang })}`);
  for (const f of inv.porFuente) l.push(`  ${f.etiqueta[lang]}: ${formatearMillones(f.valor, { lang })} (${num(f.metas)} ${f.metas === 1 ? 'meta' : 'metas'})`);
  if (inv.sinDato.length) l.push(`  ${t(lang, 'Metas sin inversión reportada', 'Metas without reported investment')}: ${listaCodigos(inv.sinDato, lang)}`);
  l.push('');
  const ben = r.beneficiarios;
  l.push(`${t(lang, 'Beneficiarios', 'Beneficiaries')}:`);
  for (const u of ben.porUnidad) l.push(`  ${num(u.total)} ${u.etiqueta} (${num(u.metas)} ${u.metas === 1 ? 'meta' : 'metas'})`);
  if (ben.sinDato.length) l.push(`  ${t(lang, 'Sin dato', 'No data')}: ${listaCodigos(ben.sinDato, lang)}`);
  if (ben.noAplica.length) l.push(`  ${t(lang, 'No aplica', 'Not applicable')}: ${listaCodigos(ben.noAplica, lang)}`);
  if (ben.porGrupo.length) {
    l.push(`  ${t(lang, 'Por grupo (los grupos se superponen: no se suman)', 'By group (groups overlap: never added up)')}:`);
    for (const g of ben.porGrupo) l.push(`    ${g.etiqueta[lang]}: ${num(g.valor)} ${g.etiquetaUnidad}`);
  }
  l.push('');
  l.push(`${t(lang, 'Semáforo del cumplimiento', 'Compliance status')}: ${conteo(r.conteoBandas.cumplimiento.porEstado, lang)}`);
  l.push(`${t(lang, 'Semáforo del avance', 'Progress status')}: ${conteo(r.conteoBandas.avance.porEstado, lang)}`);
  l.push('');
  l.push(`${t(lang, 'Por nivel', 'By level')}:`);
  let s = l.join('\n') + '\n' + tablaNiveles(r.niveles, lang, parte);
  if (r.afirmaciones.length) s += `\n${t(lang, 'Afirmaciones del informe frente a sus metas', "The report's claims against its metas")}:\n${r.afirmaciones.map((a) => lineaAfirmacion(a, r, lang)).join('')}`;
  const ds = [...r.discrepancias.filter((d) => d.severidad === 'error'), ...r.discrepancias.filter((d) => d.severidad !== 'error')];
  s += `\n${t(lang, 'Principales discrepancias', 'Top discrepancies')}:\n`;
  if (ds.length === 0) s += t(lang, '  ninguna\n', '  none\n');
  else {
    s += ds.slice(0, 5).map((d) => lineaDiscrepancia(d, lang)).join('');
    if (ds.length > 5) s += t(lang, `  … y ${formatearNumero(ds.length - 5, { lang })} más (pdd conciliar)\n`, `  … and ${formatearNumero(ds.length - 5, { lang })} more (pdd conciliar)\n`);
  }
  return s;
}
