/**
 * Runs one measurement in its own Node process, so its peak memory (maxRSS) is its own and no JIT or
 * heap state carries over from another measurement. Reads back the line marked with MARCA_RESULTADO.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { MARCA_RESULTADO } from './medicion.js';

const RAIZ = resolve(import.meta.dirname, '..');

export class ErrorHijo extends Error {}

export function ejecutarHijo<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((ok, falla) => {
    const hijo = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', resolve(RAIZ, 'bench', script), ...args], {
      cwd: RAIZ,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let salida = '';
    let errores = '';
    hijo.stdout.setEncoding('utf8').on('data', (d: string) => (salida += d));
    hijo.stderr.setEncoding('utf8').on('data', (d: string) => (errores += d));
    hijo.on('error', falla);
    hijo.on('close', (codigo) => {
      const linea = salida.split('\n').find((l) => l.startsWith(MARCA_RESULTADO));
      if (codigo !== 0 || !linea) {
        const detalle = errores.split('\n').filter((l) => l.trim() && !l.includes('npm warn')).slice(-6).join('\n');
        falla(new ErrorHijo(`bench/${script} ${args.join(' ')} terminó con código ${String(codigo)}${linea ? '' : ' sin resultado'}:\n${detalle}`));
        return;
      }
      ok(JSON.parse(linea.slice(MARCA_RESULTADO.length)) as T);
    });
  });
}
