import { definir } from '../base/definir.js';
import { PddIndicadores } from './pdd-indicadores.js';

definir('pdd-indicadores', PddIndicadores);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-indicadores': PddIndicadores;
  }
}
