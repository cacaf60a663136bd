/**
 * Registers a custom element once. A CMS page that pastes the script twice (or two bundles of different
 * versions) must not break: customElements.define would throw, so we warn instead.
 */
export function definir(etiqueta: string, clase: CustomElementConstructor): void {
  const existente = customElements.get(etiqueta);
  if (existente) {
    if (existente !== clase) console.warn(`tablero-pdd: <${etiqueta}> ya estaba registrado; se conserva el primero.`);
    return;
  }
  customElements.define(etiqueta, clase);
}
