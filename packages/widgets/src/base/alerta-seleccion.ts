/**
 * What a widget says when its `meta` or `nivel` names a code the plan does not have. Core chooses the metas
 * (seleccionarPlan); the alert lists every valid code, in the widget's words and language.
 */
import { html, type TemplateResult } from 'lit';
import type { ErrorDato, Idioma, Plan } from '@tablero-pdd/core';
import { texto } from './i18n.js';

/**
 * The alert a widget shows for a `meta` or a `nivel` the plan does not have, with the valid codes. A
 * secretaría the plan does not have (a choice core also makes) is said with core's own message, which
 * names the plan's secretarías.
 */
export function alertaSeleccion(
  plan: Plan,
  sel: { motivo: 'meta' | 'nivel'; codigo: string } | { motivo: 'secretaria'; codigo: string; error: ErrorDato },
  lang: Idioma,
): TemplateResult {
  if (sel.motivo === 'nivel') return alertaNivel(plan, sel.codigo, lang);
  if (sel.motivo === 'secretaria') return html`<p class="error" role="alert">${sel.error.mensaje}</p>`;
  return html`<p class="error" role="alert">${texto(lang).fichaMetaNoExiste(sel.codigo, plan.metas.map((m) => m.codigo).join(', '))}</p>`;
}

/** The alert a widget shows for a `nivel` the plan does not have, with the valid codes. */
export function alertaNivel(plan: Plan, codigo: string, lang: Idioma): TemplateResult {
  return html`<p class="error" role="alert">${texto(lang).metasNivelNoExiste(codigo, plan.nodos.map((n) => n.codigo).join(', '))}</p>`;
}
