import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { claveOrden, compararTexto } from './ordenar-texto.js';
import { DEPARTAMENTOS, MUNICIPIOS } from '../geo/divipola-datos.js';

// The reference: what the widgets used before, ICU's Spanish order at the base level, numbers by value.
const icu = new Intl.Collator('es', { sensitivity: 'base', numeric: true });
const signo = (n: number) => Math.sign(n);

/** Every pair among `textos` (up to `vecinos` apart, so large lists stay quick) orders as ICU orders it. */
function compararConIcu(textos: string[], vecinos = Infinity): string[] {
  const distintos: string[] = [];
  for (let i = 0; i < textos.length; i++)
    for (let j = i + 1; j < textos.length && j <= i + vecinos; j++) {
      const a = textos[i] as string;
      const b = textos[j] as string;
      if (signo(compararTexto(a, b)) !== signo(icu.compare(a, b))) distintos.push(`${JSON.stringify(a)} / ${JSON.stringify(b)}`);
    }
  return distintos;
}

function textosDe(valor: unknown, salida: Set<string>): Set<string> {
  if (typeof valor === 'string') salida.add(valor);
  else if (valor && typeof valor === 'object') for (const v of Object.values(valor)) textosDe(v, salida);
  return salida;
}

describe('orden alfabético (el de ICU en español, sin construir un Intl.Collator)', () => {
  it('mayúsculas y tildes no cuentan; la ñ va después de la n; los números por su valor', () => {
    expect(compararTexto('Cúcuta', 'CUCUTA')).toBe(0);
    expect(compararTexto('Ocaña', 'Ocana')).toBeGreaterThan(0);
    expect(compararTexto('ñame', 'nz')).toBeGreaterThan(0);
    expect(compararTexto('ñame', 'o')).toBeLessThan(0);
    expect(compararTexto('Meta 2', 'Meta 10')).toBeLessThan(0);
    expect(compararTexto('IP-01', 'IP-1')).toBe(0);
    expect(compararTexto('San Juan', 'Sanabria')).toBeLessThan(0);
    expect(compararTexto('a-b', 'a b')).toBeGreaterThan(0);
    expect(['b', 'Á', 'a', 'ñ', 'n', '10', '9', '¿a'].sort(compararTexto)).toEqual(['¿a', '9', '10', 'Á', 'a', 'b', 'n', 'ñ']);
  });

  it('ordena los nombres de DIVIPOLA (oficiales y escritos como nombre propio) como ICU', () => {
    const nombres = [...DEPARTAMENTOS, ...MUNICIPIOS].map(([, n]) => n);
    const propios = nombres.map((n) => n.toLowerCase().replace(/(^|[\s(-])\p{L}/gu, (x) => x.toUpperCase()));
    const todos = [...nombres, ...propios];
    expect(compararConIcu(todos, 80)).toEqual([]);
    expect([...todos].sort(compararTexto).map(claveOrden)).toEqual([...todos].sort((a, b) => icu.compare(a, b)).map(claveOrden));
  });

  it('ordena todos los textos de la semilla como ICU', () => {
    const ruta = fileURLToPath(new URL('../../../../demo/data/norte-de-santander-2024-2025.json', import.meta.url));
    const textos = [...textosDe(JSON.parse(readFileSync(ruta, 'utf8')), new Set())];
    expect(textos.length).toBeGreaterThan(500);
    expect(compararConIcu(textos, 60)).toEqual([]);
  });

  it('ordena como ICU textos al azar de letras del español, dígitos, espacios y signos', () => {
    const letras = 'aábcdeéèinñoóöuüúzAÑÜÇçæœßøłªº';
    const signos = ' _-–—,;:!¡?¿.…·\'‘’"“”«»()[]{}§¶@*/\\&#%•`^°©®+±÷×<=>¬|¦~¢$£¥€›‹';
    const texto = fc.string({ unit: fc.constantFrom(...`${letras}0123456789${signos}`), maxLength: 8 });
    fc.assert(
      fc.property(texto, texto, (a, b) => {
        expect(signo(compararTexto(a, b)), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(signo(icu.compare(a, b)));
      }),
      { numRuns: 20000 },
    );
  });

  it('fuera de la tabla el orden sigue siendo total: otros signos antes de los dígitos, otras letras después de la z', () => {
    expect(compararTexto('→', '0')).toBeLessThan(0);
    expect(compararTexto('→', '€')).toBeGreaterThan(0);
    expect(compararTexto('α', 'z')).toBeGreaterThan(0);
    expect(compararTexto('α', 'β')).toBeLessThan(0);
  });
});
