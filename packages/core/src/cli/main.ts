#!/usr/bin/env node
import { ejecutar } from './ejecutar.js';
import { activarVerificacionCompilada } from '../schema/verificador-compilado.js';

// Node allows eval: use zod's compiled check (much faster on large plans).
activarVerificacionCompilada();

process.exitCode = await ejecutar(process.argv.slice(2), {
  salida: (t) => process.stdout.write(t),
  error: (t) => process.stderr.write(t),
});
