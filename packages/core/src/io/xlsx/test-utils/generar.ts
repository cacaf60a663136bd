/**
 * SisPT- and DNP-shaped workbooks of any size, with the sample's exact headers, for tests, fuzzing and
 * the bench. Deterministic: product i gets the same values on every run.
 */
import type { HojaPrueba, ValorPrueba } from './libros.js';

export const ANIOS = [2024, 2025, 2026, 2027] as const;

const FUENTES = [
  'Recursos propios',
  'SGP educación',
  'SGP salud',
  'SGP deporte',
  'SGP cultura',
  'SGP libre inversión',
  'SGP libre destinación',
  'SGP alimentación escolar',
  'SGP municipios Rio Magdalena',
  'SGP APSB',
  'Crédito',
  'Transferencias de capital - cofinanciación departamento',
  'Transferencias de capital - cofinanciación nación',
  'Otros',
];

export const ENCABEZADO_PRODUCTOS = [
  'Código DANE',
  'Entidad territorial',
  'Nombre del plan',
  'Código de indicador de producto (SisPT)',
  'Línea estratégica',
  'Código del sector',
  'Sector (MGA)',
  'Código del programa (MGA)',
  'Programa (MGA)',
  'Código del producto (MGA)',
  'Producto (MGA)',
  'Código de indicador de producto (MGA)',
  'Indicador de Producto(MGA)',
  'Personalización de Indicador de Producto',
  'Unidad de medida',
  'Meta del cuatrienio',
  'Principal',
  'Código de ODS',
  'ODS',
  'Tipo de acumulación',
  ...ANIOS.map((a) => `Programación del producto bien o servicio ${a}`),
  ...ANIOS.flatMap((a) => [...FUENTES, 'Total'].map((f) => `${f} ${a}`)),
  'BPIN',
];

export interface ProductoGenerado {
  ip: string;
  linea: number;
  sector: string;
  programa: string;
  producto: string;
  indicador: string;
  meta: number;
  acumulativo: boolean;
  programado: number[];
  /** Per year: [recursos propios, sgp salud]. */
  inversion: Array<[number, number]>;
}

const SECTORES = ['17', '19', '22', '24', '32', '41', '45'];

export function producto(i: number): ProductoGenerado {
  const sector = SECTORES[i % SECTORES.length]!;
  const programa = `${sector}0${(i % 3) + 1}`;
  const producto = `${programa}${String(i % 50).padStart(3, '0')}`;
  const acumulativo = i % 2 === 0;
  const base = (i % 7) + 1;
  const programado = acumulativo ? [base, base * 2, base * 2, base] : [base, base, base, base];
  const meta = acumulativo ? base * 6 : base;
  return {
    ip: `IP-${i + 1}`,
    linea: (i % 5) + 1,
    sector,
    programa,
    producto,
    indicador: `${producto}${String(i % 100).padStart(2, '0')}`,
    meta,
    acumulativo,
    programado,
    inversion: ANIOS.map((_, k) => [1_000_000 * ((i % 11) + k + 1), k === 1 ? 250_000 * (i % 4) : 0]),
  };
}

export function filaProducto(p: ProductoGenerado): ValorPrueba[] {
  const fila: ValorPrueba[] = [
    '25175',
    'Chía',
    'PLAN DE DESARROLLO CHÍA - CUNDINAMARCA',
    p.ip,
    `LE-${p.linea}-LÍNEA ${p.linea}`,
    p.sector,
    `Sector ${p.sector}`,
    p.programa,
    `Programa ${p.programa}`,
    p.producto,
    `Producto ${p.producto}`,
    p.indicador,
    `Indicador ${p.indicador}`,
    `META.${p.ip.slice(3)}No personalizado`,
    'Número',
    p.meta,
    'Sí',
    1,
    'Fin de la pobreza',
    p.acumulativo ? 'Acumulativo' : 'No acumulativo',
    ...p.programado,
  ];
  for (const [rp, salud] of p.inversion) {
    const fuentes = FUENTES.map((_, k) => (k === 0 ? rp : k === 2 ? salud : 0));
    fila.push(...fuentes, rp + salud);
  }
  fila.push('2024251750070');
  return fila;
}

/** The SisPT Plan Indicativo workbook with `n` products (sheets as SisPT names them). */
export function libroSispt(n: number): HojaPrueba[] {
  const productos = Array.from({ length: n }, (_, i) => producto(i));
  const ancho = ENCABEZADO_PRODUCTOS.length;
  return [
    {
      nombre: 'Líneas estratégicas',
      combinadas: ['A1:E1'],
      filas: [['LÍNEAS ESTRATÉGICAS'], ['Código DANE', 'Entidad territorial', 'Nombre del plan', 'Consecutivo', 'Línea estratégica'], ...[1, 2, 3, 4, 5].map((l) => ['25175', 'Chía', 'PLAN DE DESARROLLO CHÍA - CUNDINAMARCA', `LE-${l}`, `LÍNEA ${l}`])],
    },
    {
      nombre: 'Indicadores de resultado',
      combinadas: ['A1:I1'],
      filas: [
        ['INDICADORES DE RESULTADO'],
        ['Código DANE', 'Entidad territorial', 'Nombre del plan', 'Consecutivo', 'Línea estratégica', 'Indicador de resultado', 'Está en el Plan Nacional de Desarrollo', 'Meta del cuatrienio', 'Transformación del Plan Nacional de Desarrollo'],
        ['25175', 'Chía', 'PLAN DE DESARROLLO CHÍA - CUNDINAMARCA', 'IR-1', 'LE-1-LÍNEA 1', 'Cobertura', 'Sí', 95, 'Convergencia regional'],
      ],
    },
    {
      nombre: 'Plan indicativo - Productos',
      combinadas: [`A1:T1`, `U1:${columna(ancho - 1)}1`],
      filas: [['PARTE ESTRATÉGICA', ...Array<null>(19).fill(null), 'PLAN INDICATIVO'], [...ENCABEZADO_PRODUCTOS], ...productos.map(filaProducto)],
    },
  ];
}

function columna(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const ENCABEZADO_FISICO = [
  'Consecutivos IP (SisPT)',
  'Código Sector (MGA)',
  'Sector (MGA)',
  'Código Programa (MGA)',
  'Programa (MGA)',
  'Código Producto (MGA)',
  'Producto (MGA)',
  'Código Indicador Producto (MGA)',
  'Indicador Producto (MGA)',
  'Códigos BPIN Asociados',
  'Acumulativo',
  'Unidad de Medida',
  'Meta del Cuatrenio (SisPT)',
  'Programado 2024 (SisPT)',
  'Programado 2025 (SisPT)',
  'Programado 2026 (SisPT)',
  'Programado 2027 (SisPT)',
  'Ejecución Física 2024 (PIIP)',
  'Avance físico 2024 (%)',
  'Explicación del valor 2024',
  'Ejecución Física 2025 (PIIP)',
  'Avance físico 2025 (%)',
  'Explicación del valor 2025',
];

/** Execution of product i in a year: some rows over-execute, some have nothing (" "), some programmed 0. */
export function ejecucion(i: number, k: number, programado: number): number | ' ' {
  if (i % 9 === 4) return ' ';
  return Math.round(programado * (0.5 + ((i + k) % 4) * 0.25) * 100) / 100;
}

/** DNP's Informe de Seguimiento for the same `n` products (one row each; DNP's own percentages computed as DNP does). */
export function libroDnp(n: number): HojaPrueba[] {
  const filas: ValorPrueba[][] = [];
  for (let i = 0; i < n; i++) {
    const p = producto(i);
    const fila: ValorPrueba[] = [p.ip, p.sector, `Sector ${p.sector}`, p.programa, `Programa ${p.programa}`, p.producto, `Producto ${p.producto}`, p.indicador, `Indicador ${p.indicador}`, '2024251750070', p.acumulativo ? 'Si' : 'No', 'Número', p.meta, ...p.programado];
    for (const k of [0, 1]) {
      const e = ejecucion(i, k, p.programado[k]!);
      const prog = p.programado[k]!;
      fila.push(e, e === ' ' || prog === 0 ? ' ' : e / prog, e === ' ' ? 'No se encontró ejecución en PIIP' : 'Se ejecutó');
    }
    filas.push(fila);
  }
  return [
    { nombre: 'Resumen', filas: [[null, null, null, 'Informe de Seguimiento al PDT'], [], [null, null, 'PLAN DE DESARROLLO CHÍA - CUNDINAMARCA'], [], [null, 'Chía, Cundinamarca'], [], [null, null, null, null, null, null, null, 'Informe generado con información de SisPT al:', '31 de diciembre de 2025']] },
    {
      nombre: 'Detalle seguimiento físico',
      combinadas: ['A2:M2', 'N6:Q6'],
      filas: [['Detalle Seguimiento Físico Preliminar'], ['Esta tabla contrasta…'], ['Por ejemplo…'], ['Las columnas…'], [], [...Array<null>(13).fill(null), 'Programación física SisPT'], [...ENCABEZADO_FISICO], ...filas],
    },
  ];
}
