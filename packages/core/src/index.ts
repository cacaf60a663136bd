/**
 * @tablero-pdd/core — the one place where plan figures are computed. No DOM, no office.js:
 * runs in Node, the browser and the Excel add-in.
 */
export * from './schema/index.js';
export * from './compute/index.js';
export * from './format/index.js';
export * from './io/index.js';
export * from './geo/index.js';
