import { definir } from '../base/definir.js';
import { PddBeneficiarios } from './pdd-beneficiarios.js';

definir('pdd-beneficiarios', PddBeneficiarios);

declare global {
  interface HTMLElementTagNameMap {
    'pdd-beneficiarios': PddBeneficiarios;
  }
}
