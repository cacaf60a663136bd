import { describe, it, expect } from 'vitest';
import { clasificarEncabezado } from './csv-columnas.js';

describe('clasificarEncabezado', () => {
  it('campos de la meta, sin importar mayúsculas, tildes ni espacios', () => {
    expect(clasificarEncabezado('Código meta')).toEqual({ tipo: 'fila', campo: 'codigo' });
    expect(clasificarEncabezado('  CODIGO   META ')).toEqual({ tipo: 'fila', campo: 'codigo' });
    expect(clasificarEncabezado('Meta')).toEqual({ tipo: 'fila', campo: 'nombre' });
    expect(clasificarEncabezado('META DEL CUATRIENIO')).toEqual({ tipo: 'fila', campo: 'metaCuatrienio' });
    expect(clasificarEncabezado('¿Qué se hizo?')).toEqual({ tipo: 'fila', campo: 'queSeHizo' });
    expect(clasificarEncabezado('que se hizo')).toEqual({ tipo: 'fila', campo: 'queSeHizo' });
    expect(clasificarEncabezado('% cumplimiento reportado')).toEqual({ tipo: 'fila', campo: 'cumplimientoReportado' });
    expect(clasificarEncabezado('Tendencia')).toEqual({ tipo: 'fila', campo: 'tipo' });
    expect(clasificarEncabezado('Dependencia responsable')).toEqual({ tipo: 'fila', campo: 'secretaria' });
  });

  it('datos del plan', () => {
    expect(clasificarEncabezado('Código DANE')).toEqual({ tipo: 'plan', campo: 'divipolaEntidad' });
    expect(clasificarEncabezado('Corte')).toEqual({ tipo: 'plan', campo: 'corte' });
  });

  it('niveles: «Nivel N: nombre» o nombres conocidos', () => {
    expect(clasificarEncabezado('Nivel 1: Línea estratégica')).toEqual({ tipo: 'nivel', nivel: 0, nombre: 'Línea estratégica', explicito: true });
    expect(clasificarEncabezado('Nivel 3')).toEqual({ tipo: 'nivel', nivel: 2, nombre: null, explicito: true });
    expect(clasificarEncabezado('Level 2: Component')).toEqual({ tipo: 'nivel', nivel: 1, nombre: 'Component', explicito: true });
    expect(clasificarEncabezado('Programa')).toEqual({ tipo: 'nivel', nivel: -1, nombre: 'Programa', explicito: false });
    expect(clasificarEncabezado('Código nivel 2')).toEqual({ tipo: 'codigoNivel', nivel: 1, nombreNivel: null });
    expect(clasificarEncabezado('Código programa')).toEqual({ tipo: 'codigoNivel', nivel: null, nombreNivel: 'programa' });
    expect(clasificarEncabezado('Peso nivel 1')).toEqual({ tipo: 'pesoNivel', nivel: 0, nombreNivel: null });
  });

  it('programado y ejecutado por año o por periodo', () => {
    expect(clasificarEncabezado('Programado 2024')).toEqual({ tipo: 'seguimiento', medida: 'programado', desde: 2024, hasta: 2024 });
    expect(clasificarEncabezado('Ejecutado 2024-2025')).toEqual({ tipo: 'seguimiento', medida: 'ejecutado', desde: 2024, hasta: 2025 });
    expect(clasificarEncabezado('Meta 2025')).toEqual({ tipo: 'seguimiento', medida: 'programado', desde: 2025, hasta: 2025 });
    expect(clasificarEncabezado('AVANCE META 2024')).toEqual({ tipo: 'seguimiento', medida: 'ejecutado', desde: 2024, hasta: 2024 });
    expect(clasificarEncabezado('Executed 2026')).toEqual({ tipo: 'seguimiento', medida: 'ejecutado', desde: 2026, hasta: 2026 });
  });

  it('inversión por año y fuente canónica, sin fuente, total, y fuente no canónica tal como se escribió', () => {
    expect(clasificarEncabezado('Inversión 2024 recursos propios')).toMatchObject({ tipo: 'inversion', desde: 2024, hasta: 2024, fuente: 'recursos_propios', canonica: true });
    expect(clasificarEncabezado('Inversión 2024-2025 SGR')).toMatchObject({ desde: 2024, hasta: 2025, fuente: 'sgr', canonica: true });
    expect(clasificarEncabezado('INVERSION 2025 SGP educación')).toMatchObject({ fuente: 'sgp_educacion' });
    expect(clasificarEncabezado('Inversión 2024')).toMatchObject({ fuente: null, total: false });
    expect(clasificarEncabezado('Inversión 2024 Total')).toMatchObject({ fuente: null, total: true });
    expect(clasificarEncabezado('Inversión 2024-2025 Cooperación GIZ')).toMatchObject({ fuente: 'Cooperación GIZ', canonica: false });
  });

  it('grupos de beneficiarios', () => {
    expect(clasificarEncabezado('Beneficiarios Víctimas')).toEqual({ tipo: 'grupo', grupo: 'victimas', canonico: true });
    expect(clasificarEncabezado('Beneficiarios Primera infancia')).toEqual({ tipo: 'grupo', grupo: 'primera_infancia', canonico: true });
    expect(clasificarEncabezado('Beneficiarios Cafeteros')).toEqual({ tipo: 'grupo', grupo: 'Cafeteros', canonico: false });
    // Not groups: fields of their own.
    expect(clasificarEncabezado('Beneficiarios reportados')).toEqual({ tipo: 'fila', campo: 'beneficiariosReportados' });
    expect(clasificarEncabezado('Unidad beneficiarios')).toEqual({ tipo: 'fila', campo: 'unidadBeneficiarios' });
  });

  it('lo desconocido da null', () => {
    expect(clasificarEncabezado('Color favorito')).toBeNull();
    expect(clasificarEncabezado('Programado 2024 (SisPT)')).toBeNull();
    expect(clasificarEncabezado('')).toBeNull();
  });
});
