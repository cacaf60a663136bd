// Smoke test: core's formatter and validator run in real Chromium (no Node built-ins leak into core).
import { expect } from '@esm-bundle/chai';
import { formatearPorcentaje, validarPlan } from '../../packages/core/src/index.js';

describe('core en el navegador', () => {
  it('formatea en es-CO con el formateador de core', () => {
    expect(formatearPorcentaje(0.667)).to.equal('66,7\u00a0%');
  });
  it('valida y reporta errores en español', () => {
    const r = validarPlan({ version: 2 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errores[0]!.mensaje).to.match(/se esperaba/);
  });
  it('renderiza en Shadow DOM', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>hola</p>';
    document.body.append(host);
    expect(host.shadowRoot?.querySelector('p')?.textContent).to.equal('hola');
    host.remove();
  });
});
