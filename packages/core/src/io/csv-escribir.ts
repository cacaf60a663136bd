/**
 * Writes a plan as the flat CSV template (one row per meta, docs/plantilla-csv.md), and the empty
 * template. Lossless for every field the template carries: numbers are written in full with a decimal
 * comma (no rounding), "ND" marks a value that exists but is not reported. Defaults suit a
 * Spanish-locale Excel: ";" separator and a UTF-8 byte-order mark (without it Excel reads "Línea" as
 * "LÃ­nea"). Fields not carried: trazas, afirmaciones, indicadoresResultado, ausentes, opciones,
 * fuente, plan.secretaria, inversion.texto.
 */
import { dsvFormat } from 'd3-dsv';
import { compararTexto } from '../format/ordenar-texto.js';
import type { Acumulacion, Idioma, Meta, Plan, TipoMeta } from '../schema/types.js';
import { IDS_FUENTES, IDS_GRUPOS, etiquetaFuente, etiquetaGrupo } from './csv-catalogos.js';
import { etiquetaColumna, textoTramo, type CampoFila, type CampoPlan } from './csv-columnas.js';

export interface OpcionesEscrituraCsv {
  lang?: Idioma;
  /** Default ";" (Spanish-locale Excel); "," for other tools. Decimals are always written with a comma. */
  separador?: ';' | ',' | '\t';
  /** Default true: a UTF-8 byte-order mark so Excel detects the encoding. */
  bom?: boolean;
}

export interface OpcionesPlantilla extends OpcionesEscrituraCsv {
  /** Years with "Programado"/"Ejecutado"/"Inversión" columns. Default 2024–2027. */
  anios?: number[];
  /** Level names, top first. Default ["Línea estratégica", "Componente", "Apuesta"]. */
  niveles?: string[];
  /** Canonical source ids for per-source investment columns; default none ("Inversión AAAA" + "Fuente"). */
  fuentes?: string[];
}

const TIPOS: Record<TipoMeta, Record<Idioma, string>> = {
  incremento: { es: 'Incremento', en: 'Increase' },
  mantenimiento: { es: 'Mantenimiento', en: 'Maintenance' },
  reduccion: { es: 'Reducción', en: 'Reduction' },
};
const ACUMULACION: Record<Acumulacion, Record<Idioma, string>> = {
  acumulado: { es: 'Acumulado', en: 'Cumulative' },
  flujo: { es: 'Flujo', en: 'Flow' },
  stock: { es: 'Stock', en: 'Stock' },
};
const ALCANCE: Record<string, Record<Idioma, string>> = {
  municipal: { es: 'Municipal', en: 'Municipal' },
  departamental: { es: 'Departamental', en: 'Departmental' },
  sin_dato: { es: 'Sin dato', en: 'No data' },
};
const SIN_DATO = 'ND';
const NO_APLICA: Record<Idioma, string> = { es: 'No aplica', en: 'N/A' };

/** Full precision, decimal comma: 1234.5 → "1234,5"; null → "". */
function numero(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n).replace('.', ',');
}

/**
 * A text cell; a leading = + - @ would run as a formula in Excel (CSV injection), so it gets an
 * apostrophe (also a text that already starts with apostrophes before one, so reading removes exactly one).
 */
function texto(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  return /^'*[=+\-@]/.test(s) ? `'${s}` : s;
}

/**
 * A ratio. Up to 2 (200 %) it is written as is ("0,667"); above, the reader would take "3,5" for a
 * percentage typed without its sign, so it is written as one ("350%"), moving the decimal point in
 * the text (no multiplication, no rounding).
 */
function proporcion(n: number | null): string {
  if (n === null || Math.abs(n) <= 2) return numero(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(n));
  if (!m || m[4]) return `${numero(n * 100)}%`;
  const decimales = (m[3] ?? '') + '00';
  const entero = (m[2]! + decimales.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const resto = decimales.slice(2).replace(/0+$/, '');
  return `${m[1]}${entero}${resto ? `,${resto}` : ''}%`;
}

/** Canonical ids first in catalogue order, then the rest alphabetically. */
function ordenCatalogo(ids: Iterable<string>, catalogo: readonly string[]): string[] {
  const pos = (id: string) => {
    const i = catalogo.indexOf(id);
    return i < 0 ? catalogo.length : i;
  };
  return [...new Set(ids)].sort((a, b) => pos(a) - pos(b) || compararTexto(a, b));
}

interface Tramo {
  desde: number;
  hasta: number;
}
const claveTramo = (t: Tramo) => `${t.desde}-${t.hasta}`;
function ordenTramos(ts: Iterable<Tramo>): Tramo[] {
  const m = new Map<string, Tramo>();
  for (const t of ts) m.set(claveTramo(t), { desde: t.desde, hasta: t.hasta });
  return [...m.values()].sort((a, b) => a.desde - b.desde || a.hasta - b.hasta);
}

interface Columna {
  encabezado: string;
  valor: (m: Meta) => string;
}

function columnasFila(lang: Idioma, conPeso: boolean): Columna[] {
  const e = (c: CampoFila) => etiquetaColumna(c, lang);
  const cols: Columna[] = [
    { encabezado: e('codigo'), valor: (m) => texto(m.codigo) },
    { encabezado: e('nombre'), valor: (m) => texto(m.nombre) },
    { encabezado: e('indicador'), valor: (m) => texto(m.indicador) },
    { encabezado: e('unidad'), valor: (m) => texto(m.unidad) },
    { encabezado: e('secretaria'), valor: (m) => texto(m.secretaria) },
    { encabezado: e('lineaBase'), valor: (m) => numero(m.lineaBase) },
    { encabezado: e('metaCuatrienio'), valor: (m) => numero(m.metaCuatrienio) },
    { encabezado: e('tipo'), valor: (m) => TIPOS[m.tipo][lang] },
    { encabezado: e('acumulacion'), valor: (m) => ACUMULACION[m.acumulacion][lang] },
  ];
  // A declared null weight is written "ND"; an absent one stays empty.
  if (conPeso) cols.push({ encabezado: e('peso'), valor: (m) => (m.peso === null ? SIN_DATO : numero(m.peso)) });
  return cols;
}

function columnasFinales(lang: Idioma): Columna[] {
  const e = (c: CampoFila) => etiquetaColumna(c, lang);
  return [
    { encabezado: e('municipios'), valor: (m) => m.municipios.codigos.join('; ') },
    { encabezado: e('alcance'), valor: (m) => ALCANCE[m.municipios.alcance]?.[lang] ?? m.municipios.alcance },
    { encabezado: e('bpin'), valor: (m) => m.bpin.join('; ') },
    { encabezado: e('queSeHizo'), valor: (m) => texto(m.evidencia.queSeHizo) },
    { encabezado: e('como'), valor: (m) => texto(m.evidencia.como) },
    { encabezado: e('conQuien'), valor: (m) => texto(m.evidencia.conQuien) },
    { encabezado: e('cuando'), valor: (m) => texto(m.evidencia.cuando) },
    { encabezado: e('impacto'), valor: (m) => texto(m.evidencia.impacto) },
    { encabezado: e('donde'), valor: (m) => texto(m.evidencia.donde) },
    { encabezado: e('periodoReportado'), valor: (m) => (m.reportado.periodo ? textoTramo(m.reportado.periodo.desde, m.reportado.periodo.hasta) : '') },
    { encabezado: e('cumplimientoReportado'), valor: (m) => proporcion(m.reportado.cumplimiento) },
    { encabezado: e('avanceReportado'), valor: (m) => proporcion(m.reportado.avance) },
    { encabezado: e('inversionReportada'), valor: (m) => numero(m.reportado.inversion) },
    { encabezado: e('beneficiariosReportados'), valor: (m) => numero(m.reportado.beneficiarios) },
    { encabezado: e('notas'), valor: (m) => (m.notas ?? []).map(texto).join('\n') },
  ];
}

const CAMPOS_PLAN: CampoPlan[] = ['entidad', 'divipolaEntidad', 'tipoEntidad', 'plan', 'periodoPlan', 'corte', 'nombreCorte', 'fechaCorte'];

function valoresPlan(plan: Plan, lang: Idioma): string[] {
  const tipo = plan.entidad.tipo === 'departamento' ? (lang === 'es' ? 'Departamento' : 'Department') : lang === 'es' ? 'Municipio' : 'Municipality';
  return [
    texto(plan.entidad.nombre),
    plan.entidad.divipola,
    tipo,
    texto(plan.plan.nombre),
    `${plan.plan.inicio}-${plan.plan.fin}`,
    textoTramo(plan.corte.desde, plan.corte.hasta),
    texto(plan.corte.nombre),
    texto(plan.corte.fecha),
  ];
}

function encabezadosNivel(i: number, nombre: string, lang: Idioma): [string, string] {
  return lang === 'es' ? [`Nivel ${i + 1}: ${nombre}`, `Código nivel ${i + 1}`] : [`Level ${i + 1}: ${nombre}`, `Code level ${i + 1}`];
}

function salida(filas: string[][], o: OpcionesEscrituraCsv): string {
  return (o.bom === false ? '' : '\ufeff') + dsvFormat(o.separador ?? ';').formatRows(filas) + '\n';
}

export function escribirPlanCsv(plan: Plan, o: OpcionesEscrituraCsv = {}): string {
  const lang = o.lang ?? 'es';
  const nodos = new Map(plan.nodos.map((n) => [n.codigo, n]));
  const profundidad = plan.niveles.length;
  const conPesoNivel = plan.niveles.map((_, i) => plan.nodos.some((n) => n.nivel === i && n.peso !== undefined));

  const encabezado: string[] = [];
  plan.niveles.forEach((nombre, i) => {
    encabezado.push(...encabezadosNivel(i, nombre, lang));
    if (conPesoNivel[i]) encabezado.push(lang === 'es' ? `Peso nivel ${i + 1}` : `Weight level ${i + 1}`);
  });

  const fila = columnasFila(lang, plan.metas.some((m) => m.peso !== undefined));
  const anios: Tramo[] = [];
  for (let a = plan.plan.inicio; a <= plan.plan.fin && a - plan.plan.inicio < 50; a++) anios.push({ desde: a, hasta: a });
  const tramos = ordenTramos([...anios, ...plan.metas.flatMap((m) => m.seguimiento)]);
  const tramosInversion = ordenTramos(plan.metas.flatMap((m) => m.inversion));
  const fuentes = ordenCatalogo(
    plan.metas.flatMap((m) => m.inversion.map((i) => i.fuente)),
    IDS_FUENTES,
  );
  const grupos = ordenCatalogo(
    plan.metas.flatMap((m) => m.beneficiarios.grupos.map((g) => g.grupo)),
    IDS_GRUPOS,
  );

  const cols: Columna[] = [...fila];
  const prog = lang === 'es' ? 'Programado' : 'Programmed';
  const ejec = lang === 'es' ? 'Ejecutado' : 'Executed';
  for (const t of tramos) {
    const buscar = (m: Meta) => m.seguimiento.find((s) => s.desde === t.desde && s.hasta === t.hasta);
    const celda = (v: number | null | undefined, existe: boolean) => (!existe ? '' : v === null || v === undefined ? SIN_DATO : numero(v));
    cols.push({ encabezado: `${prog} ${textoTramo(t.desde, t.hasta)}`, valor: (m) => celda(buscar(m)?.programado, !!buscar(m)) });
    cols.push({ encabezado: `${ejec} ${textoTramo(t.desde, t.hasta)}`, valor: (m) => celda(buscar(m)?.ejecutado, !!buscar(m)) });
  }
  const inv = lang === 'es' ? 'Inversión' : 'Investment';
  for (const t of tramosInversion)
    for (const f of fuentes) {
      const entradas = (m: Meta) => m.inversion.filter((i) => i.desde === t.desde && i.hasta === t.hasta && i.fuente === f);
      if (!plan.metas.some((m) => entradas(m).length > 0)) continue;
      cols.push({
        encabezado: `${inv} ${textoTramo(t.desde, t.hasta)} ${etiquetaFuente(f, lang)}`,
        valor: (m) => {
          const es = entradas(m);
          if (es.length === 0) return '';
          // Two entries of the same span and source share one cell: their sum (null only if none is reported).
          const nums = es.map((i) => i.valor).filter((v): v is number => v !== null);
          return nums.length === 0 ? SIN_DATO : numero(nums.reduce((a, b) => a + b, 0));
        },
      });
    }
  cols.push({
    encabezado: etiquetaColumna('beneficiarios', lang),
    valor: (m) => (m.beneficiarios.estado === 'reportado' ? numero(m.beneficiarios.total) : m.beneficiarios.estado === 'no_aplica' ? NO_APLICA[lang] : ''),
  });
  cols.push({ encabezado: etiquetaColumna('unidadBeneficiarios', lang), valor: (m) => texto(m.beneficiarios.unidad) });
  const ben = lang === 'es' ? 'Beneficiarios' : 'Beneficiaries';
  for (const g of grupos)
    cols.push({
      encabezado: `${ben} ${etiquetaGrupo(g, lang)}`,
      valor: (m) => {
        const e = m.beneficiarios.grupos.find((x) => x.grupo === g);
        return !e ? '' : e.valor === null ? SIN_DATO : numero(e.valor);
      },
    });
  cols.push(...columnasFinales(lang));
  encabezado.push(...cols.map((c) => c.encabezado), ...CAMPOS_PLAN.map((c) => etiquetaColumna(c, lang)));

  const datosPlan = valoresPlan(plan, lang);
  const camino = (codigo: string) => {
    const celdas: string[] = [];
    const cadena: NonNullable<ReturnType<typeof nodos.get>>[] = [];
    for (let n = nodos.get(codigo); n && cadena.length <= profundidad; n = n.padre ? nodos.get(n.padre) : undefined) cadena.unshift(n);
    for (let i = 0; i < profundidad; i++) {
      const n = cadena.find((x) => x.nivel === i);
      celdas.push(texto(n?.nombre), texto(n?.codigo));
      if (conPesoNivel[i]) celdas.push(n?.peso === null ? SIN_DATO : numero(n?.peso));
    }
    return celdas;
  };

  const filas: string[][] = [encabezado];
  const conMetas = new Set<string>();
  for (const m of plan.metas) {
    for (let c: string | null = m.nodo; c !== null && !conMetas.has(c); c = nodos.get(c)?.padre ?? null) conMetas.add(c);
    filas.push([...camino(m.nodo), ...cols.map((c) => c.valor(m)), ...datosPlan]);
  }
  // Nodes with no meta below still belong to the plan: a row with the level path alone declares them.
  for (const n of plan.nodos) {
    if (conMetas.has(n.codigo)) continue;
    filas.push([...camino(n.codigo), ...cols.map(() => ''), ...datosPlan]);
    for (let c: string | null = n.codigo; c !== null && !conMetas.has(c); c = nodos.get(c)?.padre ?? null) conMetas.add(c);
  }
  return salida(filas, o);
}

/** The empty template: the header row only (an example row is in docs/plantilla-csv.md, not in the file). */
export function plantillaCsv(o: OpcionesPlantilla = {}): string {
  const lang = o.lang ?? 'es';
  const anios = o.anios ?? [2024, 2025, 2026, 2027];
  const niveles = o.niveles ?? (lang === 'es' ? ['Línea estratégica', 'Componente', 'Apuesta'] : ['Strategic line', 'Component', 'Programme']);
  const e = (c: CampoFila | CampoPlan) => etiquetaColumna(c, lang);
  const h: string[] = [];
  niveles.forEach((n, i) => h.push(...encabezadosNivel(i, n, lang)));
  h.push(...(['codigo', 'nombre', 'indicador', 'unidad', 'secretaria', 'lineaBase', 'metaCuatrienio', 'tipo', 'acumulacion', 'peso'] as const).map(e));
  for (const a of anios) h.push(`${lang === 'es' ? 'Programado' : 'Programmed'} ${a}`, `${lang === 'es' ? 'Ejecutado' : 'Executed'} ${a}`);
  const inv = lang === 'es' ? 'Inversión' : 'Investment';
  if (o.fuentes && o.fuentes.length > 0) for (const a of anios) for (const f of o.fuentes) h.push(`${inv} ${a} ${etiquetaFuente(f, lang)}`);
  else {
    for (const a of anios) h.push(`${inv} ${a}`);
    h.push(e('fuente'));
  }
  h.push(e('beneficiarios'), e('unidadBeneficiarios'));
  const ben = lang === 'es' ? 'Beneficiarios' : 'Beneficiaries';
  for (const g of IDS_GRUPOS) h.push(`${ben} ${etiquetaGrupo(g, lang)}`);
  h.push(...columnasFinales(lang).map((c) => c.encabezado));
  h.push(...CAMPOS_PLAN.map(e));
  return salida([h], o);
}
