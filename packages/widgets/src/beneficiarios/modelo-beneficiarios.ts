/**
 * What <pdd-beneficiarios> draws, from core's beneficiaries summary (`resumir` → beneficiarios): by population
 * group — one chart per unit, since people and firms are never on one scale, and with no total, since groups
 * overlap — or the totals by unit. Metas "sin dato reportado" and "no aplica" are listed apart, never as 0.
 */
import { formatearNumero, type FilaGrupo, type Idioma, type Resumen } from '@tablero-pdd/core';
import type { ModeloGrafico } from '../base/grafico-modelo.js';
import { texto } from '../base/i18n.js';
import { listaCorta } from '../base/lista-corta.js';

export type PorBeneficiarios = 'grupo' | 'unidad';

const etiquetaUnidad = (unidad: string, etiqueta: string, t: ReturnType<typeof texto>) => (unidad === '' ? t.unidadNoIndicada : etiqueta);

export function modelosBeneficiarios(r: Resumen, o: { lang: Idioma; por: PorBeneficiarios; titulo?: string | undefined }): ModeloGrafico[] {
  const { lang } = o;
  const t = texto(lang);
  const b = r.beneficiarios;
  const numero = (v: number | null) => formatearNumero(v, { lang, sinDato: t.sinDato });
  if (o.por === 'unidad') {
    const filas = b.porUnidad;
    if (filas.length === 0) return [];
    const col = { unidad: t.colUnidad, total: t.beneficiarios, metas: t.colMetas };
    return [
      {
        id: 'beneficiarios-unidad',
        titulo: o.titulo || t.benefPorUnidad,
        descripcion: t.descBenefUnidad(t.nUnidades(filas.length)),
        orientacion: 'horizontal',
        maximo: Math.max(1, ...filas.map((f) => f.total)),
        series: [{ nombre: t.beneficiarios }],
        capas: [],
        filas: filas.map((f) => ({ clave: f.unidad, etiqueta: etiquetaUnidad(f.unidad, f.etiqueta, t), barras: [{ valor: f.total, texto: numero(f.total) }] })),
        tabla: {
          columnas: [{ titulo: t.colUnidad }, { titulo: t.beneficiarios, numerica: true }, { titulo: t.colMetas, numerica: true }],
          filas: filas.map((f) => ({ clave: f.unidad, celdas: [etiquetaUnidad(f.unidad, f.etiqueta, t), numero(f.total), numero(f.metas)] })),
        },
        csv: {
          columnas: Object.values(col),
          filas: filas.map((f) => ({ [col.unidad]: etiquetaUnidad(f.unidad, f.etiqueta, t), [col.total]: f.total, [col.metas]: f.metas })),
        },
      },
    ];
  }
  // One chart per unit, units in core's order (most metas first), groups in core's order within each.
  const porUnidad = new Map<string, FilaGrupo[]>();
  for (const u of b.porUnidad) porUnidad.set(u.unidad, []);
  for (const g of b.porGrupo) {
    if (!porUnidad.has(g.unidad)) porUnidad.set(g.unidad, []);
    (porUnidad.get(g.unidad) as FilaGrupo[]).push(g);
  }
  const modelos: ModeloGrafico[] = [];
  let k = 0;
  for (const [unidad, grupos] of porUnidad) {
    if (grupos.length === 0) continue;
    const nombreUnidad = etiquetaUnidad(unidad, (grupos[0] as FilaGrupo).etiquetaUnidad, t);
    const col = { grupo: t.colGrupo, unidad: t.colUnidad, valor: t.beneficiarios, metas: t.colMetasReportan };
    modelos.push({
      id: `beneficiarios-grupo-${++k}`,
      titulo: t.benefGrupoEn(nombreUnidad),
      descripcion: t.descBenefGrupo(nombreUnidad, t.nGrupos(grupos.length)),
      orientacion: 'horizontal',
      maximo: Math.max(1, ...grupos.map((g) => g.valor)),
      series: [{ nombre: t.beneficiarios }],
      capas: [],
      filas: grupos.map((g) => ({ clave: g.grupo, etiqueta: g.etiqueta[lang], barras: [{ valor: g.valor, texto: numero(g.valor) }] })),
      tabla: {
        columnas: [{ titulo: t.colGrupo }, { titulo: `${t.beneficiarios} (${nombreUnidad})`, numerica: true }, { titulo: t.colMetasReportan, numerica: true }],
        filas: grupos.map((g) => ({ clave: g.grupo, celdas: [g.etiqueta[lang], numero(g.valor), numero(g.metas)] })),
      },
      csv: {
        columnas: Object.values(col),
        filas: grupos.map((g) => ({ [col.grupo]: g.etiqueta[lang], [col.unidad]: nombreUnidad, [col.valor]: g.valor, [col.metas]: g.metas })),
      },
    });
  }
  return modelos;
}

/** Metas listed apart: without data, not applicable, and those that reported a real 0. */
export function notasBeneficiarios(r: Resumen, lang: Idioma): string[] {
  const t = texto(lang);
  const b = r.beneficiarios;
  const notas: string[] = [];
  if (b.sinDato.length) notas.push(t.benefSinDato(b.sinDato.length, listaCorta(b.sinDato, lang)));
  if (b.noAplica.length) notas.push(t.benefNoAplica(b.noAplica.length, listaCorta(b.noAplica, lang)));
  if (b.cero.length) notas.push(t.benefCero(b.cero.length, listaCorta(b.cero, lang)));
  return notas;
}
