/**
 * The reconciliation as CSV: every figure that does not add up, every note and every figure that cannot be
 * verified (whatever the widget lists on screen), or, with `nivel`, every claim about the level with its
 * verdict. Figures raw (ratios, pesos, counts); an empty cell where there is none.
 */
import { NOMBRES_VEREDICTO, type ContrasteAfirmacion, type Discrepancia, type Idioma } from '@tablero-pdd/core';
import { csvDeFilas } from '../base/descargas.js';

const TEXTOS = {
  es: {
    discrepancias: ['Tipo', 'Dónde', 'Código', 'Campo', 'Afirmación', 'Informe', 'Calculado', 'Diferencia', 'Causa probable'],
    afirmaciones: ['Nivel', 'Nombre del nivel', 'Afirmación', 'Magnitud', 'Unidad', 'Informe', 'Calculado', 'Resultado', 'Explicación', 'Dónde lo dice el informe', 'Cita'],
    tipo: { discrepancia: 'No cuadra', aviso: 'Aviso', no_verificable: 'No se puede verificar' },
    magnitud: { inversion: 'inversión (pesos)', beneficiarios: 'beneficiarios', metas: 'metas' },
  },
  en: {
    discrepancias: ['Type', 'Where', 'Code', 'Field', 'Claim', 'Report', 'Computed', 'Difference', 'Probable cause'],
    afirmaciones: ['Level', 'Level name', 'Claim', 'Magnitude', 'Unit', 'Report', 'Computed', 'Result', 'Explanation', 'Where the report says it', 'Quote'],
    tipo: { discrepancia: 'Does not add up', aviso: 'Note', no_verificable: 'Cannot be verified' },
    magnitud: { inversion: 'investment (pesos)', beneficiarios: 'beneficiaries', metas: 'metas' },
  },
} as const;

const fila = (columnas: readonly string[], valores: Array<string | number | null | undefined>) =>
  Object.fromEntries(columnas.map((c, i) => [c, valores[i] ?? null]));

export function csvDiscrepancias(ds: readonly Discrepancia[], donde: (d: Discrepancia) => string, campo: (d: Discrepancia) => string, lang: Idioma): string {
  const t = TEXTOS[lang];
  return csvDeFilas(
    [...t.discrepancias],
    ds.map((d) => fila(t.discrepancias, [t.tipo[d.tipo], donde(d), d.codigo, campo(d), d.texto, d.reportado, d.calculado, d.diferencia, d.causaProbable[lang]])),
  );
}

export function csvAfirmaciones(as: readonly ContrasteAfirmacion[], nombreNodo: (a: ContrasteAfirmacion) => string, lang: Idioma): string {
  const t = TEXTOS[lang];
  return csvDeFilas(
    [...t.afirmaciones],
    as.map((a) =>
      fila(t.afirmaciones, [
        a.nodo,
        nombreNodo(a),
        a.afirmacion.texto,
        t.magnitud[a.afirmacion.magnitud],
        a.afirmacion.unidad,
        a.afirmacion.valor,
        a.calculado,
        NOMBRES_VEREDICTO[a.veredicto][lang],
        a.explicacion[lang],
        a.afirmacion.traza?.fuente,
        a.afirmacion.traza?.cita,
      ]),
    ),
  );
}
