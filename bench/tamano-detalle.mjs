// Where the bundle's bytes go: every byte of the minified output is charged to the source module its
// sourcemap names, and gzip bytes are charged as each module's marginal cost in bundle order
// (gzip of the output up to the module's end minus gzip up to its start), so the rows add up to the total
// and a module that repeats code seen earlier costs what it really adds. Order matters: a module placed
// later profits from the dictionary of those before it.
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALOR_B64 = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one sourcemap segment (base64 VLQ) into its fields. */
export function decodificarSegmento(s) {
  const campos = [];
  let valor = 0;
  let desplazamiento = 0;
  for (const c of s) {
    const d = VALOR_B64.get(c);
    if (d === undefined) throw new Error(`carácter VLQ no válido: ${c}`);
    valor += (d & 31) << desplazamiento;
    if (d & 32) desplazamiento += 5;
    else {
      campos.push(valor & 1 ? -(valor >>> 1) : valor >>> 1);
      valor = 0;
      desplazamiento = 0;
    }
  }
  return campos;
}

/**
 * Contiguous byte ranges of `codigo` per source: [{ fuente, desde, hasta }] covering the whole output
 * (fuente null = bytes no mapping names: the bundler's own glue). Offsets count UTF-16 units like the
 * sourcemap's columns; `bytesDe` converts them.
 */
export function tramosPorFuente(codigo, mapa) {
  const lineas = codigo.split('\n');
  const tramos = [];
  let actual = null;
  let desde = 0;
  let fuente = 0;
  let inicioLinea = 0;
  const cortar = (nueva, pos) => {
    if (nueva === actual) return;
    if (pos > desde) tramos.push({ fuente: actual, desde, hasta: pos });
    actual = nueva;
    desde = pos;
  };
  mapa.mappings.split(';').forEach((linea, i) => {
    let columna = 0;
    if (linea) {
      for (const s of linea.split(',')) {
        const f = decodificarSegmento(s);
        columna += f[0];
        let id = null;
        if (f.length >= 4) {
          fuente += f[1];
          id = mapa.sources[fuente];
        }
        cortar(id, inicioLinea + columna);
      }
    }
    inicioLinea += (lineas[i]?.length ?? 0) + 1;
  });
  if (codigo.length > desde) tramos.push({ fuente: actual, desde, hasta: codigo.length });
  return tramos;
}

/** The group a source belongs to: an npm package, or core's / widgets' folder. */
export function paqueteDe(fuente) {
  if (fuente === null) return '(sin mapa)';
  const nm = fuente.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const partes = fuente.slice(nm + 'node_modules/'.length).split('/');
    return partes[0].startsWith('@') ? `${partes[0]}/${partes[1]}` : partes[0];
  }
  const core = fuente.match(/packages\/core\/(?:dist|src)\/([^/]+)\//);
  if (core) return `core/${core[1]}`;
  const widgets = fuente.match(/packages\/widgets\/src\/([^/]+)\//);
  if (widgets) return `widgets/${widgets[1]}`;
  return fuente;
}

/** A readable module name: the path after node_modules/, or from packages/. */
export function moduloDe(fuente) {
  if (fuente === null) return '(sin mapa)';
  const nm = fuente.lastIndexOf('node_modules/');
  if (nm >= 0) return fuente.slice(nm + 'node_modules/'.length);
  const p = fuente.indexOf('packages/');
  return p >= 0 ? fuente.slice(p + 'packages/'.length) : fuente;
}

/**
 * Minified and gzip bytes per module and per package. Returns { total: {min, gzip}, modulos, paquetes },
 * rows sorted by gzip, largest first.
 */
export function desglosar(codigo, mapa, nivel = 9) {
  const tramos = tramosPorFuente(codigo, mapa);
  const texto = Buffer.from(codigo);
  // Offsets are UTF-16 units; the bundle is measured in UTF-8 bytes.
  const aBytes = (i) => Buffer.byteLength(codigo.slice(0, i));
  const gz = (hasta) => (hasta === 0 ? 0 : gzipSync(texto.subarray(0, hasta), { level: nivel }).length);
  const porModulo = new Map();
  let previo = 0;
  let gzPrevio = 0;
  for (const t of tramos) {
    const fin = aBytes(t.hasta);
    const gzFin = gz(fin);
    const clave = moduloDe(t.fuente);
    const fila = porModulo.get(clave) ?? { nombre: clave, paquete: paqueteDe(t.fuente), min: 0, gzip: 0 };
    fila.min += fin - previo;
    fila.gzip += gzFin - gzPrevio;
    porModulo.set(clave, fila);
    previo = fin;
    gzPrevio = gzFin;
  }
  const porPaquete = new Map();
  for (const m of porModulo.values()) {
    const p = porPaquete.get(m.paquete) ?? { nombre: m.paquete, min: 0, gzip: 0, modulos: 0 };
    p.min += m.min;
    p.gzip += m.gzip;
    p.modulos += 1;
    porPaquete.set(m.paquete, p);
  }
  const orden = (a, b) => b.gzip - a.gzip || b.min - a.min;
  return {
    total: { min: texto.length, gzip: gzPrevio },
    modulos: [...porModulo.values()].sort(orden),
    paquetes: [...porPaquete.values()].sort(orden),
  };
}

/** Plain-text table of a breakdown (kB = 1.000 bytes). */
export function tablaDetalle(d, { modulos = 40 } = {}) {
  const kb = (n) => (n / 1000).toFixed(1).padStart(7);
  const pct = (n) => `${((100 * n) / d.total.gzip).toFixed(1).padStart(5)} %`;
  const filas = ['Por paquete (minificado / gzip marginal / parte del gzip)'];
  for (const p of d.paquetes) filas.push(`  ${p.nombre.padEnd(44)} ${kb(p.min)} / ${kb(p.gzip)}  ${pct(p.gzip)}`);
  filas.push(`Por módulo (los ${Math.min(modulos, d.modulos.length)} mayores de ${d.modulos.length})`);
  for (const m of d.modulos.slice(0, modulos)) filas.push(`  ${m.nombre.padEnd(60)} ${kb(m.min)} / ${kb(m.gzip)}`);
  return filas.join('\n');
}
