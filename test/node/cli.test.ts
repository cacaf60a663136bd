import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ejecutar, escribirSalida, type Consola } from '../../packages/core/src/cli/ejecutar.js';
import { escribirPlanJson } from '../../packages/core/src/io/json.js';
import type { Meta, Plan } from '../../packages/core/src/schema/types.js';
import { validarPlan } from '../../packages/core/src/schema/validar.js';
import type { Conflicto } from '../../packages/core/src/io/xlsx/reporte.js';
import { escribirXlsx } from '../../packages/core/src/io/xlsx/test-utils/libros.js';
import * as XLSX from '@e965/xlsx';

const RAIZ = join(import.meta.dirname, '..', '..');
const DEMO = join(RAIZ, 'demo', 'data', 'norte-de-santander-2024-2025.json');

async function pdd(...args: string[]): Promise<{ codigo: number; salida: string; error: string }> {
  let salida = '';
  let error = '';
  const c: Consola = { salida: (t) => (salida += t), error: (t) => (error += t) };
  const codigo = await ejecutar(args, c);
  return { codigo, salida, error };
}

function meta(codigo: string, programado: number, ejecutado: number): Meta {
  return {
    codigo,
    nombre: `Meta ${codigo}`,
    indicador: null,
    unidad: null,
    nodo: 'L1',
    secretaria: null,
    lineaBase: 0,
    metaCuatrienio: 4,
    tipo: 'incremento',
    acumulacion: 'acumulado',
    seguimiento: [{ desde: 2024, hasta: 2024, programado, ejecutado }],
    inversion: [{ desde: 2024, hasta: 2024, fuente: 'recursos_propios', valor: 1_000_000 }],
    beneficiarios: { estado: 'reportado', total: 10, unidad: 'personas', grupos: [] },
    municipios: { alcance: 'municipal', codigos: ['54001'] },
    bpin: [],
    evidencia: { queSeHizo: null, como: null, conQuien: null, cuando: null, impacto: null, donde: null },
    reportado: { periodo: { desde: 2024, hasta: 2024 }, cumplimiento: 1, avance: null, inversion: null, beneficiarios: null },
  };
}

/** Two metas in 2024: 1 of 2 programmed (50 %) and 1 of 1 (100 %); the report printed 100 % for both. */
const PLAN: Plan = {
  version: 1,
  entidad: { nombre: 'Departamento de Prueba', tipo: 'departamento', divipola: '54' },
  plan: { nombre: 'Plan de prueba', inicio: 2024, fin: 2027 },
  corte: { nombre: '2024', desde: 2024, hasta: 2024 },
  niveles: ['Línea'],
  nodos: [{ codigo: 'L1', nombre: 'Línea uno', nivel: 0, padre: null }],
  metas: [meta('1', 2, 1), meta('2', 1, 1)],
};

const CSV_MALO =
  'Nivel 1: Línea;Código meta;Meta;Tipo;Acumulación;Programado 2024;Ejecutado 2024;Entidad;DIVIPOLA entidad;Plan\n' +
  'L;1;M;Incremento;Acumulado;1;tres;Norte;54;P\n';

let dir: string;
let planJson: string;
let csvMalo: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdd-cli-'));
  planJson = join(dir, 'plan.json');
  writeFileSync(planJson, escribirPlanJson(PLAN));
  csvMalo = join(dir, 'malo.csv');
  writeFileSync(csvMalo, CSV_MALO);
});

describe('pdd: ayuda', () => {
  it('--ayuda y --help en español', async () => {
    for (const op of ['--ayuda', '--help', '-h']) {
      const r = await pdd(op);
      expect(r.codigo).toBe(0);
      expect(r.salida).toContain('Comandos:');
      expect(r.salida).toContain('pdd validar ARCHIVO…');
      expect(r.salida).toContain('Códigos de salida: 0 correcto, 1 datos no válidos, 2 error de uso.');
    }
  });
  it('--lang en: en inglés', async () => {
    const r = await pdd('--ayuda', '--lang', 'en');
    expect(r.salida).toContain('Commands:');
    expect(r.salida).toContain('Exit codes: 0 success, 1 invalid data, 2 usage error.');
  });
  it('ayuda de un comando', async () => {
    const r = await pdd('niveles', '--ayuda');
    expect(r.salida).toContain('Uso: pdd niveles ARCHIVO [--metodo iguales|declarados|inversion] [--periodo 2024-2025]');
    expect((await pdd('ayuda', 'exportar')).salida).toContain('Uso: pdd exportar');
  });
  it('sin comando: ayuda y código 2', async () => {
    const r = await pdd();
    expect(r.codigo).toBe(2);
    expect(r.error).toContain('Comandos:');
  });
});

describe('pdd: códigos de salida', () => {
  it('validar un plan válido: 0', async () => {
    const r = await pdd('validar', planJson);
    expect(r.codigo).toBe(0);
    expect(r.salida).toMatch(/^✓ plan\.json: válido — Departamento de Prueba, «Plan de prueba», corte 2024; 2 metas\./);
  });

  it('validar datos no válidos: 1, con fila, columna y lo esperado', async () => {
    const r = await pdd('validar', csvMalo, planJson);
    expect(r.codigo).toBe(1);
    expect(r.salida).toContain('✗ malo.csv: 1 error(es)');
    expect(r.salida).toContain('malo.csv, fila 2 (meta «1»), columna «Ejecutado 2024»: se esperaba un número');
    // The other file is still checked and reported.
    expect(r.salida).toContain('✓ plan.json');
  });

  it.each([
    [['comer', 'x.json'], 'Comando desconocido: «comer»'],
    [['validar', '--inventada'], 'Opción no válida o sin valor: --inventada'],
    [['validar', join(tmpdirSeguro(), 'no-existe.json')], 'No existe el archivo'],
    [['niveles', 'x.json', '--metodo', 'raro'], '--metodo admite «iguales», «declarados» o «inversion»'],
    [['validar', 'x.json', '--formato', 'csv'], 'La opción --formato no se usa con «pdd validar»'],
    [['resumen'], '«pdd resumen» necesita exactamente un archivo'],
    [['niveles', 'x.json', '--periodo', 'ayer'], '--periodo espera un año o un periodo como 2024-2025'],
  ])('error de uso %j: 2', async (args, mensaje) => {
    const r = await pdd(...args);
    expect(r.codigo).toBe(2);
    expect(r.error).toContain(mensaje);
  });
});

function tmpdirSeguro(): string {
  return mkdtempSync(join(tmpdir(), 'pdd-vacio-'));
}

describe('pdd: --json', () => {
  it('validar --json se puede leer y trae los errores con fila', async () => {
    const r = await pdd('validar', csvMalo, planJson, '--json');
    expect(r.codigo).toBe(1);
    const j = JSON.parse(r.salida) as { ok: boolean; archivos: Array<{ archivo: string; ok: boolean; errores: Array<{ fila: number; columna: string }> }> };
    expect(j.ok).toBe(false);
    expect(j.archivos.map((a) => [a.archivo, a.ok])).toEqual([
      ['malo.csv', false],
      ['plan.json', true],
    ]);
    expect(j.archivos[0]!.errores[0]).toMatchObject({ fila: 2, columna: 'Ejecutado 2024' });
  });

  it('niveles --json: la tabla de core (50 % y 100 % → 75 % con pesos iguales)', async () => {
    const r = await pdd('niveles', planJson, '--json');
    expect(r.codigo).toBe(0);
    const j = JSON.parse(r.salida) as { niveles: { metodo: string; total: { cumplimiento: number; metas: number } } };
    expect(j.niveles.metodo).toBe('iguales');
    expect(j.niveles.total.metas).toBe(2);
    expect(j.niveles.total.cumplimiento).toBeCloseTo(0.75, 12);
  });

  it('conciliar --json: la meta 1 reportó 100 % y da 50 %', async () => {
    const r = await pdd('conciliar', planJson, '--json');
    const j = JSON.parse(r.salida) as { discrepancias: Array<{ codigo: string; campo: string; reportado: number; calculado: number }> };
    expect(j.discrepancias.find((d) => d.codigo === '1' && d.campo === 'cumplimiento')).toMatchObject({ reportado: 1, calculado: 0.5 });
  });

  it('resumen --json y un error de uso con --json también son JSON', async () => {
    const r = await pdd('resumen', planJson, '--json');
    expect((JSON.parse(r.salida) as { resumen: { metasReportadas: number } }).resumen.metasReportadas).toBe(2);
    const u = await pdd('resumen', '--json');
    expect(u.codigo).toBe(2);
    expect(JSON.parse(u.salida)).toMatchObject({ ok: false, error: { codigo: 'uso' } });
  });
});

describe('pdd: texto legible', () => {
  it('resumen: entidad, promedios con formato es-CO, inversión por fuente, tabla por nivel, discrepancias', async () => {
    const r = await pdd('resumen', planJson);
    expect(r.codigo).toBe(0);
    expect(r.salida).toContain('Departamento de Prueba (DIVIPOLA 54)');
    expect(r.salida).toContain('Cumplimiento promedio: 75\u00a0% (2 metas con valor)');
    expect(r.salida).toContain('Recursos propios: $\u00a02 millones (2 metas)');
    expect(r.salida).toContain('Total del plan');
    expect(r.salida).toContain('Principales discrepancias');
  });

  it('niveles en inglés', async () => {
    const r = await pdd('niveles', planJson, '--lang', 'en');
    expect(r.salida).toContain('Plan total');
    expect(r.salida).toContain('75%');
  });

  it('conciliar: cada discrepancia con reportado, calculado y diferencia en puntos', async () => {
    const r = await pdd('conciliar', planJson);
    expect(r.salida).toContain('meta 1 · cumplimiento: reportado 100\u00a0%, calculado 50\u00a0% (-50\u00a0p.\u00a0p.)');
  });
});

describe('pdd: archivos de salida', () => {
  it('exportar a CSV, validar el CSV, y no sobrescribir sin --forzar', async () => {
    const salida = join(dir, 'sub', 'plan.csv');
    expect((await pdd('exportar', planJson, '--formato', 'csv', '--salida', salida)).codigo).toBe(0);
    const antes = readFileSync(salida, 'utf8');
    expect(antes.startsWith('\ufeffNivel 1: Línea;')).toBe(true);
    expect((await pdd('validar', salida)).codigo).toBe(0);

    const otra = await pdd('exportar', planJson, '--formato', 'json', '--salida', salida);
    expect(otra.codigo).toBe(1);
    expect(otra.error).toContain(`El archivo ${salida} ya existe; no se sobrescribe. Use --forzar para reemplazarlo.`);
    expect(readFileSync(salida, 'utf8')).toBe(antes);

    expect((await pdd('exportar', planJson, '--formato', 'json', '--salida', salida, '--forzar')).codigo).toBe(0);
    expect(readFileSync(salida, 'utf8')).toBe(escribirPlanJson(PLAN));
  });

  it('la negativa a sobrescribir, en inglés', async () => {
    const f = join(dir, 'ya.csv');
    writeFileSync(f, 'mío');
    const r = await pdd('plantilla', '--salida', f, '--lang', 'en');
    expect(r.codigo).toBe(1);
    expect(r.error).toContain(`File ${f} already exists; it is not overwritten. Use --forzar to replace it.`);
    expect(readFileSync(f, 'utf8')).toBe('mío');
  });

  it('escribirSalida: escribe, se niega, y reemplaza con forzar', () => {
    const f = join(dir, 'es.txt');
    let error = '';
    const c: Consola = { salida: () => {}, error: (t) => (error += t) };
    expect(escribirSalida(f, 'uno', false, c)).toBe(true);
    expect(escribirSalida(f, 'dos', false, c)).toBe(false);
    expect(readFileSync(f, 'utf8')).toBe('uno');
    expect(error).toContain('ya existe');
    expect(escribirSalida(f, 'tres', true, c)).toBe(true);
    expect(readFileSync(f, 'utf8')).toBe('tres');
  });

  it('una salida que no se puede escribir (una carpeta) es un error, no una excepción', async () => {
    const r = await pdd('plantilla', '--salida', dir, '--forzar');
    expect(r.codigo).toBe(1);
    expect(r.error).toContain(`No se pudo escribir ${dir} (EISDIR)`);
  });

  it('plantilla: solo encabezados, con los años pedidos', async () => {
    const f = join(dir, 'plantilla.csv');
    expect((await pdd('plantilla', '--salida', f, '--anios', '2024-2025')).codigo).toBe(0);
    const t = readFileSync(f, 'utf8');
    expect(t.trim().split('\n')).toHaveLength(1);
    expect(t).toContain(';Programado 2025;Ejecutado 2025;');
    expect(t).not.toContain('2026');
  });

  it('exportar sin --salida escribe en la salida estándar', async () => {
    const r = await pdd('exportar', planJson);
    expect(r.salida).toBe(escribirPlanJson(PLAN));
  });
});

describe('pdd: conjunto de datos de la demo', () => {
  it.runIf(existsSync(DEMO))('valida, resume y concilia sin errores de uso', async () => {
    expect((await pdd('validar', DEMO)).codigo).toBe(0);
    const r = await pdd('resumen', DEMO);
    expect(r.codigo).toBe(0);
    expect(r.salida).toContain('Norte de Santander');
    // Every claim of the report with its figures and verdict, also the one that holds (seed: apuesta 1.1.3).
    const afirmaciones = r.salida.split('Afirmaciones del informe frente a sus metas:\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
    expect(afirmaciones.filter((l) => l.startsWith('  1.1.'))).toHaveLength(8);
    expect(afirmaciones).toContain('  1.1.3 «más de 2500 ciudadanos»: informe 2.500 ciudadanos · calculado 2.551 ciudadanos · Se sostiene');
    expect(afirmaciones).toContain('  1.1.1 «más de 700 empresarios»: informe 700 empresarios · calculado 81 empresarios · No se sostiene');
    expect((await pdd('resumen', DEMO, '--lang', 'en')).salida).toContain(
      '  1.1.2 «inversión que supera los $13.843 millones»: report COP 13,843 million · computed COP 13,842.4 million · Does not hold',
    );
    expect((await pdd('conciliar', DEMO)).codigo).toBe(0);
    for (const metodo of ['iguales', 'declarados', 'inversion']) expect((await pdd('niveles', DEMO, '--metodo', metodo)).codigo).toBe(0);
  });
});

describe('pdd: una parte del plan (--nivel, --meta) en el conjunto de datos de la demo', () => {
  it('resumen --nivel: las metas de la apuesta, su fila y sus afirmaciones, sin las del componente ni la línea', async () => {
    const r = await pdd('resumen', DEMO, '--nivel', 'L1.C1.A2');
    expect(r.codigo).toBe(0);
    expect(r.salida.startsWith('Parte del plan: el nivel «L1.C1.A2» y lo que cuelga de él.\n')).toBe(true);
    expect(r.salida).toContain('Metas: 4\n');
    // The apuesta's row and the part's total; no row of the component or the línea (some of their metas only).
    const tabla = r.salida.split('Por nivel:\n')[1]?.split('\n\n')[0] ?? '';
    expect(tabla.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split(' ')[0])).toEqual(['1.1.2']);
    expect(tabla).toContain('Total de la parte');
    const afirmaciones = r.salida.split('Afirmaciones del informe frente a sus metas:\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
    expect(afirmaciones.filter((l) => l.startsWith('  1.1.'))).toHaveLength(2);
    expect(afirmaciones.every((l) => l === '' || l.startsWith('  1.1.2 '))).toBe(true);
  });

  it('resumen --meta --json: la inversión de la meta 8 y su selección', async () => {
    const r = await pdd('resumen', DEMO, '--meta', '8', '--json');
    const j = JSON.parse(r.salida) as { seleccion: unknown; resumen: { metasReportadas: number; metas: Array<{ codigo: string }>; niveles: { filas: unknown[] }; inversion: { porNodo: Array<{ codigo: string }> } } };
    expect(j.seleccion).toEqual({ meta: '8' });
    expect(j.resumen.metas.map((m) => m.codigo)).toEqual(['8']);
    expect(j.resumen.niveles.filas).toEqual([]);
    expect(j.resumen.inversion.porNodo.map((f) => f.codigo)).toEqual(['L1', 'L1.C1', 'L1.C1.A2']);
  });

  it('niveles --nivel y conciliar --nivel: solo la rama; conciliar --meta: solo esa meta', async () => {
    const todos = JSON.parse((await pdd('niveles', DEMO, '--json')).salida) as { niveles: { filas: Array<{ codigo: string }> } };
    const rama = JSON.parse((await pdd('niveles', DEMO, '--nivel', 'L1.C1.A3', '--json')).salida) as { niveles: { filas: Array<{ codigo: string }> } };
    expect(rama.niveles.filas).toEqual(todos.niveles.filas.filter((f) => f.codigo === 'L1.C1.A3'));
    const ds = JSON.parse((await pdd('conciliar', DEMO, '--json')).salida) as { discrepancias: Array<{ ambito: string; codigo: string }> };
    const a1 = JSON.parse((await pdd('conciliar', DEMO, '--nivel', 'L1.C1.A1', '--json')).salida) as { discrepancias: Array<{ ambito: string; codigo: string }> };
    const enA1 = new Set(['1', '2', '3', '4', '5', 'L1.C1.A1']);
    expect(a1.discrepancias).toEqual(ds.discrepancias.filter((d) => d.ambito !== 'indicador' && enA1.has(d.codigo)));
    expect(a1.discrepancias.some((d) => d.codigo === 'L1.C1.A1')).toBe(true);
    const m3 = JSON.parse((await pdd('conciliar', DEMO, '--meta', '3', '--json')).salida) as { discrepancias: Array<{ ambito: string; codigo: string }> };
    expect(m3.discrepancias).toEqual(ds.discrepancias.filter((d) => d.ambito === 'meta' && d.codigo === '3'));
  });

  it('un código que el plan no tiene: código 1 y los códigos válidos; un valor vacío o una opción de otro comando: código 2', async () => {
    const n = await pdd('resumen', DEMO, '--nivel', 'L1.C9');
    expect(n.codigo).toBe(1);
    expect(n.error).toContain('El plan no tiene el nivel «L1.C9»; se esperaba el código de un nivel del plan: L1, L1.C1, L1.C1.A1, L1.C1.A2, L1.C1.A3, L1.C1.A4.');
    const m = JSON.parse((await pdd('conciliar', DEMO, '--meta', '16', '--json', '--lang', 'en')).salida) as { ok: boolean; errores: Array<{ codigo: string; columna: string; valor: string; mensaje: string }> };
    expect(m.ok).toBe(false);
    expect(m.errores.map((e) => [e.codigo, e.columna, e.valor])).toEqual([['meta_inexistente', 'meta', '16']]);
    const vacio = await pdd('resumen', DEMO, '--nivel', ' ');
    expect(vacio.codigo).toBe(2);
    expect(vacio.error).toContain('--nivel espera un código de nivel, como L1.C1.A2; llegó vacío.');
    const otra = await pdd('niveles', DEMO, '--meta', '8');
    expect(otra.codigo).toBe(2);
    expect(otra.error).toContain('La opción --meta no se usa con «pdd niveles».');
  });

  it('--secretaria: la de todas las metas de la semilla da el plan entero; una que el plan no tiene, código 1; vacía, código 2', async () => {
    const entero = JSON.parse((await pdd('resumen', DEMO, '--json')).salida) as { resumen: unknown };
    const r = JSON.parse((await pdd('resumen', DEMO, '--secretaria', 'secretaría de desarrollo económico y productividad', '--json')).salida) as { seleccion: unknown; resumen: unknown };
    expect(r.seleccion).toEqual({ secretaria: 'secretaría de desarrollo económico y productividad' });
    expect(r.resumen).toEqual(entero.resumen);
    const texto = await pdd('niveles', DEMO, '--secretaria', 'Secretaría de Desarrollo Económico y Productividad');
    expect(texto.salida.startsWith('Parte del plan: las metas de la secretaría «Secretaría de Desarrollo Económico y Productividad».\n')).toBe(true);
    const n = await pdd('conciliar', DEMO, '--secretaria', 'Secretaría de Salud');
    expect(n.codigo).toBe(1);
    expect(n.error).toContain('El plan no tiene la secretaría «Secretaría de Salud»; se esperaba el nombre de una secretaría del plan: Secretaría de Desarrollo Económico y Productividad.');
    const vacio = await pdd('resumen', DEMO, '--secretaria', ' ');
    expect(vacio.codigo).toBe(2);
    expect(vacio.error).toContain('--secretaria espera el nombre de una secretaría, como «Secretaría de Hacienda»; llegó vacío.');
  });

  it('la ayuda de resumen las lista', async () => {
    const r = await pdd('resumen', '--ayuda');
    expect(r.salida).toContain('--nivel CÓDIGO');
    expect(r.salida).toContain('--meta CÓDIGO');
    expect(r.salida).toContain('--secretaria NOMBRE');
  });
});

describe('pdd: el binario construido', () => {
  const BIN = join(RAIZ, 'packages', 'core', 'dist', 'cli', 'main.js');
  it.runIf(existsSync(BIN))('node dist/cli/main.js --ayuda', () => {
    const r = spawnSync(process.execPath, [BIN, '--ayuda'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Comandos:');
  });
  it.runIf(existsSync(BIN))('código 2 en un error de uso', () => {
    const r = spawnSync(process.execPath, [BIN, 'comer'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Comando desconocido');
  });
});

describe('pdd importar: libros de Excel por la ruta única', () => {
  const SISPT = join(RAIZ, '..', 'shared', 'samples', 'chia-25175_sispt-plan-indicativo.xlsx');
  const DNP = join(RAIZ, '..', 'shared', 'samples', 'chia-25175_dnp-informe-seguimiento-pdt.xlsx');
  const hay = existsSync(SISPT) && existsSync(DNP);
  if (!hay) console.warn('cli.test: se omite «pdd importar» con las muestras de Chía; faltan en ../shared/samples');

  /** Rows of a sheet as SheetJS reads them (the expected counts come from the raw cells, not from the importer). */
  function filas(ruta: string, hoja: string): unknown[][] {
    const wb = XLSX.read(readFileSync(ruta), { type: 'buffer', dense: true });
    return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[hoja]!, { header: 1, defval: null, raw: true });
  }

  it.runIf(hay)('las dos muestras de Chía → un plan válido, con las cifras que dice docs/importar.md', async () => {
    const salida = join(dir, 'chia.json');
    const r = await pdd('importar', SISPT, DNP, '--salida', salida, '--json');
    expect(r.codigo).toBe(0);
    const j = JSON.parse(r.salida) as { ok: boolean; formato: string; informe: { metas: number; conflictos: Conflicto[]; niveles: Array<{ nombre: string }> } };
    expect([j.ok, j.formato]).toEqual([true, 'fusion']);
    const plan = JSON.parse(readFileSync(salida, 'utf8')) as unknown;
    const v = validarPlan(plan);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    // One meta per SisPT product row with an IP code (the base); IP-380 is only in the DNP file: absent, with its reason.
    const sispt = filas(SISPT, 'Plan indicativo - Productos');
    const col = (sispt[1] as string[]).indexOf('Código de indicador de producto (SisPT)');
    const productos = sispt.slice(2).filter((f) => f[col] !== null && String(f[col]).trim() !== '').length;
    expect(v.plan.metas).toHaveLength(productos);
    expect(v.plan.ausentes?.map((a) => a.codigo)).toEqual(['IP-380']);
    expect(j.informe.niveles.map((x) => x.nombre)).toEqual(['Línea estratégica', 'Sector', 'Programa', 'Producto']);
    // docs/importar.md: 63 conflicts — 39 programados, 12 metas del cuatrienio, 12 tipos de acumulación.
    const porCampo = (campo: string) => j.informe.conflictos.filter((c) => c.campo === campo).length;
    expect(j.informe.conflictos).toHaveLength(63);
    expect([porCampo('programado'), porCampo('metaCuatrienio'), porCampo('acumulacion')]).toEqual([39, 12, 12]);
    expect(v.plan.corte).toMatchObject({ desde: 2024, hasta: 2025 });
  });

  it.runIf(hay)('el informe en texto: entidad, plan, niveles, metas, conflictos; y no sobrescribe sin --forzar', async () => {
    const salida = join(dir, 'chia-texto.json');
    const r = await pdd('importar', SISPT, DNP, '--salida', salida);
    expect(r.codigo).toBe(0);
    expect(r.salida).toContain('Entidad: Chía');
    expect(r.salida).toMatch(/Niveles: Línea estratégica \d+ · Sector \d+ · Programa \d+ · Producto \d+/);
    expect(r.salida).toContain('Conflictos entre archivos: 63');
    expect(r.salida).toContain('ausentes: IP-380');
    const antes = readFileSync(salida, 'utf8');
    const otra = await pdd('importar', DNP, '--salida', salida);
    expect(otra.codigo).toBe(1);
    expect(otra.error).toContain(`El archivo ${salida} ya existe; no se sobrescribe. Use --forzar para reemplazarlo.`);
    expect(readFileSync(salida, 'utf8')).toBe(antes);
    expect((await pdd('importar', DNP, '--salida', salida, '--forzar')).codigo).toBe(0);
    expect(readFileSync(salida, 'utf8')).not.toBe(antes);
  });

  it.runIf(hay)('los demás comandos leen el .xlsx por la misma ruta', async () => {
    expect((await pdd('validar', DNP)).salida).toMatch(/^✓ chia-25175_dnp-informe-seguimiento-pdt\.xlsx: válido — Chía/);
    expect((await pdd('niveles', SISPT)).codigo).toBe(0);
    expect((await pdd('resumen', DNP)).salida).toContain('Chía');
  });

  /** A home-made workbook whose columns the synonyms cannot place: «ÁREA» is the level, «D» the 2024 execution. */
  const CASERO = escribirXlsx([
    {
      nombre: 'Seguimiento',
      filas: [
        ['ALCALDÍA MUNICIPAL DE CHÍA'],
        ['ÁREA', 'CÓDIGO', 'META DE PRODUCTO', 'LOGRADO', 'META 2024', 'OBSERVACIONES'],
        ['Salud', '010101', 'Vacunar niños', 80, 100, 'bien'],
        ['Salud', '010102', 'Dotar puestos', 1, 1, ''],
      ],
    },
  ]);

  it('--mapeo con un libro propio generado: el mapeo ubica las columnas; sin él, error que las nombra', async () => {
    const libro = join(dir, 'propio.xlsx');
    writeFileSync(libro, CASERO);
    const sin = await pdd('validar', libro, '--plan', 'Plan de prueba');
    expect(sin.codigo).toBe(1);
    const mapeo = join(dir, 'mapeo.json');
    writeFileSync(mapeo, JSON.stringify({ columnas: { 'ÁREA': 'linea', LOGRADO: 'ejecutado:2024', OBSERVACIONES: null } }));
    const salida = join(dir, 'propio.json');
    const r = await pdd('importar', libro, '--mapeo', mapeo, '--salida', salida, '--plan', 'Plan de prueba');
    expect(r.error).not.toContain('✗');
    expect(r.codigo).toBe(0);
    const v = validarPlan(JSON.parse(readFileSync(salida, 'utf8')));
    if (!v.ok) expect.fail(v.errores.map((e) => e.mensaje).join('\n'));
    expect(v.plan.niveles).toEqual(['ÁREA']);
    expect(v.plan.metas.map((m) => [m.codigo, m.seguimiento])).toEqual([
      ['010101', [{ desde: 2024, hasta: 2024, programado: 100, ejecutado: 80 }]],
      ['010102', [{ desde: 2024, hasta: 2024, programado: 1, ejecutado: 1 }]],
    ]);
  });

  it('--mapeo no válido: error de uso que nombra la clave y lo esperado; JSON roto y archivo ausente también', async () => {
    const libro = join(dir, 'propio2.xlsx');
    writeFileSync(libro, CASERO);
    const malo = join(dir, 'mapeo-malo.json');
    writeFileSync(malo, JSON.stringify({ columnas: { 'ÁREA': 'inventado' }, otra: 1 }));
    const r = await pdd('importar', libro, '--mapeo', malo, '--salida', join(dir, 'nunca.json'));
    expect(r.codigo).toBe(2);
    expect(r.error).toContain('columnas.ÁREA: se esperaba un campo');
    expect(r.error).toContain('otra: se esperaba solo «columnas», «hojas» y «filaEncabezado»');
    expect(existsSync(join(dir, 'nunca.json'))).toBe(false);
    const roto = join(dir, 'mapeo-roto.json');
    writeFileSync(roto, '{ "columnas": ');
    expect((await pdd('validar', libro, '--mapeo', roto)).error).toContain('no es JSON válido');
    expect((await pdd('validar', libro, '--mapeo', join(dir, 'no-hay.json'))).error).toContain('No existe el archivo');
  });

  it.each([
    [['importar', 'x.xlsx'], '«pdd importar» necesita --salida plan.json'],
    [['importar', '--salida', 'p.json'], '«pdd importar» necesita al menos un archivo'],
    [['validar', 'x.xlsx', '--formato-xlsx', 'pdf'], '--formato-xlsx admite «auto», «sispt», «dnp», «casero»'],
  ])('error de uso %j: 2', async (args, mensaje) => {
    const r = await pdd(...args);
    expect(r.codigo).toBe(2);
    expect(r.error).toContain(mensaje);
  });

  it('ayuda de importar, en español', async () => {
    const r = await pdd('importar', '--ayuda');
    expect(r.salida).toContain('Uso: pdd importar ARCHIVO… --salida plan.json [--mapeo mapeo.json] [--forzar]');
    expect(r.salida).toContain('--mapeo mapeo.json');
  });
});
