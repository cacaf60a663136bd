/**
 * What the title rows of a home-made workbook say about the entity, the plan and its period:
 * "ALCALDÍA MUNICIPAL DE CHÍA", "GOBERNACIÓN DE NORTE DE SANTANDER", "Código DANE: 25175",
 * "SEGUIMIENTO PLAN DE DESARROLLO 2024-2027 …". A name is only taken when DIVIPOLA resolves it to exactly
 * one entity (the caller states the inference); anything else is left to the options.
 */
import { buscarDepartamento, buscarMunicipio } from '../../geo/nombres.js';
import { plegar } from '../../format/plegar.js';
import { textoDe } from './celdas.js';
import { entidadDesdeCodigo, type Entidad } from './entidad.js';
import { anchoFila, celda, type Hoja } from './libro.js';

export interface Titulos {
  entidad: { entidad: Entidad; texto: string; porNombre: boolean } | null;
  plan: string | null;
  periodo: { inicio: number; fin: number } | null;
}

const MUNICIPIO = /(?:alcaldia(?: municipal| distrital)?|municipio|distrito(?: especial)?(?: turistico y cultural)?)\s+de\s+(.+)$/;
const DEPARTAMENTO = /(?:gobernacion|departamento)\s+de(?:l)?\s+(.+)$/;

function entidadDeTexto(t: string): { entidad: Entidad; porNombre: boolean } | null {
  const dane = /c[oó]digo\s+(?:dane|divipola)\D{0,5}(\d{5}|\d{2})\b/i.exec(t);
  if (dane) {
    const e = entidadDesdeCodigo(dane[1]!);
    if (e) return { entidad: e, porNombre: false };
  }
  const p = plegar(t);
  const m = MUNICIPIO.exec(p);
  if (m) {
    // "CHIA CUNDINAMARCA" → try the whole rest, then without trailing words (the department).
    const palabras = m[1]!.split(' ');
    for (let n = palabras.length; n >= 1; n--) {
      const nombre = palabras.slice(0, n).join(' ');
      const resto = palabras.slice(n).join(' ');
      // The words after the name may be the department ("CHIA CUNDINAMARCA") or anything else ("CHIA SECRETARIA…").
      const mun = (resto ? buscarMunicipio(nombre, { departamento: resto }) : null) ?? buscarMunicipio(nombre);
      if (mun) {
        const e = entidadDesdeCodigo(mun.codigo);
        if (e) return { entidad: e, porNombre: true };
      }
    }
  }
  const d = DEPARTAMENTO.exec(p);
  if (d) {
    const palabras = d[1]!.split(' ');
    for (let n = palabras.length; n >= 1; n--) {
      const dep = buscarDepartamento(palabras.slice(0, n).join(' '));
      const e = dep ? entidadDesdeCodigo(dep) : null;
      if (e) return { entidad: e, porNombre: true };
    }
  }
  return null;
}

export function leerTitulos(hoja: Hoja, hastaFila: number): Titulos {
  const out: Titulos = { entidad: null, plan: null, periodo: null };
  for (let r = 0; r < Math.min(hastaFila, hoja.filas.length); r++) {
    for (let c = 0; c < anchoFila(hoja, r); c++) {
      const t = textoDe(celda(hoja, r, c));
      if (t === null || t.length > 200) continue;
      if (!out.entidad) {
        const e = entidadDeTexto(t);
        if (e) out.entidad = { ...e, texto: t };
      }
      const p = plegar(t);
      if (!out.plan && p.includes('plan de desarrollo')) out.plan = t;
      const per = /\b(20\d\d)\s*[-–—a]\s*(20\d\d)\b/.exec(t);
      if (!out.periodo && per && Number(per[2]) - Number(per[1]) === 3) out.periodo = { inicio: Number(per[1]), fin: Number(per[2]) };
    }
  }
  return out;
}
