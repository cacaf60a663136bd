/**
 * What a bar chart shows, decided by each widget from core's figures and drawn by grafico-barras.ts: the
 * same rows feed the bars, the "Ver tabla" table, the CSV and the SVG/PNG downloads, so they cannot disagree.
 * Numbers arrive already formatted (`texto`) by core's formatter; the chart only scales lengths.
 */
import type { TemplateResult } from 'lit';
import type { EstadoSemaforo } from '@tablero-pdd/core';
import type { UnidadLista } from './nav-paginas.js';

export type Orientacion = 'horizontal' | 'vertical';

export interface SerieGrafico {
  /** Name shown beside each bar of the series (grouped bars) or in the legend (stacked layers). */
  nombre: string;
}

export interface SegmentoGrafico {
  /** Index into `ModeloGrafico.capas`: its colour and hatch pattern. */
  capa: number;
  valor: number;
  texto: string;
}

export interface BarraGrafico {
  /**
   * Drawn length in the chart's unit, 0…maximo (for percentages the capped value). null: no bar at all —
   * `texto` says why (sin dato reportado, no programada…): "no data" is never drawn as a 0 bar.
   */
  valor: number | null;
  /** The figure that ranks the bar in the summary (the raw 1,15 of an over-execution). Default `valor`. */
  valorReal?: number | null;
  /** The visible label: "115 % (sobre-ejecución)", "$ 776 millones", "sin dato reportado". */
  texto: string;
  /** Semáforo state: the bar takes its colour and shows its mark. Without it, the series' palette colour. */
  estado?: EstadoSemaforo;
  /** `texto` already names the state (e.g. "(sobre-ejecución)"): show the mark's shape without repeating its name. */
  estadoEnTexto?: boolean;
  /** A sentence under a bar without value (why it cannot be computed). */
  nota?: string;
  /** Stacked parts, in `capas` order; their sum is `valor`. */
  segmentos?: SegmentoGrafico[];
}

export interface FilaGrafico {
  clave: string;
  etiqueta: string;
  /** Short name for the summary sentence ("meta 3", "1.1.2"). Default `etiqueta`. */
  corta?: string;
  /** Indentation of tree rows (0 = top). */
  profundidad?: number;
  /** One bar per series, in `series` order. */
  barras: BarraGrafico[];
}

export type CeldaTabla = string | TemplateResult;

export interface ColumnaTabla {
  titulo: string;
  numerica?: boolean;
}

export interface ModeloGrafico {
  /** Unique within the widget: element ids and downloaded file names. */
  id: string;
  /** Accessible name of the chart (its caption). */
  titulo: string;
  /** First sentence of the text summary: what is plotted, of how many items. */
  descripcion: string;
  orientacion: Orientacion;
  /** Upper end of the scale (> 0): 1 for percentages, the largest total otherwise. */
  maximo: number;
  /** Grouped bars: each row has one bar per series, side by side. */
  series: SerieGrafico[];
  /** Stacked layers (legend); empty when bars are not stacked. */
  capas: SerieGrafico[];
  filas: FilaGrafico[];
  /** What the rows are when the chart is long enough to be paged (default 'filas'). */
  unidadFilas?: UnidadLista;
  /** The table equivalent: one row per chart row, same order (`clave` matches). */
  tabla: { columnas: ColumnaTabla[]; filas: Array<{ clave: string; celdas: CeldaTabla[] }> };
  /** The data download: raw values (ratios, pesos, counts), empty cells for "no reportado". */
  csv: { columnas: string[]; filas: Array<Record<string, string | number | null>> };
}
