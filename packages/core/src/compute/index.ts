export type * from './tipos.js';
export { cumplimiento } from './cumplimiento.js';
export { avance, ultimoAnioEjecutado } from './avance.js';
export { programadoAlCorte } from './programado.js';
export { combinacionDe, respectoLineaBase } from './reglas.js';
export { TEXTOS_AVISO, TEXTOS_MOTIVO, textoMotivo } from './textos.js';
export { luminanciaRelativa, razonContraste } from './contraste.js';
export {
  BANDAS_PREDETERMINADAS,
  bandasConCortes,
  bandaDe,
  clasificar,
  clasificarValor,
  estadosSemaforo,
  validarBandas,
  ErrorBandas,
  type BandaSemaforo,
  type ConfigBandas,
  type EstadoSemaforo,
  type FormaEstado,
  type IdEstadoEspecial,
  type VisualEstado,
} from './semaforo.js';
export { normalizarPesos, type PesosNormalizados } from './pesos.js';
export { compararCodigos } from './arbol.js';
export {
  consolidarNiveles,
  DESCRIPCION_METODOS,
  type AvisoNivel,
  type CifrasNivel,
  type FilaNivel,
  type ResultadoNiveles,
} from './niveles.js';
export { inversionDeMeta, type InversionDeMeta } from './inversion-meta.js';
export { FUENTES_CANONICAS, reconocerFuente, type FuenteCanonica, type FuenteReconocida } from './fuentes.js';
export { resumirInversion, type FilaFuente, type FilaNodoInversion, type ResumenInversion } from './inversion.js';
export { cruzarInversion, type FilaCruzadaAnio, type FilaCruzadaNodo, type InversionCruzada } from './inversion-cruzada.js';
export { GRUPOS_CANONICOS, reconocerGrupo, type GrupoCanonico } from './grupos.js';
export {
  resumirBeneficiarios,
  type FilaGrupo,
  type FilaNodoBeneficiarios,
  type FilaUnidad,
  type ResumenBeneficiarios,
} from './beneficiarios.js';
export { municipiosAlcanzados, type FilaMunicipio, type ResultadoMunicipios } from './municipios.js';
export {
  NOMBRES_DIRECCION,
  NOMBRES_ESTADO_INDICADOR,
  progresoIndicador,
  type EstadoIndicador,
  type ProgresoIndicador,
} from './indicadores.js';
export {
  conciliar,
  contrastarAfirmaciones,
  formatearCifraAfirmacion,
  NOMBRES_VEREDICTO,
  TOLERANCIAS_PREDETERMINADAS,
  type ContrasteAfirmacion,
  type Discrepancia,
  type MotivoDiscrepancia,
  type OpcionesConciliar,
  type TipoDiscrepancia,
  type Tolerancias,
  type VeredictoAfirmacion,
} from './conciliar.js';
export { decimalesImpresos } from './redondeo.js';
export {
  resumir,
  METODO_PROMEDIO,
  Resumidor,
  type ConteoBandas,
  type OpcionesResumir,
  type PromedioMetas,
  type Resumen,
  type ResumenIndicador,
  type ResumenMeta,
} from './resumir.js';
export {
  claveSecretaria,
  ConteoSecretaria,
  elegir,
  errorMetaInexistente,
  errorNivelInexistente,
  errorSecretariaInexistente,
  ramaDeNodo,
  recortarResumen,
  resumirSeleccion,
  rutaDeNodo,
  seleccionarPlan,
  type Eleccion,
  type MetaElegible,
  type PlanSeleccionado,
  type Seleccion,
} from './seleccion.js';
// A raw ratio as a Porcentaje, for the Excel add-in's =PDD.SEMAFORO (added by the add-in's helper; additive).
export { porcentajeCalculado } from './porcentaje.js';
