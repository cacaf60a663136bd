import { definir } from '../base/definir.js';
import { PddResumen } from './pdd-resumen.js';

definir('pdd-resumen', PddResumen);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-resumen': PddResumen;
  }
}
