import { describe, expect, it } from 'vitest';
import { AVISO_SIN_FUNCIONES, AVISO_SIN_PANEL, evaluarSoporte } from './soporte.js';

const con = (...sets: string[]) => ({ isSetSupported: (n: string) => sets.includes(n) });

describe('soporte de la versión de Excel', () => {
  it('Microsoft 365: funciones y panel, sin aviso', () => {
    expect(evaluarSoporte(con('CustomFunctionsRuntime', 'ExcelApi'))).toEqual({ funciones: true, panel: true, aviso: null });
  });

  it('Office 2019/2021 por volumen: solo el panel, y lo dice en español nombrando las versiones', () => {
    const s = evaluarSoporte(con('ExcelApi'));
    expect(s).toMatchObject({ funciones: false, panel: true, aviso: AVISO_SIN_FUNCIONES });
    expect(s.aviso).toMatch(/Microsoft 365 \(escritorio o web\).*Office 2019 ni 2021/);
  });

  it('sin requisitos o con un isSetSupported que falla: nada se da por hecho', () => {
    expect(evaluarSoporte(undefined)).toMatchObject({ funciones: false, panel: false, aviso: AVISO_SIN_PANEL });
    expect(
      evaluarSoporte({
        isSetSupported: () => {
          throw new Error('x');
        },
      }).panel,
    ).toBe(false);
  });
});
