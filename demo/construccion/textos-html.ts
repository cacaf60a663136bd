/** Writes the Spanish page texts into the HTML at build time: `{{clave}}` → TEXTOS.es[clave]; an unknown key fails the build. */
import { TEXTOS, esClaveTexto } from '../src/textos.js';
import { escaparHtml } from './html.js';

export function rellenarTextos(html: string): string {
  return html.replace(/\{\{([A-Za-z]+)\}\}/g, (_, clave: string) => {
    if (!esClaveTexto(clave)) throw new Error(`demo: texto desconocido {{${clave}}}: agréguelo a demo/src/textos.ts`);
    return escaparHtml(TEXTOS.es[clave]);
  });
}
