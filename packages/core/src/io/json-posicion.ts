/**
 * Where a JSON syntax error is, as line and column a person can find in an editor.
 * JSON.parse says where only sometimes ("… in JSON at position 6" in V8, "at line 1 column 7" in
 * Firefox; V8 gives no position for "Unexpected token '}', … is not valid JSON"), so when the message
 * has none we find the offending character with a small scanner of the JSON grammar.
 */

export interface PosicionTexto {
  /** Offset in UTF-16 code units from the start of the text. */
  offset: number;
  /** 1-based line (CRLF, LF and CR all end a line). */
  linea: number;
  /** 1-based column. */
  columna: number;
}

export function lineaYColumna(texto: string, offset: number): PosicionTexto {
  const fin = Math.max(0, Math.min(offset, texto.length));
  let linea = 1;
  let inicioLinea = 0;
  for (let i = 0; i < fin; i++) {
    const c = texto.charCodeAt(i);
    if (c === 10 || (c === 13 && texto.charCodeAt(i + 1) !== 10)) {
      linea++;
      inicioLinea = i + 1;
    }
  }
  return { offset: fin, linea, columna: fin - inicioLinea + 1 };
}

/** The position a parser's message states, if any. */
export function posicionDeMensaje(texto: string, mensaje: string): PosicionTexto | null {
  const lc = /line (\d+) column (\d+)/i.exec(mensaje);
  if (lc) {
    const linea = Number(lc[1]);
    const columna = Number(lc[2]);
    // Rebuild the offset so every caller gets the three numbers.
    let offset = 0;
    for (let l = 1; l < linea && offset < texto.length; l++) {
      const siguiente = texto.indexOf('\n', offset);
      if (siguiente < 0) break;
      offset = siguiente + 1;
    }
    return { offset: Math.min(texto.length, offset + columna - 1), linea, columna };
  }
  const p = /at position (\d+)/i.exec(mensaje);
  if (p) return lineaYColumna(texto, Number(p[1]));
  if (/unexpected end/i.test(mensaje)) return lineaYColumna(texto, texto.length);
  return null;
}

function esEspacio(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function esDigito(c: number): boolean {
  return c >= 48 && c <= 57;
}
function esHex(c: number): boolean {
  return esDigito(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Offset just past a string starting at `i` (a quote), or `-(offset of the error) - 1`. */
function finCadena(t: string, i: number): number {
  let j = i + 1;
  for (;;) {
    if (j >= t.length) return -t.length - 1;
    const c = t.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 92) {
      const e = t[j + 1];
      if (e === undefined) return -t.length - 1;
      if ('"\\/bfnrt'.includes(e)) j += 2;
      else if (e === 'u') {
        for (let k = 2; k < 6; k++) if (!esHex(t.charCodeAt(j + k))) return -Math.min(j + k, t.length) - 1;
        j += 6;
      } else return -(j + 1) - 1;
    } else j++;
  }
}

/** Offset just past a number starting at `i`, or `-(offset of the error) - 1`. */
function finNumero(t: string, i: number): number {
  let j = i;
  if (t[j] === '-') j++;
  if (t[j] === '0') j++;
  else if (esDigito(t.charCodeAt(j))) while (esDigito(t.charCodeAt(j))) j++;
  else return -Math.min(j, t.length) - 1;
  if (t[j] === '.') {
    j++;
    if (!esDigito(t.charCodeAt(j))) return -Math.min(j, t.length) - 1;
    while (esDigito(t.charCodeAt(j))) j++;
  }
  if (t[j] === 'e' || t[j] === 'E') {
    j++;
    if (t[j] === '+' || t[j] === '-') j++;
    if (!esDigito(t.charCodeAt(j))) return -Math.min(j, t.length) - 1;
    while (esDigito(t.charCodeAt(j))) j++;
  }
  return j;
}

/**
 * Offset of the first character that breaks the JSON grammar (the text's length when it ends too
 * early), or null when the text is valid JSON. Iterative: deeply nested input cannot overflow the stack.
 */
export function buscarErrorJson(t: string): number | null {
  const n = t.length;
  const pila: number[] = [];
  let i = 0;
  let estado: 'valor' | 'clave' | 'despues' = 'valor';
  const saltar = () => {
    while (i < n && esEspacio(t.charCodeAt(i))) i++;
  };
  for (;;) {
    saltar();
    if (estado === 'despues') {
      if (pila.length === 0) return i < n ? i : null;
      if (i >= n) return n;
      const c = t.charCodeAt(i);
      const tope = pila[pila.length - 1];
      if (c === 44) {
        i++;
        estado = tope === 123 ? 'clave' : 'valor';
      } else if ((c === 125 && tope === 123) || (c === 93 && tope === 91)) {
        pila.pop();
        i++;
      } else return i;
      continue;
    }
    if (i >= n) return n;
    if (estado === 'clave') {
      if (t.charCodeAt(i) !== 34) return i;
      const f = finCadena(t, i);
      if (f < 0) return -f - 1;
      i = f;
      saltar();
      if (i >= n) return n;
      if (t.charCodeAt(i) !== 58) return i;
      i++;
      estado = 'valor';
      continue;
    }
    const c = t.charCodeAt(i);
    if (c === 123 || c === 91) {
      i++;
      saltar();
      if (t.charCodeAt(i) === c + 2) {
        i++;
        estado = 'despues';
      } else {
        pila.push(c);
        estado = c === 123 ? 'clave' : 'valor';
      }
      continue;
    }
    let f: number;
    if (c === 34) f = finCadena(t, i);
    else if (c === 45 || esDigito(c)) f = finNumero(t, i);
    else {
      const lit = ['true', 'false', 'null'].find((l) => l[0] === t[i]);
      if (!lit) return i;
      for (let k = 1; k < lit.length; k++) if (t[i + k] !== lit[k]) return Math.min(i + k, n);
      f = i + lit.length;
    }
    if (f < 0) return -f - 1;
    i = f;
    estado = 'despues';
  }
}

/** Where JSON.parse failed: from its message when it says, else from the scanner. */
export function posicionErrorJson(texto: string, error: unknown): PosicionTexto {
  const mensaje = error instanceof Error ? error.message : String(error);
  return posicionDeMensaje(texto, mensaje) ?? lineaYColumna(texto, buscarErrorJson(texto) ?? texto.length);
}
