import { definir } from '../base/definir.js';
import { PddAvance } from './pdd-avance.js';

definir('pdd-avance', PddAvance);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-avance': PddAvance;
  }
}
