/**
 * The semáforo: bands for compliance and progress, plus states outside the bands. ONE colour scale for
 * the whole product (widgets read it from here). Every state has a shape and a short text label, so colour
 * is never the only cue. Bands are data: entities use their own cut-offs (bandasConCortes).
 *
 * Decision on over-execution and regression: a calculated value above 100 % is shown as its own state
 * `sobre_ejecucion`, and one below 0 as `retroceso`; in roll-ups and band counts they count as the top and
 * the lowest band respectively (`bandaConteo`), because the roll-ups use the capped value.
 */
import type { ErrorDato, Idioma } from '../schema/types.js';
import { esColorHex, razonContraste } from './contraste.js';
import type { Porcentaje, TextoBilingue } from './tipos.js';

export type FormaEstado =
  | 'circulo'
  | 'triangulo'
  | 'cuadrado'
  | 'rombo'
  | 'estrella'
  | 'octagono'
  | 'flecha_arriba'
  | 'flecha_abajo'
  | 'guion'
  | 'anillo'
  | 'cruz';

export interface VisualEstado {
  id: string;
  nombre: TextoBilingue;
  /** Short text shown beside or inside the mark. */
  etiqueta: TextoBilingue;
  /** Fill colour "#RRGGBB": contrast ≥ 3:1 against white (graphics, WCAG 1.4.11). */
  color: string;
  /** Text colour on `color`: contrast ≥ 4.5:1 (WCAG 1.4.3). */
  colorTexto: string;
  forma: FormaEstado;
}

export interface BandaSemaforo extends VisualEstado {
  /** Inclusive lower bound, as a ratio (0.8 = 80 %). Bands are sorted ascending; the first starts at 0. */
  desde: number;
}

export type IdEstadoEspecial = 'sobre_ejecucion' | 'retroceso' | 'no_programada' | 'sin_dato' | 'no_calculable';

export interface ConfigBandas {
  /** Where the cut-offs come from, shown with the result. */
  fuente: TextoBilingue;
  bandas: BandaSemaforo[];
  especiales: Record<IdEstadoEspecial, VisualEstado>;
}

export interface EstadoSemaforo extends VisualEstado {
  especial: boolean;
  /**
   * The band this state counts as in roll-ups and band counts: its own band, the top band for
   * sobre_ejecucion, the lowest for retroceso; null for no_programada, sin_dato and no_calculable.
   */
  bandaConteo: string | null;
}

const t = (es: string, en: string): TextoBilingue => ({ es, en });

const ESPECIALES: Record<IdEstadoEspecial, VisualEstado> = {
  sobre_ejecucion: {
    id: 'sobre_ejecucion',
    nombre: t('Sobre-ejecución', 'Over-execution'),
    etiqueta: t('>100\u00a0%', '>100%'),
    color: '#1565C0',
    colorTexto: '#FFFFFF',
    forma: 'flecha_arriba',
  },
  retroceso: {
    id: 'retroceso',
    nombre: t('Retroceso', 'Regression'),
    etiqueta: t('RET', 'REG'),
    color: '#6A1B9A',
    colorTexto: '#FFFFFF',
    forma: 'flecha_abajo',
  },
  no_programada: {
    id: 'no_programada',
    nombre: t('No programada', 'Not programmed'),
    etiqueta: t('NA', 'N/A'),
    color: '#6B6B6B',
    colorTexto: '#FFFFFF',
    forma: 'guion',
  },
  sin_dato: {
    id: 'sin_dato',
    nombre: t('Sin dato', 'No data'),
    etiqueta: t('ND', 'ND'),
    color: '#8A8A8A',
    colorTexto: '#000000',
    forma: 'anillo',
  },
  no_calculable: {
    id: 'no_calculable',
    nombre: t('No calculable', 'Not computable'),
    etiqueta: t('NC', 'NC'),
    color: '#5D4037',
    colorTexto: '#FFFFFF',
    forma: 'cruz',
  },
};

/** The five bands from lowest to highest (their visuals are reused by bandasConCortes). */
const VISUALES_BANDAS: VisualEstado[] = [
  { id: 'critico', nombre: t('Crítico', 'Critical'), etiqueta: t('CRÍ', 'CRI'), color: '#B3261E', colorTexto: '#FFFFFF', forma: 'octagono' },
  { id: 'bajo', nombre: t('Bajo', 'Low'), etiqueta: t('BAJ', 'LOW'), color: '#D35400', colorTexto: '#000000', forma: 'triangulo' },
  { id: 'medio', nombre: t('Medio', 'Medium'), etiqueta: t('MED', 'MED'), color: '#8A6D00', colorTexto: '#FFFFFF', forma: 'rombo' },
  { id: 'satisfactorio', nombre: t('Satisfactorio', 'Satisfactory'), etiqueta: t('SAT', 'SAT'), color: '#5A8A00', colorTexto: '#000000', forma: 'circulo' },
  { id: 'sobresaliente', nombre: t('Sobresaliente', 'Outstanding'), etiqueta: t('SOB', 'OUT'), color: '#1B7F3B', colorTexto: '#FFFFFF', forma: 'estrella' },
];

const CORTES_DNP = [0, 0.4, 0.6, 0.7, 0.8];

export const BANDAS_PREDETERMINADAS: Readonly<ConfigBandas> = Object.freeze({
  fuente: t(
    'Rangos de eficacia de la antigua Evaluación del Desempeño Integral del DNP (sobresaliente ≥ 80\u00a0%, satisfactorio 70–80\u00a0%, medio 60–70\u00a0%, bajo 40–60\u00a0%, crítico < 40\u00a0%), recordados de informes del DNP y no confirmados con una copia guardada; cada entidad puede usar sus propios cortes.',
    "Efficacy bands of DNP's former Evaluación del Desempeño Integral (outstanding ≥ 80%, satisfactory 70–80%, medium 60–70%, low 40–60%, critical < 40%), recalled from DNP's reports and not confirmed from a stored copy; each entity may use its own cut-offs.",
  ),
  bandas: VISUALES_BANDAS.map((v, i) => ({ ...v, desde: CORTES_DNP[i] ?? 0 })),
  especiales: ESPECIALES,
});

/** A config with an entity's own cut-offs, e.g. [0.25, 0.5, 0.85] → 4 bands (at most 4 cut-offs). */
export function bandasConCortes(cortes: readonly number[], fuente?: TextoBilingue): ConfigBandas {
  const n = cortes.length + 1;
  const max = VISUALES_BANDAS.length;
  if (n > max) {
    throw new ErrorBandas([
      errorBanda('demasiados_cortes', 'cortes', String(cortes.length), { es: `como máximo ${max - 1} cortes`, en: `at most ${max - 1} cut-offs` }),
    ]);
  }
  // Visuals spread over the scale: 4 bands → crítico, bajo, satisfactorio, sobresaliente.
  const visual = (i: number) => VISUALES_BANDAS[n === 1 ? max - 1 : Math.round((i * (max - 1)) / (n - 1))] as VisualEstado;
  const pct = (c: number, lang: 'es' | 'en') => `${Math.round(c * 1000) / 10}${lang === 'es' ? '\u00a0%' : '%'}`;
  const config: ConfigBandas = {
    fuente: fuente ?? {
      es: `Cortes propios de la entidad: ${cortes.map((c) => pct(c, 'es')).join(', ')}.`,
      en: `The entity's own cut-offs: ${cortes.map((c) => pct(c, 'en')).join(', ')}.`,
    },
    bandas: Array.from({ length: n }, (_, i) => ({ ...visual(i), desde: i === 0 ? 0 : (cortes[i - 1] as number) })),
    especiales: ESPECIALES,
  };
  const errores = validarBandas(config).filter((e) => e.severidad === 'error');
  if (errores.length > 0) throw new ErrorBandas(errores);
  return config;
}

/** Thrown by clasificar/bandasConCortes when a band configuration is unusable; `errores` say why. */
export class ErrorBandas extends Error {
  readonly errores: ErrorDato[];
  constructor(errores: ErrorDato[]) {
    super(errores.map((e) => e.mensaje).join(' '));
    this.name = 'ErrorBandas';
    this.errores = errores;
  }
}

function errorBanda(
  codigo: string,
  ruta: string,
  valor: string | undefined,
  esperado: TextoBilingue,
  lang: Idioma = 'es',
  severidad: 'error' | 'aviso' = 'error',
): ErrorDato {
  const e = esperado[lang];
  const encontrado = valor === undefined ? '' : lang === 'es' ? `; se encontró ${valor}` : `; found ${valor}`;
  const lugar = lang === 'es' ? `Configuración de bandas, campo «${ruta}»` : `Band configuration, field «${ruta}»`;
  const mensaje = lang === 'es' ? `${lugar}: se esperaba ${e}${encontrado}.` : `${lugar}: expected ${e}${encontrado}.`;
  return { codigo, ruta, esperado: e, mensaje, severidad, ...(valor === undefined ? {} : { valor }) };
}

function validarVisual(v: VisualEstado, ruta: string, lang: Idioma, errores: ErrorDato[]): void {
  if (!esColorHex(v.color)) {
    errores.push(errorBanda('color_invalido', `${ruta}.color`, JSON.stringify(v.color), t('un color "#RRGGBB"', 'a "#RRGGBB" colour'), lang));
    return;
  }
  if (!esColorHex(v.colorTexto)) {
    errores.push(errorBanda('color_invalido', `${ruta}.colorTexto`, JSON.stringify(v.colorTexto), t('un color "#RRGGBB"', 'a "#RRGGBB" colour'), lang));
    return;
  }
  const contraBlanco = razonContraste(v.color, '#FFFFFF');
  if (contraBlanco < 3) {
    errores.push(
      errorBanda('contraste_insuficiente', `${ruta}.color`, `${contraBlanco.toFixed(2)}:1`, t('contraste de al menos 3:1 contra blanco (WCAG 1.4.11)', 'contrast of at least 3:1 against white (WCAG 1.4.11)'), lang, 'aviso'),
    );
  }
  const texto = razonContraste(v.colorTexto, v.color);
  if (texto < 4.5) {
    errores.push(
      errorBanda('contraste_insuficiente', `${ruta}.colorTexto`, `${texto.toFixed(2)}:1`, t('contraste de al menos 4,5:1 del texto sobre el color (WCAG 1.4.3)', 'text contrast of at least 4.5:1 on the colour (WCAG 1.4.3)'), lang, 'aviso'),
    );
  }
}

/**
 * Checks a band configuration: at least one band, lower bounds finite and ≥ 0, strictly ascending, the
 * first at 0, unique ids, valid colours (errors); contrast below WCAG AA (avisos). Never throws.
 */
export function validarBandas(config: ConfigBandas, lang: Idioma = 'es'): ErrorDato[] {
  const errores: ErrorDato[] = [];
  const bandas = Array.isArray(config?.bandas) ? config.bandas : [];
  if (bandas.length === 0) {
    errores.push(errorBanda('bandas_vacias', 'bandas', undefined, t('al menos una banda', 'at least one band'), lang));
    return errores;
  }
  const ids = new Set<string>();
  bandas.forEach((b, i) => {
    const ruta = `bandas[${i}]`;
    if (typeof b.desde !== 'number' || !Number.isFinite(b.desde) || b.desde < 0) {
      errores.push(errorBanda('banda_fuera_de_rango', `${ruta}.desde`, String(b.desde), t('un número finito mayor o igual a 0 (razón: 0,8 = 80\u00a0%)', 'a finite number of at least 0 (ratio: 0.8 = 80%)'), lang));
    } else if (i === 0 && b.desde !== 0) {
      errores.push(errorBanda('banda_sin_cero', `${ruta}.desde`, String(b.desde), t('0 en la primera banda (todo valor debe tener banda)', '0 in the first band (every value needs a band)'), lang));
    } else if (i > 0) {
      const previa = bandas[i - 1]?.desde;
      if (typeof previa === 'number' && !(b.desde > previa)) {
        errores.push(errorBanda('bandas_desordenadas', `${ruta}.desde`, String(b.desde), t(`un valor mayor que el de la banda anterior (${previa}); ordene de menor a mayor`, `a value greater than the previous band's (${previa}); sort ascending`), lang));
      }
    }
    if (ids.has(b.id)) errores.push(errorBanda('banda_duplicada', `${ruta}.id`, JSON.stringify(b.id), t('un id único', 'a unique id'), lang));
    ids.add(b.id);
    validarVisual(b, ruta, lang, errores);
  });
  for (const id of Object.keys(ESPECIALES) as IdEstadoEspecial[]) {
    const v = config.especiales?.[id];
    if (!v) errores.push(errorBanda('especial_faltante', `especiales.${id}`, undefined, t('la apariencia del estado', "the state's appearance"), lang));
    else validarVisual(v, `especiales.${id}`, lang, errores);
  }
  return errores;
}

interface EstadosPreparados {
  bandas: EstadoSemaforo[];
  especiales: Record<IdEstadoEspecial, EstadoSemaforo>;
}

/** Validated configs and their frozen states: validation runs once per config object, not per meta. */
const preparados = new WeakMap<ConfigBandas, EstadosPreparados>();

function estado(v: VisualEstado, especial: boolean, bandaConteo: string | null): EstadoSemaforo {
  return Object.freeze({ ...v, especial, bandaConteo });
}

function preparar(config: ConfigBandas): EstadosPreparados {
  let e = preparados.get(config);
  if (e) return e;
  const errores = validarBandas(config).filter((x) => x.severidad === 'error');
  if (errores.length > 0) throw new ErrorBandas(errores);
  const bandas = config.bandas.map((b) => estado(b, false, b.id));
  const primera = (bandas[0] as EstadoSemaforo).id;
  const ultima = (bandas[bandas.length - 1] as EstadoSemaforo).id;
  const esp = config.especiales;
  e = {
    bandas,
    especiales: {
      sobre_ejecucion: estado(esp.sobre_ejecucion, true, ultima),
      retroceso: estado(esp.retroceso, true, primera),
      no_programada: estado(esp.no_programada, true, null),
      sin_dato: estado(esp.sin_dato, true, null),
      no_calculable: estado(esp.no_calculable, true, null),
    },
  };
  preparados.set(config, e);
  return e;
}

function indiceBanda(valorTope: number, config: ConfigBandas): number {
  const bandas = config.bandas;
  for (let i = bandas.length - 1; i > 0; i--) if (valorTope >= (bandas[i] as BandaSemaforo).desde) return i;
  return 0;
}

/** The band whose range holds a value in [0, 1] (the capped value). */
export function bandaDe(valorTope: number, config: ConfigBandas = BANDAS_PREDETERMINADAS): BandaSemaforo {
  preparar(config);
  return config.bandas[indiceBanda(valorTope, config)] as BandaSemaforo;
}

/**
 * The semáforo state of a result. Bands use `valorTope`; over-execution (valor > 1) and regression
 * (valor < 0) are their own states; no_programada, sin_dato, no_calculable are special states.
 * Returns shared frozen objects. Throws ErrorBandas (Spanish ErrorDato list) for an invalid `config`.
 */
export function clasificar(p: Porcentaje, config: ConfigBandas = BANDAS_PREDETERMINADAS): EstadoSemaforo {
  const e = preparar(config);
  if (p.estado !== 'calculado' || p.valor === null || p.valorTope === null) {
    return e.especiales[p.estado === 'calculado' ? 'sin_dato' : p.estado];
  }
  if (p.valor > 1) return e.especiales.sobre_ejecucion;
  if (p.valor < 0) return e.especiales.retroceso;
  return e.bandas[indiceBanda(p.valorTope, config)] as EstadoSemaforo;
}

/** The state of a rolled-up value (already capped to [0, 1]): null → sin_dato. */
export function clasificarValor(v: number | null, config: ConfigBandas = BANDAS_PREDETERMINADAS): EstadoSemaforo {
  const e = preparar(config);
  if (v === null || !Number.isFinite(v)) return e.especiales.sin_dato;
  return e.bandas[indiceBanda(v < 0 ? 0 : v > 1 ? 1 : v, config)] as EstadoSemaforo;
}

/** Every state of a config (bands lowest first, then the special states), e.g. for a legend. */
export function estadosSemaforo(config: ConfigBandas = BANDAS_PREDETERMINADAS): EstadoSemaforo[] {
  const e = preparar(config);
  return [...e.bandas, ...Object.values(e.especiales)];
}
