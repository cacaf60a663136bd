import { definir } from '../base/definir.js';
import { PddFicha } from './pdd-ficha.js';

definir('pdd-ficha', PddFicha);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-ficha': PddFicha;
  }
}
