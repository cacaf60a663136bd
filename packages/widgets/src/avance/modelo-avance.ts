/**
 * What <pdd-avance> draws, from core's `resumir`: per meta (or per plan level) two bars side by side —
 * % cumplimiento in the period and % avance frente al cuatrienio — coloured by their semáforo state. The bar
 * is the capped value (valorTope: at most 100 %); the label is the raw value, so an over-execution reads
 * "115 % (sobre-ejecución)". A meta not programmed, without data or not computable has no bar: its state in
 * words and why (core's motivo).
 */
import { html } from 'lit';
import {
  formatearNumero,
  formatearPorcentaje,
  textoMotivo,
  ramaDeNodo,
  type EstadoSemaforo,
  type FilaNivel,
  type Idioma,
  type Porcentaje,
  type Resumen,
} from '@tablero-pdd/core';
import type { BarraGrafico, CeldaTabla, ModeloGrafico } from '../base/grafico-modelo.js';
import { texto } from '../base/i18n.js';
import { marcaEstado } from '../base/marca-estado.js';

type Textos = ReturnType<typeof texto>;

/** A meta's percentage as a bar: raw value in the label, capped value as the length, no bar without a value. */
export function barraPorcentaje(p: Porcentaje, e: EstadoSemaforo, lang: Idioma): BarraGrafico {
  const t = texto(lang);
  if (p.estado !== 'calculado' || p.valor === null || p.valorTope === null) {
    const nota = textoMotivo(p, lang);
    return {
      valor: null,
      valorReal: null,
      texto: p.estado === 'sin_dato' ? t.sinDato : e.nombre[lang],
      estado: e,
      estadoEnTexto: true,
      ...(nota ? { nota } : {}),
    };
  }
  const cifra = formatearPorcentaje(p.valor, { lang });
  const especial = e.id === 'sobre_ejecucion' ? t.sobreEjecucion(cifra) : e.id === 'retroceso' ? t.retrocesoValor(cifra) : null;
  return { valor: p.valorTope, valorReal: p.valor, texto: especial ?? cifra, estado: e, estadoEnTexto: especial !== null };
}

/** A rolled-up (already capped) level figure as a bar: null is "sin dato reportado", never 0. */
export function barraNivel(v: number | null, e: EstadoSemaforo, lang: Idioma): BarraGrafico {
  const t = texto(lang);
  return v === null
    ? { valor: null, texto: t.sinDato, estado: e, estadoEnTexto: true }
    : { valor: v, texto: formatearPorcentaje(v, { lang }), estado: e };
}

function celda(b: BarraGrafico, lang: Idioma): CeldaTabla {
  return b.estado ? html`${b.texto} ${marcaEstado(b.estado, lang)}` : b.texto;
}

export type ResultadoModelo = { ok: true; modelo: ModeloGrafico } | { ok: false; mensaje: string };

function errorNivel(r: Resumen, codigo: string, t: Textos): ResultadoModelo {
  return { ok: false, mensaje: t.metasNivelNoExiste(codigo, r.niveles.filas.map((f) => f.codigo).join(', ')) };
}

const periodoTexto = (r: Resumen) => `${r.periodo.desde}–${r.periodo.hasta}`;

export function modeloAvanceMetas(r: Resumen, o: { lang: Idioma; nivel?: string | undefined; titulo?: string | undefined }): ResultadoModelo {
  const { lang } = o;
  const t = texto(lang);
  const rama = o.nivel ? ramaDeNodo(r.niveles.filas, o.nivel) : null;
  if (o.nivel && !rama) return errorNivel(r, o.nivel, t);
  const metas = rama ? r.metas.filter((m) => rama.has(m.nodo)) : r.metas;
  const p = periodoTexto(r);
  const series = [{ nombre: t.serieCumplimiento(p) }, { nombre: t.serieAvance }];
  const filas = metas.map((m) => ({
    clave: m.codigo,
    etiqueta: t.etiquetaMeta(m.codigo, m.nombre),
    corta: t.metaCorta(m.codigo),
    barras: [barraPorcentaje(m.cumplimiento, m.bandaCumplimiento, lang), barraPorcentaje(m.avance, m.bandaAvance, lang)],
  }));
  const [sc, sa] = series.map((s) => s.nombre) as [string, string];
  const col = { codigo: t.colCodigo, meta: t.meta, nivel: t.nivelesColumna, c: t.csvRazon(sc), ec: t.colEstadoDe(sc), a: t.csvRazon(sa), ea: t.colEstadoDe(sa) };
  return {
    ok: true,
    modelo: {
      id: 'avance-metas',
      unidadFilas: 'metas',
      titulo: o.titulo || t.tituloAvanceMetas,
      descripcion: t.descAvance(p, t.nMetas(metas.length)),
      orientacion: 'horizontal',
      maximo: 1,
      series,
      capas: [],
      filas,
      tabla: {
        columnas: [{ titulo: t.meta }, { titulo: sc, numerica: true }, { titulo: sa, numerica: true }],
        filas: filas.map((f) => ({ clave: f.clave, celdas: [f.etiqueta, ...f.barras.map((b) => celda(b, lang))] })),
      },
      csv: {
        columnas: Object.values(col),
        filas: metas.map((m) => ({
          [col.codigo]: m.codigo,
          [col.meta]: m.nombre,
          [col.nivel]: m.numeracionNodo ?? m.nodo,
          [col.c]: m.cumplimiento.valor,
          [col.ec]: m.bandaCumplimiento.nombre[lang],
          [col.a]: m.avance.valor,
          [col.ea]: m.bandaAvance.nombre[lang],
        })),
      },
    },
  };
}

function etiquetaNivel(f: FilaNivel, t: Textos): string {
  return `${f.numeracion} ${f.nombreNivel ?? ''}: ${f.nombre ?? t.sinNombre}`.replace(/\s+:/, ':');
}

export function modeloAvanceNiveles(r: Resumen, o: { lang: Idioma; nivel?: string | undefined; titulo?: string | undefined }): ResultadoModelo {
  const { lang } = o;
  const t = texto(lang);
  const rama = o.nivel ? ramaDeNodo(r.niveles.filas, o.nivel) : null;
  if (o.nivel && !rama) return errorNivel(r, o.nivel, t);
  const niveles = rama ? r.niveles.filas.filter((f) => rama.has(f.codigo)) : r.niveles.filas;
  const p = periodoTexto(r);
  const series = [{ nombre: t.serieCumplimiento(p) }, { nombre: t.serieAvance }];
  const filas = niveles.map((f) => ({
    clave: f.codigo,
    etiqueta: etiquetaNivel(f, t),
    corta: f.numeracion,
    profundidad: f.profundidad,
    barras: [barraNivel(f.cumplimiento, f.bandaCumplimiento, lang), barraNivel(f.avance, f.bandaAvance, lang)],
  }));
  const [sc, sa] = series.map((s) => s.nombre) as [string, string];
  const col = { codigo: t.colCodigo, nivel: t.nivelesColumna, c: t.csvRazon(sc), ec: t.colEstadoDe(sc), a: t.csvRazon(sa), ea: t.colEstadoDe(sa), metas: t.colMetas };
  return {
    ok: true,
    modelo: {
      id: 'avance-niveles',
      unidadFilas: 'niveles',
      titulo: o.titulo || t.tituloAvanceNiveles,
      descripcion: `${t.descAvance(p, t.nNiveles(niveles.length))} ${r.niveles.descripcionMetodo[lang]}`,
      orientacion: 'horizontal',
      maximo: 1,
      series,
      capas: [],
      filas,
      tabla: {
        columnas: [{ titulo: t.nivelesColumna }, { titulo: sc, numerica: true }, { titulo: sa, numerica: true }, { titulo: t.colMetas, numerica: true }],
        filas: filas.map((f, i) => ({
          clave: f.clave,
          celdas: [f.etiqueta, ...f.barras.map((b) => celda(b, lang)), formatearNumero(niveles[i]?.metas ?? null, { lang })],
        })),
      },
      csv: {
        columnas: Object.values(col),
        filas: niveles.map((f) => ({
          [col.codigo]: f.codigo,
          [col.nivel]: etiquetaNivel(f, t),
          [col.c]: f.cumplimiento,
          [col.ec]: f.bandaCumplimiento.nombre[lang],
          [col.a]: f.avance,
          [col.ea]: f.bandaAvance.nombre[lang],
          [col.metas]: f.metas,
        })),
      },
    },
  };
}
