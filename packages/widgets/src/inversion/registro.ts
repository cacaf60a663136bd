import { definir } from '../base/definir.js';
import { PddInversion } from './pdd-inversion.js';

definir('pdd-inversion', PddInversion);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-inversion': PddInversion;
  }
}
