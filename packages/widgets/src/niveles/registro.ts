import { definir } from '../base/definir.js';
import { PddNiveles } from './pdd-niveles.js';

definir('pdd-niveles', PddNiveles);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-niveles': PddNiveles;
  }
}
