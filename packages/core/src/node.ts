/**
 * @tablero-pdd/core/node — everything in the main entry plus what needs Node's file system: plan files of
 * any size read and written by parts. Kept apart so that browser bundles never meet `node:fs`.
 */
export * from './index.js';
export { escribirPlanJsonArchivo, leerPlanJsonArchivo, resumirPlanJsonArchivo, trozosArchivo, TAMANO_TROZO } from './io/json-archivo.js';
