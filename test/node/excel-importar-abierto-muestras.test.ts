/**
 * The Excel task pane imports the OPEN workbook through core's one import path: the Chía samples (DNP's SisPT
 * export and Informe de Seguimiento) opened in office-addin-mock give the same plan as the files through
 * importarArchivo. Skipped, with a warning, where ../shared/samples is not beside the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { avance, cumplimiento, importarArchivo, importarArchivos, type Plan } from '@tablero-pdd/core';
import { importarLibroAbierto } from '../../packages/excel-addin/src/taskpane/importar-abierto.js';
import { leerLibroAbierto } from '../../packages/excel-addin/src/taskpane/libro-abierto.js';
import { textoImportacion } from '../../packages/excel-addin/src/taskpane/reporte-importacion.js';
import { hojasDesdeXlsx } from '../../packages/excel-addin/src/taskpane/test-utils/libro-desde-xlsx.js';
import { LibroSimulado } from '../../packages/excel-addin/src/taskpane/test-utils/libro-simulado.js';

type Contexto = Parameters<typeof importarLibroAbierto>[0];
const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SISPT = resolve(RAIZ, '../shared/samples/chia-25175_sispt-plan-indicativo.xlsx');
const DNP = resolve(RAIZ, '../shared/samples/chia-25175_dnp-informe-seguimiento-pdt.xlsx');
const faltan = !existsSync(SISPT) || !existsSync(DNP);
if (faltan) console.warn('importar-abierto: se omiten las pruebas con las muestras de Chía (no están en ../shared/samples)');

const NOMBRE_SISPT = 'chia-25175_sispt-plan-indicativo.xlsx';
const NOMBRE_DNP = 'chia-25175_dnp-informe-seguimiento-pdt.xlsx';

function abierto(archivo: string, nombre: string): LibroSimulado {
  return new LibroSimulado({ nombre, hojas: hojasDesdeXlsx(new Uint8Array(readFileSync(archivo))) });
}

/** Figures computed by core on a plan: the sum of the four-year targets, and compliance/progress for 2024. */
function cifras(p: Plan) {
  const suma = (xs: Array<number | null>) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  return {
    metas: p.metas.length,
    nodos: p.nodos.length,
    metaCuatrienio: suma(p.metas.map((m) => m.metaCuatrienio)),
    cumplimiento2024: p.metas.map((m) => cumplimiento(m, { desde: 2024, hasta: 2024 }).valor),
    avance: p.metas.map((m) => avance(m, { hasta: p.corte.hasta }).valor),
  };
}

describe.skipIf(faltan)('el panel importa el libro abierto por core (Chía, office-addin-mock)', () => {
  it('el Plan Indicativo de SisPT abierto en Excel da el mismo plan que el archivo por importarArchivo (pdd importar)', async () => {
    const l = abierto(SISPT, NOMBRE_SISPT);
    const desdeExcel = await importarLibroAbierto(l.contexto as unknown as Contexto, [], { combinadas: true });
    const desdeArchivo = await importarArchivo({ nombre: NOMBRE_SISPT, contenido: new Uint8Array(readFileSync(SISPT)) });
    if (!desdeExcel.ok || !desdeArchivo.ok) expect.fail('las dos importaciones deben pasar');
    expect(desdeExcel.plan.metas.length).toBeGreaterThan(100);
    expect(cifras(desdeExcel.plan)).toEqual(cifras(desdeArchivo.plan));
    expect(desdeExcel.plan).toEqual(desdeArchivo.plan);
    expect(desdeExcel.informe).toEqual(desdeArchivo.informe);
    expect(desdeExcel.avisos.map((a) => a.mensaje)).toEqual(desdeArchivo.avisos.map((a) => a.mensaje));
  });

  it('lee el libro en tres solicitudes (nombres, tamaños, celdas), no una por hoja', async () => {
    const l = abierto(SISPT, NOMBRE_SISPT);
    const r = await leerLibroAbierto(l.contexto as unknown as Contexto, { combinadas: true });
    expect(r.nombre).toBe(NOMBRE_SISPT);
    expect(r.libro.hojas.length).toBeGreaterThan(3);
    expect(l.syncs).toBe(3);
  });

  it('SisPT abierto + el Informe del DNP elegido como archivo: la misma fusión que los dos archivos', async () => {
    const l = abierto(SISPT, NOMBRE_SISPT);
    const dnp = { nombre: NOMBRE_DNP, contenido: new Uint8Array(readFileSync(DNP)) };
    const desdeExcel = await importarLibroAbierto(l.contexto as unknown as Contexto, [dnp]);
    const desdeArchivos = await importarArchivos([{ nombre: NOMBRE_SISPT, contenido: new Uint8Array(readFileSync(SISPT)) }, dnp]);
    if (!desdeExcel.ok || !desdeArchivos.ok) expect.fail('las dos fusiones deben pasar');
    expect(desdeExcel.formato).toBe('fusion');
    expect(cifras(desdeExcel.plan)).toEqual(cifras(desdeArchivos.plan));
    expect(desdeExcel.informe.conflictos.length).toBe(desdeArchivos.informe.conflictos.length);
  });

  it('el informe en español: entidad, niveles con sus conteos, metas y años, del plan importado', async () => {
    const l = abierto(SISPT, NOMBRE_SISPT);
    const r = await importarLibroAbierto(l.contexto as unknown as Contexto);
    if (!r.ok) expect.fail('debe pasar');
    const t = textoImportacion(r);
    expect(t.titulo).toMatch(new RegExp(`^${NOMBRE_SISPT.replace(/\./g, '\\.')} \\(Plan Indicativo de SisPT\\): se importaron ${r.plan.metas.length} metas\\.$`));
    expect(t.resumen).toContain(`Entidad: ${r.plan.entidad.nombre} (municipio, DIVIPOLA 25175)`);
    const productos = r.plan.nodos.filter((n) => n.nivel === 3).length;
    expect(t.resumen).toContain(`Producto: ${productos} nodos, ${r.plan.metas.length} metas`);
    expect(t.errores).toEqual([]);
  });
});
