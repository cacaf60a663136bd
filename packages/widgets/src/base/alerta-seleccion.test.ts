import { expect } from '@esm-bundle/chai';
import { render } from 'lit';
import { seleccionarPlan, validarPlan, type Plan } from '@tablero-pdd/core';
import { alertaSeleccion } from './alerta-seleccion.js';

const URL_SEMILLA = '/demo/data/norte-de-santander-2024-2025.json';

describe('alertaSeleccion', () => {
  let semilla: Plan;
  before(async () => {
    const r = validarPlan(await (await fetch(URL_SEMILLA)).json());
    if (!r.ok) throw new Error('la semilla no valida');
    semilla = r.plan;
  });

  function texto(sel: Parameters<typeof alertaSeleccion>[1], lang: 'es' | 'en'): { texto: string; rol: string | null } {
    const caja = document.createElement('div');
    render(alertaSeleccion(semilla, sel, lang), caja);
    const p = caja.querySelector('p');
    return { texto: (p?.textContent ?? '').replace(/\s+/g, ' ').trim(), rol: p?.getAttribute('role') ?? null };
  }

  it('una secretaría que el plan no tiene: el mensaje de core, que nombra las del plan, como alerta', () => {
    for (const lang of ['es', 'en'] as const) {
      const s = seleccionarPlan(semilla, { secretaria: 'Salud' }, lang);
      if (s.ok) throw new Error('la semilla no tiene esa secretaría');
      const a = texto(s, lang);
      expect(a.rol).to.equal('alert');
      expect(a.texto).to.equal(s.error.mensaje);
      expect(a.texto).to.contain('Secretaría de Desarrollo Económico y Productividad');
    }
  });

  it('un nivel que el plan no tiene: los códigos de sus niveles', () => {
    const s = seleccionarPlan(semilla, { nivel: 'L9' });
    if (s.ok) throw new Error('la semilla no tiene ese nivel');
    const a = texto(s, 'es');
    expect(a.rol).to.equal('alert');
    expect(a.texto).to.contain('L9');
    expect(a.texto).to.contain('L1.C1.A4');
  });
});
