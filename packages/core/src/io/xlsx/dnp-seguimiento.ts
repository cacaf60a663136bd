/**
 * DNP's Informe de Seguimiento al PDT → the canonical plan. Each row of "Detalle seguimiento físico" is
 * a meta (its code is the row's consecutivos: "IP-269, IP-285" when DNP added duplicated products up),
 * under sector → programa → producto (MGA): the report has no línea estratégica. Programmed (SisPT) and
 * executed (PIIP) per year become seguimiento. DNP's own percentages ("Avance físico", "Obligaciones como
 * % de lo programado") are kept as reported figures — in `reporte.dnp`, in the meta's notes, and for the
 * report's last year in `reportado` — so core can reconcile them, never overwrite them.
 */
import { formatearMillones, formatearNumero, formatearPorcentaje } from '../../format/numero.js';
import type { Meta, Plan } from '../../schema/types.js';
import { ArbolNodos, rutaNodo } from './arbol-nodos.js';
import { separarCodigos } from './celdas.js';
import { ANCHOS_CODIGO } from './codigos.js';
import { Diagnostico, nombreColumna } from './diagnostico.js';
import { COL_DNP, HOJAS_DNP } from './dnp-columnas.js';
import { claveCodigos, leerDetalleDnp, valorNumero, valorTexto, type DetalleDnp } from './dnp-detalle.js';
import { leerResumenDnp } from './dnp-resumen.js';
import { buscarFilaEncabezado, buscarHoja } from './encabezados.js';
import { entidadDesdeCodigo } from './entidad.js';
import { cita, traza, type LecturaPlan, type OpcionesLectura } from './lectura.js';
import type { Libro } from './libro.js';
import { acumulacionSupuesta, leerAcumulacion, metaVacia } from './meta-base.js';
import { reporteVacio, type CifraFinancieraDnp, type CifraFisicaDnp, type HojaReporte } from './reporte.js';
import { codigoMga } from './sispt-productos.js';

export const NIVELES_DNP = ['Sector', 'Programa', 'Producto'] as const;

export function esLibroDnp(libro: Libro): boolean {
  return buscarHoja(libro.hojas, [HOJAS_DNP.fisico, HOJAS_DNP.financiero]) !== undefined;
}

function detalle(libro: Libro, nombre: string, d: Diagnostico): DetalleDnp | null {
  const hoja = buscarHoja(libro.hojas, [nombre]);
  if (!hoja) return null;
  const r0 = buscarFilaEncabezado(hoja, [COL_DNP.consecutivos]);
  if (r0 === null) {
    d.error({ codigo: 'encabezado_no_encontrado', hoja: hoja.nombre, esperado: d.t('una fila de encabezados con «Consecutivos IP (SisPT)» (fila 7 en el informe del DNP)', 'a header row with "Consecutivos IP (SisPT)" (row 7 in DNP\'s report)') });
    return null;
  }
  return leerDetalleDnp(hoja, r0, d);
}

const es = (n: number | null) => formatearNumero(n, { lang: 'es', decimales: 4 });
const pct = (n: number | null) => formatearPorcentaje(n, { lang: 'es', decimales: 1 });
const mill = (n: number | null) => formatearMillones(n, { lang: 'es', decimales: 1 });

export function leerDnp(libro: Libro, o: OpcionesLectura = {}): LecturaPlan {
  const lang = o.lang ?? 'es';
  const d = new Diagnostico(o.archivo, lang);
  const reporte = reporteVacio('dnp-informe-seguimiento', o.archivo ? [o.archivo] : []);
  const vacio: LecturaPlan = { plan: null, diag: d, reporte, origenMetas: [], columnas: {} };
  const fisico = detalle(libro, HOJAS_DNP.fisico, d);
  const financiero = detalle(libro, HOJAS_DNP.financiero, d);
  if (!fisico) {
    if (!d.hayErrores)
      d.error({ codigo: 'hoja_faltante', valor: libro.hojas.map((h) => h.nombre).join(' | '), esperado: d.t(`la hoja «${HOJAS_DNP.fisico}» del Informe de Seguimiento al PDT`, `the "${HOJAS_DNP.fisico}" sheet of the Informe de Seguimiento al PDT`) });
    return vacio;
  }
  const resumen = leerResumenDnp(buscarHoja(libro.hojas, [HOJAS_DNP.resumen]));
  const hojas: HojaReporte[] = [];

  const aniosProg = fisico.anios.get('programado') ?? [];
  const aniosEjec = [...new Set([...(fisico.anios.get('ejecutado') ?? []), ...(fisico.anios.get('avanceFisico') ?? [])])].sort((a, b) => a - b);
  const inicio = o.plan?.inicio ?? aniosProg[0];
  const fin = o.plan?.fin ?? aniosProg[aniosProg.length - 1];
  if (inicio === undefined || fin === undefined) {
    d.error({ codigo: 'columna_faltante', hoja: fisico.hoja.nombre, r: fisico.enc.r, esperado: d.t('las columnas «Programado <año> (SisPT)»', 'the "Programado <year> (SisPT)" columns') });
    return vacio;
  }
  const corteHasta = aniosEjec[aniosEjec.length - 1] ?? inicio;

  const arbol = new ArbolNodos();
  const metas: Meta[] = [];
  const origen: Array<{ hoja: string; r: number }> = [];
  const cifrasFisicas: CifraFisicaDnp[] = [];
  const porClave = new Map<string, Meta>();
  const porCodigo = new Map<string, Meta[]>();
  const f = fisico;
  const nombreHoja = f.hoja.nombre;
  const columnas: Record<string, string> = {};
  for (const [campo, clave] of [['codigo', COL_DNP.consecutivos], ['nombre', COL_DNP.indicador], ['unidad', COL_DNP.unidad], ['metaCuatrienio', COL_DNP.meta], ['acumulacion', COL_DNP.acumulativo]] as const) {
    const c = f.col(clave);
    if (c !== undefined) columnas[campo] = nombreColumna(c, f.enc.texto(c));
  }

  for (const fila of f.filas) {
    const { r } = fila;
    if (fila.codigos.length === 0) {
      reporte.filasOmitidas.push({ archivo: o.archivo, hoja: nombreHoja, fila: r + 1, codigo: 'fila_sin_codigo', motivo: d.t('fila sin «Consecutivos IP (SisPT)»', 'row without "Consecutivos IP (SisPT)"') });
      continue;
    }
    const codigo = fila.codigos.join(', ');
    if (porClave.has(claveCodigos(fila.codigos))) {
      d.error({ codigo: 'codigo_duplicado', hoja: nombreHoja, r, c: f.col(COL_DNP.consecutivos), encabezado: f.enc.texto(f.col(COL_DNP.consecutivos) ?? -1), valor: codigo, esperado: d.t('consecutivos que no se repitan entre filas', 'consecutivos not repeated across rows') });
      continue;
    }
    const sector = codigoMga(f.lector, r, f.col(COL_DNP.codSector), ANCHOS_CODIGO.sector);
    const programa = codigoMga(f.lector, r, f.col(COL_DNP.codPrograma), ANCHOS_CODIGO.programa);
    const producto = codigoMga(f.lector, r, f.col(COL_DNP.codProducto), ANCHOS_CODIGO.producto);
    const indicador = f.lector.texto(r, f.col(COL_DNP.indicador));
    if (!sector || !programa || !producto || indicador === null) {
      d.error({ codigo: 'fila_incompleta', hoja: nombreHoja, r, valor: codigo, esperado: d.t('códigos de sector, programa y producto MGA y el nombre del indicador', 'MGA sector, programme and product codes and the indicator name') });
      continue;
    }
    const nS = arbol.asegurar(sector, f.lector.texto(r, f.col(COL_DNP.sector)), 0, null);
    const nP = arbol.asegurar(rutaNodo(nS.codigo, programa), f.lector.texto(r, f.col(COL_DNP.programa)), 1, nS.codigo);
    const nPr = arbol.asegurar(rutaNodo(nP.codigo, producto), f.lector.texto(r, f.col(COL_DNP.producto)), 2, nP.codigo);
    const meta = metaVacia({ codigo, nombre: indicador, nodo: nPr.codigo });
    meta.indicador = indicador;
    meta.unidad = f.lector.texto(r, f.col(COL_DNP.unidad));
    meta.metaCuatrienio = f.lector.numero(r, f.col(COL_DNP.meta), { noNegativo: true });
    meta.bpin = separarCodigos(f.lector.texto(r, f.col(COL_DNP.bpin)));
    meta.seguimiento = aniosProg.map((y) => ({ desde: y, hasta: y, programado: valorNumero(fila, 'programado', y), ejecutado: valorNumero(fila, 'ejecutado', y) }));
    const trazas: NonNullable<Meta['trazas']> = {
      codigo: traza(cita(o.archivo, nombreHoja, r)),
      seguimiento: traza(cita(o.archivo, nombreHoja, r)),
      tipo: traza('DNP', 'el informe no registra la dirección de la meta: se asume incremento'),
    };
    const textoAcum = f.lector.texto(r, f.col(COL_DNP.acumulativo));
    const acum = leerAcumulacion(textoAcum);
    if (acum) meta.acumulacion = acum;
    else {
      const { acumulacion, regla } = acumulacionSupuesta(meta.metaCuatrienio, meta.seguimiento.map((s) => s.programado), (es, en) => d.t(es, en));
      meta.acumulacion = acumulacion;
      trazas.acumulacion = traza(cita(o.archivo, nombreHoja, r, f.col(COL_DNP.acumulativo)), regla);
      d.aviso({ codigo: 'acumulacion_faltante', hoja: nombreHoja, r, c: f.col(COL_DNP.acumulativo), encabezado: f.enc.texto(f.col(COL_DNP.acumulativo) ?? -1), ...(textoAcum ? { valor: textoAcum } : {}), esperado: d.t('«Si» o «No»', '"Si" or "No"'), detalle: d.t(`Meta ${codigo}: ${regla}.`, `Meta ${codigo}: ${regla}.`) });
    }
    const notas: string[] = [];
    if (fila.codigos.length > 1) notas.push(`DNP agrupa en una fila los consecutivos ${codigo} (productos duplicados en SisPT): sus cifras son la suma.`);
    for (const y of aniosEjec) {
      const cifra: CifraFisicaDnp = {
        codigos: fila.codigos,
        hoja: nombreHoja,
        fila: r + 1,
        anio: y,
        programado: valorNumero(fila, 'programado', y),
        ejecutado: valorNumero(fila, 'ejecutado', y),
        avanceFisico: valorNumero(fila, 'avanceFisico', y),
        explicacion: valorTexto(fila, 'explicacion', y),
      };
      cifrasFisicas.push(cifra);
      notas.push(
        `DNP ${y} (${nombreHoja}, fila ${r + 1}): programado ${es(cifra.programado)}, ejecutado ${es(cifra.ejecutado)}, avance físico ${pct(cifra.avanceFisico)}${cifra.explicacion ? ` — «${cifra.explicacion}»` : ''}.`,
      );
      if (y === corteHasta) {
        meta.reportado = { periodo: { desde: y, hasta: y }, cumplimiento: cifra.avanceFisico, avance: null, inversion: null, beneficiarios: null };
        trazas['reportado.cumplimiento'] = traza(cita(o.archivo, nombreHoja, r, f.col(`avance fisico ${y}`)));
      }
    }
    meta.notas = notas;
    meta.trazas = trazas;
    metas.push(meta);
    origen.push({ hoja: nombreHoja, r });
    porClave.set(claveCodigos(fila.codigos), meta);
    for (const c of fila.codigos) porCodigo.set(c, [...(porCodigo.get(c) ?? []), meta]);
  }
  hojas.push({ nombre: nombreHoja, uso: 'leida', filas: f.filas.length });

  const cifrasFinancieras: CifraFinancieraDnp[] = [];
  if (financiero) {
    const aniosFin = [...new Set([...(financiero.anios.get('obligaciones') ?? []), ...(financiero.anios.get('obligacionesSobreProgramado') ?? [])])].sort((a, b) => a - b);
    for (const fila of financiero.filas) {
      if (fila.codigos.length === 0) {
        reporte.filasOmitidas.push({ archivo: o.archivo, hoja: financiero.hoja.nombre, fila: fila.r + 1, codigo: 'fila_sin_codigo', motivo: d.t('fila sin «Consecutivos IP (SisPT)»', 'row without "Consecutivos IP (SisPT)"') });
        continue;
      }
      // The financial sheet groups by MGA product, the physical one by indicator: a row may cover several metas.
      const exacta = porClave.get(claveCodigos(fila.codigos));
      const relacionadas = exacta ? [exacta] : [...new Set(fila.codigos.flatMap((c) => porCodigo.get(c) ?? []))];
      for (const y of aniosFin) {
        const cifra: CifraFinancieraDnp = {
          codigos: fila.codigos,
          hoja: financiero.hoja.nombre,
          fila: fila.r + 1,
          anio: y,
          programado: valorNumero(fila, 'programado', y),
          compromisos: valorNumero(fila, 'compromisos', y),
          obligaciones: valorNumero(fila, 'obligaciones', y),
          pagos: valorNumero(fila, 'pagos', y),
          obligacionesSobreProgramado: valorNumero(fila, 'obligacionesSobreProgramado', y),
          explicacion: valorTexto(fila, 'explicacion', y),
        };
        cifrasFinancieras.push(cifra);
        const grupo = exacta ? '' : ` (fila de ${fila.codigos.join(', ')}: el informe suma esos productos)`;
        const nota = `DNP ${y} (${financiero.hoja.nombre}, fila ${fila.r + 1})${grupo}: programado ${mill(cifra.programado)}, compromisos ${mill(cifra.compromisos)}, obligaciones ${mill(cifra.obligaciones)} (${pct(cifra.obligacionesSobreProgramado)} de lo programado), pagos ${mill(cifra.pagos)}${cifra.explicacion ? ` — «${cifra.explicacion}»` : ''}.`;
        for (const m of relacionadas) {
          (m.notas ??= []).push(nota);
          if (exacta && y === corteHasta && m.reportado.periodo?.desde === y) m.reportado.inversion = cifra.obligaciones;
        }
        if (relacionadas.length === 0)
          reporte.filasOmitidas.push({ archivo: o.archivo, hoja: financiero.hoja.nombre, fila: fila.r + 1, codigo: 'sin_meta_fisica', motivo: d.t(`ningún consecutivo de «${fila.codigos.join(', ')}» está en el seguimiento físico; sus cifras quedan solo en el reporte`, `no consecutivo of "${fila.codigos.join(', ')}" is in the physical sheet; its figures stay in the report only`) });
      }
    }
    hojas.push({ nombre: financiero.hoja.nombre, uso: 'leida', filas: financiero.filas.length });
  }
  for (const h of libro.hojas) if (!hojas.some((x) => x.nombre === h.nombre)) hojas.push({ nombre: h.nombre, uso: h.nombre === resumen.hoja ? 'leida' : 'omitida', filas: 0, motivo: h.nombre === resumen.hoja ? d.t('entidad, plan y fecha del informe', 'entity, plan and report date') : d.t('no es una hoja de detalle del informe', 'not a detail sheet of the report') });
  reporte.hojas = hojas;
  reporte.dnp = { fisico: cifrasFisicas, financiero: cifrasFinancieras };

  // Entity: the report names it ("Chía, Cundinamarca") but carries no DANE code.
  let entidad = resumen.entidad?.entidad ?? null;
  if (o.entidad) {
    const dada = entidadDesdeCodigo(o.entidad.divipola, o.entidad.nombre);
    if (entidad && dada && dada.divipola !== entidad.divipola)
      d.error({ codigo: 'entidad_distinta', hoja: resumen.hoja ?? HOJAS_DNP.resumen, valor: resumen.entidad?.texto, esperado: d.t(`la entidad indicada (${o.entidad.divipola})`, `the entity given (${o.entidad.divipola})`) });
    entidad = dada ?? entidad;
  } else if (entidad && resumen.entidad)
    reporte.notas.push(d.t(`La entidad se identificó por el nombre «${resumen.entidad.texto}» (el informe no trae el código DANE): ${entidad.divipola}.`, `The entity was identified by the name "${resumen.entidad.texto}" (the report has no DANE code): ${entidad.divipola}.`));
  if (!entidad) d.error({ codigo: 'entidad_faltante', hoja: HOJAS_DNP.resumen, esperado: d.t('«Municipio, Departamento» en la hoja Resumen, o la opción entidad con el código DANE', '"Municipality, Department" in the Resumen sheet, or the entidad option with the DANE code') });
  const nombrePlan = o.plan?.nombre ?? resumen.plan;
  if (!nombrePlan) d.error({ codigo: 'plan_sin_nombre', hoja: HOJAS_DNP.resumen, esperado: d.t('el nombre del plan («PLAN DE DESARROLLO …») en la hoja Resumen, o la opción plan', 'the plan name ("PLAN DE DESARROLLO …") in the Resumen sheet, or the plan option') });
  if (!entidad || !nombrePlan) return { ...vacio, origenMetas: origen, columnas };

  const notasPlan = [
    'Programado: SisPT; ejecutado: PIIP; cifras financieras: CUIPO (según el Informe de Seguimiento al PDT del DNP).',
    '«Avance físico» y «Obligaciones como % de lo programado» son cifras calculadas por el DNP: se conservan como reportadas (notas de cada meta y `reportado` del último año), no como insumo.',
    'El informe no trae la inversión por fuente: `inversion` queda vacía.',
  ];
  reporte.notas.push(...(lang === 'es' ? notasPlan : [
    'Programmed: SisPT; executed: PIIP; financial figures: CUIPO (as DNP\'s Informe de Seguimiento al PDT gives them).',
    '"Avance físico" and "Obligaciones como % de lo programado" are computed by DNP: kept as reported figures (each meta\'s notes and the last year\'s `reportado`), not as inputs.',
    'The report has no investment by source: `inversion` is left empty.',
  ]));
  const plan: Plan = {
    version: 1,
    entidad,
    plan: { nombre: nombrePlan, inicio, fin },
    corte: {
      nombre: `Informe de Seguimiento al PDT (DNP)${resumen.vigencia ? `, vigencia ${resumen.vigencia}` : ''}`,
      desde: aniosEjec[0] ?? inicio,
      hasta: corteHasta,
      fecha: resumen.fecha,
    },
    niveles: [...NIVELES_DNP],
    nodos: arbol.nodos,
    metas,
    fuente: { documento: 'Informe de Seguimiento al PDT (DNP)', fecha: resumen.fecha, notas: notasPlan },
  };
  return { plan, diag: d, reporte, origenMetas: origen, columnas };
}
