export * from './plan.js';
export type * from './types.js';
export { validarPlan, registrarVerificador, type OpcionesValidacion, type Verificador } from './validar.js';
export { ValidadorPorPartes } from './validar-por-partes.js';
export { activarVerificacionCompilada } from './verificador-compilado.js';
export { esquemaJson } from './esquema-json.js';
export { etiquetaCampo, mostrarValor, rutaATexto } from './errores.js';
