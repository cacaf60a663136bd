import { describe, it, expect } from 'vitest';
import { importarArchivo, LECTORES, type Lector } from './importar.js';
import { escribirPlanCsv } from './csv-escribir.js';
import { escribirPlanJson } from './json.js';
import { planCompleto } from './test-utils/plan-completo.js';
import { libroSispt } from './xlsx/test-utils/generar.js';
import { escribirXlsx } from './xlsx/test-utils/libros.js';

const CSV_MINIMO =
  'Nivel 1: Línea;Código meta;Meta;Tipo;Acumulación;Programado 2024;Ejecutado 2024;Inversión 2024 SGR;Entidad;DIVIPOLA entidad;Plan;Corte\n' +
  'Línea uno;1;M1;Incremento;Acumulado;2;1;5;Norte de Santander;54;Norte;2024\n' +
  ';;;;;;;;;;;\n' +
  'TOTAL;;;;;2;1;5;;;;\n';

describe('importarArchivo', () => {
  it('elige el lector por la extensión', async () => {
    expect((await importarArchivo({ nombre: 'plan.json', contenido: escribirPlanJson(planCompleto()) })).formato).toBe('json');
    expect((await importarArchivo({ nombre: 'plan.CSV', contenido: escribirPlanCsv(planCompleto()) })).formato).toBe('csv');
  });

  it('sin extensión conocida, por el contenido', async () => {
    const j = await importarArchivo({ nombre: 'descarga', contenido: escribirPlanJson(planCompleto()) });
    expect([j.formato, j.ok]).toEqual(['json', true]);
    const c = await importarArchivo({ nombre: 'descarga', contenido: CSV_MINIMO });
    expect([c.formato, c.ok]).toEqual(['csv', true]);
  });

  it('bytes UTF-8 y bytes Windows-1252 (con un aviso que dice cómo evitarlo)', async () => {
    const utf8 = await importarArchivo({ nombre: 'p.csv', contenido: new TextEncoder().encode(CSV_MINIMO) });
    expect(utf8.ok && utf8.plan.niveles).toEqual(['Línea']);
    expect(utf8.avisos.map((a) => a.codigo)).not.toContain('codificacion_supuesta');
    const cp1252 = new Uint8Array([...CSV_MINIMO].map((ch) => ch.charCodeAt(0)));
    const r = await importarArchivo({ nombre: 'p.csv', contenido: cp1252 });
    expect(r.ok && r.plan.niveles).toEqual(['Línea']);
    expect(r.avisos[0]).toMatchObject({ codigo: 'codificacion_supuesta', archivo: 'p.csv', severidad: 'aviso' });
  });

  it('un libro .xlsx dañado (solo la firma ZIP): lo intenta el lector de libros y responde con un error, sin excepción', async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const r = await importarArchivo({ nombre: 'SisPT.xlsx', contenido: xlsx });
    expect(r.ok).toBe(false);
    expect(r.formato).toBe('xlsx');
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'libro_ilegible', archivo: 'SisPT.xlsx' });
  });

  it('un .pdf (ni JSON, ni CSV, ni libro): formato no soportado, que nombra lo que sí se lee', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
    const r = await importarArchivo({ nombre: 'informe.pdf', contenido: pdf });
    expect(r.formato).toBeNull();
    if (!r.ok) {
      expect(r.errores[0]).toMatchObject({ codigo: 'formato_no_soportado', archivo: 'informe.pdf', valor: '.pdf' });
      expect(r.errores[0]!.esperado).toContain('.xlsx');
    } else expect.fail('un PDF no es un plan');
  });

  it('LECTORES admite lectores nuevos; el primero que declara la extensión gana', async () => {
    const falso: Lector = {
      formato: 'otro-xlsx',
      extensiones: ['xlsx'],
      binario: true,
      reconoce: () => false,
      leer: (e) => ({ resultado: { ok: false, errores: [], avisos: [] }, filasOmitidas: [{ fila: e.bytes?.length ?? -1, motivo: 'prueba' }] }),
    };
    const r = await importarArchivo({ nombre: 'a.xlsx', contenido: new Uint8Array([1, 0, 2]) }, { lectores: [falso, ...LECTORES] });
    expect(r.formato).toBe('otro-xlsx');
    expect(r.informe.filasOmitidas).toEqual([{ fila: 3, motivo: 'prueba' }]);
  });

  it('formato forzado, y formato desconocido', async () => {
    expect((await importarArchivo({ nombre: 'x.txt', contenido: CSV_MINIMO }, { formato: 'csv' })).formato).toBe('csv');
    const r = await importarArchivo({ nombre: 'x.txt', contenido: CSV_MINIMO }, { formato: 'ods' });
    expect(!r.ok && r.errores[0]!.codigo).toBe('formato_desconocido');
  });

  it('informe: entidad, plan, corte, conteos por nivel, metas, años, fuentes, filas omitidas', async () => {
    const r = await importarArchivo({ nombre: 'p.csv', contenido: CSV_MINIMO });
    expect(r.informe).toEqual({
      archivo: 'p.csv',
      formato: 'csv',
      valido: true,
      entidad: 'Norte de Santander',
      plan: 'Norte',
      corte: '2024',
      niveles: [{ nivel: 0, nombre: 'Línea', nodos: 1, metas: 1 }],
      metas: 1,
      anios: [2024],
      fuentes: ['sgr'],
      errores: 0,
      avisos: 0,
      filasOmitidas: [{ fila: 4, motivo: 'fila de totales' }],
      filasVacias: 1,
      notas: [],
      conflictos: [],
    });
    expect(r.reporte).toBeNull();
  });

  it('informe de un plan completo: nodos y metas por nivel', async () => {
    const r = await importarArchivo({ nombre: 'p.json', contenido: escribirPlanJson(planCompleto()) });
    expect(r.informe.niveles).toEqual([
      { nivel: 0, nombre: 'Línea estratégica', nodos: 1, metas: 0 },
      { nivel: 1, nombre: 'Componente', nodos: 1, metas: 1 },
      { nivel: 2, nombre: 'Apuesta', nodos: 3, metas: 2 },
    ]);
    expect(r.informe.anios).toEqual([2024, 2025, 2026, 2027]);
    expect(r.informe.fuentes).toEqual(['Cooperación GIZ', 'recursos_propios', 'sgr', 'sin_especificar']);
  });

  it('un archivo inválido: informe sin cifras (no se informa nada de un plan inválido)', async () => {
    const r = await importarArchivo({ nombre: 'p.json', contenido: '{"version": 1' });
    expect(r.informe).toMatchObject({ valido: false, entidad: null, metas: null, errores: 1 });
  });
});

describe('importarArchivo: libros de Excel por la misma ruta', () => {
  const sispt = escribirXlsx(libroSispt(3));

  it('un .xlsx de SisPT: plan válido, formato «xlsx», informe y reporte del libro', async () => {
    const r = await importarArchivo({ nombre: 'sispt.xlsx', contenido: sispt });
    expect(r.formato).toBe('xlsx');
    if (!r.ok) expect.fail(r.errores.map((e) => e.mensaje).join('\n'));
    // libroSispt(3): three product rows → three metas, hanging from the 4th level (products).
    expect(r.plan.metas).toHaveLength(3);
    expect(r.informe.metas).toBe(3);
    expect(r.informe.niveles.map((n) => n.nombre)).toEqual(['Línea estratégica', 'Sector', 'Programa', 'Producto']);
    expect(r.informe.niveles[3]!.metas).toBe(3);
    expect(r.reporte?.formato).toBe('sispt-plan-indicativo');
    expect(r.informe.notas).toEqual(r.reporte?.notas);
    expect(r.informe.notas.length).toBeGreaterThan(0); // SisPT has no direction: the assumption is said
  });

  it('sin extensión: reconocido por la firma del libro', async () => {
    const r = await importarArchivo({ nombre: 'descarga', contenido: sispt });
    expect([r.formato, r.ok]).toEqual(['xlsx', true]);
  });

  it('formatoXlsx obliga el formato: el export de SisPT leído como libro propio ya no es SisPT', async () => {
    const r = await importarArchivo({ nombre: 'sispt.xlsx', contenido: sispt }, { formatoXlsx: 'casero' });
    expect(r.reporte?.formato).toBe('libro-propio');
  });

  it('el mapeo llega al lector de libros propios: una clave sin columna es un error que la nombra', async () => {
    const r = await importarArchivo({ nombre: 'sispt.xlsx', contenido: sispt }, { formatoXlsx: 'casero', mapeo: { columnas: { 'NO EXISTE': 'peso' } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores.some((e) => e.codigo === 'mapeo_sin_columna' && e.valor === '"NO EXISTE"')).toBe(true);
  });

  it('un lector que lanza: error_interno que nombra el archivo, no una excepción', async () => {
    const roto: Lector = {
      formato: 'roto',
      extensiones: ['roto'],
      reconoce: () => false,
      leer: () => {
        throw new Error('fallo de prueba');
      },
    };
    const r = await importarArchivo({ nombre: 'a.roto', contenido: 'x' }, { lectores: [roto] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]).toMatchObject({ codigo: 'error_interno', archivo: 'a.roto', valor: 'fallo de prueba' });
  });
});
