/**
 * SisPT "Plan indicativo - Productos": one row per indicador de producto (the meta), under línea
 * estratégica → sector → programa (MGA) → producto (MGA). Yearly programming becomes seguimiento with
 * nothing executed yet (null); investment per year and source becomes `inversion`, with each year's
 * "Total" checked against the sum of its sources.
 */
import type { Inversion, Meta, Seguimiento } from '../../schema/types.js';
import { ArbolNodos, rutaNodo } from './arbol-nodos.js';
import { ANCHOS_CODIGO, restaurarCeros } from './codigos.js';
import { separarCodigos } from './celdas.js';
import { nombreColumna, type Diagnostico } from './diagnostico.js';
import { filaVacia, leerEncabezados, type Encabezados } from './encabezados.js';
import { cita, traza } from './lectura.js';
import { LectorHoja } from './lector.js';
import type { Hoja } from './libro.js';
import { acumulacionSupuesta, leerAcumulacion, metaVacia } from './meta-base.js';
import type { FilaOmitidaXlsx } from './reporte.js';
import { COL_SISPT, columnaAnual, type ColumnaAnual } from './sispt-columnas.js';
import { leerLineas, nombrePersonalizado } from './sispt-textos.js';

export interface ContextoSispt {
  archivo: string | undefined;
  d: Diagnostico;
  arbol: ArbolNodos;
  /** Línea code → name from the "Líneas estratégicas" sheet. */
  nombresLinea: Map<string, string>;
  omitidas: FilaOmitidaXlsx[];
  /** Values of the entity columns seen, with where (for the consistency check). */
  entidades: Array<{ dane: string | null; nombre: string | null; plan: string | null; hoja: string; r: number }>;
}

export interface LecturaProductos {
  metas: Meta[];
  origen: Array<{ hoja: string; r: number }>;
  anios: number[];
  columnas: Record<string, string>;
  filas: number;
}

const REQUERIDAS: Array<[keyof typeof COL_SISPT, string]> = [
  ['ip', 'Código de indicador de producto (SisPT)'],
  ['linea', 'Línea estratégica'],
  ['codSector', 'Código del sector'],
  ['codPrograma', 'Código del programa (MGA)'],
  ['codProducto', 'Código del producto (MGA)'],
  ['indicador', 'Indicador de Producto(MGA)'],
  ['meta', 'Meta del cuatrienio'],
];

export function faltantes(enc: Encabezados, requeridas: Array<[keyof typeof COL_SISPT, string]>): string[] {
  return requeridas.filter(([k]) => enc.col(COL_SISPT[k]) === undefined).map(([, etiqueta]) => etiqueta);
}

/** An MGA code cell: text as written; a number that lost its zero is restored to the MGA width, with a warning. */
export function codigoMga(
  lector: LectorHoja,
  r: number,
  c: number | undefined,
  ancho: number,
): string | null {
  const k = lector.codigo(r, c);
  if (!k) return null;
  if (!k.numerico) return k.codigo;
  const restaurado = restaurarCeros(k.codigo, ancho);
  if (restaurado === null) return k.codigo;
  lector.d.aviso({
    codigo: 'cero_restaurado',
    hoja: lector.hoja.nombre,
    r,
    c,
    encabezado: lector.encabezado(c!),
    valor: Number(k.codigo),
    esperado: lector.d.t(`un código de ${ancho} dígitos escrito como texto`, `a ${ancho}-digit code written as text`),
    detalle: lector.d.t(
      `El código se guardó como número y perdió el cero a la izquierda; se lee «${restaurado}» (los códigos MGA tienen ${ancho} dígitos).`,
      `The code was stored as a number and lost its leading zero; read as "${restaurado}" (MGA codes have ${ancho} digits).`,
    ),
  });
  return restaurado;
}

export function leerProductos(hoja: Hoja, rEncabezado: number, ctx: ContextoSispt): LecturaProductos {
  const { d, arbol, archivo } = ctx;
  const enc = leerEncabezados(hoja, rEncabezado);
  const lector = new LectorHoja(d, hoja, enc.texto);
  const col = (k: keyof typeof COL_SISPT) => enc.col(COL_SISPT[k]);
  const resultado: LecturaProductos = { metas: [], origen: [], anios: [], columnas: {}, filas: 0 };

  const falta = faltantes(enc, REQUERIDAS);
  if (falta.length > 0) {
    d.error({
      codigo: 'columna_faltante',
      hoja: hoja.nombre,
      r: rEncabezado,
      valor: enc.columnas.map((x) => x.texto).join(' | '),
      esperado: d.t(`las columnas de SisPT: ${falta.join(', ')}`, `SisPT's columns: ${falta.join(', ')}`),
    });
    return resultado;
  }

  const anuales: Array<{ c: number; col: ColumnaAnual }> = [];
  for (const x of enc.columnas) {
    const a = columnaAnual(x.clave, x.texto);
    if (a) anuales.push({ c: x.c, col: a });
  }
  const programacion = anuales.filter((a) => a.col.tipo === 'programacion');
  if (programacion.length === 0) {
    d.error({
      codigo: 'columna_faltante',
      hoja: hoja.nombre,
      r: rEncabezado,
      esperado: d.t(
        'las columnas «Programación del producto bien o servicio <año>»',
        'the "Programación del producto bien o servicio <year>" columns',
      ),
    });
    return resultado;
  }
  const anios = new Set<number>();
  for (const a of programacion) if (a.col.tipo === 'programacion') for (let y = a.col.desde; y <= a.col.hasta; y++) anios.add(y);
  resultado.anios = [...anios].sort((a, b) => a - b);
  for (const a of anuales) if (a.col.tipo === 'fuente' && !a.col.canonica)
    d.aviso({
      codigo: 'fuente_no_canonica',
      hoja: hoja.nombre,
      r: rEncabezado,
      c: a.c,
      encabezado: enc.texto(a.c),
      esperado: d.t('una fuente de SisPT conocida', 'a known SisPT source'),
      detalle: d.t(`Se importa con el nombre «${a.col.fuente}».`, `Imported under the name "${a.col.fuente}".`),
    });

  const nombre = (c: number | undefined) => (c === undefined ? '' : `${enc.texto(c)}`);
  const cols = resultado.columnas;
  const campo = (campo: string, c: number | undefined) => {
    if (c !== undefined) cols[campo] = nombreColumna(c, nombre(c));
  };
  campo('codigo', col('ip'));
  campo('nombre', col('indicador'));
  campo('unidad', col('unidad'));
  campo('metaCuatrienio', col('meta'));
  campo('acumulacion', col('acumulacion'));
  campo('bpin', col('bpin'));

  const vistos = new Map<string, number>();
  const colsDinero = anuales.filter((a) => a.col.tipo !== 'programacion').map((a) => a.c);
  const primeraColDinero = Math.min(...colsDinero);
  const ultimaColDinero = Math.max(...colsDinero);

  for (let r = rEncabezado + 1; r < hoja.filas.length; r++) {
    if (filaVacia(hoja, r)) continue;
    resultado.filas++;
    ctx.entidades.push({ dane: lector.texto(r, col('dane')), nombre: lector.texto(r, col('entidad')), plan: lector.texto(r, col('plan')), hoja: hoja.nombre, r });
    const codigo = lector.texto(r, col('ip'));
    if (codigo === null) {
      ctx.omitidas.push({ archivo, hoja: hoja.nombre, fila: r + 1, codigo: 'fila_sin_codigo', motivo: d.t('fila sin «Código de indicador de producto (SisPT)»', 'row without "Código de indicador de producto (SisPT)"') });
      d.aviso({ codigo: 'fila_sin_codigo', hoja: hoja.nombre, r, c: col('ip'), encabezado: nombre(col('ip')), esperado: d.t('el consecutivo IP de la meta', "the meta's IP consecutivo"), detalle: d.t('Se omite la fila.', 'The row is skipped.') });
      continue;
    }
    const previa = vistos.get(codigo);
    if (previa !== undefined) {
      d.error({ codigo: 'codigo_duplicado', hoja: hoja.nombre, r, c: col('ip'), encabezado: nombre(col('ip')), valor: codigo, esperado: d.t(`un código único (ya está en la fila ${previa + 1})`, `a unique code (already in row ${previa + 1})`) });
      continue;
    }
    vistos.set(codigo, r);

    // Levels: línea → sector → programa → producto.
    const textoLinea = lector.texto(r, col('linea'));
    const lineas = leerLineas(textoLinea);
    if (lineas.length === 0) {
      d.error({ codigo: 'linea_invalida', hoja: hoja.nombre, r, c: col('linea'), encabezado: nombre(col('linea')), valor: textoLinea ?? undefined, esperado: d.t('«LE-<n>-<nombre>» (código y nombre de la línea estratégica)', '"LE-<n>-<name>" (code and name of the línea estratégica)') });
      continue;
    }
    if (lineas.length > 1)
      d.aviso({ codigo: 'varias_lineas', hoja: hoja.nombre, r, c: col('linea'), encabezado: nombre(col('linea')), valor: textoLinea, esperado: d.t('una sola línea estratégica por meta', 'one línea estratégica per meta'), detalle: d.t(`La meta se ubica en ${lineas[0]!.codigo}.`, `The meta is placed under ${lineas[0]!.codigo}.`) });
    const linea = lineas[0]!;
    const sector = codigoMga(lector, r, col('codSector'), ANCHOS_CODIGO.sector);
    const programa = codigoMga(lector, r, col('codPrograma'), ANCHOS_CODIGO.programa);
    const producto = codigoMga(lector, r, col('codProducto'), ANCHOS_CODIGO.producto);
    const faltaNivel = ([['codSector', sector], ['codPrograma', programa], ['codProducto', producto]] as const).find(([, v]) => v === null);
    if (faltaNivel) {
      const c = col(faltaNivel[0]);
      d.error({ codigo: 'codigo_nivel_faltante', hoja: hoja.nombre, r, c, encabezado: nombre(c), esperado: d.t('el código MGA (la meta no se puede ubicar sin él)', 'the MGA code (the meta cannot be placed without it)') });
      continue;
    }
    const nLinea = arbol.asegurar(linea.codigo, ctx.nombresLinea.get(linea.codigo) ?? linea.nombre, 0, null);
    const nSector = arbol.asegurar(rutaNodo(nLinea.codigo, sector!), lector.texto(r, col('sector')), 1, nLinea.codigo);
    const nPrograma = arbol.asegurar(rutaNodo(nSector.codigo, programa!), lector.texto(r, col('programa')), 2, nSector.codigo);
    const nProducto = arbol.asegurar(rutaNodo(nPrograma.codigo, producto!), lector.texto(r, col('producto')), 3, nPrograma.codigo);

    const indicador = lector.texto(r, col('indicador'));
    const personalizado = nombrePersonalizado(lector.texto(r, col('personalizacion')));
    const nombreMeta = personalizado ?? indicador;
    if (nombreMeta === null) {
      d.error({ codigo: 'nombre_faltante', hoja: hoja.nombre, r, c: col('indicador'), encabezado: nombre(col('indicador')), esperado: d.t('el nombre del indicador de producto', 'the product indicator name') });
      continue;
    }
    const meta = metaVacia({ codigo, nombre: nombreMeta, nodo: nProducto.codigo });
    meta.indicador = indicador;
    meta.unidad = lector.texto(r, col('unidad'));
    meta.metaCuatrienio = lector.numero(r, col('meta'), { noNegativo: true });
    meta.bpin = separarCodigos(lector.texto(r, col('bpin')));
    const trazas: NonNullable<Meta['trazas']> = {
      codigo: traza(cita(archivo, hoja.nombre, r)),
      nombre: traza(cita(archivo, hoja.nombre, r, personalizado ? col('personalizacion') : col('indicador'))),
      metaCuatrienio: traza(cita(archivo, hoja.nombre, r, col('meta'))),
      tipo: traza('SisPT', 'SisPT no registra la dirección de la meta (incremento, mantenimiento, reducción): se asume incremento'),
    };

    // Programming per year (or per span, for SGR-like bienniums).
    const seguimiento: Seguimiento[] = [];
    for (const a of programacion) {
      if (a.col.tipo !== 'programacion') continue;
      seguimiento.push({ desde: a.col.desde, hasta: a.col.hasta, programado: lector.numero(r, a.c, { noNegativo: true }), ejecutado: null });
    }
    meta.seguimiento = seguimiento;
    trazas.seguimiento = traza(cita(archivo, hoja.nombre, r, programacion[0]!.c, programacion[programacion.length - 1]!.c));

    // Accumulation: SisPT's word, else what the programming makes evident, else acumulado (stated).
    const textoAcum = lector.texto(r, col('acumulacion'));
    const acum = leerAcumulacion(textoAcum);
    if (acum) meta.acumulacion = acum;
    else {
      const { acumulacion, regla } = acumulacionSupuesta(meta.metaCuatrienio, seguimiento.map((s) => s.programado), (es, en) => d.t(es, en));
      meta.acumulacion = acumulacion;
      trazas.acumulacion = traza(cita(archivo, hoja.nombre, r, col('acumulacion')), regla);
      d.aviso({
        codigo: textoAcum === null ? 'acumulacion_faltante' : 'acumulacion_desconocida',
        hoja: hoja.nombre,
        r,
        c: col('acumulacion'),
        encabezado: nombre(col('acumulacion')),
        ...(textoAcum !== null ? { valor: textoAcum } : {}),
        esperado: d.t('«Acumulativo» o «No acumulativo»', '"Acumulativo" or "No acumulativo"'),
        detalle: d.t(`Meta ${codigo}: ${regla}.`, `Meta ${codigo}: ${regla}.`),
      });
    }

    meta.inversion = leerInversion(lector, r, anuales, codigo);
    if (colsDinero.length > 0) trazas.inversion = traza(cita(archivo, hoja.nombre, r, primeraColDinero, ultimaColDinero));
    meta.trazas = trazas;
    const notas: string[] = [];
    const personalizacion = lector.texto(r, col('personalizacion'));
    if (personalizacion && personalizado) notas.push(`Personalización (SisPT): ${personalizacion}`);
    if (notas.length) meta.notas = notas;
    resultado.metas.push(meta);
    resultado.origen.push({ hoja: hoja.nombre, r });
  }
  return resultado;
}

/**
 * Investment cells of one row. A blank cell is not reported (no entry); a non-zero value is an entry. A
 * year whose sources are all written as 0 keeps one explicit 0 (the first source written), so it reads
 * "programmed at 0", not "no data", without 14 zero entries per year.
 */
function leerInversion(lector: LectorHoja, r: number, anuales: Array<{ c: number; col: ColumnaAnual }>, codigo: string): Inversion[] {
  const out: Inversion[] = [];
  const porAnio = new Map<number, { suma: number; hay: boolean; cero: Inversion | null; total: number | null; cTotal: number | null }>();
  for (const a of anuales) {
    if (a.col.tipo === 'programacion') continue;
    const anio = a.col.anio;
    let acc = porAnio.get(anio);
    if (!acc) porAnio.set(anio, (acc = { suma: 0, hay: false, cero: null, total: null, cTotal: null }));
    const v = lector.numero(r, a.c, { noNegativo: true });
    if (a.col.tipo === 'total') {
      acc.total = v;
      acc.cTotal = a.c;
      continue;
    }
    if (v === null) continue;
    acc.suma += v;
    const entrada: Inversion = { desde: anio, hasta: anio, fuente: a.col.fuente, valor: v, ...(a.col.canonica ? {} : { texto: a.col.texto }) };
    if (v === 0) {
      acc.cero ??= entrada;
      continue;
    }
    acc.hay = true;
    out.push(entrada);
  }
  for (const [anio, acc] of porAnio) {
    if (!acc.hay && acc.cero) out.push(acc.cero);
    if (acc.total !== null && acc.cTotal !== null && Math.abs(acc.total - acc.suma) > Math.max(1, 1e-9 * Math.abs(acc.total))) {
      lector.d.aviso({
        codigo: 'total_no_cuadra',
        hoja: lector.hoja.nombre,
        r,
        c: acc.cTotal,
        encabezado: lector.encabezado(acc.cTotal),
        valor: acc.total,
        esperado: lector.d.t(`la suma de las fuentes de ${anio} (${acc.suma})`, `the sum of the ${anio} sources (${acc.suma})`),
        detalle: lector.d.t(`Meta ${codigo}: se importan las fuentes; el total no se usa.`, `Meta ${codigo}: the sources are imported; the total is not used.`),
      });
    }
  }
  out.sort((a, b) => a.desde - b.desde);
  return out;
}
