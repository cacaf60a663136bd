import { alEstarInactivo, precalentarEstilos } from './precalentar.js';
import { registrarEnsayable } from './ensayo.js';

/**
 * Registers a custom element once. A CMS page that pastes the script twice (or two bundles of different
 * versions) must not break: customElements.define would throw, so we warn instead. `ensayar: false` keeps the
 * class out of the rehearsal (ensayo.ts).
 */
export function definir(etiqueta: string, clase: CustomElementConstructor, { ensayar = true } = {}): void {
  const existente = customElements.get(etiqueta);
  if (existente) {
    if (existente !== clase) console.warn(`tablero-pdd: <${etiqueta}> ya estaba registrado; se conserva el primero.`);
    return;
  }
  customElements.define(etiqueta, clase);
  // Its style sheets are parsed at idle time, not when the first element connects (that is at data time).
  alEstarInactivo(() => precalentarEstilos(clase));
  if (ensayar) registrarEnsayable(etiqueta);
}
