/** The map widget: registering it is a side effect of importing './registro.js'. */
export { PddMapa } from './pdd-mapa.js';
export { MEDIDAS, type Medida } from './valores-mapa.js';
