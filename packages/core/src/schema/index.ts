export * from './plan.js';
export type * from './types.js';
export { validarPlan, type OpcionesValidacion } from './validar.js';
export { esquemaJson } from './esquema-json.js';
export { etiquetaCampo, mostrarValor, rutaATexto } from './errores.js';
