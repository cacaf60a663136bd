/**
 * The level tree of a CSV: each row writes the path of its meta ("Línea 1 › Componente 2 › Apuesta 3")
 * by name and/or code; rows sharing a path share the nodes. Codes are often local to their parent
 * (SisPT repeats sector "35" under several líneas), so a code that repeats under different parents is
 * prefixed with the parent's code; nodes without a code get their position ("1", "1.2", "1.2.3").
 */
import { plegar } from '../format/plegar.js';

export interface NodoCsv {
  codigoDado: string | null;
  nombre: string | null;
  nivel: number;
  padre: NodoCsv | null;
  peso?: number | null;
  /** Row and column where the node first appears (for error messages). */
  fila: number;
  columna: string;
  /** 1-based position among its siblings. */
  orden: number;
  /** Final code, set by `asignarCodigos`. */
  codigo: string;
}

export interface ResultadoNodo {
  nodo: NodoCsv;
  /** Set when this row names the node differently from an earlier row (same code). */
  nombreDistinto?: NodoCsv;
}

export class ArbolNiveles {
  readonly nodos: NodoCsv[] = [];
  private readonly porCodigo = new Map<string, NodoCsv>();
  private readonly porNombre = new Map<string, NodoCsv>();
  private readonly hijos = new Map<NodoCsv | null, number>();
  private readonly ids = new Map<NodoCsv, number>();

  private id(n: NodoCsv | null): string {
    return n === null ? 'raiz' : String(this.ids.get(n));
  }

  nodo(nivel: number, padre: NodoCsv | null, nombre: string | null, codigo: string | null, fila: number, columna: string): ResultadoNodo {
    const base = `${nivel}|${this.id(padre)}|`;
    const kc = codigo !== null ? `${base}${codigo}` : null;
    const kn = nombre !== null ? `${base}${plegar(nombre)}` : null;
    let n = kc !== null ? this.porCodigo.get(kc) : undefined;
    if (!n && kn !== null) {
      const candidato = this.porNombre.get(kn);
      // A row with only the name joins a coded node of that name, and vice versa.
      if (candidato && (codigo === null || candidato.codigoDado === null)) {
        n = candidato;
        if (codigo !== null && kc !== null) {
          candidato.codigoDado = codigo;
          this.porCodigo.set(kc, candidato);
        }
      }
    }
    if (!n) {
      const orden = (this.hijos.get(padre) ?? 0) + 1;
      this.hijos.set(padre, orden);
      n = { codigoDado: codigo, nombre, nivel, padre, fila, columna, orden, codigo: '' };
      this.ids.set(n, this.nodos.length);
      this.nodos.push(n);
      if (kc !== null) this.porCodigo.set(kc, n);
      if (kn !== null) this.porNombre.set(kn, n);
      return { nodo: n };
    }
    if (nombre !== null) {
      if (n.nombre === null) {
        n.nombre = nombre;
        if (kn !== null) this.porNombre.set(kn, n);
      } else if (plegar(n.nombre) !== plegar(nombre)) return { nodo: n, nombreDistinto: n };
    }
    return { nodo: n };
  }

  /** Final codes, parents first (nodes are kept in order of first appearance, so parents come earlier). */
  asignarCodigos(): void {
    const usos = new Map<string, number>();
    for (const n of this.nodos) if (n.codigoDado !== null) usos.set(n.codigoDado, (usos.get(n.codigoDado) ?? 0) + 1);
    for (const n of this.nodos) {
      const prefijo = n.padre ? `${n.padre.codigo}.` : '';
      if (n.codigoDado === null) n.codigo = `${prefijo}${n.orden}`;
      else n.codigo = (usos.get(n.codigoDado) ?? 0) > 1 && n.padre ? `${prefijo}${n.codigoDado}` : n.codigoDado;
    }
  }
}
