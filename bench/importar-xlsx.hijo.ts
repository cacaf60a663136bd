/**
 * One measurement of bench/importar-xlsx.ts, in its own process (its peak memory is its own):
 *   --variante=importador  core's importarXlsxVarios on both workbooks (read, detect, build, validate, merge)
 *   --variante=sheetjs     the library alone: XLSX.read + sheet_to_json of every sheet of both workbooks
 * Prints one result line (MARCA_RESULTADO) for the parent.
 */
import { readFileSync } from 'node:fs';
import { cargarCore, emitirResultado, mediana, memoriaMB, recolectar, rssPicoMB } from './medicion.js';

const arg = (n: string) => process.argv.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3);
const variante = arg('variante');
const rutas = [arg('sispt'), arg('dnp')];
const rep = Number(arg('rep') ?? '5');
if (variante !== 'importador' && variante !== 'sheetjs') throw new Error(`--variante: se esperaba «importador» o «sheetjs», se recibió «${variante ?? ''}»`);
if (rutas.some((r) => !r)) throw new Error('faltan --sispt= y --dnp=');
const archivos = rutas.map((r) => ({ nombre: r!.split('/').pop()!, contenido: new Uint8Array(readFileSync(r!)) }));

let correr: () => Promise<number>;
let origen = 'sheetjs';
if (variante === 'importador') {
  const { core, origen: o } = await cargarCore();
  origen = o;
  correr = async () => {
    const r = await core.importarXlsxVarios(archivos);
    if (!r.ok) throw new Error(r.errores.slice(0, 3).map((e) => e.mensaje).join('\n'));
    return r.plan.metas.length;
  };
} else {
  const XLSX = await import('@e965/xlsx');
  correr = async () => {
    let filas = 0;
    for (const a of archivos) {
      const wb = XLSX.read(a.contenido, { type: 'array' });
      for (const n of wb.SheetNames) filas += XLSX.utils.sheet_to_json(wb.Sheets[n]!, { header: 1, defval: null }).length;
    }
    return filas;
  };
}

// Warm-up (JIT, the dynamic import of SheetJS inside core), then measured runs.
const cuenta = await correr();
recolectar();
const antes = memoriaMB();
const tiempos: number[] = [];
for (let i = 0; i < rep; i++) {
  const t0 = performance.now();
  await correr();
  tiempos.push(performance.now() - t0);
}
emitirResultado({ variante, origen, cuenta, medianaMs: mediana(tiempos), minMs: Math.min(...tiempos), picoMB: rssPicoMB(), rssAntesMB: antes.rss, rep });
