/** Sentences for the machine codes of compute results (es/en), so presenters never invent wording. */
import type { Idioma } from '../schema/types.js';
import type { AvisoCalculo, MotivoCalculo, Porcentaje, TextoBilingue } from './tipos.js';

export const TEXTOS_AVISO: Readonly<Record<AvisoCalculo, TextoBilingue>> = {
  sobre_ejecucion: {
    es: 'Sobre-ejecución: lo ejecutado supera lo programado; el valor sin tope se conserva y se usa 100\u00a0% en consolidados y semáforo.',
    en: 'Over-execution: executed exceeds programmed; the raw value is kept and 100% is used in roll-ups and bands.',
  },
  retroceso: {
    es: 'Retroceso: el valor se alejó de la meta; el valor negativo se conserva y se usa 0\u00a0% en consolidados y semáforo.',
    en: 'Regression: the value moved away from the target; the negative value is kept and 0% is used in roll-ups and bands.',
  },
  avance_sin_meta_programada: {
    es: 'Avance sin meta programada: hay ejecución en años sin nada programado.',
    en: 'Progress without a programmed target: there is execution in years with nothing programmed.',
  },
  meta_igual_linea_base: {
    es: 'La meta es igual a la línea base: el avance no se puede calcular.',
    en: 'The target equals the baseline: progress cannot be computed.',
  },
  periodo_parcial: {
    es: 'Un dato reportado cubre años dentro y fuera del periodo: no se puede repartir.',
    en: 'A reported figure spans years inside and outside the period: it cannot be split.',
  },
  anios_sin_dato: {
    es: 'Hay años del periodo sin dato de seguimiento: el cálculo usa solo los años reportados.',
    en: 'Some years of the period have no follow-up data: the figure uses the reported years only.',
  },
};

export const TEXTOS_MOTIVO: Readonly<Record<MotivoCalculo, TextoBilingue>> = {
  periodo_parcial: {
    es: 'Un dato reportado cubre años dentro y fuera del periodo.',
    en: 'A reported figure spans years inside and outside the period.',
  },
  sin_seguimiento: { es: 'No hay datos de seguimiento en el periodo.', en: 'No follow-up data in the period.' },
  sin_ejecutado: { es: 'No se reportó lo ejecutado.', en: 'Executed values were not reported.' },
  sin_programado: { es: 'No se reportó lo programado.', en: 'Programmed values were not reported.' },
  nada_programado: { es: 'No había nada programado en el periodo (NP).', en: 'Nothing was programmed in the period (NP).' },
  sin_meta_cuatrienio: { es: 'No se reportó la meta del cuatrienio.', en: 'The four-year target was not reported.' },
  sin_linea_base: {
    es: 'La regla necesita la línea base y no se reportó.',
    en: 'The rule needs the baseline, which was not reported.',
  },
  meta_igual_linea_base: {
    es: 'La meta es igual a la línea base.',
    en: 'The target equals the baseline.',
  },
  meta_no_positiva: {
    es: 'La meta del cuatrienio es cero o negativa: no sirve de denominador.',
    en: 'The four-year target is zero or negative: it cannot be a denominator.',
  },
  periodo_invalido: {
    es: 'El periodo pedido termina antes de empezar.',
    en: 'The requested period ends before it starts.',
  },
  valor_no_finito: { es: 'El cálculo no dio un número finito.', en: 'The computation did not give a finite number.' },
};

/** The reason a Porcentaje has no value, as a sentence; undefined when it is calculado. */
export function textoMotivo(p: Porcentaje, lang: Idioma = 'es'): string | undefined {
  if (p.motivo === undefined) return undefined;
  return TEXTOS_MOTIVO[p.motivo as MotivoCalculo]?.[lang] ?? p.motivo;
}
