import { describe, expect, it } from 'vitest';
import { nombreHojaLibre, nombreTablaLibre } from './nombres-libres.js';

describe('nombres libres', () => {
  it('usa el nombre pedido si está libre y si no añade (2), (3)… sin importar mayúsculas', () => {
    expect(nombreHojaLibre('Resumen PDD', ['Plan'])).toBe('Resumen PDD');
    expect(nombreHojaLibre('Resumen PDD', ['resumen pdd', 'Resumen PDD (2)'])).toBe('Resumen PDD (3)');
  });

  it('respeta el máximo de 31 caracteres de Excel al añadir el sufijo', () => {
    const largo = 'Resumen del Plan de Desarrollo 2024';
    const n = nombreHojaLibre(largo, [largo.slice(0, 31)]);
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n.endsWith(' (2)')).toBe(true);
  });

  it('las tablas llevan _2, _3 (Excel no admite espacios en nombres de tabla)', () => {
    expect(nombreTablaLibre('PDD_Metas', ['pdd_metas', 'PDD_Metas_2'])).toBe('PDD_Metas_3');
    expect(nombreTablaLibre('PDD_Metas', [])).toBe('PDD_Metas');
  });
});
