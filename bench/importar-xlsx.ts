/**
 * Spreadsheet import at a department's scale: a 1,000-product SisPT Plan Indicativo and DNP's Informe de
 * Seguimiento for the same products, generated with SheetJS (fixed content). Time and peak memory of core's
 * importer (both files: read, detect, build, validate, merge) against reading the same workbooks with the
 * library alone (XLSX.read + sheet_to_json), each in its own process, in this same run; prints the ratios.
 *
 * Uso: npx tsx bench/importar-xlsx.ts [--productos=1000] [--rep=5]
 * The last line (MARCA_RESULTADO + JSON) is for bench/run.ts: ejecutarHijo('importar-xlsx.ts', ['--rep=3']).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libroDnp, libroSispt } from '../packages/core/src/io/xlsx/test-utils/generar.js';
import { escribirXlsx } from '../packages/core/src/io/xlsx/test-utils/libros.js';
import { ejecutarHijo } from './hijo.js';
import { emitirResultado } from './medicion.js';

interface Medida {
  variante: string;
  origen: string;
  cuenta: number;
  medianaMs: number;
  minMs: number;
  picoMB: number;
  rssAntesMB: number;
  rep: number;
}

const arg = (n: string, def: string) => process.argv.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3) ?? def;
const productos = Number(arg('productos', '1000'));
const rep = Number(arg('rep', '5'));
if (!Number.isInteger(productos) || productos < 1) throw new Error(`--productos: se esperaba un entero ≥ 1`);

const dir = mkdtempSync(join(tmpdir(), 'pdd-bench-xlsx-'));
try {
  const sispt = join(dir, 'sispt-plan-indicativo.xlsx');
  const dnp = join(dir, 'dnp-informe-seguimiento.xlsx');
  const bSispt = escribirXlsx(libroSispt(productos));
  const bDnp = escribirXlsx(libroDnp(productos));
  writeFileSync(sispt, bSispt);
  writeFileSync(dnp, bDnp);
  const kB = (n: number) => `${(n / 1000).toFixed(0)} kB`;
  console.log(`Importación de hojas de cálculo: ${productos} productos (SisPT ${kB(bSispt.length)}, Informe DNP ${kB(bDnp.length)}), mediana de ${rep} corridas, cada variante en su proceso.`);

  const args = [`--sispt=${sispt}`, `--dnp=${dnp}`, `--rep=${rep}`];
  const base = await ejecutarHijo<Medida>('importar-xlsx.hijo.ts', ['--variante=sheetjs', ...args]);
  const imp = await ejecutarHijo<Medida>('importar-xlsx.hijo.ts', ['--variante=importador', ...args]);

  const fila = (m: Medida, que: string) => `${que.padEnd(46)} ${m.medianaMs.toFixed(0).padStart(7)} ms   pico ${m.picoMB.toFixed(0).padStart(5)} MB (+${(m.picoMB - m.rssAntesMB).toFixed(0)} MB sobre el inicio)`;
  console.log(fila(base, 'SheetJS solo (XLSX.read + sheet_to_json)'));
  console.log(fila(imp, `importador de core (${imp.origen}; ${imp.cuenta} metas)`));
  const razonT = imp.medianaMs / base.medianaMs;
  const razonM = imp.picoMB / base.picoMB;
  console.log(`razón importador / SheetJS solo: tiempo ×${razonT.toFixed(2)}, memoria pico ×${razonM.toFixed(2)}`);
  emitirResultado({ productos, rep, sheetjs: base, importador: imp, razonTiempo: razonT, razonMemoria: razonM });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
