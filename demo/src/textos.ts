/**
 * The demo pages' own words (the widgets translate themselves through their `lang` attribute). Spanish is the
 * source: the build writes it into the HTML (so the page reads right before any script runs) and the language
 * toggle swaps every element marked `data-t` with the English entry of the same key.
 */
export type Idioma = 'es' | 'en';

const es = {
  saltar: 'Saltar al contenido',
  cambiarIdioma: 'English',
  cambiarIdiomaAyuda: 'Ver la página en inglés',
  navegacion: 'Planes y guía',
  planNorte: 'Norte de Santander (informe 2024–2025)',
  planChia: 'Chía (SisPT + seguimiento DNP)',
  guia: 'Guía para incrustar',
  imprimir: 'Imprimir o guardar en PDF',
  gobernacion: 'Gobernación de Norte de Santander',
  tituloInforme: 'Informe de rendición de cuentas',
  periodo: 'Periodo 2024 y 2025',
  planDesarrollo: 'Plan de Desarrollo 2024-2027',
  fechaInforme: 'Noviembre de 2025',
  aviso:
    'Este tablero reconstruye el informe con componentes web: cada cifra la calcula el mismo núcleo de cálculo a partir de los datos del informe.',
  tituloQueHicimos: '¿Qué hicimos en 2024 y 2025?',
  tituloApuestas: 'Las cuatro apuestas',
  introApuestas:
    'Junto a cada afirmación del informe, las cifras que el tablero calcula de sus metas. Donde no coinciden, la conciliación lo explica.',
  tituloConciliacion: 'Conciliación: afirmaciones del informe frente a las cifras calculadas',
  tituloMetas: 'Meta por meta',
  introMetas:
    'Una ficha por meta, como en el informe: cumplimiento y avance, inversión, beneficiarios, dónde se intervino y qué se hizo.',
  donde: '¿Dónde?',
  tituloAfirmacionesApuesta: 'Lo que dice el informe y lo que dan sus metas',
  tituloNivelesApuesta: 'Cumplimiento y avance',
  tituloNiveles: 'Cumplimiento/avance por nivel del PDD',
  notaNiveles: 'El informe dejó esta tabla vacía; aquí se llena con las cifras de sus metas.',
  tituloIndicadores: 'Análisis de los indicadores de resultado',
  tituloMapa: 'Municipios alcanzados',
  tituloInversion: 'Inversión por fuente',
  tituloBeneficiarios: 'Beneficiarios por grupo',
  tituloCreditos: 'Fuentes',
  creditoNorte:
    'Datos: Informe de Rendición de Cuentas, periodo 2024 y 2025, Secretaría de Desarrollo Económico y Productividad, Gobernación de Norte de Santander (noviembre de 2025), transcrito al formato del tablero.',
  creditoMapa: 'Límites municipales: DANE, Marco Geoestadístico Nacional (MGN) 2018.',
  creditoChia:
    'Datos: Plan Indicativo 2024–2027 de la Alcaldía de Chía exportado de SisPT (DNP) e Informe de Seguimiento al PDT (DNP), importados con el lector de hojas de cálculo del tablero.',
  descargarDatos: 'Descargar los datos (JSON)',
  alcaldiaChia: 'Alcaldía de Chía (Cundinamarca)',
  tituloChia: 'Seguimiento al Plan de Desarrollo',
  introChia:
    'El mismo tablero con otro plan: el de Chía, leído de los archivos que publica el DNP. Ninguna línea de código cambia, solo el atributo src.',
  tituloResumen: 'Resumen',
  tituloAvance: 'Cumplimiento y avance',
  tituloTablaMetas: 'Todas las metas',
  tituloFicha: 'Ficha de una meta',
  elegirMeta: 'Meta',
  // The guide.
  tituloGuia: 'Guía para incrustar el tablero',
  introGuia:
    'Cada componente se pega en cualquier página (WordPress, Joomla, Drupal o HTML a mano) con dos líneas: el script, una sola vez por página, y la etiqueta del componente con la dirección de sus datos.',
  vistaPrevia: 'Vista previa',
  lineasPegar: 'Las dos líneas para pegar',
  atributos: 'Atributos',
  propiedadesCss: 'Propiedades CSS',
  colNombre: 'Nombre',
  colTipo: 'Tipo',
  colDescripcion: 'Descripción',
  tituloPersonal: 'Para el equipo que carga los datos',
  plantillaTexto:
    'Llene la plantilla CSV (una fila por meta y año) y publíquela, por ejemplo, como CSV de Google Sheets: esa dirección va en el atributo src.',
  descargarPlantilla: 'Descargar la plantilla CSV',
  tituloReservar: 'Que la página no salte mientras llegan los datos',
  reservarTexto:
    'Un componente no conoce su alto hasta que llegan los datos: si está a la vista cuando la página abre, lo que le sigue se corre hacia abajo al dibujarse (el «desplazamiento acumulado del diseño», CLS, de las Core Web Vitals). Reserve su alto en la hoja de estilos de la página, con el que tiene en ella: la página del informe de este sitio reserva así el del resumen.',
  tituloValida: 'Valida tu archivo',
  validaTexto:
    'Elija un archivo CSV o JSON: se revisa aquí, en su navegador; no se envía a ningún lugar.',
  elegirArchivo: 'Archivo a revisar',
  validaOk: 'El archivo no tiene errores.',
  validaErrores: 'errores encontrados',
  validaAvisos: 'avisos',
  colFila: 'Fila',
  colColumna: 'Columna',
  colMensaje: 'Mensaje',
  colSeveridad: 'Tipo',
  error: 'error',
  avisoSeveridad: 'aviso',
  leyendo: 'Revisando el archivo…',
  metasLeidas: 'metas leídas',
};

export type ClaveTexto = keyof typeof es;

const en: Record<ClaveTexto, string> = {
  saltar: 'Skip to content',
  cambiarIdioma: 'Español',
  cambiarIdiomaAyuda: 'View the page in Spanish',
  navegacion: 'Plans and guide',
  planNorte: 'Norte de Santander (2024–2025 report)',
  planChia: 'Chía (SisPT + DNP follow-up)',
  guia: 'Embedding guide',
  imprimir: 'Print or save as PDF',
  gobernacion: 'Government of Norte de Santander',
  tituloInforme: 'Accountability report',
  periodo: 'Period 2024 and 2025',
  planDesarrollo: 'Development Plan 2024-2027',
  fechaInforme: 'November 2025',
  aviso:
    'This dashboard rebuilds the report with web components: every figure is computed by the same calculation core from the report\u2019s data.',
  tituloQueHicimos: 'What did we do in 2024 and 2025?',
  tituloApuestas: 'The four strategic bets',
  introApuestas:
    'Next to each claim of the report, the figures the dashboard computes from its targets. Where they differ, the reconciliation explains it.',
  tituloConciliacion: 'Reconciliation: the report\u2019s claims against the computed figures',
  tituloMetas: 'Target by target',
  introMetas:
    'One card per target, as in the report: achievement and progress, investment, beneficiaries, where it took place and what was done.',
  donde: 'Where?',
  tituloAfirmacionesApuesta: 'What the report says and what its metas give',
  tituloNivelesApuesta: 'Compliance and progress',
  tituloNiveles: 'Achievement/progress by plan level',
  notaNiveles: 'The report left this table empty; here it is filled with the figures of its targets.',
  tituloIndicadores: 'Analysis of the result indicators',
  tituloMapa: 'Municipalities reached',
  tituloInversion: 'Investment by source',
  tituloBeneficiarios: 'Beneficiaries by group',
  tituloCreditos: 'Sources',
  creditoNorte:
    'Data: Accountability Report, period 2024 and 2025, Economic Development and Productivity Office, Government of Norte de Santander (November 2025), transcribed into the dashboard\u2019s format.',
  creditoMapa: 'Municipal boundaries: DANE, National Geostatistical Framework (MGN) 2018.',
  creditoChia:
    'Data: Chía\u2019s 2024–2027 Indicative Plan exported from SisPT (DNP) and DNP\u2019s PDT Follow-up Report, imported with the dashboard\u2019s spreadsheet reader.',
  descargarDatos: 'Download the data (JSON)',
  alcaldiaChia: 'Municipality of Chía (Cundinamarca)',
  tituloChia: 'Development Plan follow-up',
  introChia:
    'The same dashboard with another plan: Chía\u2019s, read from the files DNP publishes. No line of code changes, only the src attribute.',
  tituloResumen: 'Summary',
  tituloAvance: 'Achievement and progress',
  tituloTablaMetas: 'All targets',
  tituloFicha: 'One target\u2019s card',
  elegirMeta: 'Target',
  tituloGuia: 'Guide to embedding the dashboard',
  introGuia:
    'Each component is pasted into any page (WordPress, Joomla, Drupal or hand-written HTML) with two lines: the script, once per page, and the component\u2019s tag with the address of its data.',
  vistaPrevia: 'Live preview',
  lineasPegar: 'The two lines to paste',
  atributos: 'Attributes',
  propiedadesCss: 'CSS custom properties',
  colNombre: 'Name',
  colTipo: 'Type',
  colDescripcion: 'Description',
  tituloPersonal: 'For the staff who load the data',
  plantillaTexto:
    'Fill in the CSV template (one row per target and year) and publish it, for instance as a Google Sheets CSV: that address goes in the src attribute.',
  descargarPlantilla: 'Download the CSV template',
  tituloReservar: 'Keep the page from jumping while the data arrives',
  reservarTexto:
    'A component does not know its height until its data arrives: if it is in view when the page opens, what follows it moves down when it draws (Cumulative Layout Shift, CLS, one of the Core Web Vitals). Reserve its height in the page stylesheet, with the height it has there: the report page of this site reserves the summary\'s this way.',
  tituloValida: 'Validate your file',
  validaTexto: 'Choose a CSV or JSON file: it is checked here, in your browser; it is not sent anywhere.',
  elegirArchivo: 'File to check',
  validaOk: 'The file has no errors.',
  validaErrores: 'errors found',
  validaAvisos: 'warnings',
  colFila: 'Row',
  colColumna: 'Column',
  colMensaje: 'Message',
  colSeveridad: 'Kind',
  error: 'error',
  avisoSeveridad: 'warning',
  leyendo: 'Checking the file…',
  metasLeidas: 'targets read',
};

export const TEXTOS: Record<Idioma, Record<ClaveTexto, string>> = { es, en };

export function esClaveTexto(k: string): k is ClaveTexto {
  return Object.prototype.hasOwnProperty.call(es, k);
}
