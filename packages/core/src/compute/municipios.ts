/**
 * Municipalities reached, by DIVIPOLA code (names are a presenter's lookup in geo/: places are matched by
 * code, never by name). Investment and beneficiaries are attributed to a municipality only when a meta
 * names exactly one: a meta spread over several cannot be split, so it is listed as not attributable.
 * Departmental metas are listed apart (not painted on every municipality), as are metas without data.
 */
import type { Periodo, Plan } from '../schema/types.js';
import { esMunicipioDivipola } from '../geo/divipola-codigos.js';
import { indexarArbol } from './arbol.js';
import { claveUnidad, SIN_UNIDAD, type FilaUnidad } from './beneficiarios.js';
import { leerInversionDeMeta, type InversionDeMeta } from './inversion-meta.js';
import { ListaReusada } from './lista-reusada.js';
import type { TextoBilingue } from './tipos.js';

export interface FilaMunicipio {
  /** DIVIPOLA, five digits. */
  codigo: string;
  /** Codes of the metas that name this municipality. */
  metas: string[];
  cantidad: number;
  /** Investment of the metas naming only this municipality; null when none of them reported any. */
  inversion: number | null;
  /** Metas naming this and other municipalities: their investment cannot be attributed. */
  inversionNoAtribuible: string[];
  /** Beneficiaries of the metas naming only this municipality, per unit. */
  beneficiarios: FilaUnidad[];
  /** Metas naming this and other municipalities: their beneficiaries cannot be attributed. */
  beneficiariosNoAtribuibles: string[];
}

export interface ResultadoMunicipios {
  periodo: Periodo | null;
  /** By code. */
  municipios: FilaMunicipio[];
  /** Metas with departmental scope. */
  departamentales: string[];
  /** Metas whose places were not reported. */
  sinDato: string[];
  /** Codes that are not municipalities in DIVIPOLA (kept out of the map). */
  codigosDesconocidos: Array<{ meta: string; codigo: string }>;
  nota: TextoBilingue;
}

export function municipiosAlcanzados(plan: Plan, o: { periodo?: Periodo | null } = {}): ResultadoMunicipios {
  const periodo = o.periodo ?? null;
  const ix = indexarArbol(plan);
  const filas = new Map<string, FilaMunicipio & { _unidades: Map<string, FilaUnidad> }>();
  const departamentales: string[] = [];
  const sinDato: string[] = [];
  const codigosDesconocidos: Array<{ meta: string; codigo: string }> = [];
  /** The meta's distinct known codes: one list reused by every meta. */
  const codigos = new ListaReusada<string>();
  const lectura: InversionDeMeta = { valor: null, incompleta: false, cruzaPeriodo: false };

  for (let x = 0; x < ix.metas.length; x++) {
    const meta = plan.metas[ix.metas[x] as number] as Plan['metas'][number];
    const mun = meta.municipios;
    if (mun.alcance === 'departamental') {
      departamentales.push(meta.codigo);
      continue;
    }
    codigos.vaciar();
    for (const c of mun.codigos) {
      if (!esMunicipioDivipola(c)) codigosDesconocidos.push({ meta: meta.codigo, codigo: c });
      else codigos.agregarSiFalta(c);
    }
    if (mun.alcance === 'sin_dato' || codigos.largo === 0) {
      sinDato.push(meta.codigo);
      continue;
    }
    const unico = codigos.largo === 1;
    const inv = unico ? leerInversionDeMeta(meta, periodo, lectura).valor : null;
    const ben = meta.beneficiarios;
    for (let q = 0; q < codigos.largo; q++) {
      const c = codigos.en(q);
      let f = filas.get(c);
      if (!f) {
        f = {
          codigo: c,
          metas: [],
          cantidad: 0,
          inversion: null,
          inversionNoAtribuible: [],
          beneficiarios: [],
          beneficiariosNoAtribuibles: [],
          _unidades: new Map(),
        };
        filas.set(c, f);
      }
      f.metas.push(meta.codigo);
      f.cantidad++;
      if (!unico) {
        if (meta.inversion.some((e) => e.valor !== null)) f.inversionNoAtribuible.push(meta.codigo);
        if (ben.estado === 'reportado' && ben.total !== null) f.beneficiariosNoAtribuibles.push(meta.codigo);
        continue;
      }
      if (inv !== null) f.inversion = (f.inversion ?? 0) + inv;
      if (ben.estado === 'reportado' && ben.total !== null) {
        const u = claveUnidad(ben.unidad);
        const fu = f._unidades.get(u);
        if (fu) {
          fu.total += ben.total;
          fu.metas++;
        } else f._unidades.set(u, { unidad: u, etiqueta: u === '' ? SIN_UNIDAD.es : (ben.unidad as string).trim(), total: ben.total, metas: 1 });
      }
    }
  }
  const municipios = [...filas.values()]
    .sort((a, b) => (a.codigo < b.codigo ? -1 : 1))
    .map(({ _unidades, ...f }) => ({ ...f, beneficiarios: [..._unidades.values()] }));
  return {
    periodo,
    municipios,
    departamentales,
    sinDato,
    codigosDesconocidos,
    nota: {
      es: 'La inversión y los beneficiarios se atribuyen a un municipio solo cuando la meta nombra un único municipio; las metas departamentales se listan aparte.',
      en: 'Investment and beneficiaries are attributed to a municipality only when the meta names a single one; departmental metas are listed apart.',
    },
  };
}
