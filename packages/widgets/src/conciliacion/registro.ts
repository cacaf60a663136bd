import { definir } from '../base/definir.js';
import { PddConciliacion } from './pdd-conciliacion.js';

definir('pdd-conciliacion', PddConciliacion);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-conciliacion': PddConciliacion;
  }
}
