/**
 * SisPT "Indicadores de resultado": outcome indicators with their four-year target. SisPT records neither
 * baseline nor direction: the baseline stays null and the direction is assumed (stated in the trace).
 */
import type { IndicadorResultado } from '../../schema/types.js';
import type { ArbolNodos } from './arbol-nodos.js';
import type { Diagnostico } from './diagnostico.js';
import { filaVacia, leerEncabezados } from './encabezados.js';
import { cita, traza } from './lectura.js';
import { LectorHoja } from './lector.js';
import type { Hoja } from './libro.js';
import type { FilaOmitidaXlsx } from './reporte.js';
import { COL_SISPT } from './sispt-columnas.js';
import { leerLineas } from './sispt-textos.js';

export function leerResultados(
  hoja: Hoja,
  rEncabezado: number,
  ctx: { archivo: string | undefined; d: Diagnostico; arbol: ArbolNodos; omitidas: FilaOmitidaXlsx[]; fin: number },
): { indicadores: IndicadorResultado[]; filas: number } {
  const { d, archivo } = ctx;
  const enc = leerEncabezados(hoja, rEncabezado);
  const lector = new LectorHoja(d, hoja, enc.texto);
  const col = (k: keyof typeof COL_SISPT) => enc.col(COL_SISPT[k]);
  const out: IndicadorResultado[] = [];
  let filas = 0;
  for (let r = rEncabezado + 1; r < hoja.filas.length; r++) {
    if (filaVacia(hoja, r)) continue;
    filas++;
    const codigo = lector.texto(r, col('consecutivo'));
    const nombre = lector.texto(r, col('resultado'));
    if (codigo === null || nombre === null) {
      ctx.omitidas.push({ archivo, hoja: hoja.nombre, fila: r + 1, codigo: 'fila_sin_indicador', motivo: d.t('fila sin consecutivo o sin nombre del indicador de resultado', 'row without consecutivo or indicator name') });
      continue;
    }
    const textoLinea = lector.texto(r, col('linea'));
    const lineas = leerLineas(textoLinea);
    // "LE-6-VIDA PLENA,LE-8-VIDA PLENA": the first línea that exists in the plan.
    const existente = lineas.find((l) => ctx.arbol.tiene(l.codigo));
    if (lineas.length > 0 && (!existente || lineas.length > 1)) {
      const ausentes = lineas.filter((l) => !ctx.arbol.tiene(l.codigo)).map((l) => l.codigo);
      if (ausentes.length > 0 || lineas.length > 1)
        d.aviso({
          codigo: 'linea_de_resultado',
          hoja: hoja.nombre,
          r,
          c: col('linea'),
          encabezado: enc.texto(col('linea') ?? -1),
          valor: textoLinea,
          esperado: d.t('una línea estratégica del plan', 'one línea estratégica of the plan'),
          detalle: existente
            ? d.t(`El indicador se asocia a ${existente.codigo}${ausentes.length ? `; ${ausentes.join(', ')} no está en la hoja de líneas` : ''}.`, `The indicator is linked to ${existente.codigo}${ausentes.length ? `; ${ausentes.join(', ')} is not in the lines sheet` : ''}.`)
            : d.t('Ninguna está en la hoja de líneas: el indicador queda sin línea.', 'None is in the lines sheet: the indicator is left without a line.'),
        });
    }
    const meta = lector.numero(r, col('meta'));
    const notas: string[] = [];
    const pnd = lector.texto(r, col('enPnd'));
    if (pnd) notas.push(`Está en el Plan Nacional de Desarrollo: ${pnd}`);
    const transf = lector.texto(r, col('transformacion'));
    if (transf) notas.push(`Transformación del PND: ${transf}`);
    out.push({
      codigo,
      nombre,
      unidad: null,
      nodo: existente?.codigo ?? null,
      lineaBase: { valor: null, anio: null },
      actual: { valor: null, anio: null, tipo: 'nivel' },
      meta: { valor: meta, anio: meta === null ? null : ctx.fin },
      direccion: 'mayor_es_mejor',
      ...(notas.length ? { notas } : {}),
      trazas: {
        codigo: traza(cita(archivo, hoja.nombre, r)),
        'meta.valor': traza(cita(archivo, hoja.nombre, r, col('meta'))),
        direccion: traza('SisPT', 'SisPT no registra si el indicador debe subir o bajar: se asume mayor_es_mejor; revíselo'),
      },
    });
  }
  return { indicadores: out, filas };
}
