/**
 * npm entry of @tablero-pdd/widgets: registers every element and exports their classes. Bare imports are kept
 * (lit and core stay real dependencies); the single-file bundle for a <script> tag is built from bundle.ts.
 */
import './niveles/registro.js';
import './resumen/registro.js';
import './indicadores/registro.js';
import './conciliacion/registro.js';
import './metas/registro.js';
import './ficha/registro.js';
import './mapa/registro.js';
import './avance/registro.js';
import './inversion/registro.js';
import './beneficiarios/registro.js';
import { programarPrecalentado } from './base/precalentar.js';
import { programarEnsayos } from './base/ensayo.js';

// DIVIPOLA codes and fonts are built after the script loads, not after the plan arrives; then each kind of
// widget on the page rehearses once.
programarPrecalentado();
programarEnsayos();

export { ElementoPdd } from './base/elemento-pdd.js';
export { definir } from './base/definir.js';
export { cargarPlan, type EstadoDatos } from './base/almacen.js';
export { EVENTO_CARGA, EVENTO_ERROR, EVENTO_FILTRO_MUNICIPIO, type DetalleFiltroMunicipio } from './base/eventos.js';
export { PddNiveles } from './niveles/pdd-niveles.js';
export { PddResumen } from './resumen/pdd-resumen.js';
export { resumenDe } from './base/almacen.js';
export { PddIndicadores } from './indicadores/pdd-indicadores.js';
export { PddConciliacion } from './conciliacion/pdd-conciliacion.js';
export { PddMetas } from './metas/pdd-metas.js';
export { PddFicha } from './ficha/pdd-ficha.js';
export { PddMapa } from './mapa/index.js';
export { PddAvance } from './avance/pdd-avance.js';
export { PddInversion } from './inversion/pdd-inversion.js';
export { PddBeneficiarios } from './beneficiarios/pdd-beneficiarios.js';
