/**
 * Errors of a CSV file, each pinned to a row as the spreadsheet numbers it (header = row 1) and a
 * column header. The reader's own errors (unreadable cells) and validarPlan's (schema, coherence) go
 * through here so both speak of rows and columns, not of JSON paths.
 */
import { crearError, mostrarValor } from '../schema/errores.js';
import type { ErrorDato, Idioma } from '../schema/types.js';

export interface Ubicacion {
  fila: number;
  columna?: string;
  codigoMeta?: string;
}

export interface ErrorCsv {
  codigo: string;
  ruta: string;
  esperado: string;
  /** The raw cell text (shown quoted and shortened). */
  valor?: string;
  severidad?: ErrorDato['severidad'];
}

export class ColectorCsv {
  readonly errores: ErrorDato[] = [];
  readonly avisos: ErrorDato[] = [];
  /** Paths already reported by the reader: validarPlan's complaint about the same placeholder is dropped. */
  readonly rutasConError = new Set<string>();
  private readonly ubicaciones = new Map<string, Ubicacion>();
  private omitidos = 0;

  constructor(
    private readonly lang: Idioma,
    private readonly archivo: string | undefined,
    private readonly limite: number,
  ) {}

  /** Remembers which row and column a path of the plan came from. */
  ubicar(ruta: string, u: Ubicacion): void {
    if (!this.ubicaciones.has(ruta)) this.ubicaciones.set(ruta, u);
  }

  /**
   * The row of meta `i`, and the column of each of its fixed fields ("lineaBase", "evidencia.como"):
   * the same for every row, so they are not stored per row (a 920-row file would hold 40 000 entries).
   */
  ubicarMeta(i: number, u: Omit<Ubicacion, 'columna'>): void {
    this.filasMeta[i] = u;
  }
  fijarColumnasMeta(columnas: ReadonlyMap<string, string>): void {
    this.columnasMeta = columnas;
  }
  private readonly filasMeta: Array<Omit<Ubicacion, 'columna'>> = [];
  private columnasMeta: ReadonlyMap<string, string> = new Map();

  /**
   * The location of a path, or of its nearest ancestor ("metas[2].municipios.codigos[1]" → "metas[2].municipios"):
   * first the paths stored one by one (follow-up spans, investment, groups, nodes), then a meta's fixed fields.
   */
  ubicacion(ruta: string): Ubicacion | undefined {
    const meta = /^metas\[(\d+)\]/.exec(ruta);
    let r = ruta;
    while (!(meta && r === meta[0])) {
      const u = this.ubicaciones.get(r);
      if (u) return u;
      const corte = Math.max(r.lastIndexOf('.'), r.lastIndexOf('['));
      if (corte <= 0) break;
      r = r.slice(0, corte);
    }
    if (!meta) return undefined;
    const base = this.filasMeta[Number(meta[1])];
    if (!base) return undefined;
    let rel = ruta.slice(meta[0].length).replace(/^\./, '');
    for (;;) {
      const columna = this.columnasMeta.get(rel);
      if (columna !== undefined || rel === '') return { ...base, ...(columna !== undefined ? { columna } : {}) };
      rel = rel.slice(0, Math.max(0, rel.lastIndexOf('.'), rel.lastIndexOf('[')));
    }
  }

  lugar(u: Partial<Ubicacion>): string {
    const es = this.lang === 'es';
    const partes: string[] = [];
    if (this.archivo) partes.push(this.archivo);
    if (u.fila !== undefined) {
      const cod = u.codigoMeta ? ` (meta «${u.codigoMeta.length > 40 ? `${u.codigoMeta.slice(0, 39)}…` : u.codigoMeta}»)` : '';
      partes.push(`${es ? 'fila' : 'row'} ${u.fila}${cod}`);
    }
    if (u.columna) partes.push(`${es ? 'columna' : 'column'} «${u.columna}»`);
    return partes.join(', ');
  }

  /** An error (or warning) at a row and column. */
  agregar(e: ErrorCsv, u: Partial<Ubicacion>): void {
    const severidad = e.severidad ?? 'error';
    const lista = severidad === 'error' ? this.errores : this.avisos;
    if (severidad === 'error') this.rutasConError.add(e.ruta);
    if (lista.length >= this.limite) {
      this.omitidos++;
      return;
    }
    lista.push(
      crearError(
        {
          codigo: e.codigo,
          ruta: e.ruta,
          // Safety net: every text of the sentence stays short whatever the file holds.
          esperado: e.esperado.length > 400 ? `${e.esperado.slice(0, 399)}…` : e.esperado,
          ...(e.valor !== undefined ? { valor: mostrarValor(e.valor) } : {}),
          ...(this.archivo ? { archivo: this.archivo } : {}),
          ...(u.fila !== undefined ? { fila: u.fila } : {}),
          ...(u.columna ? { columna: u.columna } : {}),
          severidad,
        },
        this.lang,
        this.lugar(u),
      ),
    );
  }

  /**
   * Takes validarPlan's findings, re-pinned to the CSV row and column the path came from; those on a
   * path the reader already reported (an unreadable cell left a placeholder) are dropped.
   */
  incorporar(lista: readonly ErrorDato[]): void {
    for (const e of lista) {
      if (e.codigo === 'demasiados_errores') continue;
      if (e.severidad === 'error' && [...this.rutasConError].some((r) => e.ruta === r || e.ruta.startsWith(`${r}.`) || e.ruta.startsWith(`${r}[`))) continue;
      const u = this.ubicacion(e.ruta);
      const destino = e.severidad === 'error' ? this.errores : this.avisos;
      if (destino.length >= this.limite) {
        this.omitidos++;
        continue;
      }
      if (!u) {
        destino.push(e);
        continue;
      }
      const fila = u.fila;
      const columna = u.columna ?? e.columna;
      destino.push(
        crearError(
          {
            codigo: e.codigo,
            ruta: e.ruta,
            esperado: e.esperado,
            ...(e.valor !== undefined ? { valor: e.valor } : {}),
            ...(this.archivo ? { archivo: this.archivo } : {}),
            fila,
            ...(columna ? { columna } : {}),
            severidad: e.severidad,
          },
          this.lang,
          this.lugar({ ...u, ...(columna ? { columna } : {}) }),
        ),
      );
    }
  }

  /** Sorted by row (stable), with a closing note when the limit cut the list. */
  cerrar(): { errores: ErrorDato[]; avisos: ErrorDato[] } {
    const porFila = (a: ErrorDato, b: ErrorDato) => (a.fila ?? 0) - (b.fila ?? 0);
    const errores = [...this.errores].sort(porFila);
    const avisos = [...this.avisos].sort(porFila);
    if (this.omitidos > 0) {
      const es = this.lang === 'es';
      avisos.push(
        crearError(
          {
            codigo: 'demasiados_errores',
            ruta: '',
            esperado: es ? `menos errores (se omitieron ${this.omitidos} más)` : `fewer errors (${this.omitidos} more not shown)`,
            ...(this.archivo ? { archivo: this.archivo } : {}),
            severidad: 'aviso',
          },
          this.lang,
          this.archivo ?? 'CSV',
        ),
      );
    }
    return { errores, avisos };
  }
}
