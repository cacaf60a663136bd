/**
 * @tablero-pdd/excel-addin — the =PDD.* custom functions (callable from Node too: same arguments as in
 * Excel, results as Excel would show them) and the task pane's pieces that need no office.js. The add-in
 * itself is built from src/entrada.ts (scripts/construir.mjs).
 */
export { cumplimientoPdd, avancePdd, semaforoPdd, semaforoColorPdd, nivelPdd, indicadorPdd, conciliarPdd, formatoPdd, FUNCIONES_PDD } from './functions/funciones.js';
export { errorExcel, esErrorCelda, type ErrorCelda, type CodigoErrorExcel } from './functions/errores-excel.js';
export { detectarEncabezado, type DeteccionEncabezado, type Encabezado } from './taskpane/encabezados.js';
export { proponerMapeo, cambiarDestino, significado, opcionesDestino, type ColumnaMapeo, type MapeoGuardado } from './taskpane/mapeo.js';
export { leerPlanDeHoja, type ErrorHoja, type LecturaHoja, type OpcionesPlanHoja } from './taskpane/plan-desde-hoja.js';
export { contenidoResumen, type ContenidoResumen, type BloqueResumen } from './taskpane/resumen-hoja.js';
export { exportarPlan, type Exportacion } from './taskpane/exportar.js';
export type { RangoLeido } from './taskpane/rango-leido.js';
