/**
 * The level nodes of an import, added as rows are read. A node code is its path from the top
 * ("LE-10/17/1702"): SisPT puts the same sector or programme under several líneas, and each occurrence
 * is its own node of the tree.
 */
import type { Nodo } from '../../schema/types.js';

export class ArbolNodos {
  readonly nodos: Nodo[] = [];
  private readonly porCodigo = new Map<string, Nodo>();

  /** The node with this code, created when new; a name arriving later fills a null one. */
  asegurar(codigo: string, nombre: string | null, nivel: number, padre: string | null): Nodo {
    const n = this.porCodigo.get(codigo);
    if (n) {
      if (n.nombre === null && nombre !== null) n.nombre = nombre;
      return n;
    }
    const nuevo: Nodo = { codigo, nombre, nivel, padre };
    this.nodos.push(nuevo);
    this.porCodigo.set(codigo, nuevo);
    return nuevo;
  }

  tiene(codigo: string): boolean {
    return this.porCodigo.has(codigo);
  }

  obtener(codigo: string): Nodo | undefined {
    return this.porCodigo.get(codigo);
  }
}

export function rutaNodo(padre: string | null, codigo: string): string {
  return padre === null ? codigo : `${padre}/${codigo}`;
}
