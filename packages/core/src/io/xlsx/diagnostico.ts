/**
 * The errors and warnings of one import, each naming file, sheet, row (as Excel numbers it), column
 * (letter · header as written), the value found and what was expected, in Spanish or English.
 */
import { mostrarValor } from '../../schema/errores.js';
import type { ErrorDato, Idioma } from '../../schema/types.js';
import { letraColumna } from './libro.js';

export interface Lugar {
  hoja?: string;
  /** 0-based row index (shown + 1). */
  r?: number;
  /** 0-based column index (shown as a letter). */
  c?: number;
  /** The header of the column as the file writes it. */
  encabezado?: string;
}

export interface Hallazgo extends Lugar {
  codigo: string;
  severidad?: ErrorDato['severidad'];
  /** The value found (any type: shortened for display). Omit when there is no value to show. */
  valor?: unknown;
  esperado: string;
  /** A sentence added after the expectation: what the importer did about it. */
  detalle?: string;
  /** Path in the plan document, when the problem is about a field of it. */
  ruta?: string;
}

/** "F · Meta del cuatrienio" (or just the letter when the header is empty). */
export function nombreColumna(c: number, encabezado?: string): string {
  const e = (encabezado ?? '').replace(/\s+/g, ' ').trim();
  return e ? `${letraColumna(c)} · ${e}` : letraColumna(c);
}

/** Excel's reference: 'Plan indicativo - Productos'!P12. */
export function referencia(hoja: string, r?: number, c?: number): string {
  const celda = r === undefined ? '' : `${c === undefined ? '' : letraColumna(c)}${r + 1}`;
  const h = `'${hoja.replace(/'/g, "''")}'`;
  return celda ? `${h}!${celda}` : h;
}

export function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

export class Diagnostico {
  readonly errores: ErrorDato[] = [];
  readonly avisos: ErrorDato[] = [];
  private omitidos = { error: 0, aviso: 0 };

  constructor(
    readonly archivo: string | undefined,
    readonly lang: Idioma,
    private readonly limite = 1000,
  ) {}

  t(es: string, en: string): string {
    return t(this.lang, es, en);
  }

  /** Where, in words: "chia.xlsx, hoja «Productos», fila 12, columna P · Meta del cuatrienio". */
  lugar(l: Lugar): string {
    const es = this.lang === 'es';
    const partes: string[] = [];
    if (this.archivo) partes.push(this.archivo);
    if (l.hoja !== undefined) partes.push(es ? `hoja «${l.hoja}»` : `sheet "${l.hoja}"`);
    if (l.r !== undefined) partes.push(`${es ? 'fila' : 'row'} ${l.r + 1}`);
    if (l.c !== undefined) partes.push(`${es ? 'columna' : 'column'} ${nombreColumna(l.c, l.encabezado)}`);
    return partes.join(', ');
  }

  agregar(h: Hallazgo): ErrorDato {
    const severidad = h.severidad ?? 'error';
    const valor = h.valor === undefined ? undefined : mostrarValor(h.valor);
    const encontrado = valor === undefined ? '' : this.t(`; se encontró ${valor}`, `; found ${valor}`);
    const lugar = this.lugar(h);
    const detalle = h.detalle ? ` ${h.detalle}` : '';
    const mensaje = `${lugar ? `${lugar}: ` : ''}${this.t('se esperaba', 'expected')} ${h.esperado}${encontrado}.${detalle}`;
    const e: ErrorDato = {
      codigo: h.codigo,
      ...(this.archivo ? { archivo: this.archivo } : {}),
      ...(h.r !== undefined ? { fila: h.r + 1 } : {}),
      ...(h.c !== undefined ? { columna: nombreColumna(h.c, h.encabezado) } : {}),
      ruta: h.ruta ?? (h.hoja !== undefined ? referencia(h.hoja, h.r, h.c) : ''),
      ...(valor !== undefined ? { valor } : {}),
      esperado: h.esperado,
      mensaje,
      severidad,
    };
    const lista = severidad === 'error' ? this.errores : this.avisos;
    if (lista.length >= this.limite) this.omitidos[severidad]++;
    else lista.push(e);
    return e;
  }

  error(h: Omit<Hallazgo, 'severidad'>): ErrorDato {
    return this.agregar({ ...h, severidad: 'error' });
  }

  aviso(h: Omit<Hallazgo, 'severidad'>): ErrorDato {
    return this.agregar({ ...h, severidad: 'aviso' });
  }

  /** Adds errors built elsewhere (the schema validation of the plan built). */
  sumar(errores: readonly ErrorDato[]): void {
    for (const e of errores) {
      const lista = e.severidad === 'error' ? this.errores : this.avisos;
      if (lista.length >= this.limite) this.omitidos[e.severidad]++;
      else lista.push(e);
    }
  }

  get hayErrores(): boolean {
    return this.errores.length > 0;
  }

  /** Closes the lists: a count of what was left out, so a long list never hides that it was cut. */
  cerrar(): { errores: ErrorDato[]; avisos: ErrorDato[] } {
    for (const sev of ['error', 'aviso'] as const) {
      const n = this.omitidos[sev];
      if (n === 0) continue;
      const lista = sev === 'error' ? this.errores : this.avisos;
      lista.push({
        codigo: 'demasiados_errores',
        ...(this.archivo ? { archivo: this.archivo } : {}),
        ruta: '',
        esperado: this.t(`menos problemas (se omitieron ${n} más)`, `fewer problems (${n} more not shown)`),
        mensaje: this.t(`Se omitieron ${n} problemas más del mismo archivo.`, `${n} more problems of the same file were not shown.`),
        severidad: sev,
      });
      this.omitidos[sev] = 0;
    }
    return { errores: this.errores, avisos: this.avisos };
  }
}
