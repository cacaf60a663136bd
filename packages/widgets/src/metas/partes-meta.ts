/**
 * Pieces of one meta shared by the table's detail (`<pdd-metas>`) and the card (`<pdd-ficha>`): figures
 * with their semáforo mark, investment with its sources as the report wrote them, beneficiaries (a number,
 * "sin dato reportado" or "no aplica", never mixed up with 0), the narrative, the municipalities and the
 * notes of the computation. Figures come from core's summary; this file only formats them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  FUENTES_CANONICAS,
  GRUPOS_CANONICOS,
  TEXTOS_AVISO,
  formatearMillones,
  formatearNumero,
  formatearPorcentaje,
  nombreMunicipio,
  textoMotivo,
  type Discrepancia,
  type EstadoSemaforo,
  type Evidencia,
  type Idioma,
  type Meta,
  type Periodo,
  type Porcentaje,
  type TextoBilingue,
} from '@tablero-pdd/core';
import { encabezado } from '../base/encabezado.js';
import { marcaEstado } from '../base/marca-estado.js';
import { nombrePropio } from '../mapa/nombre-propio.js';
import type { texto } from '../base/i18n.js';
import type { FilaMeta } from './filas-metas.js';

export type Textos = ReturnType<typeof texto>;

export interface Contexto {
  lang: Idioma;
  t: Textos;
  periodo: Periodo;
  /** Level of the widget's title (encabezado.ts): the notes' headings go two below it. */
  encabezado: number;
}

export const textoPeriodo = (p: Periodo): string => (p.desde === p.hasta ? String(p.desde) : `${p.desde}–${p.hasta}`);

/** A percentage with its mark; without a value only the mark, which names the state (no programada, sin dato…). */
export function porcentajeConMarca(p: Porcentaje, banda: EstadoSemaforo, c: Contexto): TemplateResult {
  return p.valor === null
    ? html`${marcaEstado(banda, c.lang)}`
    : html`<span class="cifra">${formatearPorcentaje(p.valor, { lang: c.lang })}</span> ${marcaEstado(banda, c.lang)}`;
}

/** The source of an investment entry as the report wrote it; the canonical name when it wrote none. */
export function textoFuente(e: Meta['inversion'][number], lang: Idioma): string {
  const canonica = (FUENTES_CANONICAS as Readonly<Record<string, TextoBilingue | undefined>>)[e.fuente];
  return e.texto?.trim() || canonica?.[lang] || e.fuente;
}

/** Investment entries of the period, as reported (none is split or added here). */
export function entradasInversion(meta: Meta, periodo: Periodo): Meta['inversion'] {
  return meta.inversion.filter((e) => e.desde >= periodo.desde && e.hasta <= periodo.hasta);
}

/** Distinct sources of the period, in the report's order. */
export function fuentesDelPeriodo(meta: Meta, c: Contexto): string[] {
  return [...new Set(entradasInversion(meta, c.periodo).map((e) => textoFuente(e, c.lang)))];
}

/** Beneficiaries in one line: "179 ciudadanos", "sin dato reportado", "no aplica" — a reported 0 stays "0". */
export function textoBeneficiarios(b: FilaMeta['cifras']['beneficiarios'], c: Contexto): string {
  if (b.estado === 'no_aplica') return c.t.noAplica;
  if (b.estado === 'sin_dato' || b.total === null) return c.t.sinDato;
  return `${formatearNumero(b.total, { lang: c.lang })} ${b.unidad ?? c.t.unidadNoIndicada}`;
}

/** The kind of beneficiaries value, for styling and tests: 'reportado' | 'sin_dato' | 'no_aplica'. */
export function estadoBeneficiarios(b: FilaMeta['cifras']['beneficiarios']): 'reportado' | 'sin_dato' | 'no_aplica' {
  if (b.estado === 'no_aplica') return 'no_aplica';
  return b.estado === 'sin_dato' || b.total === null ? 'sin_dato' : 'reportado';
}

export function inversionDetallada(fila: FilaMeta, c: Contexto): TemplateResult {
  const entradas = entradasInversion(fila.meta, c.periodo);
  const sinDato = { lang: c.lang, sinDato: c.t.sinDato };
  return html`<p class="cifra-grande">${formatearMillones(fila.cifras.inversion, sinDato)}</p>
    ${entradas.length
      ? html`<ul class="fuentes">
          ${entradas.map(
            (e) =>
              html`<li>
                ${formatearMillones(e.valor, sinDato)}${e.desde !== c.periodo.desde || e.hasta !== c.periodo.hasta
                  ? ` (${textoPeriodo(e)})`
                  : ''}:
                ${textoFuente(e, c.lang)}
              </li>`,
          )}
        </ul>`
      : nothing}`;
}

export function beneficiariosDetallados(fila: FilaMeta, c: Contexto): TemplateResult {
  const b = fila.meta.beneficiarios;
  const grupos = b.estado === 'reportado' ? b.grupos : [];
  const etiqueta = (g: string) => (GRUPOS_CANONICOS as Readonly<Record<string, TextoBilingue | undefined>>)[g]?.[c.lang] ?? g;
  return html`<p class="cifra-grande" data-beneficiarios=${estadoBeneficiarios(fila.cifras.beneficiarios)}>
      ${textoBeneficiarios(fila.cifras.beneficiarios, c)}
    </p>
    ${grupos.length
      ? html`<p class="rotulo">${c.t.gruposPoblacion}</p>
          <ul class="grupos">
            ${grupos.map(
              (g) => html`<li>${etiqueta(g.grupo)}: ${formatearNumero(g.valor, { lang: c.lang, sinDato: c.t.sinDato })}</li>`,
            )}
          </ul>`
      : nothing}`;
}

/** A question and the report's answer, or "sin dato reportado" (the report left the template text). */
export function pregunta(titulo: string, respuesta: string | null, c: Contexto): TemplateResult {
  return html`<dt>${titulo}</dt>
    <dd>${respuesta?.trim() ? respuesta : html`<span class="sin-dato">${c.t.sinDato}</span>`}</dd>`;
}

export type ClaveEvidencia = keyof Evidencia;

export function preguntaEvidencia(clave: ClaveEvidencia, meta: Meta, c: Contexto): TemplateResult {
  const titulos: Record<ClaveEvidencia, string> = {
    queSeHizo: c.t.queSeHizo,
    como: c.t.comoSeHizo,
    conQuien: c.t.conQuien,
    cuando: c.t.cuandoSeHizo,
    impacto: c.t.impactoPregunta,
    donde: c.t.dondeSeHizo,
  };
  return pregunta(titulos[clave], meta.evidencia[clave], c);
}

/**
 * Municipality names from DIVIPOLA (never from the report's spelling), in title case as the map shows them
 * (DANE's capitals shout and get spelled out by some screen readers); a code outside DIVIPOLA is said so.
 */
export function nombresMunicipios(codigos: readonly string[], t: Textos): string[] {
  return codigos.map((k) => {
    const oficial = nombreMunicipio(k);
    return oficial === null ? t.codigoNoDivipola(k) : nombrePropio(oficial);
  });
}

export function municipiosDeMeta(meta: Meta, c: Contexto): TemplateResult {
  const { alcance, codigos } = meta.municipios;
  const lista = codigos.length
    ? html`<ul class="municipios">
        ${nombresMunicipios(codigos, c.t).map((n) => html`<li>${n}</li>`)}
      </ul>`
    : nothing;
  if (alcance === 'departamental') {
    return html`<p data-alcance="departamental">${c.t.alcanceDepartamental}</p>
      ${codigos.length ? html`<p class="rotulo">${c.t.municipiosNombrados}</p>${lista}` : nothing}`;
  }
  if (alcance === 'sin_dato' && codigos.length === 0) return html`<p class="sin-dato" data-alcance="sin_dato">${c.t.sinDato}</p>`;
  return html`<div data-alcance=${alcance}>${lista}</div>`;
}

function cifraDiscrepancia(d: Discrepancia, v: number | null, c: Contexto): string {
  const o = { lang: c.lang, sinDato: c.t.sinDato };
  if (d.campo === 'cumplimiento' || d.campo === 'avance') return formatearPorcentaje(v, { ...o, decimales: 2 });
  if (d.campo === 'inversion') return formatearMillones(v, { ...o, decimales: 2 });
  return formatearNumero(v, o);
}

/** Sentences about the computation: core's avisos and motivos, investment caveats, report vs computed. */
export function notasCalculo(fila: FilaMeta, c: Contexto): string[] {
  const { t, lang } = c;
  const notas: string[] = [];
  const { cumplimiento, avance } = fila.cifras;
  for (const aviso of new Set([...cumplimiento.avisos, ...avance.avisos])) notas.push(TEXTOS_AVISO[aviso][lang]);
  const motivoC = textoMotivo(cumplimiento, lang);
  if (motivoC) notas.push(`${t.cumplimiento}: ${motivoC}`);
  const motivoA = textoMotivo(avance, lang);
  if (motivoA) notas.push(`${t.avance}: ${motivoA}`);
  if (fila.inversionIncompleta) notas.push(t.inversionIncompleta);
  if (fila.inversionFueraPeriodo) notas.push(t.inversionFueraPeriodo);
  return notas;
}

export function notasDeMeta(fila: FilaMeta, c: Contexto): TemplateResult {
  const { t, lang } = c;
  const calculo = notasCalculo(fila, c);
  const datos = fila.meta.notas ?? [];
  return html`${fila.discrepancias.length
    ? html`<div class="bloque-notas" data-notas="discrepancias">
        ${encabezado(c.encabezado, 2, t.informeVsCalculo)}
        <ul>
          ${fila.discrepancias.map(
            (d) =>
              html`<li>
                ${t.cifraInforme(t.campoConciliacion[d.campo] ?? d.campo, cifraDiscrepancia(d, d.reportado, c), cifraDiscrepancia(d, d.calculado, c))}
                ${d.causaProbable[lang]}
              </li>`,
          )}
        </ul>
      </div>`
    : nothing}
  ${calculo.length
    ? html`<div class="bloque-notas" data-notas="calculo">
        ${encabezado(c.encabezado, 2, t.avisosCalculo)}
        <ul>
          ${calculo.map((n) => html`<li>${n}</li>`)}
        </ul>
      </div>`
    : nothing}
  ${datos.length
    ? html`<div class="bloque-notas" data-notas="datos">
        ${encabezado(c.encabezado, 2, t.notasDatos)}
        <ul>
          ${datos.map((n) => html`<li>${n}</li>`)}
        </ul>
      </div>`
    : nothing}`;
}

/** Styles of the pieces above, shared by both elements. */
export const estilosPartesMeta = css`
  .sin-dato {
    color: var(--_texto-suave);
    font-style: italic;
  }
  .cifra {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .cifra-grande {
    font-size: var(--_t-titulo);
    font-weight: 700;
    margin: 0 0 0.25em;
    font-variant-numeric: tabular-nums;
  }
  .rotulo {
    color: var(--_texto-suave);
    font-size: var(--_t-pequeno);
    margin: 0.25em 0;
  }
  ul.fuentes,
  ul.grupos,
  ul.municipios,
  .bloque-notas ul {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.25em;
  }
  ul.municipios {
    columns: 12em auto;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 700;
    margin-top: 0.5em;
  }
  dd {
    margin: 0 0 0.25em;
    overflow-wrap: anywhere;
  }
  .enc-2 {
    font-size: var(--_tamano);
    margin: 0.75em 0 0.25em;
  }
  .bloque-notas {
    font-size: var(--_t-pequeno);
  }
`;
