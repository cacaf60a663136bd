/**
 * The header row of the CSV template: what each column holds, the level columns, the follow-up spans,
 * the investment and group columns, and the required columns (all missing ones in one error).
 */
import type { Idioma } from '../schema/types.js';
import { clasificarEncabezado, etiquetaColumna, type CampoFila, type CampoPlan, type Columna } from './csv-columnas.js';
import { corto, limpiarCelda } from './csv-celdas.js';
import type { ColectorCsv } from './csv-errores.js';
import type { OpcionesCsv } from './csv-leer.js';
import { plegar } from '../format/plegar.js';

export interface Col {
  indice: number;
  /** As written (shortened to 100 characters for messages). */
  encabezado: string;
  c: Columna;
}

export interface Tramo {
  desde: number;
  hasta: number;
  programado?: Col;
  ejecutado?: Col;
}

export interface EncabezadoCsv {
  cols: Col[];
  porCampo: Map<CampoFila, Col>;
  porPlan: Map<CampoPlan, Col>;
  niveles: string[];
  profundidad: number;
  nombreNivelCol: Map<number, Col>;
  codigoNivelCol: Map<number, Col>;
  pesoNivelCol: Map<number, Col>;
  /** Follow-up spans in order, each with its programmed and executed columns. */
  tramos: Tramo[];
  grupos: Col[];
  /** Investment columns to read (a total beside per-source columns is left out). */
  inversiones: Col[];
}

function t(lang: Idioma, es: string, en: string): string {
  return lang === 'es' ? es : en;
}

/** Identity of a column, to find two headers that mean the same thing. */
function claveColumna(c: Columna): string {
  switch (c.tipo) {
    case 'fila':
    case 'plan':
      return `${c.tipo}:${c.campo}`;
    case 'nivel':
      return `nivel:${c.nivel}`;
    case 'codigoNivel':
    case 'pesoNivel':
      return `${c.tipo}:${c.nivel ?? c.nombreNivel}`;
    case 'seguimiento':
      return `seg:${c.medida}:${c.desde}:${c.hasta}`;
    case 'inversion':
      return `inv:${c.desde}:${c.hasta}:${c.total ? 'total' : (c.fuente ?? '')}`;
    case 'grupo':
      return `grupo:${c.grupo}`;
  }
}

/** Null when required columns are missing (the error is already in `E`). */
export function analizarEncabezado(encabezados: readonly string[], filaEnc: number, o: OpcionesCsv, E: ColectorCsv): EncabezadoCsv | null {
  const lang = o.lang ?? 'es';
  // ── Columns ──────────────────────────────────────────────────────────────────────────────────
  const cols: Col[] = [];
  const vistas = new Map<string, Col>();
  encabezados.forEach((bruto, indice) => {
    const completo = limpiarCelda(bruto).replace(/\s+/g, ' ');
    if (completo === '') return;
    const c = clasificarEncabezado(completo);
    // Shown in every message about the column: a runaway header must not make 1 MB messages.
    const encabezado = corto(completo, 100);
    if (!c) {
      E.agregar(
        {
          codigo: 'columna_desconocida',
          ruta: '',
          valor: encabezado,
          esperado: t(lang, 'una columna de la plantilla (docs/plantilla-csv.md); esta se ignora', 'a template column (docs/plantilla-csv.md); this one is ignored'),
          severidad: 'aviso',
        },
        { fila: filaEnc, columna: encabezado },
      );
      return;
    }
    const col = { indice, encabezado, c };
    const clave = claveColumna(c);
    const previa = c.tipo === 'nivel' && !c.explicito ? undefined : vistas.get(clave);
    if (previa) {
      E.agregar(
        {
          codigo: 'columna_duplicada',
          ruta: '',
          valor: encabezado,
          esperado: t(lang, `una sola columna con este dato (ya está «${corto(previa.encabezado)}»)`, `a single column for this value ("${corto(previa.encabezado)}" already holds it)`),
        },
        { fila: filaEnc, columna: encabezado },
      );
      return;
    }
    vistas.set(clave, col);
    cols.push(col);
  });

  // Levels: "Nivel N: nombre" columns, or else known level names in the order they appear.
  const explicitos = cols.filter((x) => x.c.tipo === 'nivel' && x.c.explicito);
  const implicitos = cols.filter((x) => x.c.tipo === 'nivel' && !x.c.explicito);
  const columnasNivel: Col[] = [];
  if (explicitos.length > 0) {
    for (const x of implicitos) {
      E.agregar(
        {
          codigo: 'columna_ignorada',
          ruta: '',
          valor: x.encabezado,
          esperado: t(lang, 'columnas de nivel con la forma «Nivel N: nombre» (esta se ignora)', 'level columns written as "Nivel N: name" (this one is ignored)'),
          severidad: 'aviso',
        },
        { fila: filaEnc, columna: x.encabezado },
      );
    }
    columnasNivel.push(...explicitos);
  } else {
    implicitos.forEach((x, i) => {
      if (x.c.tipo === 'nivel') x.c = { ...x.c, nivel: i };
      columnasNivel.push(x);
    });
  }
  const nombreNivelCol = new Map<number, Col>();
  for (const x of columnasNivel) if (x.c.tipo === 'nivel') nombreNivelCol.set(x.c.nivel, x);
  const nivelPorNombre = (n: string) => {
    for (const [i, x] of nombreNivelCol) if (x.c.tipo === 'nivel' && x.c.nombre !== null && plegar(x.c.nombre) === n) return i;
    return undefined;
  };
  const codigoNivelCol = new Map<number, Col>();
  const pesoNivelCol = new Map<number, Col>();
  for (const x of cols) {
    if (x.c.tipo !== 'codigoNivel' && x.c.tipo !== 'pesoNivel') continue;
    const nivel = x.c.nivel ?? (x.c.nombreNivel !== null ? nivelPorNombre(x.c.nombreNivel) : undefined);
    if (nivel === undefined) {
      E.agregar(
        {
          codigo: 'columna_desconocida',
          ruta: '',
          valor: x.encabezado,
          esperado: t(lang, 'el código o el peso de una columna de nivel presente (esta se ignora)', 'the code or weight of a level column present (this one is ignored)'),
          severidad: 'aviso',
        },
        { fila: filaEnc, columna: x.encabezado },
      );
      continue;
    }
    (x.c.tipo === 'codigoNivel' ? codigoNivelCol : pesoNivelCol).set(nivel, x);
  }
  const profundidad = Math.max(0, ...[...nombreNivelCol.keys(), ...codigoNivelCol.keys()].map((n) => n + 1));
  for (let n = 0; n < profundidad; n++) {
    if (!nombreNivelCol.has(n) && !codigoNivelCol.has(n))
      E.agregar(
        {
          codigo: 'nivel_sin_columna',
          ruta: 'niveles',
          esperado: t(lang, `una columna «Nivel ${n + 1}: …» o «Código nivel ${n + 1}» (los niveles van seguidos)`, `a "Nivel ${n + 1}: …" or "Código nivel ${n + 1}" column (levels are consecutive)`),
        },
        { fila: filaEnc },
      );
  }
  let niveles = Array.from({ length: profundidad }, (_, n) => {
    const x = nombreNivelCol.get(n);
    return x?.c.tipo === 'nivel' && x.c.nombre !== null ? x.c.nombre : `Nivel ${n + 1}`;
  });
  if (o.niveles) {
    if (o.niveles.length === profundidad || profundidad === 0) niveles = [...o.niveles];
    else
      E.agregar(
        {
          codigo: 'opcion_invalida',
          ruta: 'niveles',
          valor: o.niveles.join(', '),
          esperado: t(lang, `${profundidad} nombres de nivel (tantos como columnas de nivel)`, `${profundidad} level names (one per level column)`),
        },
        {},
      );
  }

  const porCampo = new Map<CampoFila, Col>();
  const porPlan = new Map<CampoPlan, Col>();
  for (const x of cols) {
    if (x.c.tipo === 'fila') porCampo.set(x.c.campo, x);
    if (x.c.tipo === 'plan') porPlan.set(x.c.campo, x);
  }

  // Required columns: all missing ones in one error.
  const faltan: string[] = [];
  for (const campo of ['codigo', 'nombre', 'tipo', 'acumulacion'] as const) if (!porCampo.has(campo)) faltan.push(etiquetaColumna(campo, lang));
  if (profundidad === 0) faltan.push(t(lang, 'Nivel 1: <nombre del nivel>', 'Nivel 1: <level name>'));
  if (!o.entidad) {
    if (!porPlan.has('entidad')) faltan.push(etiquetaColumna('entidad', lang));
    if (!porPlan.has('divipolaEntidad')) faltan.push(etiquetaColumna('divipolaEntidad', lang));
  }
  if (!o.plan?.nombre && !porPlan.has('plan')) faltan.push(etiquetaColumna('plan', lang));
  if (faltan.length > 0) {
    const lista = faltan.map((f) => `«${f}»`).join(', ');
    E.agregar(
      {
        codigo: 'columnas_faltantes',
        ruta: '',
        esperado: t(
          lang,
          `las columnas obligatorias ${lista} (los datos de la entidad y del plan pueden darse como opciones)`,
          `the required columns ${lista} (entity and plan data may be given as options)`,
        ),
      },
      { fila: filaEnc, columna: faltan.join(', ') },
    );
    return null;
  }

  // Follow-up columns grouped by span; investment columns (a "total" is ignored when the span has per-source columns).
  const tramos = new Map<string, { desde: number; hasta: number; programado?: Col; ejecutado?: Col }>();
  const grupos: Col[] = [];
  const inversiones: Col[] = [];
  for (const x of cols) {
    if (x.c.tipo === 'seguimiento') {
      const k = `${x.c.desde}-${x.c.hasta}`;
      const tr = tramos.get(k) ?? { desde: x.c.desde, hasta: x.c.hasta };
      tr[x.c.medida] = x;
      tramos.set(k, tr);
    } else if (x.c.tipo === 'grupo') {
      grupos.push(x);
      if (!x.c.canonico)
        E.agregar(
          {
            codigo: 'grupo_no_canonico',
            ruta: '',
            valor: x.encabezado,
            esperado: t(lang, 'un grupo poblacional de la lista (se conserva como está escrito)', 'a population group of the list (kept as written)'),
            severidad: 'aviso',
          },
          { fila: filaEnc, columna: x.encabezado },
        );
    } else if (x.c.tipo === 'inversion') inversiones.push(x);
  }
  const conFuente = new Set(inversiones.filter((x) => x.c.tipo === 'inversion' && !x.c.total).map((x) => (x.c.tipo === 'inversion' ? `${x.c.desde}-${x.c.hasta}` : '')));
  const columnasInversion = inversiones.filter((x) => {
    if (x.c.tipo !== 'inversion') return false;
    if (x.c.total && conFuente.has(`${x.c.desde}-${x.c.hasta}`)) {
      E.agregar(
        {
          codigo: 'columna_ignorada',
          ruta: '',
          valor: x.encabezado,
          esperado: t(lang, 'inversión por fuente (el total de este periodo se ignora: se suma de las fuentes)', 'investment per source (the total of this span is ignored: it is the sum of the sources)'),
          severidad: 'aviso',
        },
        { fila: filaEnc, columna: x.encabezado },
      );
      return false;
    }
    if (!x.c.fuente && !x.c.total && !porCampo.has('fuente')) return true;
    if (x.c.fuente && !x.c.canonica)
      E.agregar(
        {
          codigo: 'fuente_no_canonica',
          ruta: '',
          valor: x.encabezado,
          esperado: t(lang, 'una fuente de financiación de la lista (se conserva como está escrita)', 'a funding source of the list (kept as written)'),
          severidad: 'aviso',
        },
        { fila: filaEnc, columna: x.encabezado },
      );
    return true;
  });
  const listaTramos = [...tramos.values()].sort((a, b) => a.desde - b.desde || a.hasta - b.hasta);

  // Columns of a meta's fixed fields, by path inside the meta (for error messages).
  const columnasMeta = new Map<string, string>();
  const fijar = (rel: string, ...campos: CampoFila[]) => {
    const x = campos.map((c) => porCampo.get(c)).find((c) => c !== undefined);
    if (x) columnasMeta.set(rel, x.encabezado);
  };
  fijar('', 'codigo');
  for (const c of ['codigo', 'nombre', 'indicador', 'unidad', 'secretaria', 'lineaBase', 'metaCuatrienio', 'tipo', 'acumulacion', 'peso', 'bpin', 'notas'] as const) fijar(c, c);
  fijar('beneficiarios', 'beneficiarios');
  fijar('beneficiarios.total', 'beneficiarios');
  fijar('beneficiarios.unidad', 'unidadBeneficiarios');
  fijar('municipios', 'municipios', 'alcance');
  fijar('municipios.alcance', 'alcance', 'municipios');
  for (const c of ['queSeHizo', 'como', 'conQuien', 'cuando', 'impacto', 'donde'] as const) fijar(`evidencia.${c}`, c);
  fijar('reportado.periodo', 'periodoReportado');
  fijar('reportado.cumplimiento', 'cumplimientoReportado');
  fijar('reportado.avance', 'avanceReportado');
  fijar('reportado.inversion', 'inversionReportada');
  fijar('reportado.beneficiarios', 'beneficiariosReportados');
  E.fijarColumnasMeta(columnasMeta);

  return {
    cols,
    porCampo,
    porPlan,
    niveles,
    profundidad,
    nombreNivelCol,
    codigoNivelCol,
    pesoNivelCol,
    tramos: listaTramos,
    grupos,
    inversiones: columnasInversion,
  };
}
