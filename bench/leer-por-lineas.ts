/**
 * Parses a plan file written by escribir-plan.ts one line at a time, for files longer than V8's longest
 * string (a 500,000-meta plan is ~580 MB): each line is decoded and parsed alone, so no string ever holds
 * the whole document. Any other layout is refused with a clear error, never half-read.
 */
export class ErrorFormatoLineas extends Error {}

const FIN_CABECERA = ',"nodos":[';

export function leerPlanPorLineas(datos: Uint8Array): unknown {
  const buf = Buffer.from(datos.buffer, datos.byteOffset, datos.byteLength);
  let inicio = 0;
  const siguiente = (): string | null => {
    if (inicio >= buf.length) return null;
    let fin = buf.indexOf(10, inicio);
    if (fin < 0) fin = buf.length;
    const linea = buf.toString('utf8', inicio, fin);
    inicio = fin + 1;
    return linea;
  };
  const primera = siguiente();
  if (primera === null || !primera.startsWith('{') || !primera.endsWith(FIN_CABECERA)) {
    throw new ErrorFormatoLineas(`línea 1: se esperaba la cabecera del plan terminada en ${FIN_CABECERA}`);
  }
  const plan = JSON.parse(`${primera.slice(0, -FIN_CABECERA.length)}}`) as Record<string, unknown>;
  const lista = (cierre: string, nombre: string): unknown[] => {
    const xs: unknown[] = [];
    for (;;) {
      const l = siguiente();
      if (l === null) throw new ErrorFormatoLineas(`el archivo termina dentro de la lista «${nombre}» (se esperaba ${cierre})`);
      if (l === cierre) return xs;
      xs.push(JSON.parse(l.endsWith(',') ? l.slice(0, -1) : l));
    }
  };
  plan.nodos = lista('],"metas":[', 'nodos');
  plan.metas = lista(']}', 'metas');
  return plan;
}
