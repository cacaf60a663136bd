/**
 * zod's compiled, assert-only checker for the plan, built at run time with `new Function`. validarPlan's
 * default is the same code generated at build time (verificador-generado.ts, no eval, so it also runs under a
 * strict Content-Security-Policy); this stays for programs that want the checker compiled from the live schema.
 */
import { compileFn, INVALID } from 'zod/v4/core';
import { planSchema } from './plan.js';
import { registrarVerificador } from './validar.js';

/** Turns the compiled check on for validarPlan. Returns false (and changes nothing) where eval is forbidden. */
export function activarVerificacionCompilada(): boolean {
  try {
    const f = compileFn(planSchema, { assertOnly: true });
    if (f.definite === false) return false;
    registrarVerificador((datos) => f(datos) !== INVALID);
    return true;
  } catch {
    return false;
  }
}
