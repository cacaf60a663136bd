import { describe, expect, it } from 'vitest';
import { Diagnostico, nombreColumna, referencia } from './diagnostico.js';

describe('Diagnostico', () => {
  it('el mensaje nombra archivo, hoja, fila de Excel, columna (letra · encabezado), valor y lo esperado', () => {
    const d = new Diagnostico('chia.xlsx', 'es');
    const e = d.error({ codigo: 'no_es_numero', hoja: 'Productos', r: 11, c: 15, encabezado: 'Meta del cuatrienio', valor: 'doce', esperado: 'un número' });
    expect(e).toMatchObject({ archivo: 'chia.xlsx', fila: 12, columna: 'P · Meta del cuatrienio', ruta: "'Productos'!P12", valor: '"doce"', severidad: 'error' });
    expect(e.mensaje).toBe('chia.xlsx, hoja «Productos», fila 12, columna P · Meta del cuatrienio: se esperaba un número; se encontró "doce".');
  });
  it('en inglés', () => {
    const d = new Diagnostico('a.xlsx', 'en');
    const e = d.aviso({ codigo: 'x', hoja: 'S', r: 0, esperado: 'a number', detalle: 'Left as no data.' });
    expect(e.mensaje).toBe('a.xlsx, sheet "S", row 1: expected a number. Left as no data.');
    expect(e.severidad).toBe('aviso');
  });
  it('corta la lista en el límite y dice cuántos se omitieron', () => {
    const d = new Diagnostico(undefined, 'es', 2);
    for (let i = 0; i < 5; i++) d.error({ codigo: 'x', esperado: 'y' });
    const { errores } = d.cerrar();
    expect(errores).toHaveLength(3);
    expect(errores[2]!.mensaje).toContain('3');
  });
  it('nombreColumna y referencia', () => {
    expect(nombreColumna(5, '  AVANCE\nMETA 2024 ')).toBe('F · AVANCE META 2024');
    expect(referencia("Hoja de Ana's", 0, 0)).toBe("'Hoja de Ana''s'!A1");
  });
});
