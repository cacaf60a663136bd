/**
 * Writes packages/core/src/schema/verificador-generado.ts: zod's ahead-of-time, assert-only checker for the plan
 * schema as plain source, so browsers get the fast check without `new Function` (forbidden by a strict CSP).
 *
 * zod's compileFn builds its checker with `new Function(...nombresDeConstantes, código)`; we catch that one call
 * to read the code and the constants it hoists (Sets of allowed strings, RegExps, two zod helpers and
 * Object.prototype.propertyIsEnumerable) and write them out as source. Any other kind of constant stops the
 * generation: it could not be written faithfully.
 *
 * Uso: npm run generar:verificador   (node --import tsx packages/core/scripts/generar-verificador.ts)
 * verificador-generado.test.ts fails when the committed file differs from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileFn, util, version as versionZod } from 'zod/v4/core';
import { planSchema } from '../src/schema/plan.js';

export const RUTA_GENERADA = fileURLToPath(new URL('../src/schema/verificador-generado.ts', import.meta.url));

interface Captura {
  nombres: string[];
  valores: unknown[];
  codigo: string;
}

/** Runs compileFn with the global Function constructor swapped for one that records its arguments. */
function capturar(): Captura {
  const original = globalThis.Function;
  let captura: Captura | null = null;
  globalThis.Function = new Proxy(original, {
    construct(objetivo, args: string[]) {
      const fabrica = Reflect.construct(objetivo, args) as (...v: unknown[]) => unknown;
      return (...valores: unknown[]) => {
        captura = { nombres: args.slice(0, -1), valores, codigo: args.at(-1) ?? '' };
        return fabrica(...valores);
      };
    },
  });
  let definido: boolean | undefined;
  try {
    definido = compileFn(planSchema, { assertOnly: true }).definite;
  } finally {
    globalThis.Function = original;
  }
  if (!captura) throw new Error('compileFn no llamó a new Function: ¿cambió zod?');
  // definite false: a rejection would not prove zod's parse rejects (user callbacks, runtime islands).
  if (definido === false) throw new Error('el verificador compilado no es definitivo (definite: false): no se puede generar');
  return captura;
}

/** Source text of one hoisted constant, or an error naming it. */
function fuenteDe(nombre: string, v: unknown, importes: Set<string>): string {
  if (v instanceof Set) {
    const elementos = [...v];
    if (!elementos.every((e) => typeof e === 'string')) throw new Error(`constante ${nombre}: un Set con valores que no son textos`);
    return `new Set(${JSON.stringify(elementos)})`;
  }
  if (v instanceof RegExp) return `new RegExp(${JSON.stringify(v.source)}, ${JSON.stringify(v.flags)})`;
  if (v === util.codePointLength || v === util.isPlainObject) {
    importes.add('util');
    return `util.${(v as { name: string }).name}`;
  }
  if (v === Object.prototype.propertyIsEnumerable) return 'Object.prototype.propertyIsEnumerable';
  throw new Error(`constante ${nombre}: no se sabe escribir como fuente (${typeof v} ${String(v).slice(0, 60)})`);
}

/** The whole generated module, deterministic for a given schema and zod version. */
export function codigoVerificador(): string {
  const { nombres, valores, codigo } = capturar();
  if (nombres[0] !== 'INVALID') throw new Error('se esperaba INVALID como primera constante de compileFn: ¿cambió zod?');
  const importes = new Set<string>();
  const constantes = nombres
    .slice(1)
    .map((n, i) => `const ${n} = ${fuenteDe(n, valores[i + 1], importes)};`)
    .join('\n');
  const cuerpo = codigo.replace(/^return \(input\) => \{\n/, '').replace(/\n\}$/, '');
  if (cuerpo === codigo) throw new Error('forma inesperada del código de compileFn: ¿cambió zod?');
  const version = `${versionZod.major}.${versionZod.minor}.${versionZod.patch}`;
  return `// GENERADO por packages/core/scripts/generar-verificador.ts desde planSchema (src/schema/plan.ts) con
// compileFn de zod ${version} ({ assertOnly: true }). No editar a mano: \`npm run generar:verificador\`.
// verificador-generado.test.ts falla si este archivo no corresponde al esquema actual.
/* eslint-disable */
// @ts-nocheck
${importes.size ? `import { ${[...importes].join(', ')} } from 'zod/v4/core';\n` : ''}
const INVALID = Symbol('invalido');
${constantes}

function verificar(input) {
${cuerpo}
}

/** true exactly when zod's parse of planSchema succeeds (the code zod compiles at run time, written here once). */
export function verificarPlanGenerado(input: unknown): boolean {
  return verificar(input) !== INVALID;
}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(RUTA_GENERADA, codigoVerificador());
  console.log(`escrito ${RUTA_GENERADA}`);
}
