/**
 * Keyboard order of the map (roving tabindex: one tab stop, arrows move). Two total orders of the
 * municipalities by the centre of their shape: ArrowRight/ArrowLeft go to the next/previous one from west to
 * east, ArrowDown/ArrowUp from north to south; Home/End go to the westernmost/easternmost. Every municipality
 * is reachable with either pair (a "nearest neighbour in that direction" rule can leave some unreachable),
 * and each press moves the way the arrow points. At either end the focus stays put.
 */
export interface PuntoMunicipio {
  codigo: string;
  /** Centre in screen coordinates: x grows to the east, y to the south. */
  cx: number;
  cy: number;
}

export interface OrdenTeclado {
  oesteEste: string[];
  norteSur: string[];
}

export function ordenTeclado(puntos: readonly PuntoMunicipio[]): OrdenTeclado {
  const porX = [...puntos].sort((a, b) => a.cx - b.cx || a.cy - b.cy || (a.codigo < b.codigo ? -1 : 1));
  const porY = [...puntos].sort((a, b) => a.cy - b.cy || a.cx - b.cx || (a.codigo < b.codigo ? -1 : 1));
  return { oesteEste: porX.map((p) => p.codigo), norteSur: porY.map((p) => p.codigo) };
}

/** The municipality a key moves to, or null when the key is not a movement key. */
export function moverFoco(actual: string | null, tecla: string, orden: OrdenTeclado): string | null {
  const { oesteEste, norteSur } = orden;
  const paso = (lista: string[], delta: number): string | null => {
    if (lista.length === 0) return null;
    const i = actual === null ? -1 : lista.indexOf(actual);
    if (i === -1) return lista[0] ?? null;
    return lista[Math.min(lista.length - 1, Math.max(0, i + delta))] ?? null;
  };
  switch (tecla) {
    case 'ArrowRight':
      return paso(oesteEste, 1);
    case 'ArrowLeft':
      return paso(oesteEste, -1);
    case 'ArrowDown':
      return paso(norteSur, 1);
    case 'ArrowUp':
      return paso(norteSur, -1);
    case 'Home':
      return oesteEste[0] ?? null;
    case 'End':
      return oesteEste[oesteEste.length - 1] ?? null;
    default:
      return null;
  }
}
