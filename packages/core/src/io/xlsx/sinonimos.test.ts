import { describe, expect, it } from 'vitest';
import { CAMPOS_CASERO, SINONIMOS_ENCABEZADO, normalizarEncabezado, reconocerEncabezado } from './sinonimos.js';

describe('reconocerEncabezado: los encabezados típicos de los libros propios', () => {
  const casos: Array<[string, string, number | null]> = [
    ['META CUATRENIO', 'metaCuatrienio', null],
    ['Meta del Cuatrienio', 'metaCuatrienio', null],
    ['L.B', 'lineaBase', null],
    ['LÍNEA BASE 2023', 'lineaBase', null],
    ['% CUMPLIMIENTO P.A 2024', 'cumplimiento', 2024],
    ['% AVANCE P.D. 2025', 'avance', 2025],
    ['DEPENDENCIA RESPONSABLE', 'secretaria', null],
    ['TENDENCIA', 'tipo', null],
    ['AVANCE\nMETA 2024', 'ejecutado', 2024],
    ['AVANCE META 2024', 'ejecutado', 2024],
    ['META 2024', 'programado', 2024],
    ['META VIGENCIA 2026', 'programado', 2026],
    ['META 2024-2027', 'metaCuatrienio', null],
    ['EJE / LÍNEA', 'linea', null],
    ['META DE PRODUCTO', 'nombre', null],
    ['Cód. meta', 'codigo', null],
    ['BPIN', 'bpin', null],
  ];
  for (const [texto, campo, anio] of casos)
    it(`«${texto.replace('\n', '\\n')}» → ${campo}${anio ? ` ${anio}` : ''}`, () => {
      expect(reconocerEncabezado(texto)).toEqual({ campo, anio });
    });

  it('«% AVANCE» (reportado) no es «AVANCE» (ejecutado): el signo % cuenta', () => {
    expect(reconocerEncabezado('% AVANCE 2024')?.campo).toBe('avance');
    expect(reconocerEncabezado('AVANCE 2024')?.campo).toBe('ejecutado');
  });
  it('«META» sola es ambigua (¿texto o valor?): no se reconoce', () => {
    expect(reconocerEncabezado('META')).toBeNull();
  });
  it('un campo anual sin año queda reconocido con año null (el año puede venir de la banda)', () => {
    expect(reconocerEncabezado('AVANCE')).toEqual({ campo: 'ejecutado', anio: null });
  });
  it('encabezados ajenos no se reconocen', () => {
    expect(reconocerEncabezado('OBSERVACIONES')).toBeNull();
    expect(reconocerEncabezado('')).toBeNull();
  });
});

describe('normalizarEncabezado', () => {
  it('saca los años y convierte % en «porcentaje»', () => {
    expect(normalizarEncabezado('% Cumplimiento P.A. 2024')).toEqual({ clave: 'porcentaje cumplimiento p a', anios: [2024] });
  });
});

describe('tabla de sinónimos exportada', () => {
  it('cada campo tiene sinónimos y ningún sinónimo apunta a dos campos', () => {
    const dueño = new Map<string, string>();
    for (const c of CAMPOS_CASERO) {
      expect(SINONIMOS_ENCABEZADO[c.campo].length).toBeGreaterThan(0);
      for (const s of c.sinonimos) {
        const k = normalizarEncabezado(s).clave;
        const previo = dueño.get(k);
        expect(previo === undefined || previo === c.campo, `«${s}» está en ${previo} y en ${c.campo}`).toBe(true);
        dueño.set(k, c.campo);
      }
    }
  });
});
