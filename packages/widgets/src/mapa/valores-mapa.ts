/**
 * What each municipality shows, taken from core's `municipiosAlcanzados` (no figure is computed here: this
 * picks the field the `medida` asks for and words it with core's formatter). Three cases stay apart: a value
 * (painted by class), no meta names the municipality (left blank), and reached but without an attributable
 * value (hatched, "sin dato" / "no atribuible", never painted as 0).
 */
import {
  compararTexto,
  formatearMillones,
  formatearNumero,
  type FilaMunicipio,
  type FilaUnidad,
  type Idioma,
  type ResultadoMunicipios,
} from '@tablero-pdd/core';
import { texto } from '../base/i18n.js';

export const MEDIDAS = ['metas', 'inversion', 'beneficiarios'] as const;
export type Medida = (typeof MEDIDAS)[number];

export type Categoria = 'valor' | 'ninguna' | 'sinDato';

export interface ValorMunicipio {
  categoria: Categoria;
  valor: number | null;
  /** Short text: tooltip, aria-label and table cell. */
  texto: string;
  /** Further lines for the tooltip and the table (metas involved, what cannot be attributed). */
  detalle: string[];
}

export interface ValoresMapa {
  medida: Medida | 'meta';
  /** Heading of the legend and of the table's value column. */
  titulo: string;
  /** Counts: whole-number classes. */
  enteros: boolean;
  formatear: (v: number) => string;
  porCodigo: Map<string, ValorMunicipio>;
  /** What a municipality that no meta names shows. */
  ninguna: ValorMunicipio;
  /** Beneficiaries: the unit painted (units are never added together). */
  unidad: string | null;
}

/** The unit asked for, else the one most metas report (ties: larger total, then name). */
function elegirUnidad(filas: readonly FilaMunicipio[], pedida: string | undefined): FilaUnidad | null {
  const porUnidad = new Map<string, FilaUnidad>();
  for (const f of filas)
    for (const u of f.beneficiarios) {
      const a = porUnidad.get(u.unidad);
      if (a) porUnidad.set(u.unidad, { ...a, metas: a.metas + u.metas, total: a.total + u.total });
      else porUnidad.set(u.unidad, { ...u });
    }
  const todas = [...porUnidad.values()];
  const p = pedida?.trim().toLocaleLowerCase('es');
  if (p) {
    const u = todas.find((x) => x.unidad === p || x.etiqueta.toLocaleLowerCase('es') === p);
    if (u) return u;
  }
  todas.sort((a, b) => b.metas - a.metas || b.total - a.total || compararTexto(a.etiqueta, b.etiqueta));
  return todas[0] ?? null;
}

export function valoresMapa(
  res: ResultadoMunicipios,
  o: { medida: Medida; meta: string | null; lang: Idioma; unidad?: string | undefined },
): ValoresMapa {
  const t = texto(o.lang);
  const lang = o.lang;
  const numero = (v: number) => formatearNumero(v, { lang, decimales: 0 });
  const porCodigo = new Map<string, ValorMunicipio>();

  if (o.meta !== null) {
    const meta = o.meta;
    for (const f of res.municipios) porCodigo.set(f.codigo, { categoria: 'valor', valor: 1, texto: t.mapaAlcanzado(meta), detalle: [] });
    return {
      medida: 'meta',
      titulo: t.mapaTituloMeta(meta),
      enteros: true,
      formatear: () => t.mapaAlcanzado(meta),
      porCodigo,
      ninguna: { categoria: 'ninguna', valor: 0, texto: t.mapaNoAlcanzado, detalle: [] },
      unidad: null,
    };
  }

  if (o.medida === 'metas') {
    for (const f of res.municipios)
      porCodigo.set(f.codigo, { categoria: 'valor', valor: f.cantidad, texto: t.mapaNMetas(f.cantidad, numero(f.cantidad)), detalle: [t.mapaListaMetas(f.metas.join(', '))] });
    return {
      medida: 'metas',
      titulo: t.mapaMedidaMetas,
      enteros: true,
      formatear: numero,
      porCodigo,
      ninguna: { categoria: 'ninguna', valor: 0, texto: t.mapaNMetas(0, numero(0)), detalle: [] },
      unidad: null,
    };
  }

  const ninguna: ValorMunicipio = { categoria: 'ninguna', valor: null, texto: t.mapaNingunaMeta, detalle: [] };
  if (o.medida === 'inversion') {
    const dinero = (v: number) => formatearMillones(v, { lang });
    for (const f of res.municipios) {
      const detalle = [t.mapaListaMetas(f.metas.join(', '))];
      if (f.inversionNoAtribuible.length) detalle.push(t.mapaNoAtribuibles(f.inversionNoAtribuible.join(', ')));
      porCodigo.set(
        f.codigo,
        f.inversion === null
          ? { categoria: 'sinDato', valor: null, texto: f.inversionNoAtribuible.length ? t.mapaNoAtribuible : t.sinDato, detalle }
          : { categoria: 'valor', valor: f.inversion, texto: dinero(f.inversion), detalle },
      );
    }
    return { medida: 'inversion', titulo: t.mapaMedidaInversion, enteros: false, formatear: dinero, porCodigo, ninguna, unidad: null };
  }

  const unidad = elegirUnidad(res.municipios, o.unidad);
  for (const f of res.municipios) {
    const detalle = [t.mapaListaMetas(f.metas.join(', '))];
    const propia = unidad ? f.beneficiarios.find((u) => u.unidad === unidad.unidad) : undefined;
    for (const u of f.beneficiarios) if (u !== propia) detalle.push(`${numero(u.total)} ${u.etiqueta}`);
    if (f.beneficiariosNoAtribuibles.length) detalle.push(t.mapaNoAtribuibles(f.beneficiariosNoAtribuibles.join(', ')));
    porCodigo.set(
      f.codigo,
      propia
        ? { categoria: 'valor', valor: propia.total, texto: `${numero(propia.total)} ${propia.etiqueta}`, detalle }
        : {
            categoria: 'sinDato',
            valor: null,
            // Figures in other units are in `detalle`: "sin dato" alone would hide them.
            texto: f.beneficiariosNoAtribuibles.length ? t.mapaNoAtribuible : unidad ? t.mapaSinDatoEn(unidad.etiqueta) : t.sinDato,
            detalle,
          },
    );
  }
  return {
    medida: 'beneficiarios',
    titulo: t.mapaMedidaBeneficiarios(unidad?.etiqueta ?? null),
    enteros: true,
    formatear: numero,
    porCodigo,
    ninguna,
    unidad: unidad?.etiqueta ?? null,
  };
}
