import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escribirPlanJson, leerPlanJson } from './json.js';
import { escribirPlanJsonArchivo, leerPlanJsonArchivo, trozosArchivo } from './json-archivo.js';
import { planCompleto } from './test-utils/plan-completo.js';

const dir = mkdtempSync(join(tmpdir(), 'pdd-json-archivo-'));

describe('archivos JSON por partes (Node)', () => {
  it('escribe lo que escribirPlanJson y lo lee de vuelta igual que leerPlanJson', async () => {
    const ruta = join(dir, 'plan.json');
    const bytes = escribirPlanJsonArchivo(ruta, planCompleto());
    const texto = readFileSync(ruta, 'utf8');
    expect(texto).toBe(escribirPlanJson(planCompleto()));
    expect(bytes).toBe(Buffer.byteLength(texto));
    expect(await leerPlanJsonArchivo(ruta)).toEqual(leerPlanJson(texto, { archivo: 'plan.json' }));
  });

  it('trozosArchivo da todos los bytes, en trozos del tamaño pedido, sin reutilizar uno anterior', () => {
    const ruta = join(dir, 'bytes.bin');
    const datos = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
    writeFileSync(ruta, datos);
    const trozos = [...trozosArchivo(ruta, 300)];
    expect(trozos.map((t) => t.length)).toEqual([300, 300, 300, 100]);
    // Concatenated after all were read: a reused buffer would have overwritten an earlier chunk.
    expect(Buffer.concat(trozos)).toEqual(datos);
  });

  it('un error de sintaxis nombra el archivo, la línea y la columna', async () => {
    const ruta = join(dir, 'roto.json');
    writeFileSync(ruta, '{\n  "version": 1,\n  "metas": [1,, 2]\n}');
    const r = await leerPlanJsonArchivo(ruta);
    // Line 3 is `  "metas": [1,, 2]`: 2 spaces, "metas" in 3–9, ":" 10, " " 11, "[" 12, "1" 13, "," 14: the second comma is 15.
    expect(!r.ok && r.errores[0]).toMatchObject({ codigo: 'json_invalido', archivo: 'roto.json', fila: 3, columna: '15' });
  });

  it('un archivo que no existe es un error del sistema de archivos, no un plan inválido', async () => {
    await expect(leerPlanJsonArchivo(join(dir, 'no-existe.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
