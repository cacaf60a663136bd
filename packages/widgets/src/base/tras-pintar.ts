/**
 * Resolves after the page's next frame is painted (a task queued from requestAnimationFrame runs after that
 * frame's paint). Every caller waiting meanwhile is released in the same task, so the widgets held back draw
 * together, in one layout. A frame that never comes (a tab hidden meanwhile) releases them after `plazo` ms.
 */
let lote: Array<() => void> | null = null;

export function trasPintar(plazo = 1000): Promise<void> {
  return new Promise((ok) => {
    if (lote) {
      lote.push(ok);
      return;
    }
    const este = [ok];
    lote = este;
    let hecho = false;
    const soltar = () => {
      if (hecho) return;
      hecho = true;
      if (lote === este) lote = null;
      for (const f of este) f();
    };
    requestAnimationFrame(() => setTimeout(soltar));
    setTimeout(soltar, plazo);
  });
}

/** Whether a box is (partly) inside the viewport now; a box with no size (hidden) is not. */
export function enPantalla(caja: Element): boolean {
  const r = caja.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const vista = caja.ownerDocument.defaultView;
  const alto = vista?.innerHeight ?? 0;
  const ancho = vista?.innerWidth ?? 0;
  return r.bottom > 0 && r.right > 0 && r.top < alto && r.left < ancho;
}
