/**
 * The summary cards as CSV: one line per figure, in the cards' order, with the raw value (ratios, pesos,
 * counts) and what it counts; a figure without data is an empty cell, never 0.
 */
import { estadosSemaforo, type Idioma, type Resumen } from '@tablero-pdd/core';
import { csvDeFilas } from '../base/descargas.js';
import { texto } from '../base/i18n.js';

const COLUMNAS = { es: ['Cifra', 'Valor', 'Detalle'], en: ['Figure', 'Value', 'Detail'] } as const;
const PESOS = { es: 'pesos', en: 'pesos (COP)' } as const;
const SEMAFORO = { es: 'Metas en estado', en: 'Metas in state' } as const;

export function csvResumen(r: Resumen, lang: Idioma): string {
  const t = texto(lang);
  const [cifra, valor, detalle] = COLUMNAS[lang];
  const p = `${r.periodo.desde}–${r.periodo.hasta}`;
  const lineas: Array<[string, number | null, string]> = [
    [t.metasReportadas, r.metasReportadas, r.metasAusentes.length ? t.ausentes(r.metasAusentes.map((a) => a.codigo).join(', ')) : ''],
    [`${t.cumplimientoPromedio} ${p}`, r.promedio.cumplimiento, r.promedio.metodo[lang]],
    [t.avancePromedio, r.promedio.avance, r.promedio.metodo[lang]],
    [`${t.inversionTotal} ${p}`, r.inversion.total, `${PESOS[lang]}${r.inversion.sinDato.length ? `; ${t.metasSinDato(r.inversion.sinDato.length)}` : ''}`],
    ...r.beneficiarios.porUnidad.map((u): [string, number | null, string] => [`${t.beneficiarios}: ${u.etiqueta}`, u.total, '']),
    ...estadosSemaforo()
      .filter((e) => (r.conteoBandas.cumplimiento.porEstado[e.id] ?? 0) > 0)
      .map((e): [string, number | null, string] => [`${SEMAFORO[lang]} ${e.nombre[lang]}`, r.conteoBandas.cumplimiento.porEstado[e.id] ?? 0, '']),
  ];
  if (r.beneficiarios.sinDato.length) lineas.push([t.beneficiarios, null, t.metasSinDato(r.beneficiarios.sinDato.length)]);
  return csvDeFilas([cifra, valor, detalle], lineas.map(([a, b, c]) => ({ [cifra]: a, [valor]: b, [detalle]: c })));
}
