// The add-in's icons (16, 32, 64, 80 px PNG): a green rounded square with three white bars, drawn here
// so the repository holds no binary files. A minimal PNG writer (RGBA, no filtering) on node:zlib.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TABLA_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = TABLA_CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function trozo(tipo, datos) {
  const largo = Buffer.alloc(4);
  largo.writeUInt32BE(datos.length);
  const td = Buffer.concat([Buffer.from(tipo, 'ascii'), datos]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([largo, td, crc]);
}

export function png(lado) {
  const verde = [0x1b, 0x7f, 0x3b, 0xff];
  const blanco = [0xff, 0xff, 0xff, 0xff];
  const nada = [0, 0, 0, 0];
  const radio = lado * 0.18;
  const filas = [];
  for (let y = 0; y < lado; y++) {
    const fila = [0];
    for (let x = 0; x < lado; x++) {
      const dx = Math.max(radio - x - 0.5, x + 0.5 - (lado - radio), 0);
      const dy = Math.max(radio - y - 0.5, y + 0.5 - (lado - radio), 0);
      const dentro = dx * dx + dy * dy <= radio * radio;
      // Three bars of a chart: heights 40 %, 65 %, 90 % of the inner area.
      const u = x / lado;
      const v = 1 - y / lado;
      const barra = [[0.2, 0.34, 0.45], [0.43, 0.57, 0.65], [0.66, 0.8, 0.85]].some(([a, b, h]) => u >= a && u < b && v >= 0.15 && v <= h);
      fila.push(...(!dentro ? nada : barra ? blanco : verde));
    }
    filas.push(Buffer.from(fila));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(lado, 0);
  ihdr.writeUInt32BE(lado, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    trozo('IHDR', ihdr),
    trozo('IDAT', deflateSync(Buffer.concat(filas))),
    trozo('IEND', Buffer.alloc(0)),
  ]);
}

export const LADOS = [16, 32, 64, 80];

export function escribirIconos(carpeta) {
  mkdirSync(carpeta, { recursive: true });
  return LADOS.map((l) => {
    const f = join(carpeta, `icono-${l}.png`);
    writeFileSync(f, png(l));
    return f;
  });
}
