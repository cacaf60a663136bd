/**
 * The texts of one row of the meta table, formatted once per meta and context (summary + language): sorting
 * back and forth, or paging over metas already seen, only reads them. Figures come from core's summary; this
 * file only formats them, with the same functions as the rest of the widgets.
 */
import { formatearMillones, formatearPorcentaje, type Porcentaje } from '@tablero-pdd/core';
import type { FilaMeta } from './filas-metas.js';
import { estadoBeneficiarios, fuentesDelPeriodo, textoBeneficiarios, type Contexto } from './partes-meta.js';

export interface TextosFila {
  /** Numbering and name of the meta's node ("1.1.1 Fortalecimiento…"), or the node code if it is unknown. */
  nivel: string;
  /** % cumplimiento / % avance, '' when there is no value (the mark beside it names why: no programada, sin dato…). */
  cumplimiento: string;
  avance: string;
  /** Investment of the period in millions, "sin dato reportado" when not reported (never "0"). */
  inversion: string;
  /** Distinct sources of the period as the report wrote them, joined by "; " ('' when none). */
  fuentes: string;
  beneficiarios: string;
  estadoBeneficiarios: ReturnType<typeof estadoBeneficiarios>;
  /** Accessible name of the row's open / close button. */
  abrir: string;
}

const memoria = new WeakMap<Contexto, WeakMap<FilaMeta, TextosFila>>();

const porcentaje = (p: Porcentaje, c: Contexto): string => (p.valor === null ? '' : formatearPorcentaje(p.valor, { lang: c.lang }));

/** The row's texts, built the first time a context asks for them. */
export function textosFila(f: FilaMeta, c: Contexto): TextosFila {
  let delContexto = memoria.get(c);
  if (!delContexto) {
    delContexto = new WeakMap();
    memoria.set(c, delContexto);
  }
  let textos = delContexto.get(f);
  if (!textos) {
    const { t, lang } = c;
    const nodo = f.ruta[f.ruta.length - 1];
    textos = {
      nivel: nodo ? `${nodo.numeracion} ${nodo.nombre ?? t.sinNombre}` : f.meta.nodo,
      cumplimiento: porcentaje(f.cifras.cumplimiento, c),
      avance: porcentaje(f.cifras.avance, c),
      inversion: formatearMillones(f.cifras.inversion, { lang, sinDato: t.sinDato }),
      fuentes: fuentesDelPeriodo(f.meta, c).join('; '),
      beneficiarios: textoBeneficiarios(f.cifras.beneficiarios, c),
      estadoBeneficiarios: estadoBeneficiarios(f.cifras.beneficiarios),
      abrir: t.detalleMeta(f.meta.codigo),
    };
    delContexto.set(f, textos);
  }
  return textos;
}
