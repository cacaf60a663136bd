/**
 * The text options of the =PDD.* functions (tipo, acumulación, consolidación, dirección). Tipo and
 * acumulación are read by core's own cell readers, so "Acumulativo", "No acumulativo", "Reducción" or
 * "TENDENCIA: Incremento"-style spellings mean the same here as in an imported file.
 */
import {
  ACUMULACIONES,
  CONSOLIDACIONES_FLUJO,
  TIPOS_META,
  leerCeldaAcumulacion,
  leerCeldaTipo,
  normalizarNombre,
  type Acumulacion,
  type ConsolidacionFlujo,
  type Direccion,
  type TipoMeta,
} from '@tablero-pdd/core';
import { invalido, leerTextoCelda, lugar, mostrar, type Argumento, type Matriz } from './argumentos.js';

const ESPERADO_TIPO = `uno de: ${TIPOS_META.join(', ')} (vacío = incremento)`;
const ESPERADO_ACUMULACION = `uno de: ${ACUMULACIONES.join(', ')}, «Acumulativo» o «No acumulativo» (vacío = acumulado)`;
const ESPERADO_CONSOLIDACION = `uno de: ${CONSOLIDACIONES_FLUJO.join(', ')} (vacío = promedio)`;

/**
 * Texts already read, per kind: a workbook repeats the same few words ("Incremento", "Acumulativo") in
 * thousands of cells, and folding accents for each would be most of a function's time.
 */
const MAXIMO_MEMORIA = 512;
function memorizado<T>(memoria: Map<string, T | null>, t: string, leer: (t: string) => T | null): T | null {
  let v = memoria.get(t);
  if (v === undefined) {
    v = leer(t);
    if (memoria.size >= MAXIMO_MEMORIA) memoria.clear();
    memoria.set(t, v);
  }
  return v;
}
const tipos = new Map<string, TipoMeta | null>();
const acumulaciones = new Map<string, Acumulacion | null>();

export function leerTipo(arg: Argumento, m: Matriz, f: number, c: number): TipoMeta {
  const t = leerTextoCelda(arg, m, f, c, ESPERADO_TIPO);
  if (t === null) return 'incremento';
  const v = memorizado(tipos, t, (x) => {
    const r = leerCeldaTipo(x, 'es');
    return r.ok ? r.valor : null;
  });
  return v ?? invalido(arg, ESPERADO_TIPO, mostrar(t), lugar(arg, f, c, m));
}

export function leerAcumulacion(arg: Argumento, m: Matriz, f: number, c: number): Acumulacion {
  const t = leerTextoCelda(arg, m, f, c, ESPERADO_ACUMULACION);
  if (t === null) return 'acumulado';
  const v = memorizado(acumulaciones, t, (x) => {
    const r = leerCeldaAcumulacion(x, 'es');
    return r.ok ? r.valor : null;
  });
  return v ?? invalido(arg, ESPERADO_ACUMULACION, mostrar(t), lugar(arg, f, c, m));
}

const CONSOLIDACIONES: Record<string, ConsolidacionFlujo> = {
  PROMEDIO: 'promedio',
  MEDIA: 'promedio',
  ULTIMO: 'ultimo',
  'ULTIMO ANO': 'ultimo',
};

export function leerConsolidacion(arg: Argumento, m: Matriz, f: number, c: number): ConsolidacionFlujo {
  const t = leerTextoCelda(arg, m, f, c, ESPERADO_CONSOLIDACION);
  if (t === null) return 'promedio';
  const v = CONSOLIDACIONES[normalizarNombre(t)];
  return v ?? invalido(arg, ESPERADO_CONSOLIDACION, mostrar(t), lugar(arg, f, c, m));
}

/**
 * Direction of a result indicator. Rankings (1st is best) are "menor es mejor": the words ranking,
 * posición and puesto say so, as do reducción and disminución.
 */
const DIRECCIONES: Record<string, Direccion> = {
  'MAYOR ES MEJOR': 'mayor_es_mejor',
  MAYOR: 'mayor_es_mejor',
  INCREMENTO: 'mayor_es_mejor',
  AUMENTO: 'mayor_es_mejor',
  ASCENDENTE: 'mayor_es_mejor',
  'MENOR ES MEJOR': 'menor_es_mejor',
  MENOR: 'menor_es_mejor',
  REDUCCION: 'menor_es_mejor',
  DISMINUCION: 'menor_es_mejor',
  DESCENDENTE: 'menor_es_mejor',
  RANKING: 'menor_es_mejor',
  ESCALAFON: 'menor_es_mejor',
  POSICION: 'menor_es_mejor',
  PUESTO: 'menor_es_mejor',
};

export const ESPERADO_DIRECCION = '«mayor_es_mejor» (o incremento) o «menor_es_mejor» (o reducción, ranking, posición)';

export function leerDireccion(arg: Argumento, m: Matriz, f: number, c: number): Direccion {
  const t = leerTextoCelda(arg, m, f, c, ESPERADO_DIRECCION);
  if (t === null) return invalido(arg, ESPERADO_DIRECCION, 'una celda vacía', lugar(arg, f, c, m));
  const v = DIRECCIONES[normalizarNombre(t)];
  return v ?? invalido(arg, ESPERADO_DIRECCION, mostrar(t), lugar(arg, f, c, m));
}
