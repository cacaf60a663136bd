/**
 * The shipped samples (Chía, 25175): DNP SisPT's Plan Indicativo export and DNP's Informe de Seguimiento.
 * Every expected count is read here from the sheets with SheetJS directly, independently of the importer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { conciliarFinancieroDnp, conciliarFisicoDnp, importarXlsx, importarXlsxVarios, validarPlan, type Plan, type ResultadoXlsx } from '../../packages/core/src/index.js';
import { inflarConZlib } from '../../packages/core/src/io/xlsx/inflar-zlib.js';
import { revisarPartesZip } from '../../packages/core/src/io/xlsx/zip-contenido.js';

const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SISPT = resolve(RAIZ, '../shared/samples/chia-25175_sispt-plan-indicativo.xlsx');
const DNP = resolve(RAIZ, '../shared/samples/chia-25175_dnp-informe-seguimiento-pdt.xlsx');
const faltan = !existsSync(SISPT) || !existsSync(DNP);
if (faltan) console.warn(`importar-muestras: se omiten las pruebas; faltan las muestras en ${resolve(RAIZ, '../shared/samples')}`);

type Fila = Array<string | number | null>;
const libros = new Map<string, XLSX.WorkBook>();
function filas(archivo: string, hoja: string): Fila[] {
  let wb = libros.get(archivo);
  if (!wb) libros.set(archivo, (wb = XLSX.read(readFileSync(archivo))));
  return XLSX.utils.sheet_to_json<Fila>(wb.Sheets[hoja]!, { header: 1, raw: true, defval: null });
}
const vacio = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');
const num = (v: unknown) => (typeof v === 'number' ? v : null);

function ok(r: ResultadoXlsx) {
  if (!r.ok) throw new Error(r.errores.slice(0, 5).map((e) => e.mensaje).join('\n'));
  return r;
}

describe.skipIf(faltan)('revisarPartesZip: las muestras reales pasan la revisión de sus partes comprimidas', () => {
  it.each([
    ['DecompressionStream (navegadores; por omisión)', {}],
    ['zlib de Node (inflar-zlib.ts)', { inflar: inflarConZlib }],
  ] as const)('con %s, SisPT y DNP: sanas', async (_, o) => {
    for (const m of [SISPT, DNP]) expect(await revisarPartesZip(new Uint8Array(readFileSync(m)), o)).toEqual({ estado: 'sano' });
  });
});

describe.skipIf(faltan)('muestra SisPT — Plan Indicativo de Chía', () => {
  const crudo = faltan ? [] : filas(SISPT, 'Plan indicativo - Productos');
  const h = (crudo[1] ?? []) as string[];
  const datos = crudo.slice(2).filter((f) => !vacio(f[h.indexOf('Código de indicador de producto (SisPT)')]));
  const col = (t: string) => h.indexOf(t);
  let r: Extract<ResultadoXlsx, { ok: true }>;

  it('importa y valida; entidad 25175 municipio', async () => {
    r = ok(await importarXlsx(readFileSync(SISPT), { archivo: 'chia-sispt.xlsx' }));
    expect(validarPlan(r.plan).ok).toBe(true);
    expect(r.plan.entidad).toEqual({ nombre: 'Chía', tipo: 'municipio', divipola: '25175' });
  });
  it('una meta por fila de producto no vacía; líneas e indicadores de resultado contados en las hojas', () => {
    expect(r.plan.metas).toHaveLength(datos.length);
    const lineas = filas(SISPT, 'Líneas estratégicas').slice(2).filter((f) => !vacio(f[3]));
    expect(r.reporte.niveles[0]).toEqual({ nivel: 'Línea estratégica', nodos: lineas.length });
    const ir = filas(SISPT, 'Indicadores de resultado').slice(2).filter((f) => !vacio(f[3]));
    expect(r.plan.indicadoresResultado).toHaveLength(ir.length);
    // Products: distinct (línea, sector, programa, producto) paths.
    const productos = new Set(datos.map((f) => `${String(f[col('Línea estratégica')]).split('-').slice(0, 2).join('-')}|${f[col('Código del sector')]}|${f[col('Código del programa (MGA)')]}|${f[col('Código del producto (MGA)')]}`));
    expect(r.reporte.niveles[3]!.nodos).toBe(productos.size);
  });
  it('cada meta: meta del cuatrienio y programación como en la hoja (vacío → null, nunca 0)', () => {
    const porCodigo = new Map(r.plan.metas.map((m) => [m.codigo, m]));
    let vacias = 0;
    for (const f of datos) {
      const m = porCodigo.get(String(f[col('Código de indicador de producto (SisPT)')]))!;
      expect(m.metaCuatrienio).toBe(num(f[col('Meta del cuatrienio')]));
      for (const [k, anio] of [2024, 2025, 2026, 2027].entries()) {
        const celda = f[col(`Programación del producto bien o servicio ${anio}`)];
        if (vacio(celda)) vacias++;
        expect(m.seguimiento[k]).toEqual({ desde: anio, hasta: anio, programado: num(celda), ejecutado: null });
      }
    }
    expect(vacias).toBeGreaterThan(0); // the sample does have blank programming cells
  });
  it('inversión de cada año = columna «Total» del año (cuando la hay); códigos con ceros como texto', () => {
    const porCodigo = new Map(r.plan.metas.map((m) => [m.codigo, m]));
    for (const f of datos) {
      const m = porCodigo.get(String(f[col('Código de indicador de producto (SisPT)')]))!;
      for (const anio of [2024, 2025, 2026, 2027]) {
        const total = num(f[col(`Total ${anio}`)]);
        const suma = m.inversion.filter((e) => e.desde === anio).reduce((a, e) => a + (e.valor ?? 0), 0);
        if (total !== null) expect(suma).toBeCloseTo(total, 2);
      }
    }
    expect(r.avisos.filter((a) => a.codigo === 'total_no_cuadra')).toEqual([]);
    expect(new Set(r.plan.metas.flatMap((m) => m.inversion.map((e) => e.fuente)))).toEqual(new Set(r.reporte.fuentes));
  });
});

describe.skipIf(faltan)('muestra DNP — Informe de Seguimiento al PDT de Chía', () => {
  const crudo = faltan ? [] : filas(DNP, 'Detalle seguimiento físico');
  const h = (crudo[6] ?? []) as string[];
  const datos = crudo.slice(7).filter((f) => !vacio(f[0]));
  const col = (t: string) => h.indexOf(t);
  let r: Extract<ResultadoXlsx, { ok: true }>;

  it('importa y valida; entidad por «Chía, Cundinamarca»; corte 2024–2025 con la fecha de SisPT', async () => {
    r = ok(await importarXlsx(readFileSync(DNP), { archivo: 'chia-dnp.xlsx' }));
    expect(r.plan.entidad.divipola).toBe('25175');
    expect(r.plan.corte).toMatchObject({ desde: 2024, hasta: 2025, fecha: '31 de diciembre de 2025' });
  });
  it('una meta por fila con consecutivos; ejecutado = «Ejecución Física» (un espacio → null)', () => {
    expect(r.plan.metas).toHaveLength(datos.length);
    const porCodigo = new Map(r.plan.metas.map((m) => [m.codigo, m]));
    let espacios = 0;
    for (const f of datos) {
      const m = porCodigo.get(String(f[0]).split(',').map((s) => s.trim()).join(', '))!;
      for (const [k, anio] of [2024, 2025].entries()) {
        const e = f[col(`Ejecución Física ${anio} (PIIP)`)];
        if (e === ' ') espacios++;
        expect(m.seguimiento[k]!.ejecutado).toBe(num(e));
        expect(m.seguimiento[k]!.programado).toBe(num(f[col(`Programado ${anio} (SisPT)`)]));
      }
    }
    expect(espacios).toBeGreaterThan(0);
  });
  it('core coincide con el «Avance físico» del DNP en cada fila y año; donde no hay cifra, ambos sin cifra y por qué', () => {
    const c = conciliarFisicoDnp(r.plan, r.reporte.dnp!.fisico);
    expect(c).toHaveLength(datos.length * 2);
    // The expected class of each row, from the raw cells (not from the importer).
    for (const x of c) {
      const f = datos.find((d) => d[0] !== null && String(d[0]).split(',').map((s) => s.trim()).join(', ') === x.codigos.join(', '))!;
      const p = num(f[col(`Programado ${x.anio} (SisPT)`)]);
      const e = num(f[col(`Ejecución Física ${x.anio} (PIIP)`)]);
      const esperado = p === null || p === 0 ? (e !== null && e > 0 ? 'ejecucion_sin_programacion' : 'no_programada') : e === null ? 'sin_ejecucion' : null;
      expect({ fila: x.fila, anio: x.anio, estado: x.estado, motivo: x.motivo }).toEqual({ fila: x.fila, anio: x.anio, estado: esperado ? 'ambos_sin_cifra' : 'coincide', motivo: esperado });
    }
  });
  it('«Obligaciones como % de lo programado» = obligaciones ÷ programado en cada fila financiera', () => {
    const c = conciliarFinancieroDnp(r.reporte.dnp!.financiero);
    expect(c.length).toBeGreaterThan(0);
    expect(c.filter((x) => x.estado === 'difiere')).toEqual([]);
  });
});

describe.skipIf(faltan)('muestras fusionadas: SisPT + Informe de Seguimiento', () => {
  let r: Extract<ResultadoXlsx, { ok: true }>;
  let plan: Plan;
  it('un solo plan de Chía: árbol de SisPT, ejecución del DNP, corte del DNP', async () => {
    r = ok(await importarXlsxVarios([{ nombre: 'chia-dnp.xlsx', contenido: readFileSync(DNP) }, { nombre: 'chia-sispt.xlsx', contenido: readFileSync(SISPT) }]));
    plan = r.plan;
    expect(plan.niveles).toHaveLength(4);
    expect(plan.corte.hasta).toBe(2025);
    expect(plan.metas.some((m) => m.seguimiento.some((s) => s.ejecutado !== null))).toBe(true);
  });
  it('cada programado distinto entre los dos archivos (filas de un solo consecutivo) es un conflicto informado', () => {
    const sispt = filas(SISPT, 'Plan indicativo - Productos');
    const hs = sispt[1] as string[];
    const dnp = filas(DNP, 'Detalle seguimiento físico').slice(7).filter((f) => !vacio(f[0]) && !String(f[0]).includes(','));
    const esperados: string[] = [];
    for (const f of dnp) {
      const s = sispt.find((x) => x[hs.indexOf('Código de indicador de producto (SisPT)')] === f[0]);
      if (!s) continue;
      for (const [k, anio] of [2024, 2025, 2026, 2027].entries()) {
        const a = num(s[hs.indexOf(`Programación del producto bien o servicio ${anio}`)]);
        const b = num(f[13 + k]);
        if (a !== null && b !== null && Math.abs(a - b) > 1e-9) esperados.push(`${String(f[0])}|${anio}`);
      }
    }
    expect(esperados.length).toBeGreaterThan(0);
    const informados = new Set(r.reporte.conflictos!.filter((c) => c.campo === 'programado').map((c) => `${c.meta}|${c.anio}`));
    expect([...informados].sort()).toEqual(esperados.sort());
  });
  it('en el plan fusionado, lo que no coincide con el DNP es un conflicto informado, una fila agrupada o una meta ausente', () => {
    const c = conciliarFisicoDnp(plan, r.reporte.dnp!.fisico);
    const conflictos = new Set(r.reporte.conflictos!.map((x) => `${x.meta}|${x.anio}`));
    for (const x of c.filter((y) => y.estado === 'difiere')) {
      expect(x.motivo).toBe('programado_distinto');
      expect(conflictos.has(`${x.codigos[0]}|${x.anio}`)).toBe(true);
    }
    for (const x of c.filter((y) => y.estado === 'sin_meta')) {
      if (x.motivo === 'meta_inexistente') expect(plan.ausentes?.map((a) => a.codigo)).toContain(x.codigos[0]);
      else expect(x.motivo).toBe('fila_agrupada');
    }
  });
});
