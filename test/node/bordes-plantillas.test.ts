import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { bordesConEspacio } from './bordes-plantillas.js';

const RAIZ = resolve(import.meta.dirname, '../..');
const FUENTES = join(RAIZ, 'packages/widgets/src');

function archivosTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const ruta = join(dir, e.name);
    if (e.isDirectory()) return archivosTs(ruta);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [ruta] : [];
  });
}

describe('bordesConEspacio', () => {
  it('finds a template that starts or ends with whitespace, nested ones included', () => {
    const codigo = [
      'const a = html`<p>${x}</p>`;',
      'const b = html` · ${y}`;',
      'const c = html`<ul>${items.map((i) => svg`<text>${i}</text> `)}</ul>`;',
      'const d = css` p { color: red } `;',
    ].join('\n');
    expect(bordesConEspacio(codigo)).toEqual([
      { linea: 2, lado: 'inicio', texto: ' · ' },
      { linea: 3, lado: 'final', texto: '</text> ' },
    ]);
  });
});

describe('widget templates survive the build-time HTML minification', () => {
  it('no html`` or svg`` template of the widgets starts or ends with whitespace', () => {
    const archivos = archivosTs(FUENTES);
    expect(archivos.length).toBeGreaterThan(20);
    const hallados = archivos.flatMap((a) => bordesConEspacio(readFileSync(a, 'utf8'), a).map((b) => `${relative(RAIZ, a)}:${b.linea} (${b.lado}: ${JSON.stringify(b.texto)})`));
    expect(hallados).toEqual([]);
  });
});
