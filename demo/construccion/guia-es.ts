/**
 * The embedding guide in Spanish: what each component shows, its attributes and its CSS custom properties,
 * written for the web editor who pastes them (the manifest's descriptions are the widgets' JSDoc, in English
 * and for developers; the guide shows them when the page is in English). The guide's build stops if the
 * manifest has a component, attribute or property without its Spanish text here.
 */

export const DESCRIPCIONES: Readonly<Record<string, string>> = {
  'pdd-avance':
    'Gráfico de avance: % de cumplimiento del periodo y % de avance frente al cuatrienio, lado a lado, por meta (predeterminado) o por nivel del plan, con el color y la marca del semáforo y la cifra en texto. Las barras llegan hasta 100 %; una sobre-ejecución se rotula con su valor («115 % (sobre-ejecución)»); las metas no programadas o sin dato se escriben como tales, nunca como 0. Trae un resumen en texto, «Ver tabla» y descargas (CSV, SVG y PNG).',
  'pdd-beneficiarios':
    'Beneficiarios en barras, por grupo poblacional (predeterminado; un gráfico por unidad: los grupos se superponen y nunca se suman en un total) o por unidad (personas y empresas nunca se suman). Las metas «sin dato reportado» y «no aplica» se listan aparte, nunca como 0. Trae un resumen en texto, «Ver tabla» y descargas (CSV, SVG y PNG).',
  'pdd-conciliacion':
    'Dónde no coinciden las cifras que imprime el informe y las que resultan de sus propios datos, por transparencia: primero las cifras que no cuadran; después, los avisos y las cifras que no se pueden verificar. Con «nivel», las afirmaciones del informe sobre un nodo, cada una frente a lo que dan sus metas. «Descargar datos (CSV)» lleva todas las entradas (o todas las afirmaciones), con las cifras sin redondear.',
  'pdd-ficha':
    'La ficha de una meta como la presenta el informe: «Meta # N» y su nombre; los bloques Cumplimiento/Avance (los dos porcentajes con su marca del semáforo y el periodo), Inversión (en millones, con las fuentes como se escribieron) y Beneficiarios (total, unidad y grupos, o «sin dato reportado» / «no aplica»); después EJECUCIÓN, IMPACTO y LOCALIZACIÓN. Al lado puede ir un <pdd-mapa meta="…"> de la misma meta. «Descargar datos (CSV)» da la meta en la plantilla CSV, que se vuelve a importar.',
  'pdd-indicadores':
    'Indicadores de resultado: línea base → último valor → meta de cada uno, según su sentido (bajar de puesto en un escalafón es avanzar), con el estado en palabras, la parte del camino recorrida, la fuente y las notas al pie. Un sentido inferido se marca como tal, con su razón. «Descargar datos (CSV)» da un indicador por línea, con las cifras sin redondear.',
  'pdd-inversion':
    'La inversión del periodo en barras (sin tortas): por fuente de financiación (predeterminado), por nivel del plan o por año, y si se pide, apilada por fuente; en millones de pesos. Las metas sin inversión reportada se dicen aparte («N metas sin dato»), nunca se suman como 0. Trae un resumen en texto, «Ver tabla» y descargas (CSV, SVG y PNG).',
  'pdd-mapa':
    'Mapa de los municipios que alcanzaron las metas del plan, sobre los límites del Marco Geoestadístico Nacional del DANE (MGN 2018), que se cargan solo si hay un mapa en la página, desde archivos junto al script: sin mosaicos ni servicios de terceros. Las metas de alcance departamental van en una nota y no pintan cada municipio; los municipios que los datos nombran y el mapa no dibuja se listan. Con el teclado: una sola parada de tabulación; las flechas recorren los municipios de oeste a este y de norte a sur, Inicio y Fin van a los extremos, Enter o Espacio filtran el tablero por el municipio y Escape quita el filtro. «Ver tabla» da las mismas cifras en una tabla; se descargan sus datos (CSV) y el mapa con título, leyenda, notas y fuente (SVG y PNG).',
  'pdd-metas':
    'La tabla de metas: cada columna del informe por meta (código, nombre, nivel, % de cumplimiento del periodo y % de avance del cuatrienio con su marca del semáforo, inversión con sus fuentes, beneficiarios con su unidad o «sin dato reportado» / «no aplica»), ordenable por cualquier columna y filtrable por nivel, estado del semáforo, secretaría, texto libre y municipio (desde <pdd-mapa>). Cada fila abre un detalle con la narrativa del informe, los municipios, el BPIN, las notas del cálculo y dónde difieren las cifras del informe y las calculadas. Las tablas largas van por páginas (10, 25, 50, 100 o todas las filas); el CSV y la impresión llevan todas las filas filtradas.',
  'pdd-niveles':
    'La tabla por niveles que el informe dejó vacía: % de cumplimiento programado, % de cumplimiento ejecutado y % de avance frente al cuatrienio por línea → componente → apuesta, desplegable, con el método de ponderación dicho. Un plan largo se abre nivel a nivel hasta unas 40 filas; «Expandir todo» y la impresión muestran todas. En una columna angosta o en un teléfono, cada nivel es un bloque con sus cifras rotuladas. «Descargar datos (CSV)» lleva todas las filas, también las contraídas, y el total.',
  'pdd-resumen':
    'Tarjetas de resumen: metas reportadas, % de cumplimiento y % de avance promedio, inversión total, beneficiarios (por unidad, sin sumar personas con empresas) y el número de metas por estado del semáforo. «Descargar datos (CSV)» da cada cifra sin redondear.',
};

/** Attributes every component has. */
export const ATRIBUTOS: Readonly<Record<string, string>> = {
  src: 'Dirección de los datos del plan: el JSON del tablero o la plantilla CSV (sirve la dirección de Google Sheets «Publicar en la web» en formato CSV).',
  lang: '«es» (predeterminado) o «en».',
  tema: '«claro» (predeterminado), «oscuro» o «alto-contraste».',
  titulo: 'Título que se muestra sobre el componente (cada uno trae uno predeterminado, que nombra la parte del plan que muestra con «nivel» o «meta»).',
  periodo: 'Años que se reportan, por ejemplo «2024-2025» (predeterminado: el corte del plan).',
  encabezado: 'Nivel del título del componente, de 1 a 6 (predeterminado 2: un h2), para que encaje en los títulos de la página; sus subtítulos van uno y dos niveles más abajo.',
};

/** Attributes of one component ("etiqueta nombre"), and those whose meaning changes from one to another. */
export const ATRIBUTOS_PROPIOS: Readonly<Record<string, string>> = {
  'pdd-avance agrupar': '«meta» (predeterminado) o «nivel»: una fila por meta o por nodo del árbol del plan.',
  'pdd-avance nivel': 'Código de un nodo del plan: solo las metas (o los niveles) de esa rama.',
  'pdd-avance por-pagina': 'Filas por página de un gráfico largo al abrir: 10, 25 (predeterminado), 50, 100 o «todas»; el lector puede cambiarlo. El resumen y el CSV tienen todas.',
  'pdd-beneficiarios nivel': 'Código de un nodo del plan: solo los beneficiarios de las metas de esa rama.',
  'pdd-beneficiarios meta': 'Código de una meta: solo sus beneficiarios (tiene prioridad sobre «nivel»).',
  'pdd-beneficiarios por': '«grupo» (predeterminado) o «unidad».',
  'pdd-beneficiarios secretaria': 'Nombre de una secretaría, como lo escribe el plan: solo los beneficiarios de sus metas.',
  'pdd-conciliacion meta':
    'Código de una meta: solo sus entradas, para ponerla junto a su ficha (tiene prioridad sobre «nivel»).',
  'pdd-conciliacion nivel':
    'Código de un nodo del plan: en lugar de la lista, cada afirmación del informe sobre ese nodo (y su rama) con la cifra que dan sus metas y si se sostiene, no se sostiene o no se puede verificar; también las que se sostienen.',
  'pdd-conciliacion todo':
    'Lista también los avisos y las cifras que no se pueden verificar (si falta, solo su número). Una lista de más de 10 muestra las 10 primeras y un botón para el resto; la impresión las muestra todas.',
  'pdd-ficha meta': 'Código de la meta (predeterminado: la primera meta del plan, en el orden de sus niveles y códigos).',
  'pdd-indicadores nivel':
    'Código de un nodo del plan: solo los indicadores asociados a ese nodo o a los que cuelgan de él (columna «nodo» del archivo). Los que el archivo no ubica en un nivel no se muestran, y se dice cuántos son.',
  'pdd-indicadores por-pagina': 'Indicadores por página al abrir: 10 (predeterminado), 25, 50, 100 o «todas»; el lector puede cambiarlo. El CSV y la impresión tienen todos.',
  'pdd-inversion apilado': 'Si está presente, la barra de cada nivel o año se divide por fuente de financiación.',
  'pdd-inversion meta': 'Código de una meta: solo su inversión; por nivel, los nodos de los que cuelga (tiene prioridad sobre «nivel»).',
  'pdd-inversion nivel': 'Código de un nodo del plan: solo la inversión de esa rama (por nivel, solo sus nodos).',
  'pdd-inversion por': '«fuente» (predeterminado), «nivel» o «anio».',
  'pdd-inversion por-pagina': 'Filas por página de un gráfico largo (por nivel, un plan de 1.000 metas puede tener más de 200 niveles) al abrir: 10, 25 (predeterminado), 50, 100 o «todas»; el lector puede cambiarlo.',
  'pdd-inversion secretaria': 'Nombre de una secretaría, como lo escribe el plan: solo la inversión de sus metas (por nivel, los niveles cuyas metas son todas suyas).',
  'pdd-mapa departamento':
    '«54», el código de un municipio, un nombre («Cundinamarca») o «colombia» (los 1.122 municipios). Predeterminado: el departamento de la entidad del plan.',
  'pdd-mapa geometria':
    'Dirección de un GeoJSON o TopoJSON propio de la página, con el código DIVIPOLA de cada municipio (propiedad MPIO_CCNCT, DIVIPOLA o codigo); «departamento» lo acota.',
  'pdd-mapa medida':
    '«metas» (predeterminado: número de metas por municipio), «inversion» (la inversión atribuible a un solo municipio) o «beneficiarios» (los beneficiarios atribuibles, una unidad a la vez).',
  'pdd-mapa meta': 'Código de una meta: muestra los municipios que alcanzó.',
  'pdd-mapa nivel': 'Código de un nodo del plan: solo las metas de su rama (predeterminado: todo el plan).',
  'pdd-avance secretaria': 'Nombre de una secretaría, como lo escribe el plan: solo sus metas (por nivel, los niveles cuyas metas son todas suyas).',
  'pdd-niveles secretaria': 'Nombre de una secretaría, como lo escribe el plan: solo los niveles cuyas metas son todas suyas, con sus cifras (con «nivel», dentro de esa rama).',
  'pdd-indicadores secretaria': 'Nombre de una secretaría, como lo escribe el plan: solo los indicadores de los niveles cuyas metas son todas suyas (todos, si tiene todas las metas).',
  'pdd-conciliacion secretaria': 'Nombre de una secretaría, como lo escribe el plan: solo lo de sus metas y de los niveles cuyas metas son todas suyas (con «nivel», las afirmaciones de esos niveles en la rama).',
  'pdd-mapa secretaria': 'Nombre de una secretaría, como lo escribe el plan: solo sus metas (con «nivel», las de esa rama).',
  'pdd-mapa unidad': 'Unidad de beneficiarios que se pinta (predeterminado: la que reportan más metas).',
  'pdd-metas banda':
    'Estado del semáforo del % de cumplimiento que se muestra (sobresaliente, satisfactorio, medio, bajo, critico, sobre_ejecucion, retroceso, no_programada, sin_dato, no_calculable).',
  'pdd-metas filtro':
    'Texto libre: solo las metas cuyo código, nombre, indicador, nivel o secretaría contienen cada palabra (para mostrar una sola meta como la presenta el informe, use <pdd-ficha meta="…">).',
  'pdd-metas nivel': 'Código de un nodo del plan: solo sus metas y las de los nodos que cuelgan de él.',
  'pdd-metas por-pagina': 'Filas por página al abrir: 10 (predeterminado), 25, 50, 100 o «todas»; el lector puede cambiarlo.',
  'pdd-metas secretaria': 'Solo las metas de esta secretaría.',
  'pdd-niveles metodo': '«iguales» (predeterminado), «declarados» o «inversion»: cómo se ponderan las metas.',
  'pdd-niveles nivel': 'Código de un nodo del plan: solo esa rama.',
  'pdd-resumen meta': 'Código de una meta: las cifras de esa meta sola (tiene prioridad sobre «nivel»).',
  'pdd-resumen nivel': 'Código de un nodo del plan: las cifras de esa rama (por ejemplo, una apuesta, como el informe la totaliza).',
  'pdd-resumen secretaria': 'Nombre de una secretaría, como lo escribe el plan: las cifras de sus metas (con «nivel», las de esa rama).',
};

/** CSS custom properties ("--pdd-…"); "etiqueta --pdd-…" where one component gives it more to do. */
export const PROPIEDADES_CSS: Readonly<Record<string, string>> = {
  '--pdd-fondo': 'fondo del componente.',
  '--pdd-superficie': 'fondo de tarjetas y paneles.',
  '--pdd-texto': 'color del texto.',
  '--pdd-texto-suave': 'color del texto secundario (mantenga un contraste de al menos 4,5:1 con el fondo).',
  '--pdd-borde': 'bordes y líneas.',
  '--pdd-acento': 'botones y enlaces.',
  '--pdd-acento-texto': 'texto sobre los botones del color de acento.',
  '--pdd-foco': 'contorno del foco del teclado.',
  '--pdd-error': 'mensajes de error.',
  '--pdd-fuente': 'familia tipográfica (por defecto, la del sistema: @font-face no carga dentro de los componentes).',
  '--pdd-tamano-texto':
    'tamaño base del texto (16px por defecto; una longitud en px o rem): los demás tamaños son proporciones fijas de él (0,875, 1,15 y 1,5).',
  '--pdd-radio': 'radio de las esquinas.',
  '--pdd-escala-1': '… --pdd-escala-5: la escala de color del mapa, de la más clara a la más oscura.',
  '--pdd-mapa-alto-max': 'altura máxima del mapa (por defecto, min(40em, 85vh)).',
  '--pdd-mapa-linea': 'contornos de los municipios.',
  '--pdd-mapa-vacio': 'relleno de los municipios que ninguna meta nombra.',
  '--pdd-serie-1': 'color de las barras.',
  'pdd-inversion --pdd-serie-1': 'color de las barras y de la primera fuente apilada (--pdd-serie-2 … --pdd-serie-6, las siguientes).',
};

/** The Spanish text of a component's attribute or CSS property, or null when there is none. */
export function textoEs(etiqueta: string, tipo: 'atributo' | 'css', nombre: string): string | null {
  if (tipo === 'atributo') return ATRIBUTOS_PROPIOS[`${etiqueta} ${nombre}`] ?? ATRIBUTOS[nombre] ?? null;
  return PROPIEDADES_CSS[`${etiqueta} ${nombre}`] ?? PROPIEDADES_CSS[nombre] ?? null;
}
