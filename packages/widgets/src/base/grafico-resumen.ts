/**
 * The text summary of a bar chart (WCAG 1.1.1): what is plotted and how many items, then per series the
 * highest and the lowest value with the items that have it, and how many items have no bar. Factual, built
 * from the chart's own rows, so it always says what the bars show.
 */
import type { Idioma } from '@tablero-pdd/core';
import type { BarraGrafico, FilaGrafico, ModeloGrafico } from './grafico-modelo.js';
import { texto } from './i18n.js';

/** Items named at most per extreme; the rest are counted ("y 4 más"). */
const MAX_NOMBRES = 3;

const valorDe = (b: BarraGrafico | undefined): number | null => (b ? (b.valorReal !== undefined ? b.valorReal : b.valor) : null);

export function describirGrafico(m: ModeloGrafico, lang: Idioma): string {
  const t = texto(lang);
  const partes = [m.descripcion];
  const nombre = (f: FilaGrafico) => f.corta ?? f.etiqueta;
  const lista = (fs: FilaGrafico[]) => {
    const n = fs.slice(0, MAX_NOMBRES).map(nombre).join(', ');
    return fs.length > MAX_NOMBRES ? t.graficoYMas(n, fs.length - MAX_NOMBRES) : n;
  };
  let sinBarra = 0;
  m.series.forEach((s, i) => {
    const con = m.filas.filter((f) => valorDe(f.barras[i]) !== null);
    sinBarra += m.filas.length - con.length;
    if (con.length === 0) return;
    const serie = m.series.length > 1 ? s.nombre : null;
    const v = (f: FilaGrafico) => valorDe(f.barras[i]) as number;
    const alto = Math.max(...con.map(v));
    const bajo = Math.min(...con.map(v));
    const altos = con.filter((f) => v(f) === alto);
    const bajos = con.filter((f) => v(f) === bajo);
    const textoDe = (f: FilaGrafico) => (f.barras[i] as BarraGrafico).texto;
    if (con.length === 1) partes.push(t.graficoUnico(serie, textoDe(con[0] as FilaGrafico), nombre(con[0] as FilaGrafico)));
    else if (alto === bajo) partes.push(t.graficoIguales(serie, textoDe(con[0] as FilaGrafico), con.length));
    else partes.push(t.graficoExtremos(serie, textoDe(altos[0] as FilaGrafico), lista(altos), textoDe(bajos[0] as FilaGrafico), lista(bajos)));
  });
  if (sinBarra > 0) partes.push(t.graficoSinBarra(sinBarra));
  // Each part is a sentence: capital first letter (a part may start with a lower-case phrase).
  return partes.map((p) => p.charAt(0).toLocaleUpperCase(lang) + p.slice(1)).join(' ');
}
