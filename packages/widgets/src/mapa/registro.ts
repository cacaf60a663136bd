import { definir } from '../base/definir.js';
import { PddMapa } from './pdd-mapa.js';

definir('pdd-mapa', PddMapa);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-mapa': PddMapa;
  }
}
