/** The `pdd` command line: parses arguments, calls core, prints. No computation lives here. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { esquemaJson } from '../schema/esquema-json.js';

export interface Consola {
  salida: (texto: string) => void;
  error: (texto: string) => void;
}

function opcion(args: string[], nombre: string): string | undefined {
  const i = args.indexOf(nombre);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Writes a file unless it exists and `--forzar` was not given: nothing the user owns is overwritten. */
export function escribirSalida(ruta: string, contenido: string, forzar: boolean, c: Consola): boolean {
  if (existsSync(ruta) && !forzar) {
    c.error(`El archivo ${ruta} ya existe; no se sobrescribe. Use --forzar para reemplazarlo.\n`);
    return false;
  }
  mkdirSync(dirname(ruta), { recursive: true });
  writeFileSync(ruta, contenido);
  return true;
}

export async function ejecutar(args: string[], c: Consola): Promise<number> {
  const [comando, ...resto] = args;
  switch (comando) {
    case 'esquema': {
      const texto = JSON.stringify(esquemaJson(), null, 2) + '\n';
      const salida = opcion(resto, '--salida');
      if (!salida) {
        c.salida(texto);
        return 0;
      }
      return escribirSalida(salida, texto, resto.includes('--forzar'), c) ? 0 : 1;
    }
    default:
      c.error(`Comando desconocido: ${comando ?? '(ninguno)'}. Use pdd --ayuda.\n`);
      return 2;
  }
}
