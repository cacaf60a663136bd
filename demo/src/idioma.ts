/**
 * The page's language: Spanish by default, English on request (the toggle, or `?lang=en` in the address, kept
 * for the next visit). Sets `lang` on <html> and on every widget, swaps every text marked `data-t` and shows only
 * the texts written in the page's language (`data-solo-idioma`).
 */
import { TEXTOS, esClaveTexto, type Idioma } from './textos.js';

const CLAVE_GUARDADA = 'tablero-pdd-demo-idioma';

export function idiomaInicial(url: string, guardado: string | null): Idioma {
  const pedido = new URL(url).searchParams.get('lang');
  if (pedido === 'en' || pedido === 'es') return pedido;
  return guardado === 'en' ? 'en' : 'es';
}

export function aplicarIdioma(raiz: Document, lang: Idioma): void {
  raiz.documentElement.lang = lang;
  for (const w of raiz.querySelectorAll('*')) if (w.localName.startsWith('pdd-')) w.setAttribute('lang', lang);
  for (const el of raiz.querySelectorAll<HTMLElement>('[data-t]')) {
    const clave = el.dataset['t'] ?? '';
    if (esClaveTexto(clave)) el.textContent = TEXTOS[lang][clave];
  }
  // Texts written in both languages (the guide's descriptions): only the page's language shows.
  for (const el of raiz.querySelectorAll<HTMLElement>('[data-solo-idioma]')) el.hidden = el.dataset['soloIdioma'] !== lang;
  // A widget's heading set by the page (its titulo) follows the page's language too.
  for (const el of raiz.querySelectorAll<HTMLElement>('[data-t-titulo]')) {
    const clave = el.dataset['tTitulo'] ?? '';
    if (esClaveTexto(clave)) el.setAttribute('titulo', TEXTOS[lang][clave]);
  }
  for (const el of raiz.querySelectorAll<HTMLElement>('[data-t-aria]')) {
    const clave = el.dataset['tAria'] ?? '';
    if (esClaveTexto(clave)) el.setAttribute('aria-label', TEXTOS[lang][clave]);
  }
  const boton = raiz.getElementById('cambiar-idioma');
  if (boton) {
    // The button names the other language, in that language.
    boton.setAttribute('lang', lang === 'es' ? 'en' : 'es');
    boton.setAttribute('title', TEXTOS[lang].cambiarIdiomaAyuda);
  }
}

export function iniciarIdioma(doc: Document, almacen: Pick<Storage, 'getItem' | 'setItem'> | null): void {
  let lang = idiomaInicial(doc.location.href, almacen?.getItem(CLAVE_GUARDADA) ?? null);
  if (lang !== 'es') aplicarIdioma(doc, lang);
  doc.getElementById('cambiar-idioma')?.addEventListener('click', () => {
    lang = lang === 'es' ? 'en' : 'es';
    aplicarIdioma(doc, lang);
    try {
      almacen?.setItem(CLAVE_GUARDADA, lang);
    } catch {
      // Private browsing may refuse storage: the toggle still works for this visit.
    }
  });
}
