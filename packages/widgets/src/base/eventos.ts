/** Events the widgets emit: they bubble and cross shadow roots so a host page can listen on document. */
export interface DetalleFiltroMunicipio {
  /** DIVIPOLA code, or null to clear the filter. */
  codigo: string | null;
  nombre: string | null;
}

export const EVENTO_FILTRO_MUNICIPIO = 'pdd-filtro-municipio';
export const EVENTO_CARGA = 'pdd-carga';
export const EVENTO_ERROR = 'pdd-error';

export function emitir<T>(origen: HTMLElement, nombre: string, detalle: T): void {
  origen.dispatchEvent(new CustomEvent<T>(nombre, { detail: detalle, bubbles: true, composed: true }));
}
