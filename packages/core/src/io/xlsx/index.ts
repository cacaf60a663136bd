/** Spreadsheet import (SisPT, DNP's Informe de Seguimiento, home-made workbooks). SheetJS loads on first use. */
export { importarXlsx, importarXlsxVarios, importarLibro, detectarFormatoXlsx, type OpcionesImportarXlsx, type FormatoEntradaXlsx, type ArchivoXlsx } from './importar-xlsx.js';
export { fusionarPlanes, type EntradaFusion, type OpcionesFusion } from './fusionar.js';
export { conciliarFisicoDnp, conciliarFinancieroDnp, type FilaConciliacionDnp, type FilaConciliacionFinanciera, type EstadoConciliacion, type MotivoConciliacion } from './conciliar-dnp.js';
export { CAMPOS_CASERO, SINONIMOS_ENCABEZADO, NIVELES_CASERO, normalizarEncabezado, reconocerEncabezado, describirCampo, type CampoCasero, type CampoAnual, type CampoNivel, type DescripcionCampo, type Reconocido } from './sinonimos.js';
export { validarMapeo, leerCampo, type MapeoCasero, type LecturaMapeo } from './mapeo.js';
export { leerLibroXlsx, leerLibroConSheetJS, cargarSheetJS, sheetJSCargado, tipoPorFirma, type Bytes, type LecturaLibro, type OpcionesLeerLibro } from './sheetjs.js';
export { limiteLecturaMs, PISO_MS, MS_POR_MB, type OpcionesLecturaXlsx } from './limite-lectura.js';
export { revisarPartesZip, type RevisionPartesZip, type MotivoParteDanada } from './zip-contenido.js';
export { errorSinRespuesta, errorParteDanada } from './errores-lectura.js';
export { LECTOR_XLSX, EXTENSIONES_XLSX } from './registro.js';
export { letraColumna, indiceColumna, type Libro, type Hoja, type Celda, type Rango } from './libro.js';
export type { ReporteXlsx, ResultadoXlsx, FormatoXlsx, HojaReporte, FilaOmitidaXlsx, CifraFisicaDnp, CifraFinancieraDnp, CifrasDnp, Conflicto, ColumnaMapeada, ValorEnArchivo } from './reporte.js';
