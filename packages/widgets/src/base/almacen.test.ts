import { expect } from '@esm-bundle/chai';
import { resumir, type Plan } from '@tablero-pdd/core';
import { cargarPlan, METODO_PREDETERMINADO, resumenDe, validarObjeto } from './almacen.js';

const semilla = async () => (await (await fetch('/demo/data/norte-de-santander-2024-2025.json')).json()) as Record<string, unknown>;

describe('validarObjeto', () => {
  it('valida cada objeto una vez por idioma: los widgets con el mismo .plan comparten el resultado', async () => {
    const p = await semilla();
    const a = validarObjeto(p, 'es');
    expect(a.ok).to.equal(true);
    expect(validarObjeto(p, 'es')).to.equal(a);
    const en = validarObjeto(p, 'en');
    expect(en).to.not.equal(a);
    expect(validarObjeto(p, 'en')).to.equal(en);
  });

  it('otro objeto, aunque igual, se valida aparte', async () => {
    const p = await semilla();
    const q = structuredClone(p);
    expect(validarObjeto(q, 'es')).to.not.equal(validarObjeto(p, 'es'));
  });

  it('un plan inválido da sus errores en el idioma pedido, y lo que no es objeto se valida cada vez sin fallar', async () => {
    const p = await semilla();
    (p.metas as Array<Record<string, unknown>>)[0]!.lineaBase = 'uno';
    const es = validarObjeto(p, 'es');
    const en = validarObjeto(p, 'en');
    expect(es.ok).to.equal(false);
    expect(en.ok).to.equal(false);
    if (!es.ok && !en.ok) {
      expect(es.errores[0]!.ruta).to.equal('metas[0].lineaBase');
      expect(es.errores[0]!.mensaje).to.not.equal(en.errores[0]!.mensaje);
    }
    for (const basura of [null, 42, 'texto', undefined]) expect(validarObjeto(basura, 'es').ok).to.equal(false);
  });
});

describe('resumenDe', () => {
  it('un método pedido igual al predeterminado de core comparte el resumen; otro método no', async () => {
    const p = (await semilla()) as unknown as Plan;
    // core's own default, asked without options: if core changes it, METODO_PREDETERMINADO must follow.
    expect(resumir(p).metodo).to.equal(METODO_PREDETERMINADO);
    const predeterminado = resumenDe(p, { lang: 'es' });
    expect(resumenDe(p, { lang: 'es', metodo: METODO_PREDETERMINADO })).to.equal(predeterminado);
    const declarados = resumenDe(p, { lang: 'es', metodo: 'declarados' });
    expect(declarados).to.not.equal(predeterminado);
    expect(declarados.metodo).to.equal('declarados');
    expect(resumenDe(p, { lang: 'en' })).to.not.equal(predeterminado);
  });
});

describe('cargarPlan', () => {
  /** Replaces fetch for one test: each call answers with the next response of the list. */
  const conRespuestas = async (respuestas: Array<() => Response>, prueba: (llamadas: () => number) => Promise<void>) => {
    const original = window.fetch;
    let n = 0;
    window.fetch = () => Promise.resolve((respuestas[Math.min(n++, respuestas.length - 1)] as () => Response)());
    try {
      await prueba(() => n);
    } finally {
      window.fetch = original;
    }
  };

  it('los que piden a la vez comparten una descarga fallida; quien pide después descarga de nuevo', async () => {
    const p = await semilla();
    const src = `/datos-que-vuelven-${Math.random()}.json`;
    await conRespuestas(
      [() => new Response('no disponible', { status: 503 }), () => new Response(JSON.stringify(p), { headers: { 'content-type': 'application/json' } })],
      async (llamadas) => {
        const [a, b] = await Promise.all([cargarPlan(src, { lang: 'es' }), cargarPlan(src, { lang: 'es' })]);
        expect(a.estado).to.equal('error');
        expect(b).to.equal(a);
        expect(llamadas()).to.equal(1);
        const despues = await cargarPlan(src, { lang: 'es' });
        expect(despues.estado).to.equal('ok');
        expect(llamadas()).to.equal(2);
      },
    );
  });

  it('datos inválidos se recuerdan: el mismo archivo daría los mismos errores', async () => {
    const src = `/datos-invalidos-${Math.random()}.json`;
    await conRespuestas([() => new Response('{"version": 1}', { headers: { 'content-type': 'application/json' } })], async (llamadas) => {
      const a = await cargarPlan(src, { lang: 'es' });
      expect(a.estado).to.equal('error');
      if (a.estado === 'error') expect(a.tipo).to.equal('validacion');
      expect(await cargarPlan(src, { lang: 'es' })).to.equal(a);
      expect(llamadas()).to.equal(1);
    });
  });
});
