export { esMunicipioDivipola, esDepartamentoDivipola } from './divipola-codigos.js';
