/**
 * Texts of `<pdd-conciliacion nivel="…">`: one level's claims beside its metas' figures, in Spanish and English.
 * The verdicts' names are core's (NOMBRES_VEREDICTO).
 */
import type { Idioma } from '@tablero-pdd/core';

export interface TextosAfirmaciones {
  titulo: string;
  intro: string;
  /** The level exists but the report makes no claim with a figure about it (or its branch). */
  sinAfirmaciones: string;
  /** Label before the verdict, for a reader who meets it out of its line. */
  resultado: string;
  /** Where the report makes the claim, and its words in context (the data's trace). */
  enElInforme: string;
}

const ES: TextosAfirmaciones = {
  titulo: 'Lo que dice el informe y lo que dan sus metas',
  intro: 'Cada afirmación del informe sobre este nivel, con la cifra que resulta de sus metas.',
  sinAfirmaciones: 'El informe no hace afirmaciones con cifras sobre este nivel.',
  resultado: 'Resultado',
  enElInforme: 'En el informe',
};

const EN: TextosAfirmaciones = {
  titulo: 'What the report says and what its metas give',
  intro: "Each of the report's claims about this level, with the figure its metas yield.",
  sinAfirmaciones: 'The report makes no claims with figures about this level.',
  resultado: 'Result',
  enElInforme: 'In the report',
};

export const textosAfirmaciones = (lang: Idioma): TextosAfirmaciones => (lang === 'en' ? EN : ES);
