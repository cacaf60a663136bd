import { definir } from '../base/definir.js';
import { alEstarInactivo, precalentarNombres } from '../base/precalentar.js';
import { PddMapa } from './pdd-mapa.js';

// No rehearsal: the map's first render waits for the boundaries, which a rehearsal would download for nothing.
definir('pdd-mapa', PddMapa, { ensayar: false });
// The municipality names a map draws are built at idle time, not in the map's first render.
alEstarInactivo(precalentarNombres);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-mapa': PddMapa;
  }
}
