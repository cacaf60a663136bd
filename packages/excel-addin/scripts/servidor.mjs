// HTTPS static server for dist/ on port 3000, for `npm run addin:start` (office-addin-debugging starts it).
// Uses the development certificates that `npx office-addin-dev-certs install` leaves in
// ~/.office-addin-dev-certs (Office only loads add-ins over HTTPS).
import { createServer } from 'node:https';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

const raiz = resolve(import.meta.dirname, '..', 'dist');
const certs = join(homedir(), '.office-addin-dev-certs');
const puerto = Number(process.env.PORT ?? 3000);
if (!existsSync(join(certs, 'localhost.crt'))) {
  console.error('Faltan los certificados de desarrollo: ejecute «npx office-addin-dev-certs install» y vuelva a intentar.');
  process.exit(1);
}
const tipos = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml', '.map': 'application/json' };

createServer({ cert: readFileSync(join(certs, 'localhost.crt')), key: readFileSync(join(certs, 'localhost.key')) }, (req, res) => {
  const ruta = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)).replace(/^([/\\])+/, '');
  const archivo = join(raiz, ruta || 'taskpane.html');
  if (!archivo.startsWith(raiz) || !existsSync(archivo) || !statSync(archivo).isFile()) {
    res.writeHead(404).end('No encontrado');
    return;
  }
  res.writeHead(200, { 'Content-Type': tipos[extname(archivo)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
  res.end(readFileSync(archivo));
}).listen(puerto, () => console.log(`Sirviendo ${raiz} en https://localhost:${puerto}/`));
