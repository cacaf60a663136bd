/**
 * Cell reads that report their own problems: a number where text was found is an error naming sheet,
 * row, column and value; a formula error (#DIV/0!) becomes "sin dato" with a warning; a negative value
 * where the schema wants none is an error. The caller only ever gets a number or null.
 */
import { codigoDe, numeroDe, textoDe } from './celdas.js';
import type { Diagnostico } from './diagnostico.js';
import { celda, type Hoja } from './libro.js';

export interface OpcionesNumero {
  /** Programmed, executed and money values cannot be negative in the schema. */
  noNegativo?: boolean;
  /** Column is a percentage (the text "66,7%" and a fraction 0.667 both read 0.667). */
  porcentaje?: boolean;
}

export class LectorHoja {
  constructor(
    readonly d: Diagnostico,
    readonly hoja: Hoja,
    /** Header text of a column, for messages. */
    readonly encabezado: (c: number) => string,
  ) {}

  texto(r: number, c: number | undefined): string | null {
    if (c === undefined) return null;
    const k = celda(this.hoja, r, c);
    if (k?.error !== undefined) {
      this.d.aviso({
        codigo: 'error_formula',
        hoja: this.hoja.nombre,
        r,
        c,
        encabezado: this.encabezado(c),
        valor: k.error,
        esperado: this.d.t('un texto', 'a text'),
        detalle: this.d.t('La celda tiene un error de fórmula; se deja sin dato.', 'The cell holds a formula error; left as no data.'),
      });
      return null;
    }
    return textoDe(k);
  }

  numero(r: number, c: number | undefined, o: OpcionesNumero = {}): number | null {
    if (c === undefined) return null;
    const lectura = numeroDe(celda(this.hoja, r, c));
    const lugar = { hoja: this.hoja.nombre, r, c, encabezado: this.encabezado(c) };
    if (lectura.tipo === 'error_formula') {
      this.d.aviso({
        codigo: 'error_formula',
        ...lugar,
        valor: lectura.texto,
        esperado: this.d.t('un número', 'a number'),
        detalle: this.d.t(
          'La celda tiene un error de fórmula; se deja sin dato (no se lee como 0).',
          'The cell holds a formula error; left as no data (not read as 0).',
        ),
      });
      return null;
    }
    if (lectura.tipo === 'no_numero') {
      this.d.error({
        codigo: 'no_es_numero',
        ...lugar,
        valor: lectura.texto,
        esperado: o.porcentaje
          ? this.d.t('un porcentaje (p. ej. 66,7% o 0,667) o la celda vacía', 'a percentage (e.g. 66.7% or 0.667) or an empty cell')
          : this.d.t('un número (p. ej. 1.234,5) o la celda vacía', 'a number (e.g. 1,234.5) or an empty cell'),
      });
      return null;
    }
    const v = lectura.valor;
    if (v !== null && o.noNegativo && v < 0) {
      this.d.error({ codigo: 'valor_negativo', ...lugar, valor: v, esperado: this.d.t('un número mayor o igual a 0', 'a number of at least 0') });
      return null;
    }
    return v;
  }

  codigo(r: number, c: number | undefined): { codigo: string; numerico: boolean } | null {
    if (c === undefined) return null;
    return codigoDe(celda(this.hoja, r, c));
  }
}
