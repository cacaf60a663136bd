/**
 * Runs one measurement in its own Node process, so its peak memory (maxRSS) is its own and no JIT or
 * heap state carries over from another measurement. Reads back the line marked with MARCA_RESULTADO.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus, platform } from 'node:os';
import { resolve } from 'node:path';
import { MARCA_RESULTADO } from './medicion.js';

const RAIZ = resolve(import.meta.dirname, '..');

export class ErrorHijo extends Error {}

let conTaskset: boolean | null = null;

/**
 * The command that runs `node` on one core: `taskset -c N` (util-linux, in every Debian) on Linux with more
 * than one core, N the last one. The targets of core are for one core: pinned, V8's helper threads (garbage
 * collection, compilation) share the core with the work instead of running beside it. null: not possible here.
 */
export function prefijoUnNucleo(): string[] | null {
  if (platform() !== 'linux' || cpus().length < 2) return null;
  conTaskset ??= spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  return conTaskset ? ['taskset', '-c', String(cpus().length - 1)] : null;
}

/** Runs bench/`script` with `args`; on one core (see prefijoUnNucleo) when `unNucleo`, where possible. */
export function ejecutarHijo<T>(script: string, args: readonly string[], o: { unNucleo?: boolean } = {}): Promise<T> {
  return new Promise((ok, falla) => {
    const nodo = [process.execPath, '--import', 'tsx', '--expose-gc', resolve(RAIZ, 'bench', script), ...args];
    const prefijo = o.unNucleo ? prefijoUnNucleo() : null;
    const comando = prefijo ? [...prefijo, ...nodo] : nodo;
    const hijo = spawn(comando[0] as string, comando.slice(1), {
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
