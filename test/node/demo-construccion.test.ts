/** The demo's build-time pieces, in Node: markup from a plan, page texts, language choice, offline cache list. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@tablero-pdd/core';
import { htmlApuestas, htmlFichas, gruposDeMetas } from '../../demo/construccion/secciones-plan.js';
import { rellenarTextos } from '../../demo/construccion/textos-html.js';
import { codigoServiceWorker, versionDeArchivos } from '../../demo/construccion/service-worker.js';
import { componentesDe, descripcionIngles, faltantesEnEspanol, htmlGuiaComponentes, lineasParaPegar, type Manifiesto } from '../../demo/construccion/guia-componentes.js';
import { idiomaInicial } from '../../demo/src/idioma.js';
import { TEXTOS } from '../../demo/src/textos.js';

const raiz = join(import.meta.dirname, '..', '..');
const semilla = JSON.parse(readFileSync(join(raiz, 'demo', 'data', 'norte-de-santander-2024-2025.json'), 'utf8')) as Plan;

describe('secciones generadas del plan', () => {
  it('agrupa las 18 metas de la semilla bajo sus cuatro apuestas, en el orden del plan', () => {
    const g = gruposDeMetas(semilla);
    expect(g.map((x) => x.nombre)).toEqual([
      'Internacionalización de su economía',
      'Productividad y competitividad en las empresas',
      'Fortalecimiento de la gestión y dirección de los sectores Trabajo, Comercio, Industria y Turismo',
      'Acceso al crédito',
    ]);
    // The report's numbering: 1–5, 6–9, 10–15, 18–20 (16 and 17 are absent from it).
    expect(g.map((x) => x.metas.length)).toEqual([5, 4, 6, 3]);
  });

  it('una ficha y un mapa por meta, con la dirección de los datos', () => {
    const html = htmlFichas(semilla, 'datos/x.json');
    expect(html.match(/<pdd-ficha /g)?.length).toBe(18);
    // Each card's heading sits under its group's h3 (h4), each map under its «¿Dónde?» h4 (h5).
    expect(html.match(/<pdd-ficha encabezado="4" src="datos\/x.json" meta="/g)?.length).toBe(18);
    expect(html.match(/<pdd-mapa encabezado="5" src="datos\/x.json" meta="/g)?.length).toBe(18);
    expect(html).not.toContain('meta="16"');
  });

  it('escapa los nombres que vienen de los datos y no inventa nombres de nodos sin nombre', () => {
    const plan = structuredClone(semilla);
    plan.nodos[2]!.nombre = '<script>alert(1)</script>';
    plan.nodos[3]!.nombre = null;
    const html = htmlApuestas(plan, 'd.json');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(`>${plan.nodos[3]!.codigo}</h3>`);
  });

  it('cada apuesta con afirmaciones las contrasta (pdd-conciliacion nivel) y trae su tabla por nivel', () => {
    const html = htmlApuestas(semilla, 'd.json');
    expect(html.match(/<pdd-conciliacion encabezado="4" src="d.json" nivel="L1\.C1\.A\d"/g)?.length).toBe(4);
    expect(html.match(/<pdd-niveles encabezado="4" src="d.json" nivel="L1\.C1\.A\d"/g)?.length).toBe(4);
    const sinAfirmaciones = structuredClone(semilla);
    delete sinAfirmaciones.nodos.find((n) => n.codigo === 'L1.C1.A2')!.afirmaciones;
    expect(htmlApuestas(sinAfirmaciones, 'd.json')).not.toMatch(/<pdd-conciliacion[^>]*nivel="L1\.C1\.A2"/);
    expect(htmlApuestas(sinAfirmaciones, 'd.json')).toMatch(/<pdd-conciliacion[^>]*nivel="L1\.C1\.A1"/);
    // The article's h3 names the apuesta; the widgets get a heading of their own in the page's language.
    // Under the article's h3, the widgets' headings are h4 (encabezado="4").
    expect(html).toContain('<pdd-niveles encabezado="4" src="d.json" nivel="L1.C1.A1" titulo="{{tituloNivelesApuesta}}" data-t-titulo="tituloNivelesApuesta"></pdd-niveles>');
  });
});

describe('textos de la página', () => {
  it('cada clave tiene su texto en inglés, no vacío', () => {
    for (const [k, v] of Object.entries(TEXTOS.es)) {
      expect(TEXTOS.en[k as keyof typeof TEXTOS.en], k).toBeTruthy();
      expect(v, k).toBeTruthy();
    }
    expect(Object.keys(TEXTOS.en).sort()).toEqual(Object.keys(TEXTOS.es).sort());
  });

  it('{{clave}} se llena en español y escapado; una clave desconocida detiene la construcción', () => {
    expect(rellenarTextos('<p data-t="saltar">{{saltar}}</p>')).toBe('<p data-t="saltar">Saltar al contenido</p>');
    expect(rellenarTextos('{{tituloQueHicimos}}')).toBe('¿Qué hicimos en 2024 y 2025?');
    expect(() => rellenarTextos('{{noExiste}}')).toThrow(/noExiste/);
  });

  it('idioma: ?lang manda, si no lo guardado, si no español', () => {
    expect(idiomaInicial('http://x/?lang=en', null)).toBe('en');
    expect(idiomaInicial('http://x/?lang=es', 'en')).toBe('es');
    expect(idiomaInicial('http://x/', 'en')).toBe('en');
    expect(idiomaInicial('http://x/?lang=fr', 'xx')).toBe('es');
  });
});

describe('service worker', () => {
  it('la versión cambia si cambia un archivo, y no depende del orden', () => {
    const a = [{ ruta: 'a.js', contenido: new Uint8Array([1]) }, { ruta: 'b.json', contenido: new Uint8Array([2]) }];
    expect(versionDeArchivos(a)).toBe(versionDeArchivos([...a].reverse()));
    expect(versionDeArchivos(a)).not.toBe(versionDeArchivos([a[0]!, { ruta: 'b.json', contenido: new Uint8Array([3]) }]));
  });

  it('precarga la raíz y cada archivo listado', () => {
    const c = codigoServiceWorker(['index.html', 'datos/x.json'], 'abc');
    expect(c).toContain(`["./","./index.html","./datos/x.json"]`);
    expect(c).toContain("'tablero-pdd-demo-abc'");
  });
});

describe('guía', () => {
  it('lista cada componente del manifiesto con sus atributos, y las dos líneas para pegar', () => {
    const m = {
      modules: [
        { declarations: [{ tagName: 'pdd-z', attributes: [{ name: 'src' }], cssProperties: [{ name: '--pdd-fondo' }] }, { name: 'sin-etiqueta' }] },
        { declarations: [{ tagName: 'pdd-a' }] },
      ],
    };
    const c = componentesDe(m);
    expect(c.map((x) => x.etiqueta)).toEqual(['pdd-a', 'pdd-z']);
    expect(c[1]!.propiedadesCss.map((p) => p.name)).toEqual(['--pdd-fondo']);
    expect(lineasParaPegar('pdd-ficha', 's.js', 'd.json')).toBe('<script type="module" src="s.js"></script>\n<pdd-ficha src="d.json" meta="1"></pdd-ficha>');
  });
});

describe('guía en español', () => {
  it('cada componente, atributo y propiedad CSS del manifiesto tiene su texto en español', () => {
    // The manifest the widgets' build writes (npm test builds first).
    const m = JSON.parse(readFileSync(join(raiz, 'packages', 'widgets', 'custom-elements.json'), 'utf8')) as Manifiesto;
    const componentes = componentesDe(m);
    expect(componentes.length).toBeGreaterThanOrEqual(10);
    expect(faltantesEnEspanol(componentes)).toEqual([]);
    const html = htmlGuiaComponentes(componentes, 's.js', 'd.json');
    // Each description twice, the Spanish one shown and the English one hidden until the page is in English.
    expect(html.match(/<p lang="es" data-solo-idioma="es">/g)).toHaveLength(componentes.length);
    expect(html.match(/<p lang="en" data-solo-idioma="en" hidden>/g)).toHaveLength(componentes.length);
    expect(html).toContain('«claro» (predeterminado), «oscuro» o «alto-contraste».');
    expect(html).not.toContain('`');
  });

  it('un atributo nuevo sin texto en español detiene la construcción y se nombra', () => {
    const m: Manifiesto = { modules: [{ declarations: [{ tagName: 'pdd-metas', attributes: [{ name: 'src' }, { name: 'nuevo' }], cssProperties: [{ name: '--pdd-otra' }] }] }] };
    expect(faltantesEnEspanol(componentesDe(m))).toEqual(['pdd-metas nuevo', 'pdd-metas --pdd-otra']);
    expect(() => htmlGuiaComponentes(componentesDe(m), 's.js', 'd.json')).toThrow(/pdd-metas nuevo; pdd-metas --pdd-otra/);
  });

  it('la descripción inglesa del manifiesto se lee como prosa', () => {
    expect(descripcionIngles('`<pdd-ficha meta="8">`: one meta\'s card, from core\'s `resumir`.')).toBe("one meta's card, from core's resumir.");
  });
});

