/**
 * Bad input of every kind: the readers never throw, and every problem comes back as an error that
 * names where it is (row and column for CSV, line and column or path for JSON).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dsvFormat } from 'd3-dsv';
import { importarArchivo } from './importar.js';
import { leerPlanCsv } from './csv-leer.js';
import { escribirPlanCsv } from './csv-escribir.js';
import { escribirPlanJson, leerPlanJson } from './json.js';
import { planCompleto } from './test-utils/plan-completo.js';
import type { ErrorDato, ResultadoValidacion } from '../schema/types.js';

const MB = 'x'.repeat(1_000_000);
const CSV = escribirPlanCsv(planCompleto(), { bom: false });
const FILAS = dsvFormat(';').parseRows(CSV);
const ENCABEZADO = FILAS[0]!;
const DATOS = FILAS.slice(1, 4); // the three meta rows (row 5 only declares a node)

/** Errors of a result, checking the shape every error must have. */
function erroresBienFormados(r: ResultadoValidacion): ErrorDato[] {
  const todos = [...(r.ok ? [] : r.errores), ...r.avisos];
  for (const e of todos) {
    expect(typeof e.codigo).toBe('string');
    expect(e.mensaje.length).toBeGreaterThan(0);
    expect(e.esperado.length).toBeGreaterThan(0);
    expect(e.mensaje.length).toBeLessThan(2000);
    if (e.valor !== undefined) expect(e.valor.length).toBeLessThanOrEqual(80);
  }
  return r.ok ? [] : r.errores;
}

const arbCeldaMala = fc.oneof(
  fc.constant('abc'),
  fc.constant('-5'),
  fc.constant('99999'),
  fc.constant('#DIV/0!'),
  fc.constant('1'), // a duplicated meta code when it lands in "Código meta"
  fc.constant(MB),
  fc.constant(''),
  fc.string({ maxLength: 20 }),
  fc.double().map(String),
);

describe('fuzz: nunca lanza, siempre dice dónde', () => {
  it('bytes al azar por importarArchivo (json, csv, xlsx, sin extensión), también tras la firma ZIP', async () => {
    const zip = fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), zip), fc.constantFrom('a.json', 'a.csv', 'a', 'a.xlsx'), async (bytes, nombre) => {
        const r = await importarArchivo({ nombre, contenido: bytes });
        const es = erroresBienFormados(r);
        if (!r.ok) expect(es.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('texto al azar como CSV: errores con fila o columna', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (t) => {
        const r = leerPlanCsv(t, { archivo: 'f.csv' });
        expect(r.ok).toBe(false);
        for (const e of erroresBienFormados(r)) expect(e.fila !== undefined || e.codigo === 'archivo_vacio').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON cortado en cualquier punto: error con línea y columna dentro del texto', () => {
    const texto = escribirPlanJson(planCompleto());
    const lineas = texto.split('\n').length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texto.trimEnd().length - 1 }), (corte) => {
        const r = leerPlanJson(texto.slice(0, corte), { archivo: 'p.json' });
        expect(r.ok).toBe(false);
        const [e, ...resto] = erroresBienFormados(r);
        expect(resto).toEqual([]);
        expect(e!.codigo).toBe('json_invalido');
        expect(e!.fila).toBeGreaterThanOrEqual(1);
        expect(e!.fila).toBeLessThanOrEqual(lineas);
        expect(Number(e!.columna)).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON con tipos equivocados en cualquier campo de una meta: errores con fila y ruta', () => {
    const campos = Object.keys(planCompleto().metas[0]!);
    fc.assert(
      fc.property(fc.constantFrom(...campos), fc.jsonValue({ maxDepth: 2 }), fc.nat({ max: 2 }), (campo, valor, i) => {
        const p = JSON.parse(escribirPlanJson(planCompleto())) as { metas: Array<Record<string, unknown>> };
        p.metas[i]![campo] = valor;
        const r = leerPlanJson(JSON.stringify(p));
        for (const e of erroresBienFormados(r)) {
          expect(e.ruta.length).toBeGreaterThan(0);
          if (e.ruta.startsWith('metas[')) expect(e.fila).toBe(Number(/^metas\[(\d+)\]/.exec(e.ruta)![1]) + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('CSV con celdas malas (texto en números, negativos, DIVIPOLA inexistente, 1 MB, códigos repetidos): errores con fila y columna', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: DATOS.length - 1 }), fc.nat({ max: ENCABEZADO.length - 1 }), arbCeldaMala), { minLength: 1, maxLength: 6 }),
        (cambios) => {
          const filas = DATOS.map((f) => [...f]);
          for (const [i, j, v] of cambios) filas[i]![j] = v;
          const r = leerPlanCsv(dsvFormat(';').formatRows([ENCABEZADO, ...filas]), { archivo: 'f.csv' });
          for (const e of erroresBienFormados(r)) {
            expect(e.fila).toBeGreaterThanOrEqual(1);
            expect(e.fila).toBeLessThanOrEqual(filas.length + 1);
            expect(e.columna ?? e.ruta).toBeTruthy();
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('CSV sin algunas columnas: nunca lanza; si falta una obligatoria, un solo error que la nombra', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: ENCABEZADO.length - 1 }), { minLength: 1, maxLength: 10 }), (quitar) => {
        const quedan = ENCABEZADO.map((_, j) => j).filter((j) => !quitar.includes(j));
        const texto = dsvFormat(';').formatRows([quedan.map((j) => ENCABEZADO[j]!), ...DATOS.map((f) => quedan.map((j) => f[j] ?? ''))]);
        const r = leerPlanCsv(texto);
        const es = erroresBienFormados(r);
        const faltantes = es.filter((e) => e.codigo === 'columnas_faltantes');
        const obligatorias = ['Código meta', 'Meta', 'Tipo', 'Acumulación', 'Entidad', 'DIVIPOLA entidad', 'Plan'];
        const falta = obligatorias.filter((h) => !quedan.some((j) => ENCABEZADO[j] === h));
        if (falta.length > 0) {
          expect(faltantes).toHaveLength(1);
          for (const h of falta) expect(faltantes[0]!.columna).toContain(h);
        }
        for (const e of es) expect(e.fila).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('1 MB en cada columna, una por vez: mensajes cortos, nunca una excepción', () => {
    for (let j = 0; j < ENCABEZADO.length; j++) {
      const filas = DATOS.map((f) => [...f]);
      filas[1]![j] = MB;
      erroresBienFormados(leerPlanCsv(dsvFormat(';').formatRows([ENCABEZADO, ...filas])));
    }
    // And as a header.
    erroresBienFormados(leerPlanCsv(dsvFormat(';').formatRows([[...ENCABEZADO, MB], ...DATOS])));
  });

  it('una cadena de 1 MB en una celda numérica: un solo error, corto, en su celda', () => {
    const filas = DATOS.map((f) => [...f]);
    filas[0]![ENCABEZADO.indexOf('Línea base')] = MB;
    // A read that hangs on it fails by the runner's timeout; how fast it is belongs to the benchmarks.
    const r = leerPlanCsv(dsvFormat(';').formatRows([ENCABEZADO, ...filas]));
    const errores = erroresBienFormados(r);
    expect(errores).toHaveLength(1);
    expect(errores[0]).toMatchObject({ fila: 2, columna: 'Línea base', codigo: 'numero_invalido' });
  });
});
