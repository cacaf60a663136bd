import { describe, expect, it } from 'vitest';
import { leerLineas, nombrePersonalizado } from './sispt-textos.js';

describe('leerLineas', () => {
  it('separa código y nombre de la línea', () => {
    expect(leerLineas('LE-10-RUTA EN ACCIÓN AL PROGRESO')).toEqual([{ codigo: 'LE-10', nombre: 'RUTA EN ACCIÓN AL PROGRESO' }]);
  });
  it('lee varias líneas unidas por comas', () => {
    expect(leerLineas('LE-6-VIDA PLENA,LE-8-VIDA PLENA').map((l) => l.codigo)).toEqual(['LE-6', 'LE-8']);
  });
  it('texto sin código LE-n → ninguna línea', () => {
    expect(leerLineas('VIDA PLENA')).toEqual([]);
    expect(leerLineas(null)).toEqual([]);
  });
});

describe('nombrePersonalizado (textos reales de la columna «Personalización» de SisPT)', () => {
  it('solo la plantilla de SisPT → null', () => {
    expect(nombrePersonalizado('META.78No personalizado')).toBeNull();
    expect(nombrePersonalizado('NO PERSONALIZACIÓN.META47')).toBeNull();
  });
  it('extrae la redacción propia de la entidad', () => {
    expect(nombrePersonalizado('META.80Pesonalizado: Rutas agroecologías en torno a huertas autosostenibles  de la ciudad región implementadas ')).toBe(
      'Rutas agroecologías en torno a huertas autosostenibles de la ciudad región implementadas',
    );
    expect(nombrePersonalizado('SI PERSONALIZADO. Documentos de planeación diseñadosMETA53')).toBe('Documentos de planeación diseñados');
    expect(nombrePersonalizado('No personalizado. Meta260. Construcción de dos salones comunales')).toBe('Construcción de dos salones comunales');
  });
});
