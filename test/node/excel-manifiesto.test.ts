/**
 * The add-in as it is shipped, checked offline: the build (packages/excel-addin/scripts/construir.mjs) into
 * a temporary folder with a hosting URL, then the manifest read by office-addin-manifest's own reader,
 * every resource id and URL resolved to a built file, functions.json against the bundle's registrations,
 * and the bundle itself run in a sandbox. Microsoft's online validator (`office-addin-manifest validate`)
 * needs the internet and is run by hand (docs/excel.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, Script } from 'node:vm';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { avance, validarPlan } from '@tablero-pdd/core';

const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = 'https://pdd.ejemplo.gov.co/excel';
let salida = '';
let manifiesto = '';

beforeAll(() => {
  salida = mkdtempSync(join(tmpdir(), 'pdd-addin-'));
  execFileSync(process.execPath, [join(RAIZ, 'packages/excel-addin/scripts/construir.mjs')], {
    env: { ...process.env, PDD_SALIDA: salida, PDD_URL_BASE: BASE },
    stdio: 'pipe',
  });
  manifiesto = readFileSync(join(salida, 'manifest.xml'), 'utf8');
}, 120_000);

afterAll(() => {
  if (salida) rmSync(salida, { recursive: true, force: true });
});

const atributos = (nombre: string) => [...manifiesto.matchAll(new RegExp(`\\s${nombre}="([^"]*)"`, 'g'))].map((m) => m[1] as string);

describe('manifiesto del complemento (sin conexión)', () => {
  it('lo lee el lector de office-addin-manifest: complemento de panel para Excel, en español', async () => {
    const info = await OfficeAddinManifest.readManifestFile(join(salida, 'manifest.xml'));
    expect(info).toMatchObject({
      officeAppType: 'TaskPaneApp',
      defaultLocale: 'es-CO',
      displayName: 'Tablero PDD',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      defaultSettings: { sourceLocation: `${BASE}/taskpane.html` },
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.description).toMatch(/Plan de Desarrollo/);
  });

  it('cada resid apunta a un recurso declarado y cada recurso se usa', () => {
    const ids = new Set([...manifiesto.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1] as string));
    const usados = new Set(atributos('resid'));
    expect([...usados].filter((r) => !ids.has(r))).toEqual([]);
    expect([...ids].filter((i) => !usados.has(i))).toEqual([]);
    for (const r of usados) expect(r.length).toBeLessThanOrEqual(32);
  });

  it('cada URL está en la URL base y corresponde a un archivo construido', () => {
    const urls = [...manifiesto.matchAll(/"(https:\/\/[^"]+)"|>(https:\/\/[^<]+)</g)].map((m) => (m[1] ?? m[2]) as string);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      expect(u.startsWith(BASE)).toBe(true);
      if (u === BASE) continue; // AppDomain
      expect(existsSync(join(salida, u.slice(BASE.length + 1))), u).toBe(true);
    }
  });

  it('declara las funciones (espacio PDD) en un runtime compartido con el panel', () => {
    expect(manifiesto).toMatch(/<Runtime resid="Panel\.Url" lifetime="long"\/>/);
    expect(manifiesto).toMatch(/<Page>\s*<SourceLocation resid="Panel\.Url"\/>\s*<\/Page>/);
    expect(manifiesto).toMatch(/<FunctionFile resid="Panel\.Url"\/>/);
    expect(manifiesto).toMatch(/<bt:String id="Funciones\.Espacio" DefaultValue="PDD"\/>/);
    // Office 2019/2021 must still install the pane: no SharedRuntime/CustomFunctions requirement at the top.
    expect(manifiesto).not.toMatch(/<Set Name="(SharedRuntime|CustomFunctionsRuntime)"/);
  });

  it('office.js viene del CDN de Microsoft y no va dentro del paquete', () => {
    const html = readFileSync(join(salida, 'taskpane.html'), 'utf8');
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    const js = readFileSync(join(salida, 'taskpane.js'), 'utf8');
    expect(js).not.toMatch(/OfficeExtension\.ClientRequestContext\s*=|appsforoffice\.microsoft\.com/);
  });
});

describe('functions.json y el paquete construido', () => {
  const metadatos = () => JSON.parse(readFileSync(join(salida, 'functions.json'), 'utf8')) as {
    functions: Array<{ id: string; name: string; description: string; parameters: Array<{ name: string; description?: string }> }>;
  };

  it('ayuda en español que nombra las versiones de Excel y usa «;» en cada ejemplo', () => {
    const f = metadatos().functions;
    expect(f.map((x) => x.id).sort()).toEqual(['AFIRMACION', 'AVANCE', 'CONCILIAR', 'CUMPLIMIENTO', 'FORMATO', 'INDICADOR', 'NIVEL', 'SEMAFORO', 'SEMAFORO.COLOR']);
    for (const x of f) {
      expect(x.description, x.id).toMatch(/Requiere Excel de Microsoft 365 \(escritorio o web\)/);
      for (const p of x.parameters) expect(p.description, `${x.id}.${p.name}`).toBeTruthy();
      const ejemplos = [...x.description.matchAll(/=PDD\.[A-Z.]+\(([^)]*)\)/g)].map((m) => m[1] as string);
      expect(ejemplos.length, x.id).toBeGreaterThan(0);
      // Decimal commas (0,25) are fine; a comma between arguments is not.
      for (const e of ejemplos) expect(e.replace(/\d,\d/g, ''), `${x.id}: ${e}`).not.toContain(',');
    }
  });

  it('el paquete es un script clásico que registra exactamente las funciones de functions.json', () => {
    const codigo = readFileSync(join(salida, 'taskpane.js'), 'utf8');
    const registradas = new Map<string, (...a: unknown[]) => unknown>();
    const sandbox = { CustomFunctions: { associate: (id: string, f: (...a: unknown[]) => unknown) => registradas.set(id, f) }, console };
    new Script(codigo, { filename: 'taskpane.js' }).runInContext(createContext(sandbox));
    expect([...registradas.keys()].sort()).toEqual(metadatos().functions.map((f) => f.id).sort());
    // The built AVANCE gives core's figure for a seed meta (2 of 3 → 66,7 %).
    const plan = validarPlan(JSON.parse(readFileSync(join(RAIZ, 'demo/data/norte-de-santander-2024-2025.json'), 'utf8')));
    if (!plan.ok) throw new Error('semilla inválida');
    const m = plan.plan.metas[0];
    if (!m) throw new Error('sin metas');
    const r = registradas.get('AVANCE')?.([m.seguimiento.map((s) => s.ejecutado)], [[m.metaCuatrienio]]) as unknown[][];
    expect(r[0]?.[0]).toBe(avance(m).valor);
  });
});
