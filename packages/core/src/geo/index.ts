export { esMunicipioDivipola, esDepartamentoDivipola } from './divipola-codigos.js';
export { DEPARTAMENTOS, MUNICIPIOS } from './divipola-datos.js';
export { ALIAS_MUNICIPIOS, ALIAS_DEPARTAMENTOS } from './alias.js';
export { normalizarNombre } from './normalizar.js';
export { separarNombres } from './separar.js';
export {
  buscarMunicipio,
  buscarMunicipioDetalle,
  buscarDepartamento,
  resolverMunicipios,
  nombreMunicipio,
  nombreDepartamento,
  type Municipio,
  type CandidatoMunicipio,
  type DetalleMunicipio,
  type OpcionesBusqueda,
  type ResultadoResolucion,
} from './nombres.js';
