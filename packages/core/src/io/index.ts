export { leerPlanJson, escribirPlanJson, errorSintaxisJson, errorSintaxisEn, type LugarErrorJson, type OpcionesJson } from './json.js';
export { buscarErrorJson, lineaYColumna, posicionErrorJson, type PosicionTexto } from './json-posicion.js';
// Plans of any size (a stream of bytes in, parts of text out): see docs/modelo.md, "Archivos grandes".
export { leerPlanJsonPorPartes, parsearJsonPorPartes, TAMANO_LOTE, type DocumentoJson, type ObservadorListas, type OpcionesJsonFlujo } from './json-flujo.js';
export { resumirPlanJsonPorPartes, type OpcionesResumenPorPartes, type ResultadoResumenPorPartes } from './json-resumen.js';
export { escribirPlanJsonPorPartes } from './json-escribir.js';
export { leerPlanCsv, leerCsvDetallado, type OpcionesCsv, type LecturaCsv, type FilaOmitida } from './csv-leer.js';
export { escribirPlanCsv, plantillaCsv, type OpcionesEscrituraCsv, type OpcionesPlantilla } from './csv-escribir.js';
export { importarArchivo, esLibro, LECTORES, type ArchivoEntrada, type Lector, type Lectura, type OpcionesImportacion, type OpcionesLector, type ResultadoImportacion } from './importar.js';
export { importarArchivos, nombreConjunto, type OpcionesImportacionVarios } from './importar-varios.js';
export type { InformeImportacion, NivelInforme } from './informe.js';
export { decodificarTexto, type TextoDecodificado, type Codificacion } from './texto.js';
// For the Excel add-in (its =PDD.* arguments and the task pane's header mapping); added by the add-in's helper, additive.
export { leerCeldaNumero, leerCeldaTipo, leerCeldaAcumulacion, esSinDato, type Lectura as LecturaCelda } from './csv-celdas.js';
export { clasificarEncabezado, type Columna as ColumnaPlantilla } from './csv-columnas.js';
// Spreadsheet import (SisPT, DNP's Informe de Seguimiento, home-made workbooks); SheetJS loads on first use.
export * from './xlsx/index.js';
