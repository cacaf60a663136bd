import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
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
    // A line break typed inside the header (Alt+Enter) is a space; a span without a dash is still a span.
    expect(clasificarEncabezado('Inversión 2024-2025 Cooperación\nGIZ')).toMatchObject({ fuente: 'Cooperación GIZ', canonica: false });
    expect(clasificarEncabezado('Inversión\r\n2024-2025\nCooperación GIZ')).toMatchObject({ desde: 2024, hasta: 2025, fuente: 'Cooperación GIZ' });
    expect(clasificarEncabezado('Inversión 2024 2025 Cooperación GIZ')).toMatchObject({ desde: 2024, hasta: 2025, fuente: 'Cooperación GIZ' });
    expect(clasificarEncabezado('Inversión 2024 a 2025: Cooperación GIZ')).toMatchObject({ desde: 2024, hasta: 2025, fuente: 'Cooperación GIZ' });
  });

  it('un encabezado escrito en varias líneas (Alt+Enter en Excel) se lee como una sola', () => {
    expect(clasificarEncabezado('Nivel 1: Línea\nestratégica')).toEqual({ tipo: 'nivel', nivel: 0, nombre: 'Línea estratégica', explicito: true });
    expect(clasificarEncabezado('Nivel 2:\r\nComponente')).toEqual({ tipo: 'nivel', nivel: 1, nombre: 'Componente', explicito: true });
    expect(clasificarEncabezado('Línea\nestratégica')).toEqual({ tipo: 'nivel', nivel: -1, nombre: 'Línea estratégica', explicito: false });
    expect(clasificarEncabezado('Beneficiarios Cafeteros\nde la zona')).toEqual({ tipo: 'grupo', grupo: 'Cafeteros de la zona', canonico: false });
    expect(clasificarEncabezado('Código\nmeta')).toEqual({ tipo: 'fila', campo: 'codigo' });
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

  it('un encabezado enorme con un salto de línea se clasifica sin quedarse pegado', () => {
    // Before the fix this took about 40 s (each year re-scanned the rest up to the line break): a relapse fails
    // by the test timeout. 300,000 characters: a CSV header has no length limit.
    const largo = `Inversión 2024 ${'2024 '.repeat(60_000)}\nGIZ`;
    const c = clasificarEncabezado(largo);
    expect(c).toMatchObject({ tipo: 'inversion', desde: 2024, hasta: 2024, canonica: false });
    expect(c?.tipo === 'inversion' && c.fuente?.endsWith('2024 GIZ')).toBe(true);
  });

  it('en una sola línea, la fuente escrita es la de la lectura anterior', () => {
    // The reading before the fix, as the reference for one-line headers whose span has a dash (it is only
    // quadratic with a line break, which these texts never hold).
    const anterior = (original: string) =>
      (/^\s*\S+(?:\s+\S+)*?\s*\d{4}(?:\s*(?:[-–—/]|\s+a\s+)\s*\d{4})?\s*[-–—:]?\s*(.*)$/u.exec(original)?.[1] ?? '').trim();
    const palabra = fc.stringMatching(/^[A-Za-zÁÉÍÓÚáéíóúÑñ.()]{1,8}$/);
    const fuente = fc.array(palabra, { minLength: 1, maxLength: 4 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(fc.constantFrom('Inversión', 'INVERSION', 'Investment'), fc.integer({ min: 2020, max: 2030 }), fc.option(fc.constantFrom('-', ' - ', '–', '/')), fuente, fc.constantFrom(' ', ': ', ' - '),
        (cab, anio, guion, f, sep) => {
          const texto = `${cab} ${anio}${guion === null ? '' : `${guion}${anio + 1}`}${sep}${f}`;
          const c = clasificarEncabezado(texto);
          if (c?.tipo !== 'inversion' || c.canonica || c.fuente === null) return;
          expect(c.fuente).toBe(anterior(texto));
        }),
    );
  });
});
