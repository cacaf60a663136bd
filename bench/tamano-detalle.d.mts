// Types of tamano-detalle.mjs, for the TypeScript test beside it.
export interface MapaFuentes {
  sources: readonly string[];
  mappings: string;
}
export interface Tramo {
  fuente: string | null;
  desde: number;
  hasta: number;
}
export interface FilaDetalle {
  nombre: string;
  min: number;
  gzip: number;
}
export interface Detalle {
  total: { min: number; gzip: number };
  modulos: Array<FilaDetalle & { paquete: string }>;
  paquetes: Array<FilaDetalle & { modulos: number }>;
}
export function decodificarSegmento(s: string): number[];
export function tramosPorFuente(codigo: string, mapa: MapaFuentes): Tramo[];
export function paqueteDe(fuente: string | null): string;
export function moduloDe(fuente: string | null): string;
export function desglosar(codigo: string, mapa: MapaFuentes, nivel?: number): Detalle;
export function tablaDetalle(d: Detalle, o?: { modulos?: number }): string;
