/**
 * Reads the flat CSV template (one row per meta, see docs/plantilla-csv.md) into a plan, and reports
 * EVERY problem with file, row (header = row 1, as the spreadsheet shows it), column header, value
 * found and what was expected. Parsing is d3-dsv's; this file only maps cells to the plan.
 */
import { dsvFormat } from 'd3-dsv';
import { rutaATexto } from '../schema/errores.js';
import type { Idioma, ResultadoValidacion } from '../schema/types.js';
import { validarPlan } from '../schema/validar.js';
import { fuenteCanonica } from './csv-catalogos.js';
import type { CampoFila, CampoPlan } from './csv-columnas.js';
import { construirDatosPlan, type DatoPlan } from './csv-datos-plan.js';
import { analizarEncabezado, type Col } from './csv-encabezado.js';
import {
  esSinDato,
  leerCeldaAcumulacion,
  leerCeldaAlcance,
  leerCeldaBeneficiarios,
  leerCeldaBpin,
  leerCeldaDivipola,
  leerCeldaNotas,
  leerCeldaNumero,
  leerCeldaPeriodo,
  leerCeldaPorcentaje,
  leerCeldaTexto,
  leerCeldaTipo,
  leerCeldaCruda,
  limpiarCelda,
  corto,
  lista,
  type Lectura,
} from './csv-celdas.js';
import { ColectorCsv } from './csv-errores.js';
import { leerMunicipios as leerMunicipiosCelda } from './csv-municipios.js';
import { ArbolNiveles, type NodoCsv } from './csv-niveles.js';
import { detectarSeparador } from './csv-separador.js';
import { quitarBom } from './texto.js';
import { plegar } from '../format/plegar.js';

export interface OpcionesCsv {
  /** File name shown in every message. */
  archivo?: string;
  lang?: Idioma;
  /** Entity metadata when the file has no "Entidad" / "DIVIPOLA entidad" columns (options win over columns). */
  entidad?: { nombre: string; divipola: string; tipo?: 'departamento' | 'municipio' };
  /** Plan name and years (default years 2024–2027, the current cycle of territorial plans). */
  plan?: { nombre?: string; inicio?: number; fin?: number };
  /** The report's cut. Default: the "Corte" column, else from the plan's first year to the last year with an executed value. */
  corte?: { desde: number; hasta: number; nombre?: string; fecha?: string | null };
  /** Names of the levels, top first, when the headers do not say them. */
  niveles?: string[];
  /** Stop collecting after this many errors. Default 1000. */
  limite?: number;
}

export interface FilaOmitida {
  fila: number;
  motivo: string;
  /** Workbooks: the sheet (and, when several files were merged, the file) of the row. */
  hoja?: string;
  archivo?: string;
}

export interface LecturaCsv {
  resultado: ResultadoValidacion;
  /** Rows that hold something but are not metas (totals rows), with the reason. */
  filasOmitidas: FilaOmitida[];
  /** Rows with nothing in them (trailing ";;;;" lines of spreadsheet exports). */
  filasVacias: number;
  /** Rows read as metas. */
  filasMetas: number;
  separador: string;
}

function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

export function leerPlanCsv(texto: string, o: OpcionesCsv = {}): ResultadoValidacion {
  return leerCsvDetallado(texto, o).resultado;
}

export function leerCsvDetallado(texto: string, o: OpcionesCsv = {}): LecturaCsv {
  const lang = o.lang ?? 'es';
  const E = new ColectorCsv(lang, o.archivo, o.limite ?? 1000);
  const { separador, texto: cuerpo } = detectarSeparador(quitarBom(texto));
  const filas = dsvFormat(separador).parseRows(cuerpo);
  const salida = (extra: Partial<LecturaCsv> = {}): LecturaCsv => {
    const { errores, avisos } = E.cerrar();
    return {
      resultado: { ok: false, errores, avisos },
      filasOmitidas: [],
      filasVacias: 0,
      filasMetas: 0,
      separador,
      ...extra,
    };
  };

  const vacia = (f: readonly string[]) => f.every((c) => limpiarCelda(c) === '');
  const iEnc = filas.findIndex((f) => !vacia(f));
  if (iEnc < 0) {
    E.agregar(
      { codigo: 'archivo_vacio', ruta: '', esperado: t(lang, 'una fila de encabezados y al menos una fila de datos', 'a header row and at least one data row') },
      {},
    );
    return salida();
  }
  const filaEnc = iEnc + 1;
  const encabezados = filas[iEnc]!;

  const enc = analizarEncabezado(encabezados, filaEnc, o, E);
  if (!enc) return salida();
  const { cols, porCampo, porPlan, niveles, profundidad, nombreNivelCol, codigoNivelCol, pesoNivelCol, tramos: listaTramos, grupos, inversiones: columnasInversion } = enc;

  // ── Rows ─────────────────────────────────────────────────────────────────────────────────────
  const arbol = new ArbolNiveles();
  const metas: Array<Record<string, unknown>> = [];
  const filaDeMeta: number[] = [];
  const filasOmitidas: FilaOmitida[] = [];
  let filasVacias = 0;
  const datosPlan = new Map<CampoPlan, DatoPlan>();
  const pesosNodo = new Map<NodoCsv, { valor: number | null; fila: number }>();
  const columnasDeDatos = cols.filter((x) => x.c.tipo !== 'nivel' && x.c.tipo !== 'codigoNivel' && x.c.tipo !== 'pesoNivel' && x.c.tipo !== 'plan');

  for (let k = iEnc + 1; k < filas.length; k++) {
    const f = filas[k]!;
    const fila = k + 1;
    if (vacia(f)) {
      filasVacias++;
      continue;
    }
    const celda = (x: Col | undefined) => (x ? (f[x.indice] ?? '') : undefined);
    const codCol = porCampo.get('codigo');
    const nomCol = porCampo.get('nombre');
    const codigoMeta = leerCeldaCruda(celda(codCol));
    const nombreMeta = leerCeldaCruda(celda(nomCol));
    const total = ['total', 'totales', 'total general', 'gran total', 'subtotal'];
    // Only short cells can say "Total": folding long texts on every row is wasted time.
    const primera = codigoMeta === '' ? plegar((f.find((c) => limpiarCelda(c) !== '') ?? '').slice(0, 40)) : '';
    if ((codigoMeta.length <= 12 && total.includes(plegar(codigoMeta))) || total.some((x) => primera === x || primera.startsWith(`${x} `))) {
      filasOmitidas.push({ fila, motivo: t(lang, 'fila de totales', 'totals row') });
      continue;
    }
    if (f.length > encabezados.length && f.slice(encabezados.length).some((c) => limpiarCelda(c) !== ''))
      E.agregar(
        {
          codigo: 'celda_sin_columna',
          ruta: '',
          esperado: t(lang, 'datos solo bajo columnas con encabezado (lo que sobra se ignora)', 'data only under headed columns (the rest is ignored)'),
          severidad: 'aviso',
        },
        { fila },
      );

    // Plan metadata repeated on rows: must agree.
    for (const [campo, x] of porPlan) {
      const v = leerCeldaCruda(celda(x));
      if (v === '') continue;
      const previo = datosPlan.get(campo);
      if (!previo) datosPlan.set(campo, { valor: v, fila, columna: x.encabezado });
      else if (previo.valor !== v && plegar(previo.valor) !== plegar(v))
        E.agregar(
          {
            codigo: 'dato_plan_distinto',
            ruta: '',
            valor: v,
            esperado: t(lang, `el mismo valor que en la fila ${previo.fila} («${corto(previo.valor)}»): un archivo describe un solo plan`, `the same value as row ${previo.fila} ("${corto(previo.valor)}"): a file holds one plan`),
          },
          { fila, columna: x.encabezado },
        );
    }

    const indiceMeta = metas.length;
    const ruta = (...p: Array<string | number>) => rutaATexto(['metas', indiceMeta, ...p]);
    const ubicar = (r: string, x: Col | undefined) => E.ubicar(r, { fila, ...(x ? { columna: x.encabezado } : {}), ...(codigoMeta ? { codigoMeta } : {}) });
    const error = (codigo: string, r: string, x: Col | undefined, esperado: string, valor?: string, severidad?: 'aviso') =>
      E.agregar({ codigo, ruta: r, esperado, ...(valor !== undefined ? { valor } : {}), ...(severidad ? { severidad } : {}) }, { fila, ...(x ? { columna: x.encabezado } : {}), ...(codigoMeta ? { codigoMeta } : {}) });

    // Level path.
    let padre: NodoCsv | null = null;
    let hueco: number | null = null;
    let pathRoto = false;
    for (let n = 0; n < profundidad; n++) {
      const xn = nombreNivelCol.get(n);
      const xc = codigoNivelCol.get(n);
      const nombre = xn ? leerCeldaTexto(celda(xn)) : null;
      const nom = nombre && nombre.ok ? nombre.valor : null;
      const codigo = xc ? leerCeldaCruda(celda(xc)) || null : null;
      if (nom === null && codigo === null) {
        hueco ??= n;
        continue;
      }
      if (hueco !== null) {
        const xh = nombreNivelCol.get(hueco) ?? codigoNivelCol.get(hueco);
        error('nivel_faltante', ruta('nodo'), xh, t(lang, `el nombre o el código del nivel «${corto(niveles[hueco] ?? '')}» (la fila tiene un nivel inferior)`, `the name or code of level "${corto(niveles[hueco] ?? '')}" (the row has a lower level)`), '');
        pathRoto = true;
        break;
      }
      const r = arbol.nodo(n, padre, nom, codigo, fila, (xn ?? xc)!.encabezado);
      if (r.nombreDistinto)
        error(
          'nombre_nivel_distinto',
          ruta('nodo'),
          xn,
          t(lang, `el mismo nombre que en la fila ${r.nodo.fila} («${corto(r.nodo.nombre ?? '')}») para el código «${corto(codigo ?? '')}»`, `the same name as row ${r.nodo.fila} ("${corto(r.nodo.nombre ?? '')}") for code "${corto(codigo ?? '')}"`),
          nom ?? '',
        );
      const xp = pesoNivelCol.get(n);
      if (xp) {
        const p = leerCeldaNumero(celda(xp), lang);
        if (!p.ok) error('numero_invalido', ruta('nodo'), xp, p.esperado, celda(xp));
        else if (p.valor !== null || p.explicito) {
          // "ND" declares the weight as not reported (null); an empty cell declares nothing.
          const previo = pesosNodo.get(r.nodo);
          if (!previo) {
            pesosNodo.set(r.nodo, { valor: p.valor, fila });
            r.nodo.peso = p.valor;
          } else if (previo.valor !== p.valor)
            error('peso_distinto', ruta('nodo'), xp, t(lang, `el mismo peso que en la fila ${previo.fila} (${String(previo.valor ?? 'ND')})`, `the same weight as row ${previo.fila} (${String(previo.valor ?? 'ND')})`), celda(xp));
        }
      }
      padre = r.nodo;
    }
    if (!pathRoto && padre === null) {
      const x0 = nombreNivelCol.get(0) ?? codigoNivelCol.get(0);
      error('sin_nivel', ruta('nodo'), x0, t(lang, `el nivel del que cuelga la meta (al menos «${corto(niveles[0] ?? '')}»)`, `the level the meta hangs from (at least "${corto(niveles[0] ?? '')}")`), '');
    }

    // A row with a level path and nothing else declares nodes without metas.
    if (codigoMeta === '' && nombreMeta === '' && columnasDeDatos.every((x) => limpiarCelda(celda(x)) === '')) continue;

    const nodoHoja = padre;
    filaDeMeta.push(fila);
    E.ubicarMeta(indiceMeta, { fila, ...(codigoMeta ? { codigoMeta } : {}) });

    const leer = <T>(campo: CampoFila, lector: (c: string | undefined, l: Idioma) => Lectura<T>, r: string, porDefecto: T): T => {
      const x = porCampo.get(campo);
      if (!x) return porDefecto;
      const v = lector(celda(x), lang);
      if (!v.ok) {
        error(campo === 'tipo' || campo === 'acumulacion' || campo === 'alcance' ? 'valor_no_permitido' : 'numero_invalido', r, x, v.esperado, celda(x));
        return porDefecto;
      }
      return v.valor;
    };
    const texto = (campo: CampoFila, r: string) => leer(campo, (c) => leerCeldaTexto(c), r, null);

    const meta: Record<string, unknown> = {
      codigo: codigoMeta,
      nombre: nombreMeta,
      indicador: texto('indicador', ruta('indicador')),
      unidad: texto('unidad', ruta('unidad')),
      nodo: nodoHoja ?? '',
      secretaria: texto('secretaria', ruta('secretaria')),
      lineaBase: leer('lineaBase', leerCeldaNumero, ruta('lineaBase'), null),
      metaCuatrienio: leer('metaCuatrienio', leerCeldaNumero, ruta('metaCuatrienio'), null),
      tipo: leer('tipo', leerCeldaTipo, ruta('tipo'), null),
      acumulacion: leer('acumulacion', leerCeldaAcumulacion, ruta('acumulacion'), null),
    };
    ubicar(ruta('nodo'), nodoHoja ? (nombreNivelCol.get(nodoHoja.nivel) ?? codigoNivelCol.get(nodoHoja.nivel)) : undefined);
    if (porCampo.has('peso')) {
      const x = porCampo.get('peso')!;
      const c = limpiarCelda(celda(x));
      if (c !== '') {
        const v = leerCeldaNumero(c, lang);
        if (!v.ok) error('numero_invalido', ruta('peso'), x, v.esperado, c);
        meta.peso = v.ok ? v.valor : null;
      }
    }

    // Follow-up per span: both cells empty = no entry; "ND" = an entry whose value is not reported.
    const seguimiento: Array<Record<string, unknown>> = [];
    for (const tr of listaTramos) {
      const cp = celda(tr.programado);
      const ce = celda(tr.ejecutado);
      if (limpiarCelda(cp) === '' && limpiarCelda(ce) === '') continue;
      const j = seguimiento.length;
      const lp = leerCeldaNumero(cp, lang);
      const le = leerCeldaNumero(ce, lang);
      if (!lp.ok) error('numero_invalido', ruta('seguimiento', j, 'programado'), tr.programado, lp.esperado, cp);
      if (!le.ok) error('numero_invalido', ruta('seguimiento', j, 'ejecutado'), tr.ejecutado, le.esperado, ce);
      ubicar(ruta('seguimiento', j), tr.programado ?? tr.ejecutado);
      ubicar(ruta('seguimiento', j, 'programado'), tr.programado ?? tr.ejecutado);
      ubicar(ruta('seguimiento', j, 'ejecutado'), tr.ejecutado ?? tr.programado);
      seguimiento.push({ desde: tr.desde, hasta: tr.hasta, programado: lp.ok ? lp.valor : null, ejecutado: le.ok ? le.valor : null });
    }
    meta.seguimiento = seguimiento;

    const inversion: Array<Record<string, unknown>> = [];
    const colFuente = porCampo.get('fuente');
    for (const x of columnasInversion) {
      if (x.c.tipo !== 'inversion') continue;
      const c = celda(x);
      if (limpiarCelda(c) === '') continue;
      const j = inversion.length;
      const v = leerCeldaNumero(c, lang);
      if (!v.ok) error('numero_invalido', ruta('inversion', j, 'valor'), x, v.esperado, c);
      ubicar(ruta('inversion', j), x);
      let fuente = x.c.fuente;
      let textoFuente: string | null = null;
      if (fuente === null) {
        // "Inversión 2024" takes its source from the "Fuente" column.
        const escrita = limpiarCelda(celda(colFuente));
        const canon = escrita === '' || esSinDato(escrita) ? undefined : fuenteCanonica(escrita);
        fuente = canon ?? (escrita === '' || esSinDato(escrita) ? 'sin_especificar' : escrita);
        if (escrita !== '') textoFuente = escrita;
        ubicar(ruta('inversion', j, 'fuente'), colFuente ?? x);
      }
      inversion.push({ desde: x.c.desde, hasta: x.c.hasta, fuente, ...(textoFuente !== null ? { texto: textoFuente } : {}), valor: v.ok ? v.valor : null });
    }
    meta.inversion = inversion;

    const ben = leer('beneficiarios', leerCeldaBeneficiarios, ruta('beneficiarios', 'total'), { estado: 'sin_dato', total: null });
    const gruposMeta: Array<{ grupo: string; valor: number | null }> = [];
    for (const x of grupos) {
      if (x.c.tipo !== 'grupo') continue;
      const c = celda(x);
      if (limpiarCelda(c) === '') continue;
      const j = gruposMeta.length;
      const p = plegar(limpiarCelda(c));
      const v = p === 'no aplica' ? ({ ok: true, valor: null, explicito: true } as const) : leerCeldaNumero(c, lang);
      if (!v.ok) error('numero_invalido', ruta('beneficiarios', 'grupos', j, 'valor'), x, v.esperado, c);
      ubicar(ruta('beneficiarios', 'grupos', j), x);
      gruposMeta.push({ grupo: x.c.grupo, valor: v.ok ? v.valor : null });
    }
    meta.beneficiarios = {
      ...ben,
      unidad: texto('unidadBeneficiarios', ruta('beneficiarios', 'unidad')),
      grupos: gruposMeta,
    };

    const leerMunicipios = () => {
      const xm = porCampo.get('municipios');
      const codigos: string[] = [];
      const cm = limpiarCelda(celda(xm));
      if (xm && cm !== '' && !esSinDato(cm)) {
        const { codigos: leidos, desconocidos, ambiguos } = leerMunicipiosCelda(cm, departamentoDeEntidad());
        codigos.push(...leidos);
        if (desconocidos.length > 0)
          error('municipio_desconocido', ruta('municipios', 'codigos'), xm, t(lang, `códigos DIVIPOLA o nombres de municipios de DANE (no se reconoce: ${lista(desconocidos)})`, `DIVIPOLA codes or DANE municipality names (not recognised: ${lista(desconocidos)})`), cm);
        if (ambiguos.length > 0)
          error('municipio_ambiguo', ruta('municipios', 'codigos'), xm, t(lang, `el código DIVIPOLA de: ${lista(ambiguos)} (hay varios municipios con ese nombre)`, `the DIVIPOLA code of: ${lista(ambiguos)} (several municipalities carry that name)`), cm);
      }
      let alcance = leer('alcance', leerCeldaAlcance, ruta('municipios', 'alcance'), null);
      // An empty "Alcance" with municipalities listed means they are where the meta was delivered.
      alcance ??= codigos.length > 0 ? 'municipal' : 'sin_dato';
      return { alcance, codigos };
    };
    meta.municipios = leerMunicipios();

    meta.bpin = leer('bpin', leerCeldaBpin, ruta('bpin'), []);
    meta.evidencia = {
      queSeHizo: texto('queSeHizo', ruta('evidencia', 'queSeHizo')),
      como: texto('como', ruta('evidencia', 'como')),
      conQuien: texto('conQuien', ruta('evidencia', 'conQuien')),
      cuando: texto('cuando', ruta('evidencia', 'cuando')),
      impacto: texto('impacto', ruta('evidencia', 'impacto')),
      donde: texto('donde', ruta('evidencia', 'donde')),
    };
    meta.reportado = {
      periodo: leer('periodoReportado', leerCeldaPeriodo, ruta('reportado', 'periodo'), null),
      cumplimiento: leer('cumplimientoReportado', leerCeldaPorcentaje, ruta('reportado', 'cumplimiento'), null),
      avance: leer('avanceReportado', leerCeldaPorcentaje, ruta('reportado', 'avance'), null),
      inversion: leer('inversionReportada', leerCeldaNumero, ruta('reportado', 'inversion'), null),
      beneficiarios: leer('beneficiariosReportados', leerCeldaNumero, ruta('reportado', 'beneficiarios'), null),
    };
    if (porCampo.has('notas')) {
      const notas = leerCeldaNotas(celda(porCampo.get('notas')));
      if (notas.length > 0) meta.notas = notas;
    }
    metas.push(meta);
  }

  function departamentoDeEntidad(): string | undefined {
    const d = o.entidad?.divipola ?? datosPlan.get('divipolaEntidad')?.valor;
    if (!d) return undefined;
    const l = leerCeldaDivipola(d, lang);
    return l.ok && l.valor ? l.valor.slice(0, 2) : undefined;
  }

  // ── Nodes ────────────────────────────────────────────────────────────────────────────────────
  arbol.asignarCodigos();
  const nodos = arbol.nodos.map((n, j) => {
    E.ubicar(rutaATexto(['nodos', j]), { fila: n.fila, columna: n.columna });
    const xc = codigoNivelCol.get(n.nivel);
    if (xc) E.ubicar(rutaATexto(['nodos', j, 'codigo']), { fila: n.fila, columna: xc.encabezado });
    const xp = pesoNivelCol.get(n.nivel);
    if (xp) E.ubicar(rutaATexto(['nodos', j, 'peso']), { fila: pesosNodo.get(n)?.fila ?? n.fila, columna: xp.encabezado });
    return { codigo: n.codigo, nombre: n.nombre, nivel: n.nivel, padre: n.padre?.codigo ?? null, ...(n.peso !== undefined ? { peso: n.peso } : {}) };
  });
  for (const m of metas) if (m.nodo && typeof m.nodo === 'object') m.nodo = (m.nodo as NodoCsv).codigo;

  const { entidad, plan: datosDelPlan, corte } = construirDatosPlan(datosPlan, porPlan, metas, filaEnc, o, E);

  const candidato = {
    version: 1,
    entidad,
    plan: datosDelPlan,
    corte,
    niveles,
    nodos,
    metas,
  };

  const v = validarPlan(candidato, {
    lang,
    ...(o.archivo ? { archivo: o.archivo } : {}),
    filaDeMeta: (i) => filaDeMeta[i] ?? i + filaEnc + 1,
    columnaDeCampo: (campo) => porCampo.get(campo as CampoFila)?.encabezado,
    limite: o.limite ?? 1000,
  });
  E.incorporar(v.ok ? v.avisos : [...v.errores, ...v.avisos]);
  const { errores, avisos } = E.cerrar();
  const comun = { filasOmitidas, filasVacias, filasMetas: filaDeMeta.length, separador };
  if (v.ok && errores.length === 0) return { resultado: { ok: true, plan: v.plan, avisos }, ...comun };
  return { resultado: { ok: false, errores, avisos }, ...comun };
}
