/**
 * The built one-script bundle works on a page with a strict Content-Security-Policy (no 'unsafe-inline',
 * no 'unsafe-eval'), exactly as a web editor would paste it, and triggers no violation.
 */
import { expect } from '@esm-bundle/chai';
import { esperar } from './utilidades.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
const ETIQUETAS = ['pdd-resumen', 'pdd-niveles', 'pdd-indicadores', 'pdd-conciliacion', 'pdd-mapa', 'pdd-avance', 'pdd-inversion', 'pdd-beneficiarios'];

describe('bajo una Content-Security-Policy estricta', () => {
  it('el bundle de un solo archivo carga, pinta cada widget y no viola la política', async () => {
    const marco = document.createElement('iframe');
    marco.title = 'página con CSP estricta';
    marco.style.width = '900px';
    marco.srcdoc = `<!doctype html><html lang="es"><head>
      <meta http-equiv="Content-Security-Policy" content="${CSP}">
      <script src="/test/fixtures/csp-espia.js"></script>
      <script type="module" src="/packages/widgets/dist/tablero-pdd.js"></script>
      </head><body>
      ${ETIQUETAS.map((t) => `<${t} src="/demo/data/norte-de-santander-2024-2025.json"></${t}>`).join('\n')}
      </body></html>`;
    document.body.append(marco);
    try {
      await esperar(() => {
        const d = marco.contentDocument;
        return !!d && ETIQUETAS.every((t) => (d.querySelector(t)?.shadowRoot?.textContent ?? '').length > 200);
      }, 10000);
    } catch (e) {
      const d = marco.contentDocument;
      const w = marco.contentWindow as Window & { __violaciones?: string[] };
      throw new Error(
        `${String(e)}; violaciones: ${JSON.stringify(w?.__violaciones)}; ` +
          ETIQUETAS.map((t) => `${t}: ${d?.querySelector(t)?.shadowRoot?.textContent?.slice(0, 200) ?? '(sin shadow)'}`).join(' | '),
        { cause: e },
      );
    }
    const d = marco.contentDocument!;
    const w = marco.contentWindow as Window & { __violaciones?: string[] };
    for (const t of ETIQUETAS) expect(d.querySelector(t)!.shadowRoot!.querySelector('[role="alert"]'), t).to.equal(null);
    // Styles applied through constructable stylesheets, not blocked inline styles: the heading is bold.
    const h2 = d.querySelector('pdd-resumen')!.shadowRoot!.querySelector('h2')!;
    expect(w.getComputedStyle(h2).fontWeight).to.equal('700');
    expect(w.__violaciones).to.deep.equal([]);
    // The policy is really enforced on this page: eval is refused.
    expect(() => (w as unknown as { eval: (s: string) => unknown }).eval('1')).to.throw();
    marco.remove();
  });
});
