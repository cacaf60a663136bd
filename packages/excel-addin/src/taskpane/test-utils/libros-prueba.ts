/**
 * Workbooks for the task pane's tests: the seed data set laid out as the CSV template ("our" layout) or
 * as a home-made Plan Indicativo (title rows, a header over two rows under merged-looking bands,
 * Spanish variants, extra columns), and synthetic plans of any size for the sync-count tests.
 */
import { escribirPlanCsv, validarPlan, type Meta, type Plan } from '@tablero-pdd/core';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');

export function planSemilla(): Plan {
  const r = validarPlan(JSON.parse(readFileSync(resolve(RAIZ, 'demo/data/norte-de-santander-2024-2025.json'), 'utf8')));
  if (!r.ok) throw new Error('la semilla no valida');
  return r.plan;
}

/** A minimal CSV reader for the template core writes (";" and double quotes). */
export function filasCsv(texto: string): string[][] {
  const filas: string[][] = [];
  let fila: string[] = [];
  let campo = '';
  let comillas = false;
  const t = texto.replace(/^\uFEFF/, '');
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] as string;
    if (comillas) {
      if (ch === '"' && t[i + 1] === '"') {
        campo += '"';
        i++;
      } else if (ch === '"') comillas = false;
      else campo += ch;
    } else if (ch === '"') comillas = true;
    else if (ch === ';') {
      fila.push(campo);
      campo = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && t[i + 1] === '\n') i++;
      fila.push(campo);
      filas.push(fila);
      fila = [];
      campo = '';
    } else campo += ch;
  }
  if (campo !== '' || fila.length > 0) {
    fila.push(campo);
    filas.push(fila);
  }
  return filas;
}

/** Cells as Excel would hold a pasted CSV: numbers as numbers, the rest as text. */
function comoCelda(s: string): unknown {
  if (/^-?\d+(,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return s;
}

/** The plan in the CSV template's own layout (header on row 1). */
export function celdasPlantilla(plan: Plan): unknown[][] {
  return filasCsv(escribirPlanCsv(plan, { bom: false })).map((f) => f.map(comoCelda));
}

export interface LibroPropio {
  celdas: unknown[][];
  /** 0-based row of the first meta. */
  primeraFila: number;
  /** 0-based column of each named header (lower row), for assertions. */
  columnas: Record<string, number>;
}

/**
 * A home-made Plan Indicativo: two title rows, a blank row, a band row and a sub-header row, then one row
 * per meta. Extra columns ("% CUMPLIMIENTO", "OBSERVACIONES INTERNAS") that core does not read.
 */
export function libroPropio(plan: Plan): LibroPropio {
  const tramos = [...new Map(plan.metas.flatMap((m) => m.seguimiento.map((s) => [`${s.desde}-${s.hasta}`, s] as const))).values()]
    .map((s) => ({ desde: s.desde, hasta: s.hasta }))
    .sort((a, b) => a.desde - b.desde || a.hasta - b.hasta);
  const texto = (t: { desde: number; hasta: number }) => (t.desde === t.hasta ? String(t.desde) : `${t.desde}-${t.hasta}`);
  const fuentes = [...new Set(plan.metas.flatMap((m) => m.inversion.map((i) => i.fuente)))];
  const nombresFuente: Record<string, string> = { recursos_propios: 'Recursos propios', sgr: 'SGR', sin_especificar: 'Sin especificar', otros: 'Otros' };
  const tramoInv = plan.metas.flatMap((m) => m.inversion)[0] ?? { desde: plan.corte.desde, hasta: plan.corte.hasta };

  // Spanish variants on purpose: «EJE / LÍNEA», «L.B» and «META CUATRIENAL» are only in core's home-made synonyms.
  const banda: string[] = ['EJE / LÍNEA', 'COMPONENTE', 'APUESTA', 'CÓDIGO', 'META DE PRODUCTO', 'INDICADOR', 'UNIDAD DE\nMEDIDA', 'L.B', 'META\nCUATRIENAL', 'TENDENCIA', 'TIPO DE ACUMULACIÓN'];
  const sub: string[] = banda.map(() => '');
  const col: Record<string, number> = {};
  banda.forEach((b, i) => (col[b] = i));
  const agregar = (arriba: string, abajo: string) => {
    banda.push(arriba);
    sub.push(abajo);
    return banda.length - 1;
  };
  tramos.forEach((t, i) => (col[`P ${texto(t)}`] = agregar(i === 0 ? 'PROGRAMACIÓN' : '', texto(t))));
  tramos.forEach((t, i) => (col[`E ${texto(t)}`] = agregar(i === 0 ? 'EJECUCIÓN' : '', texto(t))));
  col['% CUMPLIMIENTO'] = agregar('% CUMPLIMIENTO', '');
  fuentes.forEach((f, i) => (col[`I ${f}`] = agregar(i === 0 ? `INVERSIÓN ${texto(tramoInv)}` : '', nombresFuente[f] ?? f)));
  col.DEP = agregar('DEPENDENCIA RESPONSABLE', '');
  col.OBS = agregar('OBSERVACIONES INTERNAS', '');
  col.POB = agregar('POBLACIÓN ATENDIDA', '');

  const nodo = new Map(plan.nodos.map((n) => [n.codigo, n]));
  const ruta = (m: Meta) => {
    const r: string[] = [];
    for (let n = nodo.get(m.nodo); n; n = n.padre ? nodo.get(n.padre) : undefined) r.unshift(n.nombre ?? n.codigo);
    return r;
  };
  const filas = plan.metas.map((m) => {
    const f: unknown[] = banda.map(() => '');
    const r = ruta(m);
    f[0] = r[0] ?? '';
    f[1] = r[1] ?? '';
    f[2] = r[2] ?? '';
    f[3] = m.codigo;
    f[4] = m.nombre;
    f[5] = m.indicador ?? '';
    f[6] = m.unidad ?? '';
    f[7] = m.lineaBase ?? '';
    f[8] = m.metaCuatrienio ?? '';
    f[9] = { incremento: 'Incremento', mantenimiento: 'Mantenimiento', reduccion: 'Reducción' }[m.tipo];
    f[10] = { acumulado: 'Acumulativo', flujo: 'No acumulativo', stock: 'Stock' }[m.acumulacion];
    for (const s of m.seguimiento) {
      f[col[`P ${texto(s)}`] as number] = s.programado ?? 'ND';
      f[col[`E ${texto(s)}`] as number] = s.ejecutado ?? 'ND';
    }
    f[col['% CUMPLIMIENTO'] as number] = '#DIV/0!';
    for (const i of m.inversion) f[col[`I ${i.fuente}`] as number] = i.valor ?? 'ND';
    f[col.DEP as number] = m.secretaria ?? '';
    f[col.OBS as number] = 'Revisar con la oficina de planeación';
    f[col.POB as number] = m.beneficiarios.estado === 'no_aplica' ? 'No aplica' : (m.beneficiarios.total ?? '');
    return f;
  });
  const titulo = (t: string) => [t, ...banda.slice(1).map(() => '')];
  return {
    celdas: [titulo('GOBERNACIÓN — PLAN INDICATIVO 2024-2027'), titulo('Seguimiento con corte a noviembre de 2025'), banda.map(() => ''), banda, sub, ...filas],
    primeraFila: 5,
    columnas: col,
  };
}

/** A valid synthetic plan of `n` metas under 3 levels, yearly follow-up 2024 and 2025, two sources. */
export function planSintetico(n: number): Plan {
  const lineas = 4;
  const nodos: Plan['nodos'] = [];
  for (let l = 1; l <= lineas; l++) {
    nodos.push({ codigo: `L${l}`, nombre: `Línea ${l}`, nivel: 0, padre: null });
    for (let c = 1; c <= 2; c++) {
      nodos.push({ codigo: `L${l}.C${c}`, nombre: `Componente ${l}.${c}`, nivel: 1, padre: `L${l}` });
      for (let a = 1; a <= 2; a++) nodos.push({ codigo: `L${l}.C${c}.A${a}`, nombre: `Apuesta ${l}.${c}.${a}`, nivel: 2, padre: `L${l}.C${c}` });
    }
  }
  const hojas = nodos.filter((x) => x.nivel === 2);
  const metas: Meta[] = Array.from({ length: n }, (_, i) => {
    const programado = 10 + (i % 7);
    const ejecutado = i % 11 === 0 ? null : (i * 37) % (programado + 5);
    return {
      codigo: String(i + 1),
      nombre: `Meta de producto número ${i + 1}`,
      indicador: `Indicador ${i + 1}`,
      unidad: 'unidades',
      nodo: (hojas[i % hojas.length] as Plan['nodos'][number]).codigo,
      secretaria: `Secretaría ${(i % 5) + 1}`,
      lineaBase: 0,
      metaCuatrienio: programado * 4,
      tipo: 'incremento',
      acumulacion: 'acumulado',
      seguimiento: [
        { desde: 2024, hasta: 2024, programado, ejecutado: programado - (i % 3) },
        { desde: 2025, hasta: 2025, programado, ejecutado },
      ],
      inversion: [
        { desde: 2024, hasta: 2025, fuente: 'recursos_propios', valor: 1_000_000 * ((i % 13) + 1) },
        { desde: 2024, hasta: 2025, fuente: 'sgr', valor: i % 4 === 0 ? null : 500_000 * (i % 9) },
      ],
      beneficiarios: { estado: 'reportado', total: 100 + i, unidad: 'personas', grupos: [] },
      municipios: { alcance: 'sin_dato', codigos: [] },
      bpin: [],
      evidencia: { queSeHizo: null, como: null, conQuien: null, cuando: null, impacto: null, donde: null },
      reportado: { periodo: null, cumplimiento: null, avance: null, inversion: null, beneficiarios: null },
    };
  });
  return {
    version: 1,
    entidad: { nombre: 'Departamento de Prueba', tipo: 'departamento', divipola: '54' },
    plan: { nombre: 'Plan de prueba', inicio: 2024, fin: 2027 },
    corte: { nombre: '2024–2025', desde: 2024, hasta: 2025 },
    niveles: ['Línea estratégica', 'Componente', 'Apuesta'],
    nodos,
    metas,
  };
}
