/// <reference types="custom-functions-runtime" />
/**
 * Excel errors for the =PDD.* functions. Inside Excel they are `CustomFunctions.Error` objects; in Node
 * (tests, bench) the runtime does not exist, so an object of the same shape stands in. Only #VALUE! and
 * #N/A carry a message (Excel drops it for the others), so those two are the ones used for anything a
 * person must read.
 */

export type CodigoErrorExcel = '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!';

/** What Excel receives: CustomFunctions.Error or, outside Excel, the same shape. */
export interface ErrorCelda {
  code: string;
  message?: string;
}

const CODIGOS: Record<CodigoErrorExcel, string> = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
};

class ErrorCeldaLocal implements ErrorCelda {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

interface RuntimeFunciones {
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;
  ErrorCode: Record<string, CustomFunctions.ErrorCode>;
}

function runtime(): RuntimeFunciones | null {
  const cf = (globalThis as { CustomFunctions?: Partial<RuntimeFunciones> }).CustomFunctions;
  return cf?.Error && cf.ErrorCode ? (cf as RuntimeFunciones) : null;
}

const CON_MENSAJE = new Set<CodigoErrorExcel>(['#VALUE!', '#N/A']);

/** An Excel error value; `mensaje` is kept only where Excel can show it (#VALUE!, #N/A). */
export function errorExcel(codigo: CodigoErrorExcel, mensaje?: string): ErrorCelda {
  const m = mensaje !== undefined && CON_MENSAJE.has(codigo) ? mensaje : undefined;
  const cf = runtime();
  const codigoRuntime = cf?.ErrorCode[CODIGOS[codigo]];
  if (cf && codigoRuntime !== undefined) return m === undefined ? new cf.Error(codigoRuntime) : new cf.Error(codigoRuntime, m);
  return new ErrorCeldaLocal(codigo, m);
}

export function esErrorCelda(v: unknown): v is ErrorCelda {
  if (v === null || typeof v !== 'object') return false;
  const code = (v as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('#');
}

/** Thrown inside an adapter to stop at the first bad argument; `proteger` turns it into the Excel error. */
export class ArgumentoInvalido extends Error {
  constructor(readonly error: ErrorCelda) {
    super(error.message ?? error.code);
    this.name = 'ArgumentoInvalido';
  }
}

/**
 * Runs the body of a custom function and never lets a JavaScript exception reach Excel: an
 * ArgumentoInvalido becomes its error; anything else becomes #VALUE! naming the function.
 */
export function proteger<T>(funcion: string, cuerpo: () => T): T | ErrorCelda[][] {
  try {
    return cuerpo();
  } catch (e) {
    if (e instanceof ArgumentoInvalido) return [[e.error]];
    const detalle = e instanceof Error ? e.message : String(e);
    return [[errorExcel('#VALUE!', `${funcion}: no se pudo calcular (${detalle}). Revise los argumentos.`)]];
  }
}
