/** Labels of DNP's Informe de Seguimiento al PDT (header row 7 of the detail sheets), folded. */
import { plegar } from '../../format/plegar.js';

export const HOJAS_DNP = {
  resumen: 'Resumen',
  fisico: 'Detalle seguimiento físico',
  financiero: 'Detalle seguimiento financiero',
} as const;

const k = plegar;

export const COL_DNP = {
  consecutivos: k('Consecutivos IP (SisPT)'),
  codSector: k('Código Sector (MGA)'),
  sector: k('Sector (MGA)'),
  codPrograma: k('Código Programa (MGA)'),
  programa: k('Programa (MGA)'),
  codProducto: k('Código Producto (MGA)'),
  producto: k('Producto (MGA)'),
  codIndicador: k('Código Indicador Producto (MGA)'),
  indicador: k('Indicador Producto (MGA)'),
  bpin: k('Códigos BPIN Asociados'),
  acumulativo: k('Acumulativo'),
  unidad: k('Unidad de Medida'),
  /** DNP writes "Cuatrenio"; the right spelling is accepted too. */
  meta: [k('Meta del Cuatrenio (SisPT)'), k('Meta del Cuatrienio (SisPT)')],
  programacionCuatrienio: k('Programación Cuatrienio SisPT'),
} as const;

export type ColumnaAnualDnp =
  | 'programado'
  | 'ejecutado'
  | 'avanceFisico'
  | 'explicacion'
  | 'compromisos'
  | 'obligaciones'
  | 'pagos'
  | 'obligacionesSobreProgramado';

const PATRONES: Array<[RegExp, ColumnaAnualDnp]> = [
  [/^programado (\d{4}) sispt$/, 'programado'],
  [/^ejecucion fisica (\d{4}) piip$/, 'ejecutado'],
  [/^avance fisico (\d{4})$/, 'avanceFisico'],
  [/^explicacion del valor (\d{4})$/, 'explicacion'],
  [/^compromisos (\d{4}) cuipo$/, 'compromisos'],
  [/^obligaciones (\d{4}) cuipo$/, 'obligaciones'],
  [/^pagos (\d{4}) cuipo$/, 'pagos'],
  [/^obligaciones como de lo programado (\d{4})$/, 'obligacionesSobreProgramado'],
];

export function columnaAnualDnp(clave: string): { tipo: ColumnaAnualDnp; anio: number } | null {
  for (const [re, tipo] of PATRONES) {
    const m = re.exec(clave);
    if (m) return { tipo, anio: Number(m[1]) };
  }
  return null;
}
