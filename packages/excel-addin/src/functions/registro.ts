/// <reference types="custom-functions-runtime" />
/**
 * Entry of the shared runtime's functions: associates each id of functions.json with its implementation.
 * Guarded so the same bundle can load where the custom functions runtime does not exist (Office
 * 2019/2021, where only the task pane runs) without throwing.
 */
import { FUNCIONES_PDD } from './funciones.js';

export function registrarFunciones(): number {
  const cf = (globalThis as { CustomFunctions?: { associate?: (id: string, f: (...args: never[]) => unknown) => void } }).CustomFunctions;
  if (typeof cf?.associate !== 'function') return 0;
  let n = 0;
  for (const [id, f] of Object.entries(FUNCIONES_PDD)) {
    cf.associate(id, f);
    n++;
  }
  return n;
}
