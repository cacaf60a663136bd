export * from './numero.js';
export * from './plegar.js';
export * from './ordenar-texto.js';
