/**
 * The Node entry adds the file helpers; the main entry (what browser bundles and the add-in import) must
 * never reach `node:` modules, or a bundler for the web would fail or ship shims.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as nodo from './node.js';
import * as principal from './index.js';

/** Relative modules reachable from `archivo` by static imports and re-exports (dynamic import() left out). */
function alcanzables(archivo: string, vistos = new Set<string>()): Set<string> {
  if (vistos.has(archivo)) return vistos;
  vistos.add(archivo);
  const texto = readFileSync(archivo, 'utf8');
  for (const m of texto.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
    const destino = m[1]!;
    if (destino.startsWith('.')) alcanzables(resolve(dirname(archivo), destino.replace(/\.js$/, '.ts')), vistos);
    else vistos.add(destino);
  }
  return vistos;
}

describe('entradas del paquete', () => {
  it('la entrada de Node tiene todo lo de la principal y además los archivos por partes', () => {
    for (const k of Object.keys(principal)) expect(nodo[k as keyof typeof nodo], k).toBe(principal[k as keyof typeof principal]);
    expect(typeof nodo.leerPlanJsonArchivo).toBe('function');
    expect(typeof nodo.escribirPlanJsonArchivo).toBe('function');
    expect('leerPlanJsonArchivo' in principal).toBe(false);
  });

  it('la entrada principal no alcanza ningún módulo node: (la de Node sí)', () => {
    const src = import.meta.dirname;
    const deNode = (archivo: string) => [...alcanzables(join(src, archivo))].filter((m) => m.startsWith('node:'));
    expect(deNode('index.ts')).toEqual([]);
    expect(deNode('node.ts')).toContain('node:fs');
  });

  it('package.json publica ./node con sus tipos', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./node']).toEqual({ types: './dist/node.d.ts', import: './dist/node.js' });
  });
});
