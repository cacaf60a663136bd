/**
 * SisPT's SGR (regalías) sheets. Products are programmed by biennium (2023-2024, 2025-2026, 2027-2028)
 * and carry no línea estratégica of their own: it comes from their "Iniciativa del SGR" in the
 * "Iniciativas SGR" sheet. A biennium that crosses the plan's edges cannot be split into years, so it is
 * kept in the meta's notes (with a warning), never spread over years by a guess.
 */
import type { Inversion, Meta, Seguimiento } from '../../schema/types.js';
import { plegar } from '../../format/plegar.js';
import { rutaNodo, type ArbolNodos } from './arbol-nodos.js';
import { separarCodigos } from './celdas.js';
import { ANCHOS_CODIGO } from './codigos.js';
import type { Diagnostico } from './diagnostico.js';
import { filaVacia, leerEncabezados } from './encabezados.js';
import { cita, traza } from './lectura.js';
import { LectorHoja } from './lector.js';
import type { Hoja } from './libro.js';
import { inferirAcumulacion, leerAcumulacion, metaVacia } from './meta-base.js';
import type { FilaOmitidaXlsx } from './reporte.js';
import { COL_SISPT, PROGRAMACION, RECURSOS_SGR } from './sispt-columnas.js';
import { codigoMga } from './sispt-productos.js';
import { leerLineas, nombrePersonalizado } from './sispt-textos.js';

interface Ctx {
  archivo: string | undefined;
  d: Diagnostico;
  arbol: ArbolNodos;
  nombresLinea: Map<string, string>;
  omitidas: FilaOmitidaXlsx[];
  inicio: number;
  fin: number;
}

/** "Iniciativas SGR": folded initiative name (and consecutivo) → línea text. */
export function leerIniciativas(hoja: Hoja, rEncabezado: number, d: Diagnostico): { lineas: Map<string, string>; filas: number } {
  const enc = leerEncabezados(hoja, rEncabezado);
  const lector = new LectorHoja(d, hoja, enc.texto);
  const lineas = new Map<string, string>();
  let filas = 0;
  for (let r = rEncabezado + 1; r < hoja.filas.length; r++) {
    if (filaVacia(hoja, r)) continue;
    filas++;
    const linea = lector.texto(r, enc.col(COL_SISPT.linea));
    if (linea === null) continue;
    for (const clave of [lector.texto(r, enc.col(COL_SISPT.iniciativa)), lector.texto(r, enc.col(COL_SISPT.consecutivo))])
      if (clave) lineas.set(plegar(clave), linea);
  }
  return { lineas, filas };
}

export function leerProductosSgr(
  hoja: Hoja,
  rEncabezado: number,
  iniciativas: Map<string, string>,
  ctx: Ctx,
): { metas: Meta[]; origen: Array<{ hoja: string; r: number }>; filas: number } {
  const { d, archivo, arbol } = ctx;
  const enc = leerEncabezados(hoja, rEncabezado);
  const lector = new LectorHoja(d, hoja, enc.texto);
  const col = (k: keyof typeof COL_SISPT) => enc.col(COL_SISPT[k]);
  const out = { metas: [] as Meta[], origen: [] as Array<{ hoja: string; r: number }>, filas: 0 };
  const tramos: Array<{ c: number; desde: number; hasta: number; tipo: 'programado' | 'recursos'; fuera: number }> = [];
  for (const x of enc.columnas) {
    const p = PROGRAMACION.exec(x.clave);
    const s = RECURSOS_SGR.exec(x.clave);
    const m = p ?? s;
    if (m) tramos.push({ c: x.c, desde: Number(m[1]), hasta: Number(m[2] ?? m[1]), tipo: p ? 'programado' : 'recursos', fuera: 0 });
  }
  for (let r = rEncabezado + 1; r < hoja.filas.length; r++) {
    if (filaVacia(hoja, r)) continue;
    out.filas++;
    const codigo = lector.texto(r, col('ipSgr'));
    const iniciativa = lector.texto(r, col('iniciativa'));
    const linea = leerLineas(iniciativa ? (iniciativas.get(plegar(iniciativa)) ?? null) : null)[0];
    const sector = codigoMga(lector, r, col('codSector'), ANCHOS_CODIGO.sector);
    const programa = codigoMga(lector, r, col('codPrograma'), ANCHOS_CODIGO.programa);
    const producto = codigoMga(lector, r, col('codProducto'), ANCHOS_CODIGO.producto);
    const indicador = lector.texto(r, col('indicador'));
    const nombre = nombrePersonalizado(lector.texto(r, col('personalizacionSgr'))) ?? indicador;
    if (codigo === null || !linea || !sector || !programa || !producto || nombre === null) {
      const motivo = codigo === null
        ? d.t('fila sin código de indicador de producto SGR', 'row without SGR product indicator code')
        : !linea
          ? d.t(`la iniciativa «${iniciativa ?? ''}» no está en «Iniciativas SGR» con su línea estratégica`, `initiative "${iniciativa ?? ''}" is not in "Iniciativas SGR" with its línea estratégica`)
          : d.t('faltan códigos MGA o el nombre del indicador', 'MGA codes or the indicator name are missing');
      ctx.omitidas.push({ archivo, hoja: hoja.nombre, fila: r + 1, codigo: 'fila_sgr_incompleta', motivo });
      d.error({ codigo: 'fila_sgr_incompleta', hoja: hoja.nombre, r, esperado: d.t('un producto SGR con código, iniciativa con línea estratégica y códigos MGA', 'an SGR product with code, an initiative with its línea estratégica and MGA codes'), detalle: motivo });
      continue;
    }
    const nLinea = arbol.asegurar(linea.codigo, ctx.nombresLinea.get(linea.codigo) ?? linea.nombre, 0, null);
    const nSector = arbol.asegurar(rutaNodo(nLinea.codigo, sector), lector.texto(r, col('sector')), 1, nLinea.codigo);
    const nPrograma = arbol.asegurar(rutaNodo(nSector.codigo, programa), lector.texto(r, col('programa')), 2, nSector.codigo);
    const nProducto = arbol.asegurar(rutaNodo(nPrograma.codigo, producto), lector.texto(r, col('producto')), 3, nPrograma.codigo);
    const meta = metaVacia({ codigo, nombre, nodo: nProducto.codigo });
    meta.indicador = indicador;
    meta.unidad = lector.texto(r, col('unidad'));
    meta.metaCuatrienio = lector.numero(r, col('meta'), { noNegativo: true });
    meta.bpin = separarCodigos(lector.texto(r, col('bpin')));
    const seguimiento: Seguimiento[] = [];
    const inversion: Inversion[] = [];
    const notas: string[] = [`Producto del Sistema General de Regalías (iniciativa: ${iniciativa}).`];
    const programados: Array<number | null> = [];
    for (const tr of tramos) {
      const v = lector.numero(r, tr.c, { noNegativo: true });
      if (tr.tipo === 'programado') programados.push(v);
      const dentro = tr.desde >= ctx.inicio && tr.hasta <= ctx.fin;
      if (!dentro) {
        if (v !== null) {
          tr.fuera++;
          notas.push(`${enc.texto(tr.c)}: ${v} (bienio fuera del periodo del plan; no se reparte por años).`);
        }
        continue;
      }
      if (tr.tipo === 'programado') seguimiento.push({ desde: tr.desde, hasta: tr.hasta, programado: v, ejecutado: null });
      else if (v !== null) inversion.push({ desde: tr.desde, hasta: tr.hasta, fuente: 'sgr', valor: v });
    }
    meta.seguimiento = seguimiento;
    meta.inversion = inversion;
    const acum = leerAcumulacion(lector.texto(r, col('acumulacion')));
    const inferida = acum ? null : inferirAcumulacion(meta.metaCuatrienio, programados);
    meta.acumulacion = acum ?? inferida?.acumulacion ?? 'acumulado';
    meta.notas = notas;
    meta.trazas = {
      codigo: traza(cita(archivo, hoja.nombre, r)),
      tipo: traza('SisPT', 'SisPT no registra la dirección de la meta: se asume incremento'),
      ...(acum ? {} : { acumulacion: traza(cita(archivo, hoja.nombre, r, col('acumulacion')), inferida ? `inferida de la programación (${inferida.regla})` : 'sin tipo de acumulación: se asume acumulado') }),
    };
    out.metas.push(meta);
    out.origen.push({ hoja: hoja.nombre, r });
  }
  for (const tr of tramos)
    if (tr.fuera > 0)
      d.aviso({
        codigo: 'bienio_fuera_del_plan',
        hoja: hoja.nombre,
        r: rEncabezado,
        c: tr.c,
        encabezado: enc.texto(tr.c),
        esperado: d.t(`un periodo dentro del plan (${ctx.inicio}–${ctx.fin})`, `a span inside the plan (${ctx.inicio}–${ctx.fin})`),
        detalle: d.t(
          tr.fuera === 1
            ? '1 meta tiene valor en este bienio; se guarda en sus notas y no se reparte por años.'
            : `${tr.fuera} metas tienen valor en este bienio; se guarda en sus notas y no se reparte por años.`,
          tr.fuera === 1
            ? '1 meta has a value in this biennium; kept in its notes, not spread over years.'
            : `${tr.fuera} metas have a value in this biennium; kept in their notes, not spread over years.`,
        ),
      });
  return out;
}
