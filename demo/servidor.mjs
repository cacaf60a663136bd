#!/usr/bin/env node
// A tiny static server for the built demo (demo/dist): what any web server would do, nothing more. Used by
// `npm start`, the demo's browser test and its bench. Listens on localhost only.
//   node demo/servidor.mjs [carpeta] [puerto]      (PORT also works; default 4173, next free port if taken)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIPOS = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Starts serving `carpeta`; resolves with the server and its base URL. */
export function servir(carpeta, puerto = 4173, intentos = 20) {
  const base = resolve(carpeta);
  const servidor = createServer(async (req, res) => {
    try {
      const ruta = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let archivo = normalize(join(base, ruta));
      if (archivo !== base && !archivo.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(archivo).catch(() => null))?.isDirectory()) archivo = join(archivo, 'index.html');
      const cuerpo = await readFile(archivo);
      res.writeHead(200, {
        'content-type': TIPOS[extname(archivo)] ?? 'application/octet-stream',
        // The service worker decides what is cached; the HTTP cache must not keep an old sw.js.
        'cache-control': archivo.endsWith('sw.js') ? 'no-cache' : 'max-age=0',
      });
      res.end(req.method === 'HEAD' ? undefined : cuerpo);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No encontrado');
    }
  });
  return new Promise((ok, falla) => {
    servidor.once('error', (e) => {
      if (e.code === 'EADDRINUSE' && intentos > 0 && puerto !== 0) ok(servir(carpeta, puerto + 1, intentos - 1));
      else falla(e);
    });
    servidor.listen(puerto, '127.0.0.1', () => {
      const p = servidor.address().port;
      ok({ servidor, url: `http://localhost:${p}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const carpeta = process.argv[2] ?? fileURLToPath(new URL('./dist', import.meta.url));
  const puerto = Number(process.argv[3] ?? process.env.PORT ?? 4173);
  try {
    await stat(join(carpeta, 'index.html'));
  } catch {
    console.error(`No hay demo construida en ${carpeta}: ejecute «npm run build».`);
    process.exit(1);
  }
  const { url } = await servir(carpeta, puerto);
  console.log(`Tablero PDD — demo en ${url}  (guía: ${url}guia.html · Chía: ${url}chia.html)\nCtrl+C para detener.`);
}
