export * from './numero.js';
export * from './plegar.js';
