import { definir } from '../base/definir.js';
import { PddMetas } from './pdd-metas.js';

definir('pdd-metas', PddMetas);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-metas': PddMetas;
  }
}
