/**
 * Reads a plan document of any size from a stream of bytes (a file, a fetch body): the text is never one
 * string and the bytes are never all in memory at once. A byte-level scanner that knows strings, escapes
 * and nesting cuts the top-level "nodos" and "metas" arrays into batches of whole elements, each parsed
 * by JSON.parse alone; the rest of the document (the header) is parsed once at the end. Any valid JSON
 * layout works (pretty-printed, minified, one element per line). Syntax errors say file, line, column and
 * what is there, as leerPlanJson does. Runs in Node, browsers and the add-in (no Node API).
 */
import type { ResultadoValidacion } from '../schema/types.js';
import { validarPlan } from '../schema/validar.js';
import { errorSintaxisEn, fragmento, type LugarErrorJson, type OpcionesJson } from './json.js';
import { buscarErrorJson, posicionErrorJson } from './json-posicion.js';

export interface OpcionesJsonFlujo extends OpcionesJson {
  /**
   * Bytes of array elements given to one JSON.parse call when the bytes are scanned one by one (default
   * TAMANO_LOTE); the fast path for one element per line cuts at most once per chunk, from this size on.
   */
  tamanoLote?: number;
}

/**
 * Takes a cut array's elements as they are parsed instead of keeping them in the document: given the array's
 * name and a way to parse the document before it (`cabecera`: every key so far, earlier cut arrays
 * included), returns the function that receives each batch, or null to keep the elements as usual.
 */
export type ObservadorListas = (nombre: string, cabecera: () => Record<string, unknown>) => ((lote: unknown[]) => void) | null;

export type DocumentoJson = { ok: true; datos: unknown } | { ok: false; resultado: ResultadoValidacion & { ok: false } };

/** The top-level arrays that are cut into elements (everything else is the header, parsed whole). */
const LISTAS = new Set(['nodos', 'metas']);
/** 16 KiB: a third of trozosArchivo's chunk, so the fast path cuts every chunk. */
export const TAMANO_LOTE = 16 * 1024;

const COMILLAS = 34;
const BARRA = 92;
const DOS_PUNTOS = 58;
const COMA = 44;
const ABRE_LLAVE = 123;
const CIERRA_LLAVE = 125;
const ABRE_CORCHETE = 91;
const CIERRA_CORCHETE = 93;

/** Line and column (UTF-16 units, as an editor counts) of a place in the file. */
interface Lugar {
  linea: number;
  columna: number;
}

/** A place found inside a piece of text that starts at `base` in the file. */
function enArchivo(base: Lugar, p: Lugar): Lugar {
  return p.linea === 1 ? { linea: base.linea, columna: base.columna + p.columna - 1 } : { linea: base.linea + p.linea - 1, columna: p.columna };
}

/** Line and column of `hasta` counted from `desde` in `t` (line ends as lineaYColumna counts them). */
function posicionRelativa(t: string, desde: number, hasta: number): Lugar {
  let linea = 1;
  let inicioLinea = desde;
  const fin = Math.min(hasta, t.length);
  for (let i = desde; i < fin; i++) {
    const c = t.charCodeAt(i);
    if (c === 10 || (c === 13 && t.charCodeAt(i + 1) !== 10)) {
      linea++;
      inicioLinea = i + 1;
    }
  }
  return { linea, columna: fin - inicioLinea + 1 };
}

const NO_UTF8 = { es: 'texto en UTF-8 (guarde el archivo como UTF-8)', en: 'UTF-8 text (save the file as UTF-8)' };

/**
 * UTF-8 → text that refuses invalid bytes. The lenient decoder is faster than a fatal one (measured: about
 * a third less time on 576 MB); a replacement character in its output (an invalid byte, or a real U+FFFD,
 * which is rare) sends the bytes through the fatal decoder to tell the two apart.
 */
class Decodificador {
  private readonly rapido = new TextDecoder('utf-8');
  private readonly estricto = new TextDecoder('utf-8', { fatal: true });
  /** Throws a TypeError when the bytes are not UTF-8. */
  decode(bytes: Uint8Array): string {
    const t = this.rapido.decode(bytes);
    return t.includes('\uFFFD') ? this.estricto.decode(bytes) : t;
  }
}

class ErrorLectura extends Error {
  constructor(readonly detalle: LugarErrorJson) {
    super('json');
  }
}

/** Copies the bytes of several pieces into one array. */
function unir(partes: Uint8Array[]): Uint8Array {
  if (partes.length === 1) return partes[0] as Uint8Array;
  let total = 0;
  for (const p of partes) total += p.length;
  const r = new Uint8Array(total);
  let k = 0;
  for (const p of partes) {
    r.set(p, k);
    k += p.length;
  }
  return r;
}

/**
 * "[" + the bytes of several pieces + "]", in one new array: the batch's text is decoded ready for
 * JSON.parse. Wrapping the decoded text instead (`[${texto}]`) makes V8 copy every batch's text once more
 * when JSON.parse flattens it: on 576 MB, over half a gigabyte of young garbage for the scavenger.
 */
export function entreCorchetes(partes: readonly Uint8Array[]): Uint8Array {
  let total = 2;
  for (const p of partes) total += p.length;
  const r = new Uint8Array(total);
  r[0] = ABRE_CORCHETE;
  let k = 1;
  for (const p of partes) {
    r.set(p, k);
    k += p.length;
  }
  r[k] = CIERRA_CORCHETE;
  return r;
}

/** A batch's text "[…]" with only blanks inside. */
const ES_VACIO = /^\[[ \t\n\r]*\]$/;

/**
 * The scanner. Feed it chunks with `agregar`, then call `terminar`. Its state survives chunk boundaries
 * (a string, an escape, a key or an element may be cut anywhere); line and column are counted as it goes,
 * so an error found later by JSON.parse, in a batch or in the header, is placed in the file.
 */
class Escaner {
  private readonly decodificador = new Decodificador();
  private readonly lote: number;
  // Lexical state.
  private enCadena = false;
  private escapando = false;
  private profundidad = 0;
  private raizObjeto = false;
  /** The first bytes, held until there are 3 to look for a byte-order mark. */
  private primeros: Uint8Array | null = new Uint8Array(0);
  // Lines: the count, where the current one starts (absolute byte), and bytes that are not one UTF-16 unit each.
  private linea = 1;
  private inicioLinea = 0;
  private ajuste = 0;
  private crPrevio = false;
  /** Absolute offset of byte 0 of the current chunk. */
  private base = 0;
  // Header: the bytes outside the cut arrays, decoded per segment; each segment starts at a known place.
  private cabecera: Uint8Array[] = [];
  private textoCabecera = '';
  private readonly segmentos: Array<{ desde: number; lugar: Lugar }> = [{ desde: 0, lugar: { linea: 1, columna: 1 } }];
  /** Start (in this chunk) of the header bytes not yet kept; unused inside a cut array. */
  private desdeCabecera = 0;
  // Strings at depth 1 (keys), to know when "nodos" or "metas" begins.
  private claveBytes: Uint8Array[] = [];
  private inicioClave = -1;
  private ultimaCadena: string | null = null;
  private clave: string | null = null;
  private tras2Puntos = false;
  // The array being cut.
  private lista: unknown[] | null = null;
  /** Elements parsed so far in the open array. */
  private elementos = 0;
  private nombreLista = '';
  readonly listas = new Map<string, unknown[]>();
  private pendiente: Uint8Array[] = [];
  private bytesPendientes = 0;
  /** Start (in this chunk) of the batch bytes not yet kept. */
  private desdeLote = 0;
  private lugarLote: Lugar = { linea: 1, columna: 1 };
  /** Whether whole-chunk cuts are still tried (off after the first miss, e.g. in a pretty-printed file). */
  private atajo = true;

  /** Where the batches of the open array go when an observer took it. */
  private consumidor: ((lote: unknown[]) => void) | null = null;

  constructor(
    lote: number,
    private readonly observador: ObservadorListas | null = null,
  ) {
    this.lote = Math.max(1, lote);
  }

  private entregar(valores: unknown[]): void {
    if (this.consumidor !== null) {
      this.consumidor(valores);
      return;
    }
    const lista = this.lista as unknown[];
    for (let k = 0; k < valores.length; k++) lista.push(valores[k]);
  }

  private lugar(absoluto: number): Lugar {
    return { linea: this.linea, columna: absoluto - this.inicioLinea - this.ajuste + 1 };
  }

  private decodificar(bytes: Uint8Array, lugar: Lugar): string {
    try {
      return this.decodificador.decode(bytes);
    } catch {
      throw new ErrorLectura({ ...lugar, alFinal: false, trozo: '', esperado: NO_UTF8 });
    }
  }

  agregar(b: Uint8Array): void {
    if (this.primeros === null) return this.escanear(b, this.atajar(b));
    const p = unir([this.primeros, b]);
    if (p.length < 3) {
      this.primeros = p.slice();
      return;
    }
    this.empezar(p);
  }

  private empezar(p: Uint8Array): void {
    this.primeros = null;
    // A UTF-8 byte-order mark is not part of the document; UTF-16 cannot be cut by bytes.
    if ((p[0] === 0xff && p[1] === 0xfe) || (p[0] === 0xfe && p[1] === 0xff))
      throw new ErrorLectura({ linea: 1, columna: 1, alFinal: false, trozo: '', esperado: NO_UTF8 });
    const bom = p[0] === 0xef && p[1] === 0xbb && p[2] === 0xbf ? 3 : 0;
    this.inicioLinea = bom;
    this.desdeCabecera = bom;
    this.escanear(p, bom);
  }

  /**
   * The fast path for one element per line (what escribirPlanJsonPorPartes and most exporters write): a comma
   * at the end of a line is taken as the end of a batch and the batch is parsed without scanning its bytes.
   * It is right exactly when "[" + batch + "]" parses: a batch that starts between elements and parses
   * ends between elements (it cannot end inside an element, nor past the array's "]"). Else the chunk is
   * scanned byte by byte and the fast path is not tried again in this list. Returns where scanning goes on.
   */
  private atajar(b: Uint8Array): number {
    if (!this.atajo || this.lista === null) return 0;
    let nl = b.lastIndexOf(10);
    let coma = -1;
    // The last lines may close the array ("}" then "]"): look a few lines up.
    for (let intentos = 0; nl > 0 && intentos < 4 && coma < 0; intentos++) {
      const k = b[nl - 1] === 13 ? nl - 2 : nl - 1;
      if (k >= 0 && b[k] === COMA) coma = k;
      else nl = b.lastIndexOf(10, nl - 1);
    }
    if (coma < 0 || this.bytesPendientes + coma < this.lote) return 0;
    let valores: unknown[];
    try {
      this.pendiente.push(b.subarray(0, coma));
      valores = JSON.parse(this.decodificador.decode(entreCorchetes(this.pendiente))) as unknown[];
    } catch {
      this.pendiente.pop();
      this.atajo = false;
      return 0;
    }
    if (valores.length === 0) {
      this.pendiente.pop();
      this.atajo = false;
      return 0;
    }
    this.elementos += valores.length;
    this.entregar(valores);
    this.pendiente = [];
    this.bytesPendientes = 0;
    this.contarLineas(b, coma);
    this.enCadena = false;
    this.escapando = false;
    this.profundidad = 2;
    this.crPrevio = false;
    this.desdeLote = coma + 1;
    this.lugarLote = this.lugar(this.base + coma + 1);
    return coma + 1;
  }

  /** Line count, line start and UTF-16 adjustment after bytes [0, hasta) of a chunk that was not scanned. */
  private contarLineas(b: Uint8Array, hasta: number): void {
    let ultima = -1;
    const cr = b.indexOf(13);
    if (cr < 0 || cr >= hasta) {
      // Only LF line ends: count them with the native search.
      let k = b.indexOf(10);
      if (k === 0 && this.crPrevio) {
        ultima = 0;
        k = b.indexOf(10, 1);
      }
      while (k >= 0 && k < hasta) {
        this.linea++;
        ultima = k;
        k = b.indexOf(10, k + 1);
      }
    } else {
      let previo = this.crPrevio;
      for (let k = 0; k < hasta; k++) {
        const c = b[k];
        if (c === 13 || (c === 10 && !previo)) this.linea++;
        if (c === 13 || c === 10) ultima = k;
        previo = c === 13;
      }
    }
    let ajuste = 0;
    for (let k = ultima + 1; k < hasta; k++) {
      const c = b[k] as number;
      if (c >= 0x80) {
        if ((c & 0xc0) === 0x80) ajuste++;
        else if (c >= 0xf0) ajuste--;
      }
    }
    if (ultima >= 0) {
      this.inicioLinea = this.base + ultima + 1;
      this.ajuste = ajuste;
    } else this.ajuste += ajuste;
  }

  private escanear(b: Uint8Array, desde: number): void {
    const n = b.length;
    let enCadena = this.enCadena;
    let escapando = this.escapando;
    let profundidad = this.profundidad;
    let ajuste = this.ajuste;
    for (let i = desde; i < n; i++) {
      let c = b[i] as number;
      if (enCadena) {
        if (escapando) {
          escapando = false;
          continue;
        }
        // Tight loop over the string's bytes: only a quote, a backslash or a non-ASCII byte matter.
        while (c !== COMILLAS && c !== BARRA) {
          // Continuation bytes add no UTF-16 unit; a 4-byte sequence makes two.
          if (c >= 0x80) {
            if ((c & 0xc0) === 0x80) ajuste++;
            else if (c >= 0xf0) ajuste--;
          }
          if (++i >= n) break;
          c = b[i] as number;
        }
        if (i >= n) break;
        if (c === BARRA) {
          escapando = true;
          continue;
        }
        enCadena = false;
        if (this.inicioClave >= 0) this.cerrarClave(b, i);
        continue;
      }
      if (c <= 32) {
        // CR LF is one line end (counted at the CR); a lone CR or LF is one too.
        if (c === 10) {
          if (!this.crPrevio) this.linea++;
          this.inicioLinea = this.base + i + 1;
          ajuste = 0;
        } else if (c === 13) {
          this.linea++;
          this.inicioLinea = this.base + i + 1;
          ajuste = 0;
        }
        this.crPrevio = c === 13;
        continue;
      }
      this.crPrevio = false;
      if (c === COMILLAS) {
        enCadena = true;
        if (profundidad === 1 && this.raizObjeto) {
          this.inicioClave = i + 1;
          this.claveBytes = [];
        }
        this.tras2Puntos = false;
      } else if (c === ABRE_LLAVE || c === ABRE_CORCHETE) {
        if (profundidad === 0 && c === ABRE_LLAVE) this.raizObjeto = true;
        if (profundidad === 1 && c === ABRE_CORCHETE && this.tras2Puntos && this.raizObjeto && this.clave !== null && LISTAS.has(this.clave)) {
          this.ajuste = ajuste;
          this.abrirLista(b, i);
        }
        profundidad++;
        this.tras2Puntos = false;
      } else if (c === CIERRA_LLAVE || c === CIERRA_CORCHETE) {
        profundidad--;
        if (this.lista !== null && profundidad === 1) {
          this.ajuste = ajuste;
          if (c !== CIERRA_CORCHETE) throw this.errorEnLista(b, i);
          this.cerrarLista(b, i);
        }
        this.tras2Puntos = false;
      } else if (profundidad === 1) {
        this.tras2Puntos = c === DOS_PUNTOS;
        if (this.tras2Puntos) this.clave = this.ultimaCadena;
      } else if (c === COMA && profundidad === 2 && this.lista !== null) {
        if (this.bytesPendientes + (i - this.desdeLote) >= this.lote) {
          this.ajuste = ajuste;
          this.cortarLote(b, i, false);
        }
      }
    }
    this.enCadena = enCadena;
    this.escapando = escapando;
    this.profundidad = profundidad;
    this.ajuste = ajuste;
    // Keep what this chunk leaves open: part of a key, of the header, of a batch.
    if (this.inicioClave >= 0) {
      if (this.inicioClave < n) this.claveBytes.push(b.slice(this.inicioClave));
      this.inicioClave = 0;
    }
    if (this.lista !== null) {
      if (this.desdeLote < n) {
        this.pendiente.push(b.slice(this.desdeLote));
        this.bytesPendientes += n - this.desdeLote;
      }
      this.desdeLote = 0;
    } else {
      if (this.desdeCabecera < n) this.cabecera.push(b.slice(this.desdeCabecera));
      this.desdeCabecera = 0;
    }
    this.base += n;
  }

  private cerrarClave(b: Uint8Array, fin: number): void {
    this.claveBytes.push(b.subarray(this.inicioClave, fin));
    const bytes = unir(this.claveBytes);
    this.inicioClave = -1;
    this.claveBytes = [];
    this.ultimaCadena = null;
    // Only the names of the cut arrays matter: anything longer cannot be one of them.
    if (bytes.length > 32) return;
    try {
      const texto = this.decodificador.decode(bytes);
      this.ultimaCadena = texto.includes('\\') ? (JSON.parse(`"${texto}"`) as string) : texto;
    } catch {
      // Not a valid string: the header's parse reports it where it is.
    }
  }

  /** Keeps the header bytes [desdeCabecera, fin) of this chunk and decodes the header's open segment. */
  private cerrarSegmentoCabecera(b: Uint8Array, fin: number): void {
    if (fin > this.desdeCabecera) this.cabecera.push(b.subarray(this.desdeCabecera, fin));
    const inicio = this.segmentos[this.segmentos.length - 1] as { lugar: Lugar };
    if (this.cabecera.length > 0) this.textoCabecera += this.decodificar(unir(this.cabecera), inicio.lugar);
    this.cabecera = [];
  }

  /** The document before the array being opened, parsed (the array itself empty, earlier cut arrays in place). */
  private cabeceraHastaAqui(): Record<string, unknown> {
    // The text already holds the array's "[]" placeholder, and was checked as a valid beginning.
    const datos = JSON.parse(`${this.textoCabecera}}`) as Record<string, unknown>;
    for (const [nombre, lista] of this.listas) datos[nombre] = lista;
    return datos;
  }

  private abrirLista(b: Uint8Array, i: number): void {
    this.cerrarSegmentoCabecera(b, i);
    // Errors come in file order: the header so far must be a valid beginning of a document.
    const previo = buscarErrorJson(`${this.textoCabecera}[]}`);
    if (previo !== null && previo < this.textoCabecera.length) throw this.errorCabecera(previo);
    const lugar = this.lugar(this.base + i);
    // The header keeps an empty array in its place.
    this.segmentos.push({ desde: this.textoCabecera.length, lugar });
    this.textoCabecera += '[]';
    this.nombreLista = this.clave as string;
    this.lista = [];
    this.elementos = 0;
    this.consumidor = this.observador?.(this.nombreLista, () => this.cabeceraHastaAqui()) ?? null;
    // A miss where one list ended and the next began says nothing of this list's layout.
    this.atajo = true;
    this.desdeLote = i + 1;
    this.lugarLote = { linea: lugar.linea, columna: lugar.columna + 1 };
  }

  private cerrarLista(b: Uint8Array, i: number): void {
    this.cortarLote(b, i, true);
    this.listas.set(this.nombreLista, this.lista as unknown[]);
    this.lista = null;
    this.consumidor = null;
    this.desdeCabecera = i + 1;
    this.segmentos.push({ desde: this.textoCabecera.length, lugar: this.lugar(this.base + i + 1) });
  }

  /**
   * The text of the open batch up to byte `fin` of this chunk (and moves the batch start past `fin`);
   * `envuelto`: between "[" and "]", ready for JSON.parse.
   */
  private textoLote(b: Uint8Array, fin: number, envuelto = false): string {
    this.pendiente.push(b.subarray(this.desdeLote, Math.max(this.desdeLote, fin)));
    const bytes = envuelto ? entreCorchetes(this.pendiente) : unir(this.pendiente);
    this.pendiente = [];
    this.bytesPendientes = 0;
    const texto = this.decodificar(bytes, this.lugarLote);
    this.desdeLote = fin + 1;
    return texto;
  }

  /** Parses the batch that ends at byte `fin` of this chunk: a comma between elements, or the array's "]". */
  private cortarLote(b: Uint8Array, fin: number, ultimo: boolean): void {
    const inicio = this.lugarLote;
    const t = this.textoLote(b, fin, true);
    if (ES_VACIO.test(t)) {
      // "[ ]" is an empty list; "[1, ]" and "[ , 1]" are not JSON: the error is at the "]" or the ",".
      if (ultimo && this.elementos === 0) return;
      throw new ErrorLectura({ ...this.lugar(this.base + fin), alFinal: false, trozo: fragmentoBytes(b, fin) });
    }
    this.lugarLote = this.lugar(this.base + fin + 1);
    let valores: unknown[];
    try {
      valores = JSON.parse(t) as unknown[];
    } catch (e) {
      throw errorEnTexto(t, posicionErrorJson(t, e).offset, inicio, t.slice(1, -1));
    }
    this.elementos += valores.length;
    this.entregar(valores);
  }

  /** A closing byte that does not close the cut array: an earlier error in the open batch comes first. */
  private errorEnLista(b: Uint8Array, i: number): ErrorLectura {
    const inicio = this.lugarLote;
    const texto = this.textoLote(b, i);
    const previo = buscarErrorJson(`[${texto}`);
    if (previo !== null && previo <= texto.length) return errorEnTexto(`[${texto}`, previo, inicio, texto);
    return new ErrorLectura({ ...this.lugar(this.base + i), alFinal: false, trozo: fragmentoBytes(b, i) });
  }

  private errorCabecera(offset: number): ErrorLectura {
    const t = this.textoCabecera;
    let s = this.segmentos[0] as { desde: number; lugar: Lugar };
    for (const x of this.segmentos) if (x.desde <= offset) s = x;
    return new ErrorLectura({ ...enArchivo(s.lugar, posicionRelativa(t, s.desde, offset)), alFinal: offset >= t.length, trozo: fragmento(t, offset) });
  }

  /** Ends the document: an error before the end comes first, then what is left open; else the header is parsed. */
  terminar(): unknown {
    if (this.primeros !== null) this.empezar(this.primeros);
    const fin = { ...this.lugar(this.base), alFinal: true, trozo: '' };
    if (this.lista !== null) {
      const inicio = this.lugarLote;
      const texto = this.textoLote(new Uint8Array(0), 0);
      const previo = buscarErrorJson(`[${texto}`);
      if (previo !== null && previo <= texto.length) throw errorEnTexto(`[${texto}`, previo, inicio, texto);
      throw new ErrorLectura(fin);
    }
    this.cerrarSegmentoCabecera(new Uint8Array(0), 0);
    const t = this.textoCabecera;
    if (this.enCadena || this.profundidad > 0) {
      const previo = buscarErrorJson(t);
      if (previo !== null && previo < t.length) throw this.errorCabecera(previo);
      throw new ErrorLectura(fin);
    }
    let datos: unknown;
    try {
      datos = JSON.parse(t);
    } catch (e) {
      throw this.errorCabecera(posicionErrorJson(t, e).offset);
    }
    // The arrays go back where they were; JSON.parse keeps the last of repeated keys, and so does this.
    if (datos !== null && typeof datos === 'object' && !Array.isArray(datos)) {
      for (const [nombre, lista] of this.listas) (datos as Record<string, unknown>)[nombre] = lista;
    }
    return datos;
  }
}

/** A syntax error at `offset` of a batch's text `t` ("[" + `sinEnvoltura`…), whose first element starts at `base`. */
function errorEnTexto(t: string, offset: number, base: Lugar, sinEnvoltura: string): ErrorLectura {
  const o = Math.max(1, offset);
  const alFinal = false;
  return new ErrorLectura({ ...enArchivo(base, posicionRelativa(t, 1, o)), alFinal, trozo: fragmento(sinEnvoltura, o - 1) });
}

function fragmentoBytes(b: Uint8Array, i: number): string {
  const desde = Math.max(0, i - 15);
  return fragmento(new TextDecoder().decode(b.subarray(desde, i + 15)), i - desde);
}

/**
 * Parses a JSON document from a stream of bytes (UTF-8, optional BOM), cutting the top-level "nodos" and
 * "metas" arrays into batches. Never throws for bad input: a syntax error comes back as one json_invalido.
 */
export async function parsearJsonPorPartes(
  fuente: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  o: OpcionesJsonFlujo = {},
  observador: ObservadorListas | null = null,
): Promise<DocumentoJson> {
  const e = new Escaner(o.tamanoLote ?? TAMANO_LOTE, observador);
  try {
    for await (const trozo of fuente) e.agregar(trozo);
    return { ok: true, datos: e.terminar() };
  } catch (x) {
    if (!(x instanceof ErrorLectura)) throw x;
    return { ok: false, resultado: { ok: false, errores: [errorSintaxisEn(x.detalle, o)], avisos: [] } };
  }
}

/** leerPlanJson for a stream of bytes of any size: parse by parts, then validarPlan. Never throws for bad input. */
export async function leerPlanJsonPorPartes(
  fuente: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  o: OpcionesJsonFlujo = {},
): Promise<ResultadoValidacion> {
  const d = await parsearJsonPorPartes(fuente, o);
  if (!d.ok) return d.resultado;
  return validarPlan(d.datos, { lang: o.lang ?? 'es', ...(o.archivo ? { archivo: o.archivo } : {}) });
}
