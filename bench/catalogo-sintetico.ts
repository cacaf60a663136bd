/**
 * Vocabulary of the synthetic plan: sectors with typical MGA-like products, their units and the funding
 * sources each sector usually draws on (SGP educación pays schools, SGP APSB pays aqueducts…), so the
 * investment-by-source roll-up has a realistic spread instead of one bucket.
 * Only Latin-1 characters (á, é, ñ… but no dashes or curly quotes): V8 then keeps the 500,000-meta file
 * as a one-byte string, half the memory of a two-byte one.
 */
export interface SectorSintetico {
  nombre: string;
  secretaria: string;
  /** [producto, unidad, decimales]: decimales 1 for rates and percentages. */
  productos: ReadonlyArray<readonly [string, string, number]>;
  /** Source ids (or a source written in words, outside the canonical list) this sector uses besides recursos propios. */
  fuentes: readonly string[];
}

export const SECTORES: readonly SectorSintetico[] = [
  {
    nombre: 'Educación',
    secretaria: 'Secretaría de Educación',
    productos: [
      ['Sedes educativas mejoradas', 'sedes', 0],
      ['Estudiantes beneficiados con alimentación escolar', 'estudiantes', 0],
      ['Docentes formados', 'docentes', 0],
      ['Tasa de deserción escolar intraanual', 'tasa', 1],
    ],
    fuentes: ['sgp_educacion', 'sgp_alimentacion_escolar', 'cofinanciacion_nacion'],
  },
  {
    nombre: 'Salud y protección social',
    secretaria: 'Secretaría de Salud',
    productos: [
      ['Personas vacunadas', 'personas', 0],
      ['Hospitales dotados', 'hospitales', 0],
      ['Tasa de mortalidad infantil', 'tasa por mil', 1],
      ['Cobertura de afiliación al régimen subsidiado', 'porcentaje', 1],
    ],
    fuentes: ['sgp_salud', 'cofinanciacion_nacion'],
  },
  {
    nombre: 'Agua potable y saneamiento básico',
    secretaria: 'Secretaría de Infraestructura',
    productos: [
      ['Acueductos construidos', 'acueductos', 0],
      ['Viviendas conectadas al alcantarillado', 'viviendas', 0],
      ['Plantas de tratamiento optimizadas', 'plantas', 0],
    ],
    fuentes: ['sgp_apsb', 'sgr', 'credito'],
  },
  {
    nombre: 'Deporte y recreación',
    secretaria: 'Instituto Departamental de Deportes',
    productos: [
      ['Escenarios deportivos adecuados', 'escenarios', 0],
      ['Personas que acceden a servicios deportivos', 'personas', 0],
    ],
    fuentes: ['sgp_deporte'],
  },
  {
    nombre: 'Cultura',
    secretaria: 'Secretaría de Cultura',
    productos: [
      ['Eventos culturales realizados', 'eventos', 0],
      ['Bibliotecas dotadas', 'bibliotecas', 0],
    ],
    fuentes: ['sgp_cultura', 'Estampilla Pro Cultura'],
  },
  {
    nombre: 'Transporte',
    secretaria: 'Secretaría de Infraestructura',
    productos: [
      ['Vía terciaria mejorada', 'kilómetros', 1],
      ['Puentes construidos', 'puentes', 0],
    ],
    fuentes: ['sgr', 'credito', 'cofinanciacion_nacion'],
  },
  {
    nombre: 'Agricultura y desarrollo rural',
    secretaria: 'Secretaría de Desarrollo Económico y Productividad',
    productos: [
      ['Productores con asistencia técnica agropecuaria', 'productores', 0],
      ['Hectáreas con sistemas productivos sostenibles', 'hectáreas', 1],
    ],
    fuentes: ['sgr', 'cofinanciacion_departamento', 'otros'],
  },
  {
    nombre: 'Comercio, industria y turismo',
    secretaria: 'Secretaría de Desarrollo Económico y Productividad',
    productos: [
      ['Emprendimientos apoyados', 'emprendimientos', 0],
      ['Rondas de negociación organizadas', 'rondas', 0],
    ],
    fuentes: ['sgp_libre_inversion', 'otros'],
  },
  {
    nombre: 'Ambiente y desarrollo sostenible',
    secretaria: 'Secretaría de Ambiente',
    productos: [
      ['Hectáreas reforestadas', 'hectáreas', 1],
      ['Área deforestada al año', 'hectáreas', 1],
    ],
    fuentes: ['sgr', 'otros'],
  },
  {
    nombre: 'Inclusión social y reconciliación',
    secretaria: 'Secretaría de Desarrollo Social',
    productos: [
      ['Víctimas atendidas con ayuda humanitaria', 'personas', 0],
      ['Personas mayores atendidas en centros vida', 'personas', 0],
    ],
    fuentes: ['sgp_libre_inversion', 'cofinanciacion_nacion'],
  },
  {
    nombre: 'Gobierno territorial',
    secretaria: 'Secretaría de Gobierno',
    productos: [
      ['Índice de desempeño institucional', 'puntos', 1],
      ['Jornadas de rendición de cuentas realizadas', 'jornadas', 0],
    ],
    fuentes: ['sgp_libre_destinacion'],
  },
  {
    nombre: 'Vivienda, ciudad y territorio',
    secretaria: 'Secretaría de Vivienda',
    productos: [
      ['Viviendas mejoradas', 'viviendas', 0],
      ['Subsidios de vivienda nueva asignados', 'subsidios', 0],
    ],
    fuentes: ['cofinanciacion_nacion', 'credito'],
  },
];

export const LINEAS: readonly string[] = [
  'Equidad y bienestar social',
  'Desarrollo económico y productividad',
  'Paz, seguridad y convivencia',
  'Sostenibilidad ambiental y gestión del riesgo',
  'Infraestructura y conectividad',
  'Buen gobierno y transparencia',
];

export const VERBOS_APUESTA: readonly string[] = ['Fortalecimiento de', 'Acceso a', 'Mejoramiento de', 'Ampliación de', 'Calidad de'];

export const UNIDADES_BENEFICIARIOS: ReadonlyArray<readonly [string, number]> = [
  ['personas', 70],
  ['familias', 10],
  ['estudiantes', 8],
  ['empresas', 7],
];

/** As reports write them (not the canonical ids): core's reconocerGrupo maps them. */
export const GRUPOS_POBLACION: readonly string[] = [
  'Mujeres',
  'Víctimas del conflicto armado',
  'Jóvenes',
  'Primera infancia',
  'Persona mayor',
  'Personas con discapacidad',
  'Campesinos',
  'Grupos étnicos',
  'Migrantes',
  'LGBTIQ+',
];
