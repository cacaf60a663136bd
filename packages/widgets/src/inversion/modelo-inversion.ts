/**
 * What <pdd-inversion> draws, from core's investment summary (`resumir` → inversion) and, for stacked bars,
 * core's cross-tab by source (`cruzarInversion`): by funding source, by plan level or by year span, in millones
 * with core's formatter. A node where no meta reported investment has no bar ("sin dato reportado"), never 0.
 */
import { formatearMillones, formatearNumero, type Idioma, type InversionCruzada, type Resumen } from '@tablero-pdd/core';
import type { BarraGrafico, ModeloGrafico, SegmentoGrafico, SerieGrafico } from '../base/grafico-modelo.js';
import { texto } from '../base/i18n.js';
import { listaCorta } from '../base/lista-corta.js';

export type PorInversion = 'fuente' | 'nivel' | 'anio';

export interface OpcionesModeloInversion {
  lang: Idioma;
  por: PorInversion;
  /** Split each bar by funding source (levels and years only: a source's bar is one source). */
  apilado: boolean;
  titulo?: string | undefined;
  /** By level: only these nodes (a branch, `nivel`), indented from the branch's own top. */
  rama?: ReadonlySet<string> | null;
}

interface FilaBase {
  clave: string;
  etiqueta: string;
  corta?: string;
  profundidad?: number;
  valor: number | null;
  metas: number | null;
  porFuente?: Record<string, number>;
}

const anios = (desde: number, hasta: number) => (desde === hasta ? String(desde) : `${desde}–${hasta}`);

export function modeloInversion(r: Resumen, cruzada: InversionCruzada | null, o: OpcionesModeloInversion): ModeloGrafico {
  const { lang, por } = o;
  const t = texto(lang);
  const inv = r.inversion;
  const apilado = o.apilado && por !== 'fuente' && cruzada !== null;
  const fuentes = inv.porFuente;
  const capas: SerieGrafico[] = apilado ? fuentes.map((f) => ({ nombre: f.etiqueta[lang] })) : [];
  const millones = (v: number | null) => formatearMillones(v, { lang, sinDato: t.sinDato });

  let filas: FilaBase[];
  if (por === 'nivel') {
    const nodos = new Map(r.niveles.filas.map((f) => [f.codigo, f]));
    const rama = o.rama ?? null;
    const base = rama ? Math.min(...[...rama].map((c) => nodos.get(c)?.profundidad ?? 0)) : 0;
    filas = inv.porNodo.flatMap((f, i) => {
      if (rama && !rama.has(f.codigo)) return [];
      const n = nodos.get(f.codigo);
      return [
        {
          clave: f.codigo,
          etiqueta: `${f.numeracion} ${n?.nombreNivel ?? ''}: ${n?.nombre ?? t.sinNombre}`.replace(/\s+:/, ':'),
          corta: f.numeracion,
          profundidad: (n?.profundidad ?? 0) - base,
          valor: f.valor,
          metas: f.metas,
          ...(cruzada ? { porFuente: cruzada.porNodo[i]?.porFuente ?? {} } : {}),
        },
      ];
    });
  } else if (por === 'anio') {
    const cruzadas = new Map(cruzada?.porAnio.map((a) => [`${a.desde}-${a.hasta}`, a.porFuente]));
    filas = inv.porAnio.map((a) => ({
      clave: `${a.desde}-${a.hasta}`,
      etiqueta: anios(a.desde, a.hasta),
      valor: a.valor,
      metas: null,
      ...(cruzada ? { porFuente: cruzadas.get(`${a.desde}-${a.hasta}`) ?? {} } : {}),
    }));
  } else {
    filas = fuentes.map((f) => ({ clave: f.fuente, etiqueta: f.etiqueta[lang], valor: f.valor, metas: f.metas }));
  }

  const segmentos = (f: FilaBase): SegmentoGrafico[] =>
    fuentes.flatMap((fu, k) => {
      const v = f.porFuente?.[fu.fuente];
      return v === undefined || v === 0 ? [] : [{ capa: k, valor: v, texto: millones(v) }];
    });
  const barra = (f: FilaBase): BarraGrafico => ({
    valor: f.valor,
    texto: millones(f.valor),
    ...(apilado && f.valor !== null ? { segmentos: segmentos(f) } : {}),
  });
  const maximo = Math.max(0, ...filas.map((f) => f.valor ?? 0));
  const [tituloPor, columnaPor, cuantos] =
    por === 'nivel'
      ? [t.tituloInversionNivel, t.nivelesColumna, t.nNiveles(filas.length)]
      : por === 'anio'
        ? [t.tituloInversionAnio, t.colAnios, t.nPeriodosReporte(filas.length)]
        : [t.tituloInversionFuente, t.colFuente, t.nFuentes(filas.length)];
  const conMetas = por !== 'anio';
  const total = t.csvPesos(t.colTotal);
  const csvColumnas = [columnaPor, ...(apilado ? fuentes.map((f) => t.csvPesos(f.etiqueta[lang])) : []), apilado ? total : t.csvPesos(t.inversion), ...(conMetas ? [t.colMetas] : [])];

  return {
    id: `inversion-${por}${apilado ? '-apilado' : ''}`,
    ...(por === 'nivel' ? { unidadFilas: 'niveles' as const } : {}),
    titulo: o.titulo || tituloPor,
    descripcion: t.descInversion(`${r.periodo.desde}–${r.periodo.hasta}`, cuantos, apilado),
    orientacion: por === 'anio' ? 'vertical' : 'horizontal',
    maximo: maximo > 0 ? maximo : 1,
    series: [{ nombre: t.inversion }],
    capas,
    filas: filas.map((f) => ({
      clave: f.clave,
      etiqueta: f.etiqueta,
      ...(f.corta ? { corta: f.corta } : {}),
      ...(f.profundidad !== undefined ? { profundidad: f.profundidad } : {}),
      barras: [barra(f)],
    })),
    tabla: {
      columnas: [
        { titulo: columnaPor },
        ...(apilado ? fuentes.map((f) => ({ titulo: f.etiqueta[lang], numerica: true })) : []),
        { titulo: apilado ? t.colTotal : t.colInversionMillones, numerica: true },
        ...(conMetas ? [{ titulo: t.colMetas, numerica: true }] : []),
      ],
      filas: filas.map((f) => ({
        clave: f.clave,
        celdas: [
          f.etiqueta,
          // A source with nothing reported in the row is a dash, not "$ 0".
          ...(apilado ? fuentes.map((fu) => (f.valor === null ? t.sinDato : (f.porFuente?.[fu.fuente] ?? null) === null ? '—' : millones(f.porFuente?.[fu.fuente] ?? null))) : []),
          millones(f.valor),
          ...(conMetas ? [formatearNumero(f.metas, { lang })] : []),
        ],
      })),
    },
    csv: {
      columnas: csvColumnas,
      filas: filas.map((f) => {
        const fila: Record<string, string | number | null> = { [columnaPor]: f.etiqueta };
        if (apilado) fuentes.forEach((fu) => (fila[t.csvPesos(fu.etiqueta[lang])] = f.porFuente?.[fu.fuente] ?? null));
        fila[apilado ? total : t.csvPesos(t.inversion)] = f.valor;
        if (conMetas) fila[t.colMetas] = f.metas;
        return fila;
      }),
    },
  };
}

/** The sentences under the chart: metas without investment (never counted as 0), partial sums, split spans. */
export function notasInversion(r: Resumen, lang: Idioma): string[] {
  const t = texto(lang);
  const inv = r.inversion;
  const notas: string[] = [];
  if (inv.sinDato.length) notas.push(t.invSinDato(inv.sinDato.length, listaCorta(inv.sinDato, lang)));
  if (inv.incompletas.length) notas.push(t.invIncompletas(listaCorta(inv.incompletas, lang)));
  if (inv.fueraDePeriodo.length) notas.push(t.invFueraPeriodo(listaCorta(inv.fueraDePeriodo, lang)));
  return notas;
}
