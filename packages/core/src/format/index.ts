export * from './numero.js';
