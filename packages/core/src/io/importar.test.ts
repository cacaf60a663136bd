import { describe, it, expect } from 'vitest';
import { importarArchivo, LECTORES, type Lector } from './importar.js';
import { escribirPlanCsv } from './csv-escribir.js';
import { escribirPlanJson } from './json.js';
import { planCompleto } from './test-utils/plan-completo.js';

const CSV_MINIMO =
  'Nivel 1: Línea;Código meta;Meta;Tipo;Acumulación;Programado 2024;Ejecutado 2024;Inversión 2024 SGR;Entidad;DIVIPOLA entidad;Plan;Corte\n' +
  'Línea uno;1;M1;Incremento;Acumulado;2;1;5;Norte de Santander;54;Norte;2024\n' +
  ';;;;;;;;;;;\n' +
  'TOTAL;;;;;2;1;5;;;;\n';

describe('importarArchivo', () => {
  it('elige el lector por la extensión', () => {
    expect(importarArchivo({ nombre: 'plan.json', contenido: escribirPlanJson(planCompleto()) }).formato).toBe('json');
    expect(importarArchivo({ nombre: 'plan.CSV', contenido: escribirPlanCsv(planCompleto()) }).formato).toBe('csv');
  });

  it('sin extensión conocida, por el contenido', () => {
    const j = importarArchivo({ nombre: 'descarga', contenido: escribirPlanJson(planCompleto()) });
    expect([j.formato, j.ok]).toEqual(['json', true]);
    const c = importarArchivo({ nombre: 'descarga', contenido: CSV_MINIMO });
    expect([c.formato, c.ok]).toEqual(['csv', true]);
  });

  it('bytes UTF-8 y bytes Windows-1252 (con un aviso que dice cómo evitarlo)', () => {
    const utf8 = importarArchivo({ nombre: 'p.csv', contenido: new TextEncoder().encode(CSV_MINIMO) });
    expect(utf8.ok && utf8.plan.niveles).toEqual(['Línea']);
    expect(utf8.avisos.map((a) => a.codigo)).not.toContain('codificacion_supuesta');
    const cp1252 = new Uint8Array([...CSV_MINIMO].map((ch) => ch.charCodeAt(0)));
    const r = importarArchivo({ nombre: 'p.csv', contenido: cp1252 });
    expect(r.ok && r.plan.niveles).toEqual(['Línea']);
    expect(r.avisos[0]).toMatchObject({ codigo: 'codificacion_supuesta', archivo: 'p.csv', severidad: 'aviso' });
  });

  it('un libro de Excel (.xlsx) aún no se lee: error claro, sin excepción', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const r = importarArchivo({ nombre: 'SisPT.xlsx', contenido: xlsx });
    expect(r.ok).toBe(false);
    expect(r.formato).toBeNull();
    if (!r.ok) {
      expect(r.errores[0]).toMatchObject({ codigo: 'formato_no_soportado', archivo: 'SisPT.xlsx', valor: '.xlsx' });
      expect(r.errores[0]!.esperado).toContain('CSV UTF-8');
    }
  });

  it('LECTORES admite lectores nuevos (p. ej. el .xlsx de SisPT de una próxima entrega)', () => {
    const falso: Lector = {
      formato: 'sispt-xlsx',
      extensiones: ['xlsx'],
      binario: true,
      reconoce: () => false,
      leer: (e) => ({ resultado: { ok: false, errores: [], avisos: [] }, filasOmitidas: [{ fila: e.bytes?.length ?? -1, motivo: 'prueba' }] }),
    };
    const r = importarArchivo({ nombre: 'a.xlsx', contenido: new Uint8Array([1, 0, 2]) }, { lectores: [...LECTORES, falso] });
    expect(r.formato).toBe('sispt-xlsx');
    expect(r.informe.filasOmitidas).toEqual([{ fila: 3, motivo: 'prueba' }]);
  });

  it('formato forzado, y formato desconocido', () => {
    expect(importarArchivo({ nombre: 'x.txt', contenido: CSV_MINIMO }, { formato: 'csv' }).formato).toBe('csv');
    const r = importarArchivo({ nombre: 'x.txt', contenido: CSV_MINIMO }, { formato: 'ods' });
    expect(!r.ok && r.errores[0]!.codigo).toBe('formato_desconocido');
  });

  it('informe: entidad, plan, corte, conteos por nivel, metas, años, fuentes, filas omitidas', () => {
    const r = importarArchivo({ nombre: 'p.csv', contenido: CSV_MINIMO });
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
    });
  });

  it('informe de un plan completo: nodos y metas por nivel', () => {
    const r = importarArchivo({ nombre: 'p.json', contenido: escribirPlanJson(planCompleto()) });
    expect(r.informe.niveles).toEqual([
      { nivel: 0, nombre: 'Línea estratégica', nodos: 1, metas: 0 },
      { nivel: 1, nombre: 'Componente', nodos: 1, metas: 1 },
      { nivel: 2, nombre: 'Apuesta', nodos: 3, metas: 2 },
    ]);
    expect(r.informe.anios).toEqual([2024, 2025, 2026, 2027]);
    expect(r.informe.fuentes).toEqual(['Cooperación GIZ', 'recursos_propios', 'sgr', 'sin_especificar']);
  });

  it('un archivo inválido: informe sin cifras (no se informa nada de un plan inválido)', () => {
    const r = importarArchivo({ nombre: 'p.json', contenido: '{"version": 1' });
    expect(r.informe).toMatchObject({ valido: false, entidad: null, metas: null, errores: 1 });
  });
});
