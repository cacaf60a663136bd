// custom-elements.json documents every widget a web editor can paste: tag, attributes, events, CSS properties.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const raiz = new URL('../../packages/widgets/', import.meta.url).pathname;
const ruta = join(raiz, 'custom-elements.json');

interface Declaracion {
  tagName?: string;
  attributes?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
}

describe('custom-elements.json', () => {
  it.skipIf(!existsSync(ruta))('lista cada etiqueta registrada con sus atributos públicos', () => {
    const manifiesto = JSON.parse(readFileSync(ruta, 'utf8')) as { modules: Array<{ declarations?: Declaracion[] }> };
    const declaradas = new Map<string, Declaracion>();
    for (const m of manifiesto.modules) for (const d of m.declarations ?? []) if (d.tagName) declaradas.set(d.tagName, d);
    // Tags registered in the source (definir('pdd-…', …) in each widget's registro.ts).
    const registradas = readdirSync(join(raiz, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('registro.ts'))
      .flatMap((f) => [...readFileSync(join(raiz, 'src', f), 'utf8').matchAll(/definir\('([a-z-]+)'/g)].map((x) => x[1]!));
    expect(registradas.length).toBeGreaterThan(3);
    for (const tag of registradas) {
      const d = declaradas.get(tag);
      expect(d, tag).toBeDefined();
      const atributos = d!.attributes!.map((a) => a.name);
      for (const a of ['src', 'lang', 'tema', 'titulo', 'periodo']) expect(atributos, `${tag} ${a}`).toContain(a);
      expect(atributos, tag).not.toContain('datos');
      expect(d!.cssProperties!.map((c) => c.name), tag).toContain('--pdd-fondo');
      expect(d!.events!.map((e) => e.name), tag).toContain('pdd-error');
    }
  });
});
