#!/usr/bin/env node
import { ejecutar } from './ejecutar.js';

process.exitCode = await ejecutar(process.argv.slice(2), {
  salida: (t) => process.stdout.write(t),
  error: (t) => process.stderr.write(t),
});
