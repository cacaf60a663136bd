import { definir } from '../base/definir.js';
import { alEstarInactivo, precalentarNombres } from '../base/precalentar.js';
import { PddMapa } from './pdd-mapa.js';

definir('pdd-mapa', PddMapa);
// The municipality names a map draws are built at idle time, not in the map's first render.
alEstarInactivo(precalentarNombres);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-mapa': PddMapa;
  }
}
