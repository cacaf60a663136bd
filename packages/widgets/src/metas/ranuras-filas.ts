/**
 * Which row element (slot) of the meta table draws each meta of the page. A meta already on the page keeps
 * its slot, so a filter that keeps it leaves its row alone; a meta new to the page takes the slot of one that
 * left, so its row is drawn by changing texts and attributes of elements already built and styled instead of
 * building new ones (after a sort every row of the page is new). New slots only when the page grows.
 */
export class RanurasFilas {
  private porCodigo = new Map<string, number>();
  private siguiente = 0;

  /** The slots of the page's metas, in their order; all different, even if a code were repeated. */
  asignar(codigos: readonly string[]): number[] {
    const presentes = new Set(codigos);
    const libres: number[] = [];
    for (const [codigo, ranura] of this.porCodigo) if (!presentes.has(codigo)) libres.push(ranura);
    let l = 0;
    const nuevo = new Map<string, number>();
    const ranuras = codigos.map((codigo) => {
      const propia = nuevo.has(codigo) ? undefined : this.porCodigo.get(codigo);
      const ranura = propia ?? (l < libres.length ? (libres[l++] as number) : this.siguiente++);
      if (!nuevo.has(codigo)) nuevo.set(codigo, ranura);
      return ranura;
    });
    this.porCodigo = nuevo;
    return ranuras;
  }
}
