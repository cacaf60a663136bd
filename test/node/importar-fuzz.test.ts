/**
 * Fuzzing the spreadsheet importer: random workbooks (random cells of every type, random merged ranges,
 * the known sheet names with wrong content, missing sheets), mutated SisPT / DNP workbooks and random
 * bytes never crash it. The answer is always a list of errors, or a plan that validates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importarLibro, importarXlsx, validarPlan, type ResultadoXlsx } from '../../packages/core/src/index.js';
import { libroDnp, libroSispt } from '../../packages/core/src/io/xlsx/test-utils/generar.js';
import { escribirXlsx, libroDe, type HojaPrueba, type ValorPrueba } from '../../packages/core/src/io/xlsx/test-utils/libros.js';

const PALABRAS = [
  'META CUATRENIO', 'L.B', '% CUMPLIMIENTO P.A 2024', 'AVANCE\nMETA 2024', 'META 2024', 'DEPENDENCIA RESPONSABLE', 'TENDENCIA', 'EJE', 'PROGRAMA', 'CÓDIGO',
  'META DE PRODUCTO', 'TOTAL', ' ', '#DIV/0!', 'IP-1', 'IP-1, IP-2', 'LE-1-LÍNEA', 'LE-x', '25175', '05001', '66,7%', '1.234,5', 'Acumulativo', 'No acumulativo', 'Si',
  'Código de indicador de producto (SisPT)', 'Línea estratégica', 'Consecutivos IP (SisPT)', 'Programado 2024 (SisPT)', 'Ejecución Física 2024 (PIIP)',
  'Avance físico 2024 (%)', 'Chía, Cundinamarca', 'PLAN DE DESARROLLO X', 'ALCALDÍA DE CHÍA', '_x000D_', 'Programación del producto bien o servicio 2023-2024',
];
const NOMBRES = ['Plan indicativo - Productos', 'Líneas estratégicas', 'Indicadores de resultado', 'Plan indicativo SGR - Productos', 'Iniciativas SGR', 'Detalle seguimiento físico', 'Detalle seguimiento financiero', 'Resumen', 'CONSOLIDADO', 'Salud', 'Hoja1'];

const valor = (finito: boolean): fc.Arbitrary<ValorPrueba> =>
  fc.oneof(
    fc.constant(null),
    fc.constantFrom(...PALABRAS),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -1e6, max: 1e13 }),
    finito ? fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }) : fc.double(),
    fc.boolean(),
    fc.record({ error: fc.constantFrom('#DIV/0!', '#N/A', '#REF!', '#VALUE!') }),
    fc.record({ v: fc.integer({ min: 0, max: 999999 }), z: fc.constantFrom('000000', '0%', '#,##0', 'General') }),
  );
const rango = fc.tuple(fc.nat(12), fc.nat(10), fc.nat(4), fc.nat(4)).map(([r, c, dr, dc]) => `${letra(c)}${r + 1}:${letra(c + dc)}${r + 1 + dr}`);
function letra(c: number) {
  return String.fromCharCode(65 + c);
}
const hojas = (finito: boolean) =>
  fc.uniqueArray(
    fc.record({ nombre: fc.constantFrom(...NOMBRES), filas: fc.array(fc.array(valor(finito), { maxLength: 14 }), { maxLength: 14 }), combinadas: fc.array(rango, { maxLength: 4 }) }),
    { selector: (h) => h.nombre, minLength: 1, maxLength: 4 },
  ) as fc.Arbitrary<HojaPrueba[]>;

function bienFormado(r: ResultadoXlsx) {
  if (r.ok) {
    expect(validarPlan(r.plan).ok).toBe(true);
  } else {
    expect(r.errores.length).toBeGreaterThan(0);
    expect(r.errores.filter((e) => e.codigo === 'error_interno').map((e) => e.mensaje)).toEqual([]);
    for (const e of r.errores) expect(typeof e.mensaje).toBe('string');
  }
}

describe('fuzz del importador de hojas de cálculo', () => {
  it('libros al azar (sin pasar por SheetJS): nunca una excepción, nunca un error interno', () => {
    fc.assert(
      fc.property(hojas(false), fc.constantFrom('auto', 'sispt', 'dnp', 'casero'), (h, formato) => {
        bienFormado(importarLibro(libroDe(h), { archivo: 'f.xlsx', formato: formato as 'auto', entidad: { divipola: '25175' }, plan: { nombre: 'P', inicio: 2024, fin: 2027 } }));
      }),
      { numRuns: 400 },
    );
  });

  it('libros al azar escritos con SheetJS y leídos como bytes', async () => {
    await fc.assert(
      fc.asyncProperty(hojas(true), async (h) => {
        bienFormado(await importarXlsx(escribirXlsx(h), { archivo: 'f.xlsx' }));
      }),
      { numRuns: 60 },
    );
  });

  it('libros SisPT y DNP mutados: celdas cambiadas, hojas quitadas, combinaciones añadidas', () => {
    const base = [libroSispt(4), libroDnp(4)];
    fc.assert(
      fc.property(
        fc.nat(1),
        fc.array(fc.tuple(fc.nat(3), fc.nat(10), fc.nat(90), valor(false)), { maxLength: 25 }),
        fc.option(fc.nat(3)),
        fc.array(rango, { maxLength: 3 }),
        (cual, cambios, quitar, combinadas) => {
          const libro: HojaPrueba[] = structuredClone(base[cual]!);
          for (const [h, r, c, v] of cambios) {
            const hoja = libro[h % libro.length]!;
            (hoja.filas[r] ??= [])[c] = v;
          }
          if (quitar !== null && libro.length > 1) libro.splice(quitar % libro.length, 1);
          libro[0]!.combinadas = [...(libro[0]!.combinadas ?? []), ...combinadas];
          bienFormado(importarLibro(libroDe(libro), { archivo: 'm.xlsx' }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('bytes al azar (con y sin firma ZIP/OLE): error de lectura, nunca una excepción', async () => {
    const firmas = [[], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];
    await fc.assert(
      fc.asyncProperty(fc.nat(2), fc.uint8Array({ maxLength: 2000 }), async (f, resto) => {
        const bytes = new Uint8Array([...firmas[f]!, ...resto]);
        const r = await importarXlsx(bytes, { archivo: 'azar.bin' });
        bienFormado(r);
        if (!r.ok) expect(r.errores[0]!.archivo).toBe('azar.bin');
      }),
      { numRuns: 150 },
    );
  });
});
