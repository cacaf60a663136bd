export type * from './tipos.js';
