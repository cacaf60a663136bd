/**
 * Home-made follow-up workbooks → the canonical plan. The header is found (not assumed on row 1), its
 * columns mapped by synonyms and by the person's mapping, the right sheets chosen (consolidated or
 * per-office, never both), and each data row read with the same care as the fixed formats: percentages
 * as fractions or "66,7%" text, #DIV/0! as "sin dato" with a warning, codes that lost their leading zeros
 * restored when the width is evident, totals and group rows skipped and reported.
 */
import { formatearPorcentaje } from '../../format/numero.js';
import type { Meta, Plan, Seguimiento } from '../../schema/types.js';
import { plegar } from '../../format/plegar.js';
import { ArbolNodos, rutaNodo } from './arbol-nodos.js';
import { detectarEncabezado, type EncabezadoCasero } from './casero-encabezado.js';
import { clasificarFilas, columnasDe, type FilaClasificada } from './casero-filas.js';
import { seleccionarHojas } from './casero-hojas.js';
import { leerTitulos } from './casero-titulos.js';
import { codigoDe, formatoPorcentaje, separarCodigos, textoConPorcentaje, textoDe } from './celdas.js';
import { anchoEvidente, restaurarCeros } from './codigos.js';
import { Diagnostico, nombreColumna } from './diagnostico.js';
import { entidadDesdeCodigo, type Entidad } from './entidad.js';
import { cita, traza, type LecturaPlan, type OpcionesLectura } from './lectura.js';
import { LectorHoja } from './lector.js';
import { celda, celdaVisible, indexarCombinadas, letraColumna, type Hoja, type Libro } from './libro.js';
import { resolverColumnas, textoCampo, type ColumnaResuelta, type MapeoCasero } from './mapeo.js';
import { acumulacionSupuesta, leerAcumulacion, leerTipoMeta, metaVacia } from './meta-base.js';
import { reporteVacio, type ColumnaMapeada, type HojaReporte } from './reporte.js';
import { CODIGO_DE_NIVEL, type CampoAnual, type CampoNivel } from './sinonimos.js';

export interface OpcionesCasero extends OpcionesLectura {
  mapeo?: MapeoCasero;
}

interface HojaAnalizada {
  hoja: Hoja;
  enc: EncabezadoCasero;
  cols: ColumnaResuelta[];
  filas: FilaClasificada[];
  claves: Set<string>;
}

const META_CAMPOS = ['codigo', 'nombre', 'indicador'] as const;

function analizar(hoja: Hoja, mapeo: MapeoCasero | undefined, usadas: Set<string>): HojaAnalizada | null {
  const forzada = mapeo?.filaEncabezado !== undefined ? mapeo.filaEncabezado - 1 : undefined;
  const mapeadas = new Set(Object.keys(mapeo?.columnas ?? {}).filter((k) => !/^[A-Za-z]{1,3}$/.test(k.trim())).map(plegar));
  const enc = detectarEncabezado(hoja, forzada, mapeadas);
  if (!enc) return null;
  const cols = resolverColumnas(enc.columnas, mapeo, usadas);
  const { por } = columnasDe(cols);
  if (!META_CAMPOS.some((k) => por.has(k))) return { hoja, enc, cols, filas: [], claves: new Set() };
  const filas = clasificarFilas(hoja, enc.r, cols);
  const claves = new Set<string>();
  const cClave = por.get('codigo') ?? por.get('nombre') ?? por.get('indicador')!;
  for (const f of filas) {
    if (f.tipo !== 'meta') continue;
    const k = codigoDe(celda(hoja, f.r, cClave));
    if (k) claves.add(plegar(k.codigo));
  }
  return { hoja, enc, cols, filas, claves };
}

/** Median of the positive plain numbers of a column: above 1.5, the column holds percentage points (66,7), not fractions. */
function columnaEnPuntos(hoja: Hoja, filas: readonly FilaClasificada[], c: number): boolean {
  const valores: number[] = [];
  for (const f of filas) {
    if (f.tipo !== 'meta') continue;
    const k = celda(hoja, f.r, c);
    if (!k || typeof k.v !== 'number' || formatoPorcentaje(k) || textoConPorcentaje(k)) continue;
    if (k.v > 0) valores.push(k.v);
  }
  if (valores.length === 0) return false;
  valores.sort((a, b) => a - b);
  return valores[Math.floor(valores.length / 2)]! > 1.5;
}

export function leerCasero(libro: Libro, o: OpcionesCasero = {}): LecturaPlan {
  const lang = o.lang ?? 'es';
  const d = new Diagnostico(o.archivo, lang);
  const reporte = reporteVacio('libro-propio', o.archivo ? [o.archivo] : []);
  const vacio: LecturaPlan = { plan: null, diag: d, reporte, origenMetas: [], columnas: {} };
  const mapeo = o.mapeo;
  const usadas = new Set<string>();
  const hojasReporte: HojaReporte[] = [];

  let hojas = libro.hojas;
  if (mapeo?.hojas) {
    const faltan = mapeo.hojas.filter((n) => !libro.hojas.some((h) => plegar(h.nombre) === plegar(n)));
    for (const n of faltan) d.error({ codigo: 'hoja_inexistente', ruta: 'mapeo.hojas', valor: n, esperado: d.t(`una hoja del libro (${libro.hojas.map((h) => h.nombre).join(', ')})`, `a sheet of the workbook (${libro.hojas.map((h) => h.nombre).join(', ')})`) });
    hojas = libro.hojas.filter((h) => mapeo.hojas!.some((n) => plegar(n) === plegar(h.nombre)));
  }
  const analizadas: HojaAnalizada[] = [];
  for (const h of hojas) {
    const a = analizar(h, mapeo, usadas);
    if (!a) hojasReporte.push({ nombre: h.nombre, uso: 'omitida', filas: 0, motivo: d.t('sin fila de encabezados reconocible', 'no recognisable header row') });
    else if (a.filas.length === 0 && a.claves.size === 0 && !META_CAMPOS.some((k) => columnasDe(a.cols).por.has(k)))
      hojasReporte.push({ nombre: h.nombre, uso: 'omitida', filas: 0, motivo: d.t('sin columna de meta (código, meta de producto o indicador)', 'no meta column (code, product meta or indicator)') });
    else analizadas.push(a);
  }
  for (const k of Object.keys(mapeo?.columnas ?? {}))
    if (!usadas.has(k)) d.error({ codigo: 'mapeo_sin_columna', ruta: `mapeo.columnas.${k}`, valor: k, esperado: d.t('el encabezado o la letra de una columna del libro', 'the header or letter of a column of the workbook') });
  if (analizadas.length === 0) {
    d.error({
      codigo: 'encabezado_no_encontrado',
      valor: libro.hojas.map((h) => h.nombre).join(' | '),
      esperado: d.t(
        'una hoja con una fila de encabezados reconocible (al menos tres columnas como «META DE PRODUCTO», «META CUATRIENIO», «AVANCE META 2024»), o un mapeo con «filaEncabezado» y «columnas»',
        'a sheet with a recognisable header row (at least three columns such as "META DE PRODUCTO", "META CUATRIENIO", "AVANCE META 2024"), or a mapping with "filaEncabezado" and "columnas"',
      ),
    });
    reporte.hojas = hojasReporte;
    return vacio;
  }

  // Consolidated or per-office sheets: never both.
  let elegidas = analizadas;
  let porSecretaria = false;
  if (!mapeo?.hojas && analizadas.length > 1) {
    const sel = seleccionarHojas(analizadas.map((a) => ({ nombre: a.hoja.nombre, claves: a.claves })));
    if (sel.tipo === 'ambigua') {
      const detalle = sel.compartidas.map((x) => `${x.a} / ${x.b}: ${x.n}`).join('; ');
      d.error({
        codigo: 'hojas_superpuestas',
        valor: detalle,
        esperado: d.t(
          'una hoja consolidada que contenga todas las metas, u hojas por secretaría sin metas repetidas; elija las hojas con «hojas» en el mapeo',
          'one consolidated sheet holding every meta, or per-office sheets with no repeated metas; choose the sheets with "hojas" in the mapping',
        ),
      });
      reporte.hojas = hojasReporte;
      return vacio;
    }
    elegidas = analizadas.filter((a) => sel.hojas.includes(a.hoja.nombre));
    porSecretaria = sel.tipo === 'por_secretaria';
    if (sel.tipo === 'consolidada') {
      for (const n of sel.contenidas) hojasReporte.push({ nombre: n, uso: 'omitida', filas: 0, motivo: d.t(`sus metas están en la hoja consolidada «${sel.hojas[0]}» (se importa solo esa, para no contarlas dos veces)`, `its metas are in the consolidated sheet "${sel.hojas[0]}" (only that one is imported, so nothing counts twice)`) });
      reporte.notas.push(d.t(`Hoja consolidada: «${sel.hojas[0]}»; se omiten ${sel.contenidas.join(', ')}.`, `Consolidated sheet: "${sel.hojas[0]}"; ${sel.contenidas.join(', ')} left out.`));
    } else if (porSecretaria) reporte.notas.push(d.t(`Hojas por secretaría sin metas repetidas: se importan todas (${sel.hojas.join(', ')}).`, `Per-office sheets with no repeated metas: all are imported (${sel.hojas.join(', ')}).`));
  }
  for (const a of analizadas) if (!elegidas.includes(a) && !hojasReporte.some((h) => h.nombre === a.hoja.nombre)) hojasReporte.push({ nombre: a.hoja.nombre, uso: 'omitida', filas: 0, motivo: d.t('no elegida', 'not chosen') });

  // The mapping, reported whole; what could not be mapped is said once per sheet.
  const mapa: ColumnaMapeada[] = [];
  for (const a of elegidas) {
    for (const x of a.cols) mapa.push({ hoja: a.hoja.nombre, letra: letraColumna(x.c), encabezado: x.texto, campo: x.asignado ? textoCampo(x.asignado) : null, origen: x.origen });
    const sinMapear = a.cols.filter((x) => x.origen === 'sin_mapear');
    if (sinMapear.length)
      d.aviso({
        codigo: 'columnas_sin_mapear',
        hoja: a.hoja.nombre,
        r: a.enc.r,
        valor: sinMapear.map((x) => nombreColumna(x.c, x.texto)).join(' | '),
        esperado: d.t('columnas reconocidas o indicadas en el mapeo («columnas»: encabezado → campo, o null para ignorarla)', 'columns recognised or given in the mapping ("columnas": header → field, or null to ignore it)'),
        detalle: d.t('Estas columnas no se importan.', 'These columns are not imported.'),
      });
    const vistos = new Map<string, number>();
    for (const x of a.cols) {
      if (!x.asignado) continue;
      const k = textoCampo(x.asignado);
      const previa = vistos.get(k);
      if (previa !== undefined)
        d.error({ codigo: 'columna_duplicada', hoja: a.hoja.nombre, r: a.enc.r, c: x.c, encabezado: x.texto, valor: k, esperado: d.t(`una sola columna para «${k}» (también la ${letraColumna(previa)}); indique en el mapeo cuál usar y ponga null en la otra`, `one column for "${k}" (also ${letraColumna(previa)}); say in the mapping which one to use and set the other to null`) });
      else vistos.set(k, x.c);
    }
  }
  reporte.mapeo = mapa;

  const primera = elegidas[0]!;
  const nivelesPrimera = columnasDe(primera.cols).niveles;
  if (nivelesPrimera.length === 0) {
    d.error({
      codigo: 'falta_nivel',
      hoja: primera.hoja.nombre,
      r: primera.enc.r,
      valor: primera.cols.filter((x) => x.origen === 'sin_mapear').map((x) => nombreColumna(x.c, x.texto)).join(' | ') || undefined,
      esperado: d.t('al menos una columna de nivel (EJE / LÍNEA, COMPONENTE, SECTOR, PROGRAMA); si tiene otro nombre, indíquelo en el mapeo (p. ej. "linea")', 'at least one level column (EJE / LÍNEA, COMPONENTE, SECTOR, PROGRAMA); if it has another name, give it in the mapping (e.g. "linea")'),
    });
  }
  for (const a of elegidas.slice(1)) {
    const n = columnasDe(a.cols).niveles.map((x) => x.campo).join(',');
    if (n !== nivelesPrimera.map((x) => x.campo).join(','))
      d.error({ codigo: 'niveles_distintos', hoja: a.hoja.nombre, r: a.enc.r, valor: n, esperado: d.t(`los mismos niveles que la hoja «${primera.hoja.nombre}» (${nivelesPrimera.map((x) => x.campo).join(', ')})`, `the same levels as sheet "${primera.hoja.nombre}" (${nivelesPrimera.map((x) => x.campo).join(', ')})`) });
  }
  if (d.hayErrores) {
    reporte.hojas = hojasReporte;
    return vacio;
  }
  const niveles = nivelesPrimera.map((n) => primera.cols.find((x) => x.c === n.c)!.texto.split(' · ').pop()!.replace(/\s+/g, ' ').trim());

  const arbol = new ArbolNodos();
  const metas: Meta[] = [];
  const origen: Array<{ hoja: string; r: number }> = [];
  const codigosVistos = new Map<string, string>();
  let generados = 0;
  const sinTipo = { n: 0 };
  const sinAcumulacion = { n: 0 };
  const anios = new Set<number>();

  for (const a of elegidas) {
    const { hoja, cols, filas } = a;
    const ix = indexarCombinadas(hoja);
    const lector = new LectorHoja(d, hoja, (c) => cols.find((x) => x.c === c)?.texto ?? '');
    const { por, niveles: nivs } = columnasDe(cols);
    const anuales = cols.filter((x) => x.asignado && x.asignado.anio !== null) as Array<ColumnaResuelta & { asignado: { campo: CampoAnual; anio: number } }>;
    for (const x of anuales) anios.add(x.asignado.anio);
    const enPuntos = new Set(anuales.filter((x) => x.asignado.campo === 'cumplimiento' || x.asignado.campo === 'avance').filter((x) => columnaEnPuntos(hoja, filas, x.c)).map((x) => x.c));
    for (const c of enPuntos)
      d.aviso({ codigo: 'porcentaje_en_puntos', hoja: hoja.nombre, r: a.enc.r, c, encabezado: lector.encabezado(c), esperado: d.t('porcentajes como fracción (0,667) o con signo (66,7%)', 'percentages as fractions (0.667) or with a sign (66.7%)'), detalle: d.t('Los números de esta columna son puntos porcentuales (66,7 = 66,7\u00a0%): se dividen por 100.', 'The numbers of this column are percentage points (66.7 = 66.7%): divided by 100.') });
    // Codes that lost their zeros: the width the text codes of the column share.
    const cCodigo = por.get('codigo');
    const ancho = cCodigo === undefined ? null : anchoEvidente(filas.filter((f) => f.tipo === 'meta').map((f) => codigoDe(celda(hoja, f.r, cCodigo))).filter((k): k is { codigo: string; numerico: boolean } => k !== null));
    const actuales = new Map<CampoNivel, { nombre: string; codigo: string | null }>();
    const completadas = new Map<number, number>();
    let leidas = 0;
    for (const f of filas) {
      if (f.tipo !== 'meta') {
        if (f.tipo === 'nivel')
          for (const n of nivs) {
            const t = textoDe(celda(hoja, f.r, n.c));
            if (t !== null) actuales.set(n.campo, { nombre: t, codigo: null });
          }
        const motivo = {
          nivel: d.t('fila de agrupación: nombra el nivel de las filas siguientes', 'group row: names the level of the rows below'),
          totales: d.t('fila de totales o subtotales (no es una meta)', 'totals or subtotals row (not a meta)'),
          encabezado: d.t('encabezado repetido', 'repeated header'),
          sin_meta: d.t('fila con cifras pero sin código ni nombre de meta (¿totales o notas?)', 'row with figures but no meta code or name (totals or notes?)'),
        }[f.tipo];
        reporte.filasOmitidas.push({ archivo: o.archivo, hoja: hoja.nombre, fila: f.r + 1, codigo: `fila_${f.tipo}`, motivo });
        continue;
      }
      leidas++;
      const r = f.r;
      // Levels: own cell, a merge from above, else the last value seen above (reported per column).
      let ruta: string | null = null;
      let falta: CampoNivel | null = null;
      for (const [i, n] of nivs.entries()) {
        const propia = textoDe(celda(hoja, r, n.c));
        const visible = propia ?? textoDe(celdaVisible(hoja, r, n.c, ix));
        const cCod = por.get(CODIGO_DE_NIVEL[n.campo]);
        const cod = cCod === undefined ? null : (codigoDe(celdaVisible(hoja, r, cCod, ix))?.codigo ?? null);
        if (visible !== null) actuales.set(n.campo, { nombre: visible, codigo: cod });
        else if (actuales.has(n.campo)) completadas.set(n.c, (completadas.get(n.c) ?? 0) + 1);
        const actual = actuales.get(n.campo);
        if (!actual) {
          falta = n.campo;
          break;
        }
        const codigoNodo = rutaNodo(ruta, actual.codigo ?? plegar(actual.nombre));
        arbol.asegurar(codigoNodo, actual.nombre, i, ruta);
        ruta = codigoNodo;
      }
      if (falta !== null || ruta === null) {
        const n = nivs.find((x) => x.campo === falta);
        d.error({ codigo: 'nivel_vacio', hoja: hoja.nombre, r, ...(n ? { c: n.c, encabezado: lector.encabezado(n.c) } : {}), esperado: d.t('el nombre del nivel de la meta (en la fila o en una fila anterior)', "the meta's level name (in the row or a row above)") });
        continue;
      }
      // Code.
      let codigo: string;
      const k = cCodigo === undefined ? null : codigoDe(celda(hoja, r, cCodigo));
      if (k) {
        codigo = k.codigo;
        const restaurado = k.numerico && ancho !== null ? restaurarCeros(k.codigo, ancho) : null;
        if (restaurado) {
          d.aviso({ codigo: 'cero_restaurado', hoja: hoja.nombre, r, c: cCodigo, encabezado: lector.encabezado(cCodigo!), valor: Number(k.codigo), esperado: d.t(`un código de ${ancho} dígitos escrito como texto`, `a ${ancho}-digit code written as text`), detalle: d.t(`Se guardó como número y perdió el cero a la izquierda; se lee «${restaurado}» (los códigos de texto de la columna tienen ${ancho} dígitos).`, `It was stored as a number and lost its leading zero; read as "${restaurado}" (the column's text codes have ${ancho} digits).`) });
          codigo = restaurado;
        }
      } else {
        generados++;
        codigo = elegidas.length > 1 ? `${hoja.nombre}!${r + 1}` : `F${r + 1}`;
      }
      const previo = codigosVistos.get(codigo);
      if (previo !== undefined) {
        d.error({ codigo: 'codigo_duplicado', hoja: hoja.nombre, r, ...(cCodigo !== undefined ? { c: cCodigo, encabezado: lector.encabezado(cCodigo) } : {}), valor: codigo, esperado: d.t(`un código de meta único (ya está en ${previo})`, `a unique meta code (already in ${previo})`) });
        continue;
      }
      codigosVistos.set(codigo, `${hoja.nombre}!${r + 1}`);
      const indicador = lector.texto(r, por.get('indicador'));
      const nombreMeta = lector.texto(r, por.get('nombre')) ?? indicador ?? codigo;
      const meta = metaVacia({ codigo, nombre: nombreMeta, nodo: ruta });
      const trazas: NonNullable<Meta['trazas']> = { codigo: traza(cita(o.archivo, hoja.nombre, r)) };
      if (por.get('nombre') === undefined || lector.texto(r, por.get('nombre')) === null)
        trazas.nombre = traza(cita(o.archivo, hoja.nombre, r), indicador ? 'sin texto de meta: se usa el indicador' : 'sin texto de meta ni indicador: se usa el código');
      meta.indicador = indicador;
      meta.unidad = lector.texto(r, por.get('unidad'));
      meta.lineaBase = lector.numero(r, por.get('lineaBase'));
      meta.metaCuatrienio = lector.numero(r, por.get('metaCuatrienio'));
      const peso = lector.numero(r, por.get('peso'), { noNegativo: true });
      if (peso !== null) meta.peso = peso;
      meta.secretaria = lector.texto(r, por.get('secretaria')) ?? (porSecretaria ? hoja.nombre : null);
      if (porSecretaria && por.get('secretaria') === undefined) trazas.secretaria = traza(cita(o.archivo, hoja.nombre, r), 'la hoja es de una secretaría: su nombre es la dependencia');
      const bpinCelda = por.get('bpin') === undefined ? null : codigoDe(celda(hoja, r, por.get('bpin')!));
      meta.bpin = separarCodigos(bpinCelda?.codigo ?? null);
      const textoTipo = lector.texto(r, por.get('tipo'));
      const tipo = leerTipoMeta(textoTipo);
      if (tipo) meta.tipo = tipo;
      else {
        if (textoTipo !== null) d.aviso({ codigo: 'tipo_desconocido', hoja: hoja.nombre, r, c: por.get('tipo'), encabezado: lector.encabezado(por.get('tipo')!), valor: textoTipo, esperado: d.t('Incremento, Mantenimiento o Reducción', 'Incremento, Mantenimiento or Reducción'), detalle: d.t('Se asume incremento.', 'Incremento assumed.') });
        else sinTipo.n++;
        trazas.tipo = traza(cita(o.archivo, hoja.nombre, r), 'sin tendencia: se asume incremento');
      }
      // Yearly values.
      const porAnio = new Map<number, { programado: number | null; ejecutado: number | null; cumplimiento: number | null; avance: number | null; inversion: number | null }>();
      for (const x of anuales) {
        const y = x.asignado.anio;
        let v = porAnio.get(y);
        if (!v) porAnio.set(y, (v = { programado: null, ejecutado: null, cumplimiento: null, avance: null, inversion: null }));
        const campo = x.asignado.campo;
        const esPct = campo === 'cumplimiento' || campo === 'avance';
        let n = lector.numero(r, x.c, { noNegativo: campo !== 'avance' && campo !== 'cumplimiento', porcentaje: esPct });
        if (n !== null && esPct && enPuntos.has(x.c)) {
          const kk = celda(hoja, r, x.c);
          if (!formatoPorcentaje(kk) && !textoConPorcentaje(kk)) n = n / 100;
        }
        v[campo] = n;
      }
      const seguimiento: Seguimiento[] = [];
      const notas: string[] = [];
      let ultimoReportado: number | null = null;
      for (const [y, v] of [...porAnio].sort((p, q) => p[0] - q[0])) {
        if (v.programado !== null || v.ejecutado !== null) seguimiento.push({ desde: y, hasta: y, programado: v.programado, ejecutado: v.ejecutado });
        if (v.inversion !== null) meta.inversion.push({ desde: y, hasta: y, fuente: 'sin_especificar', texto: 'inversión ejecutada (libro propio, sin fuente)', valor: v.inversion });
        if (v.cumplimiento !== null || v.avance !== null) {
          ultimoReportado = y;
          notas.push(`Reportado ${y}: cumplimiento ${formatearPorcentaje(v.cumplimiento)}, avance ${formatearPorcentaje(v.avance)}.`);
        }
      }
      meta.seguimiento = seguimiento;
      if (ultimoReportado !== null) {
        const v = porAnio.get(ultimoReportado)!;
        meta.reportado = { periodo: { desde: ultimoReportado, hasta: ultimoReportado }, cumplimiento: v.cumplimiento, avance: v.avance, inversion: null, beneficiarios: null };
      }
      const textoAcum = lector.texto(r, por.get('acumulacion'));
      const acum = leerAcumulacion(textoAcum);
      if (acum) meta.acumulacion = acum;
      else {
        const supuesta = acumulacionSupuesta(meta.metaCuatrienio, seguimiento.map((s) => s.programado), (es, en) => d.t(es, en));
        meta.acumulacion = supuesta.acumulacion;
        if (!supuesta.evidente) sinAcumulacion.n++;
        trazas.acumulacion = traza(cita(o.archivo, hoja.nombre, r), supuesta.regla);
        if (textoAcum !== null) d.aviso({ codigo: 'acumulacion_desconocida', hoja: hoja.nombre, r, c: por.get('acumulacion'), encabezado: lector.encabezado(por.get('acumulacion')!), valor: textoAcum, esperado: d.t('Acumulativo, No acumulativo, Flujo o Stock', 'Acumulativo, No acumulativo, Flujo or Stock'), detalle: d.t(`Se usa ${meta.acumulacion}.`, `${meta.acumulacion} used.`) });
      }
      if (notas.length) meta.notas = notas;
      meta.trazas = trazas;
      metas.push(meta);
      origen.push({ hoja: hoja.nombre, r });
    }
    for (const [c, n] of completadas)
      d.aviso({ codigo: 'nivel_completado', hoja: hoja.nombre, r: a.enc.r, c, encabezado: lector.encabezado(c), esperado: d.t('el nivel escrito en cada fila (o en celdas combinadas)', 'the level written on every row (or in merged cells)'), detalle: d.t(n === 1 ? '1 fila con la celda vacía toma el valor de la fila de arriba.' : `${n} filas con la celda vacía toman el valor de la fila de arriba.`, n === 1 ? '1 row with an empty cell takes the value of the row above.' : `${n} rows with an empty cell take the value of the row above.`) });
    hojasReporte.push({ nombre: hoja.nombre, uso: 'leida', filas: leidas });
  }
  reporte.hojas = hojasReporte;
  if (generados > 0) reporte.notas.push(d.t(`${generados === 1 ? '1 meta' : `${generados} metas`} sin columna de código: se ${generados === 1 ? 'identifica' : 'identifican'} por su fila («F12»).`, `${generados === 1 ? '1 meta' : `${generados} metas`} without a code column: identified by their row ("F12").`));
  if (sinAcumulacion.n > 0) reporte.notas.push(d.t(sinAcumulacion.n === 1 ? '1 meta sin tipo de acumulación que la programación haga evidente: se importa como acumulado (revísela).' : `${sinAcumulacion.n} metas sin tipo de acumulación que la programación haga evidente: se importan como acumulado (revíselas).`, sinAcumulacion.n === 1 ? '1 meta without an accumulation type the programming makes evident: imported as acumulado (check it).' : `${sinAcumulacion.n} metas without an accumulation type the programming makes evident: imported as acumulado (check them).`));
  if (sinTipo.n > 0) reporte.notas.push(d.t(sinTipo.n === 1 ? '1 meta sin tendencia: se importa como incremento.' : `${sinTipo.n} metas sin tendencia: se importan como incremento.`, sinTipo.n === 1 ? '1 meta without direction: imported as incremento.' : `${sinTipo.n} metas without direction: imported as incremento.`));

  // Entity, plan and period: options first, then the title rows.
  const titulos = leerTitulos(primera.hoja, primera.enc.r);
  let entidad: Entidad | null = null;
  if (o.entidad) {
    entidad = entidadDesdeCodigo(o.entidad.divipola, o.entidad.nombre);
    if (!entidad) d.error({ codigo: 'divipola_desconocido', ruta: 'entidad.divipola', valor: o.entidad.divipola, esperado: d.t('un código DIVIPOLA existente (5 dígitos municipio, 2 departamento)', 'an existing DIVIPOLA code (5 digits municipality, 2 department)') });
  } else if (titulos.entidad) {
    entidad = titulos.entidad.entidad;
    if (titulos.entidad.porNombre) reporte.notas.push(d.t(`Entidad identificada por el título «${titulos.entidad.texto}»: ${entidad.nombre} (${entidad.divipola}).`, `Entity identified from the title "${titulos.entidad.texto}": ${entidad.nombre} (${entidad.divipola}).`));
  } else d.error({ codigo: 'entidad_faltante', hoja: primera.hoja.nombre, esperado: d.t('la entidad: la opción entidad (código DANE) o un título como «Alcaldía de …» / «Código DANE: …»', 'the entity: the entidad option (DANE code) or a title such as "Alcaldía de …" / "Código DANE: …"') });
  const nombrePlan = o.plan?.nombre ?? titulos.plan;
  if (!nombrePlan) d.error({ codigo: 'plan_sin_nombre', hoja: primera.hoja.nombre, esperado: d.t('el nombre del plan: la opción plan o un título con «Plan de Desarrollo»', 'the plan name: the plan option or a title with "Plan de Desarrollo"') });
  const listaAnios = [...anios].sort((p, q) => p - q);
  let inicio = o.plan?.inicio ?? titulos.periodo?.inicio;
  let fin = o.plan?.fin ?? titulos.periodo?.fin;
  if (inicio === undefined || fin === undefined) {
    const primero = listaAnios[0];
    if (primero === undefined) {
      d.error({ codigo: 'periodo_faltante', esperado: d.t('el periodo del plan (opción plan.inicio/fin, o columnas con año)', 'the plan period (plan.inicio/fin option, or columns with a year)') });
    } else {
      // Terms run 2024–2027, 2028–2031…: the one holding the years of the columns.
      inicio = 2024 + 4 * Math.floor((primero - 2024) / 4);
      fin = inicio + 3;
      reporte.notas.push(d.t(`Periodo del plan deducido de los años de las columnas: ${inicio}–${fin}.`, `Plan period deduced from the columns' years: ${inicio}–${fin}.`));
    }
  }
  if (!entidad || !nombrePlan || inicio === undefined || fin === undefined) return { ...vacio, origenMetas: origen };
  const ejecutados = metas.flatMap((m) => m.seguimiento.filter((s) => s.ejecutado !== null).map((s) => s.desde));
  const corte = ejecutados.length
    ? { nombre: 'Seguimiento (libro propio)', desde: Math.min(...ejecutados), hasta: Math.max(...ejecutados), fecha: null }
    : { nombre: 'Libro propio (sin ejecución reportada)', desde: inicio, hasta: fin, fecha: null };
  const columnas: Record<string, string> = {};
  for (const x of primera.cols) if (x.asignado && x.asignado.anio === null) columnas[x.asignado.campo] ??= nombreColumna(x.c, x.texto);
  const plan: Plan = {
    version: 1,
    entidad,
    plan: { nombre: nombrePlan, inicio, fin },
    corte,
    niveles,
    nodos: arbol.nodos,
    metas,
    fuente: { documento: 'Libro de seguimiento propio', fecha: null, notas: [...reporte.notas] },
  };
  return { plan, diag: d, reporte, origenMetas: origen, columnas };
}
